import { WordClass } from '../../context/lists.js';
import { classAt, type Doc, type LexMatch } from '../document.js';
import { agreementsOfForm, isDefinite, wordBefore } from './neighbours.js';
import type { Trace } from './types.js';

/**
 * Right after an indefinite title, as its complement, an adjective for one person: «مدير الرعاع
 * عام التعليم» aside, «رئيس التافه هذه الجمهورية», «وزير الملحد خارجية الإمارات», «مدير الأفاق
 * تطوير قطاع». A title takes what the office is about as its complement («رئيس الوزراء», «زعيم
 * العصابة», «قائد المرتزقة»: a body or a group), never a single person's quality: «مدير التافه»
 * is no office, so the word was put between the title and its complement.
 */
export function completesTitle(doc: Doc, m: LexMatch): Trace | null {
  if (m.kind === 'phrase' || !m.analysis?.article || m.analysis.prefix !== 'ال' || m.analysis.suffix) return null;
  const entry = m.hit.entry;
  if (entry.pos !== 'adj' || agreementsOfForm(m).includes('plural')) return null;
  const before = wordBefore(doc, m);
  if (!before || doc.index!.matchAt[before.index] >= 0 || isDefinite(before.norm)) return null;
  // The title itself, not a word read through a clitic («ولرئيس» is fine; «رئيسه» has its complement).
  if (!(classAt(doc, before.index) & WordClass.Title) || /(ه|ها|هم|هما|هن|ي)$/u.test(before.norm) && !doc.lists.titles.hasExact(before.norm)) return null;
  return {
    signal: 'completes-title', kind: 'structure',
    reason: `right after the title «${doc.input.slice(before.start, before.end)}», where its complement (what the office is about) stands`,
  };
}
