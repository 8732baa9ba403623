import type { Doc, LexMatch } from '../document.js';
import type { Trace } from './types.js';

/** Letters split apart by spaces or marks so that a filter misses the word: «ك.ل.ب», «ق ذ ر». */
export function splitLetters(doc: Doc, m: LexMatch): Trace | null {
  if (m.kind !== 'evasion') return null;
  return { signal: 'evasion-spelling', kind: 'spelling', reason: `letters split apart: «${doc.input.slice(m.start, m.end)}»` };
}
