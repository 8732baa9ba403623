import type { Doc, LexMatch } from '../document.js';
import { INVISIBLE, TATWEEL } from '../signals.js';
import { HABIT, spellingStats } from './spelling-stats.js';
import type { Trace } from './types.js';

/**
 * Invisible characters inside the word (zero-width joiners and non-joiners, bidi controls, a
 * soft hyphen: «الخا‌ئن»), or a tatweel where the text does not otherwise stretch its words
 * («الخــائن»): the word was disguised so that a filter misses it.
 */
export function invisibleCharacters(doc: Doc, m: LexMatch): Trace | null {
  const written = doc.input.slice(m.start, m.end);
  if (INVISIBLE.test(written)) return { signal: 'evasion-spelling', kind: 'spelling', reason: 'invisible characters inside the word' };
  if (TATWEEL.test(written) && spellingStats(doc).withTatweel - 1 < HABIT) {
    return { signal: 'evasion-spelling', kind: 'spelling', reason: 'stretched with tatweel, which the rest of the text does not use' };
  }
  return null;
}
