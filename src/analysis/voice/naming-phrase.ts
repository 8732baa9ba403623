import type { Doc, LexMatch } from '../document.js';
import type { VoiceDecision } from './types.js';

/** How far (words) a naming phrase may stand before or after the word it marks. */
const REACH = 3;

/**
 * Someone else's wording, marked as such next to the word: «ما أسماه "الخونة"», «ما يسمى
 * بالشبيحة», «… الخونة، على حد وصفه», «… العملاء كما يسميهم». The narrator reports the term.
 */
export function namingPhrase(doc: Doc, m: LexMatch): VoiceDecision | null {
  const { tokens, lists } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  const word = (i: number) => (i >= 0 && i < tokens.length && tokens[i].sentence === sentence && tokens[i].kind === 'arabic' ? tokens[i].norm : null);
  let words = 0;
  for (let k = m.tokenStart - 1; k >= 0 && tokens[k].sentence === sentence && words < REACH; k--) {
    if (tokens[k].kind !== 'arabic') continue;
    words++;
    const n = lists.namingPhrases.endingAt(word, k);
    if (n > 0) return decision(doc, k - n + 1, k);
  }
  words = 0;
  for (let k = m.tokenEnd; k < tokens.length && tokens[k].sentence === sentence && words < REACH; k++) {
    if (tokens[k].kind !== 'arabic') continue;
    words++;
    const n = lists.namingPhrases.startingAt(word, k);
    if (n > 0) return decision(doc, k, k + n - 1);
  }
  return null;
}

function decision(doc: Doc, first: number, last: number): VoiceDecision {
  return { voice: 'reported', rule: 'naming-phrase', reason: `someone else's wording, marked by «${doc.input.slice(doc.tokens[first].start, doc.tokens[last].end)}»` };
}
