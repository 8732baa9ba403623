import type { Resources } from '../resources.js';
import { foldFast, normalizeForMatching } from '../text/normalize.js';
import { findQuotes } from '../text/quotes.js';
import { tokenize } from '../text/tokenize.js';
import type { Doc } from './document.js';
import { findMatches, wordCouldMatch } from './match.js';
import { findMentions } from './mentions.js';
import { prefilterFor } from '../lexicon/prefilter.js';

const NO_MAP = new Int32Array(0);

/** Does any word the prefilter flagged (original ranges) match on its own? */
function wordsMatch(input: string, ranges: readonly number[], resources: Resources): boolean {
  for (let r = 0; r < ranges.length; r += 2) {
    const word = input.slice(ranges[r], ranges[r + 1]);
    const last = word[word.length - 1];
    if (wordCouldMatch(resources.lexicon, resources.lists, foldFast(word), last === 'ة' || last === 'ۃ')) return true;
  }
  return false;
}

/** Does a phrase actually occur around any of the prefilter's anchor words? */
function anchorsMatch(input: string, ranges: readonly number[], resources: Resources): boolean {
  // A phrase can reach at most (longest phrase - 1) words either side of its anchor word.
  const reach = resources.lexicon.longestPhrase - 1;
  let checkedTo = -1;
  for (let r = 0; r < ranges.length; r += 2) {
    const a = wordsAway(input, ranges[r], -reach);
    const b = wordsAway(input, ranges[r + 1], reach);
    if (b <= checkedTo) continue; // inside a window already seen to hold no phrase
    const window = input.slice(a, b);
    const matching = normalizeForMatching(window);
    const doc = { ...emptyDoc(window, resources), matching, tokens: tokenize(matching) };
    findMatches(doc, true);
    if (doc.matches.some((m) => m.kind === 'phrase')) return true;
    checkedTo = b;
  }
  return false;
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
    input, matching: { original: input, text: '', start: NO_MAP, end: NO_MAP }, tokens: [], lexicon: resources.lexicon, lists: resources.lists,
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
  const phrasesPossible = scan.force || (scan.anchors.length > 0 && anchorsMatch(input, scan.anchors, resources));
  if (!scan.force && !phrasesPossible && !wordsMatch(input, scan.words, resources)) return emptyDoc(input, resources);
  const matching = normalizeForMatching(input);
  const tokens = tokenize(matching);
  const doc: Doc = {
    input, matching, tokens, lexicon: resources.lexicon, lists: resources.lists,
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
