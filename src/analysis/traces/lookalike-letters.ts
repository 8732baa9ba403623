import type { Doc, LexMatch } from '../document.js';
import { LOOKALIKE } from '../signals.js';
import { HABIT, spellingStats } from './spelling-stats.js';
import type { Trace } from './types.js';

/**
 * Persian or Urdu lookalike letters, presentation forms or digits used as letters in the word
 * («کلب» with a Persian kaf), where the rest of the text is written with ordinary Arabic letters.
 */
export function lookalikeLetters(doc: Doc, m: LexMatch): Trace | null {
  if (!LOOKALIKE.test(doc.input.slice(m.start, m.end)) || spellingStats(doc).withLookalike - 1 >= HABIT) return null;
  return { signal: 'lookalike-letters', kind: 'spelling', reason: 'lookalike letters that the rest of the text does not use' };
}
