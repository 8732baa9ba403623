import type { Resources } from '../resources.js';
import { normalizeForMatching } from '../text/normalize.js';
import { findQuotes } from '../text/quotes.js';
import { tokenize } from '../text/tokenize.js';
import type { Doc } from './document.js';
import { findMatches } from './match.js';
import { findMentions } from './mentions.js';

/**
 * Build the document object and run the annotation stages in order: text layer (matching view,
 * tokens, sentences), quotations, lexicon matches, people and groups.
 */
export function analyze(input: string, resources: Resources): Doc {
  const matching = normalizeForMatching(input);
  const tokens = tokenize(matching);
  const doc: Doc = {
    input, matching, tokens, lexicon: resources.lexicon, lists: resources.lists,
    quotes: [], tokenQuote: new Int32Array(tokens.length).fill(-1), matches: [], people: [], groups: [],
  };
  findMatches(doc);
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
