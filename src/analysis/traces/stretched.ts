import type { Doc, LexMatch } from '../document.js';
import type { Trace } from './types.js';

/** Letters stretched by repetition: «حقيييير». */
export function stretched(_doc: Doc, m: LexMatch): Trace | null {
  return m.stretched ? { signal: 'stretched-letters', kind: 'spelling', reason: 'letters repeated to stretch the word' } : null;
}
