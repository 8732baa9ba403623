import type { Doc, LexMatch } from '../document.js';
import { OVERRIDE, TATWEEL, invisibleInside } from '../signals.js';
import { HABIT, spellingStats } from './spelling-stats.js';
import type { Trace } from './types.js';

/**
 * Invisible characters inside the word (any default-ignorable character: zero-width joiners and
 * non-joiners, a word joiner, bidi controls, a soft hyphen, a variation selector or tag:
 * «الخا‌ئن», «ال⁠كلاب»), a word typed backwards inside a bidi override so that it displays as
 * the word («‭بالك‬» shows «كلاب»), a word alone in an override, or a tatweel where the text
 * does not otherwise stretch its words («الخــائن»): the word was disguised so that a filter
 * misses it. Invisible characters around a word (an RLM before it, a zero-width space after)
 * are the editor's, not a disguise.
 */
export function invisibleCharacters(doc: Doc, m: LexMatch): Trace | null {
  const written = doc.input.slice(m.start, m.end);
  if (m.reversed) return { signal: 'evasion-spelling', kind: 'spelling', reason: 'typed backwards inside a bidi override, so that it displays as the word' };
  if (invisibleInside(written)) return { signal: 'evasion-spelling', kind: 'spelling', reason: 'invisible characters inside the word' };
  if (OVERRIDE.test(written)) return { signal: 'evasion-spelling', kind: 'spelling', reason: 'alone inside a bidi override' };
  if (TATWEEL.test(written) && spellingStats(doc).withTatweel - 1 < HABIT) {
    return { signal: 'evasion-spelling', kind: 'spelling', reason: 'stretched with tatweel, which the rest of the text does not use' };
  }
  return null;
}
