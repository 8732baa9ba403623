import type { Doc, LexMatch } from '../document.js';
import { mixesPresentationForms } from '../signals.js';
import { HABIT, spellingStats } from './spelling-stats.js';
import type { Trace } from './types.js';

/**
 * Presentation-form glyphs mixed with ordinary letters in one word («الخﻮنة», «الﻜلاب»): the
 * word looks the same but no longer matches a word list. Where the text mixes them in other words
 * too (a broken extraction from a PDF: «اﻟميليشيات», «اﻟﺒﻨية»), the mix is its habit, not a disguise.
 */
export function presentationForms(doc: Doc, m: LexMatch): Trace | null {
  if (!mixesPresentationForms(doc.input.slice(m.start, m.end)) || spellingStats(doc).withMixedForms - 1 >= HABIT) return null;
  return { signal: 'evasion-spelling', kind: 'spelling', reason: 'presentation-form glyphs mixed with ordinary letters' };
}
