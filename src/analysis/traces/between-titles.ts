import type { Doc, LexMatch } from '../document.js';
import { isHeadWord } from './heads.js';
import { hasArticle, wordAfter, wordBefore } from './neighbours.js';
import type { Trace } from './types.js';

/**
 * Between two heads of one title or name, where each takes the other as its complement:
 * «عضو الحيوان مجلس الإدارة», «نائب العاهرة شيخ الجواهرجية», «مدير القمامة فريق الاتفاق»,
 * «رئيس الفاسد هيئة النقل». No word of the language stands between a title and the indefinite
 * head that continues it.
 */
export function betweenTitles(doc: Doc, m: LexMatch): Trace | null {
  const before = wordBefore(doc, m);
  const after = wordAfter(doc, m);
  if (!before || !after || doc.index!.matchAt[before.index] >= 0 || doc.index!.matchAt[after.index] >= 0) return null;
  if (!isHeadWord(doc, before) || hasArticle(after.norm) || /^[وفبل]/u.test(after.norm) && !doc.lists.titles.hasExact(after.norm)) return null;
  if (!isHeadWord(doc, after)) return null;
  return {
    signal: 'between-titles', kind: 'structure',
    reason: `between «${doc.input.slice(before.start, before.end)}» and «${doc.input.slice(after.start, after.end)}», which belong to one title or name`,
  };
}
