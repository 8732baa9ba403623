import type { Resources } from '../resources.js';
import { foldFast, normalizeForMatching } from '../text/normalize.js';
import { findQuotes } from '../text/quotes.js';
import { tokenize } from '../text/tokenize.js';
import { indexDoc, type Doc } from './document.js';
import { findMatches, phraseAroundWords, wordCouldMatch } from './match.js';
import { spellingFlagsOf } from '../lexicon/lexicon.js';
import type { ScanResult } from '../lexicon/prefilter.js';
import { findMentions } from './mentions.js';
import { prefilterFor } from '../lexicon/prefilter.js';

const NO_MAP = new Int32Array(0);

/** The words the prefilter flagged that do match on their own, as original ranges. */
function matchingWords(input: string, scan: ScanResult, resources: Resources): number[] {
  const out: number[] = [];
  let vocabulary: Map<string, number> | null = null;
  const standsAlone = (piece: string) => {
    if (!vocabulary) {
      vocabulary = new Map();
      for (let i = 0; i < scan.count; i++) {
        const w = foldFast(input.slice(scan.bounds[2 * i], scan.bounds[2 * i + 1]));
        vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
      }
    }
    return (vocabulary.get(piece) ?? 0) > 0;
  };
  for (const w of scan.words) {
    const a = scan.bounds[2 * w];
    const b = scan.bounds[2 * w + 1];
    const folded = foldFast(input.slice(a, b));
    const flags = spellingFlagsOf(input, a, b);
    // A form glued to a word the text writes elsewhere on its own (see findMatches).
    if (wordCouldMatch(resources.lexicon, resources.lists, folded, flags, standsAlone)) out.push(a, b);
  }
  return out;
}

/**
 * The spans (original ranges) where a phrase may stand around one of the prefilter's anchor
 * words. Checked on the scan's words (letter runs, so punctuation does not stop a phrase: a
 * superset of what the tokenizer allows, so no phrase is missed).
 */
function matchingPhraseSpans(input: string, scan: ScanResult, resources: Resources): number[] {
  const out: number[] = [];
  const prefilter = prefilterFor(resources.lexicon, resources.lists);
  const folded = new Map<number, string>();
  const word = (i: number) => {
    let w = folded.get(i);
    if (w === undefined) folded.set(i, (w = foldFast(input.slice(scan.bounds[2 * i], scan.bounds[2 * i + 1]))));
    return w;
  };
  for (const k of scan.anchors) {
    const candidates = prefilter.formsAnchoredBy(word(k));
    const found = candidates.length ? phraseAroundWords(word, scan.count, k, candidates) : null;
    if (found) out.push(scan.bounds[2 * found.first], scan.bounds[2 * found.last + 1]);
  }
  return out;
}

/** Start/end pairs sorted by start. */
function sortedSpans(pairs: readonly number[]): number[] {
  const list: [number, number][] = [];
  for (let r = 0; r < pairs.length; r += 2) list.push([pairs[r], pairs[r + 1]]);
  return list.sort((x, y) => x[0] - y[0]).flat();
}

/** A region this large or larger is not worth cutting out: analyze the whole text. */
const WHOLE_TEXT_SHARE = 0.5;

/** Characters after which the tokenizer starts a new sentence (a full stop only before a space). */
const SENTENCE_END = /[!?؟؛;…\n]|\.(?=\s|$)/gu;

/**
 * The sentences that hold the given ranges, merged, as sorted start/end pairs (each sentence
 * with its final mark). Every context rule (title chains, targets, voice, literal cues,
 * phrases) stays inside a sentence, so these can be analyzed on their own; quotations are
 * found on the whole text.
 */
function sentencesAround(input: string, ranges: readonly number[]): number[] {
  const out: number[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const last = out.length - 1;
    // Ranges come sorted: one inside the current region needs no scan (this keeps a long
    // sentence with thousands of candidates linear).
    if (last > 0 && ranges[r + 1] <= out[last]) continue;
    const floor = last > 0 ? out[last] : 0;
    let s = floor;
    for (let i = Math.max(ranges[r], floor) - 1; i >= floor; i--) {
      const c = input[i];
      if (c === '\n' || c === '!' || c === '?' || c === '؟' || c === '؛' || c === ';' || c === '…' || (c === '.' && /\s/u.test(input[i + 1] ?? ' '))) {
        s = i + 1;
        break;
      }
    }
    SENTENCE_END.lastIndex = Math.max(ranges[r + 1], s);
    const m = SENTENCE_END.exec(input);
    const e = m ? m.index + 1 : input.length;
    if (last > 0 && s <= out[last]) out[last] = Math.max(out[last], e);
    else out.push(s, e);
  }
  return out;
}


/**
 * Whether the lexicon could match anything in the text: the prefilter's proof, without the
 * analysis. The diff asks this of each changed stretch before analysing its sentences.
 */
export function mayMatch(input: string, resources: Resources): boolean {
  const scan = prefilterFor(resources.lexicon, resources.lists).scan(input);
  return scan.anchors.length > 0 || scan.suspects.length > 0 || matchingWords(input, scan, resources).length > 0;
}

/** The document of a text with nothing to find: no tokens, no annotations. */
function emptyDoc(input: string, resources: Resources): Doc {
  return {
    input, matching: { original: input, text: '', start: NO_MAP, end: NO_MAP }, tokens: [], lexicon: resources.lexicon, lists: resources.lists, gazetteer: resources.gazetteer, dates: resources.dates,
    quotes: [], tokenQuote: NO_MAP, classes: NO_MAP, matches: [], people: [], groups: [], index: null,
  };
}

/**
 * Build the document object and run the annotation stages in order: prefilter, text layer
 * (matching view, tokens, sentences), quotations, lexicon matches, people and groups.
 */
export function analyze(input: string, resources: Resources, exhaustive = false, wholeOption: boolean | 'if-any' = false): Doc {
  // One pass over the characters proves most texts clean; they skip every other stage.
  // `exhaustive` skips the prefilter: the reference the prefilter is tested against.
  // `whole` (for extraction) annotates the whole text: every sentence, quotation and person;
  // 'if-any' does so only when the prefilter sees something to find (check: one analysis, whole
  // when it matters, and nothing beyond the prefilter for a clean text).
  const whole = wholeOption !== false;
  const scan = exhaustive ? null : prefilterFor(resources.lexicon, resources.lists).scan(input);
  let regions: number[] | null = null; // null: the whole text
  let phraseSpans: number[] | null = null; // null: look for phrases everywhere
  let nothingToMatch = false;
  let matchRegions: number[] | null = null; // null: every token may match
  if (scan) {
    const windows = scan.anchors.length > 0 ? matchingPhraseSpans(input, scan, resources) : [];
    const words = matchingWords(input, scan, resources);
    nothingToMatch = words.length === 0 && windows.length === 0 && scan.suspects.length === 0;
    if (nothingToMatch && wholeOption !== true) return emptyDoc(input, resources);
    // The sentences of suspect spellings are analyzed in full, phrases included.
    const suspects = sentencesAround(input, scan.suspects.flatMap((p) => [p, p + 1]));
    phraseSpans = sortedSpans([...windows, ...suspects]);
    // Only the sentences with something to find are analyzed.
    regions = sentencesAround(input, sortedSpans([...words, ...windows, ...suspects]));
    let covered = 0;
    for (let r = 0; r < regions.length; r += 2) covered += regions[r + 1] - regions[r];
    // A whole-text analysis tokenizes everything but still looks for matches only there.
    if (whole) matchRegions = regions;
    if (covered >= input.length * WHOLE_TEXT_SHARE || whole) regions = null;
  }
  const matching = normalizeForMatching(input, regions ?? undefined);
  const tokens = tokenize(matching);
  const doc: Doc = {
    input, matching, tokens, lexicon: resources.lexicon, lists: resources.lists, gazetteer: resources.gazetteer, dates: resources.dates,
    quotes: [], tokenQuote: new Int32Array(tokens.length).fill(-1), classes: new Int32Array(tokens.length).fill(-1), matches: [], people: [], groups: [], index: null,
  };
  // The prefilter proved there is no lexicon form in the text (the same proof that lets a
  // check skip it): a whole-text analysis for extraction need not look for one.
  if (!nothingToMatch) findMatches(doc, phraseSpans, matchRegions);
  // For checking, quotations, people and groups only matter around matches: clean text stops here.
  if (doc.matches.length === 0 && !whole) return doc;
  doc.quotes = findQuotes(input);
  let q = 0;
  for (const t of tokens) {
    while (q < doc.quotes.length && doc.quotes[q].end <= t.start) q++;
    if (q < doc.quotes.length && t.start > doc.quotes[q].start && t.end <= doc.quotes[q].end) doc.tokenQuote[t.index] = q;
  }
  findMentions(doc, whole);
  doc.index = indexDoc(doc);
  return doc;
}
