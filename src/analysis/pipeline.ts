import type { Resources } from '../resources.js';
import { foldFast, normalizeForMatching } from '../text/normalize.js';
import { findQuotes } from '../text/quotes.js';
import { tokenize } from '../text/tokenize.js';
import type { Doc } from './document.js';
import { findMatches, phraseAroundWords, wordCouldMatch } from './match.js';
import { findMentions } from './mentions.js';
import { prefilterFor } from '../lexicon/prefilter.js';

const NO_MAP = new Int32Array(0);

/** The words the prefilter flagged (original ranges) that do match on their own. */
function matchingWords(input: string, ranges: readonly number[], resources: Resources): number[] {
  const out: number[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const word = input.slice(ranges[r], ranges[r + 1]);
    const last = word[word.length - 1];
    if (wordCouldMatch(resources.lexicon, resources.lists, foldFast(word), last === 'ة' || last === 'ۃ')) out.push(ranges[r], ranges[r + 1]);
  }
  return out;
}

/** Folded Arabic words of a string, split on everything else. */
const FOLDED_WORD = /[\u0621-\u063A\u0641-\u064A\u067E\u0686\u06A4\u06A8\u06AF]+/gu;

/**
 * The windows around the prefilter's anchor words in which a phrase may occur. Checked on the
 * folded words around the anchor, split on anything that is not a letter: a superset of what
 * the tokenizer allows, so no phrase is missed, at the cost of a few needless full analyses.
 */
function matchingPhraseWindows(input: string, ranges: readonly number[], resources: Resources): number[] {
  const out: number[] = [];
  const prefilter = prefilterFor(resources.lexicon, resources.lists);
  // A phrase can reach at most (longest phrase - 1) words either side of its anchor word.
  const reach = resources.lexicon.longestPhrase - 1;
  for (let r = 0; r < ranges.length; r += 2) {
    const anchor = foldFast(input.slice(ranges[r], ranges[r + 1]));
    const candidates = prefilter.formsAnchoredBy(anchor);
    if (candidates.length === 0) continue;
    const a = wordsAway(input, ranges[r], -reach);
    const b = wordsAway(input, ranges[r + 1], reach);
    const left = foldFast(input.slice(a, ranges[r])).match(FOLDED_WORD) ?? [];
    const right = foldFast(input.slice(ranges[r + 1], b)).match(FOLDED_WORD) ?? [];
    if (phraseAroundWords([...left, anchor, ...right], left.length, candidates)) out.push(a, b);
  }
  return out;
}

/** A region this large or larger is not worth cutting out: analyze the whole text. */
const WHOLE_TEXT_SHARE = 0.5;

/**
 * The paragraphs that hold the given ranges, merged, as sorted start/end pairs (each paragraph
 * with its newline). Sentences never cross paragraphs, so these are self-contained.
 */
function paragraphsAround(input: string, ranges: readonly number[]): number[] {
  const out: number[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const s = input.lastIndexOf('\n', ranges[r] - 1) + 1;
    const nl = input.indexOf('\n', ranges[r + 1]);
    const e = nl < 0 ? input.length : nl + 1;
    const last = out.length - 1;
    if (last > 0 && s <= out[last]) out[last] = Math.max(out[last], e);
    else out.push(s, e);
  }
  return out;
}

/** The offset `count` whitespace-separated words before (negative) or after `from`. */
function wordsAway(input: string, from: number, count: number): number {
  let i = from;
  const step = count < 0 ? -1 : 1;
  let left = Math.abs(count) + 1;
  while (left > 0 && i > 0 && i < input.length) {
    i += step;
    const c = input.charCodeAt(step < 0 ? i - 1 : i);
    if (c === 0x20 || c === 0x0a || c === 0x09) {
      left--;
      while (i > 0 && i < input.length && /\s/u.test(input[step < 0 ? i - 1 : i])) i += step;
    }
  }
  return Math.max(0, Math.min(input.length, i));
}

/** The document of a text with nothing to find: no tokens, no annotations. */
function emptyDoc(input: string, resources: Resources): Doc {
  return {
    input, matching: { original: input, text: '', start: NO_MAP, end: NO_MAP }, tokens: [], lexicon: resources.lexicon, lists: resources.lists, regions: [],
    quotes: [], tokenQuote: NO_MAP, matches: [], people: [], groups: [],
  };
}

/**
 * Build the document object and run the annotation stages in order: text layer (matching view,
 * tokens, sentences), quotations, lexicon matches, people and groups.
 */
export function analyze(input: string, resources: Resources): Doc {
  // One pass over the characters proves most texts clean; they skip every other stage.
  const scan = prefilterFor(resources.lexicon, resources.lists).scan(input);
  let regions: number[] | null = null; // null: the whole text
  let phrasesPossible = true;
  if (!scan.force) {
    const windows = scan.anchors.length > 0 ? matchingPhraseWindows(input, scan.anchors, resources) : [];
    const words = matchingWords(input, scan.words, resources);
    if (words.length === 0 && windows.length === 0) return emptyDoc(input, resources);
    phrasesPossible = windows.length > 0;
    // Only the paragraphs with something to find are analyzed.
    const both = [...words, ...windows];
    const pairs: [number, number][] = [];
    for (let r = 0; r < both.length; r += 2) pairs.push([both[r], both[r + 1]]);
    pairs.sort((x, y) => x[0] - y[0]);
    regions = paragraphsAround(input, pairs.flat());
    let covered = 0;
    for (let r = 0; r < regions.length; r += 2) covered += regions[r + 1] - regions[r];
    if (covered >= input.length * WHOLE_TEXT_SHARE) regions = null;
  }
  const matching = normalizeForMatching(input, regions ?? undefined);
  const tokens = tokenize(matching);
  const doc: Doc = {
    input, matching, tokens, lexicon: resources.lexicon, lists: resources.lists, regions,
    quotes: [], tokenQuote: new Int32Array(tokens.length).fill(-1), matches: [], people: [], groups: [],
  };
  findMatches(doc, phrasesPossible);
  // Quotations, people and groups only matter around matches: clean text stops here.
  if (doc.matches.length === 0) return doc;
  doc.quotes = findQuotes(input);
  let q = 0;
  for (const t of tokens) {
    while (q < doc.quotes.length && doc.quotes[q].end <= t.start) q++;
    if (q < doc.quotes.length && t.start > doc.quotes[q].start && t.end <= doc.quotes[q].end) doc.tokenQuote[t.index] = q;
  }
  findMentions(doc);
  return doc;
}
