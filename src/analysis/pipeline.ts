import type { Resources } from '../resources.js';
import { normalizeForMatching } from '../text/normalize.js';
import { findQuotes } from '../text/quotes.js';
import { tokenize } from '../text/tokenize.js';
import type { Doc } from './document.js';
import { findMatches } from './match.js';
import { findMentions } from './mentions.js';
import { prefilterFor } from '../lexicon/prefilter.js';

const NO_MAP = new Int32Array(0);

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
  const possible = prefilterFor(resources.lexicon, resources.lists).scan(input);
  if (possible === 0) return emptyDoc(input, resources);
  const matching = normalizeForMatching(input);
  const tokens = tokenize(matching);
  const doc: Doc = {
    input, matching, tokens, lexicon: resources.lexicon, lists: resources.lists,
    quotes: [], tokenQuote: new Int32Array(tokens.length).fill(-1), matches: [], people: [], groups: [],
  };
  findMatches(doc, (possible & 2) !== 0);
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
