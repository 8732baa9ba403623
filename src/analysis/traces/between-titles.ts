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
  if (!isHeadWord(doc, before) || hasArticle(after.norm) || coordinated(doc, after.norm)) return null;
  if (!isHeadWord(doc, after)) return null;
  return {
    signal: 'between-titles', kind: 'structure',
    reason: `between «${doc.input.slice(before.start, before.end)}» and «${doc.input.slice(after.start, after.end)}», which belong to one title or name`,
  };
}

/** A head written exactly so, without clitics. */
function exactHead(doc: Doc, w: string): boolean {
  const { lists } = doc;
  return lists.titles.hasExact(w) || lists.officeHeads.hasExact(w) || lists.orgHeads.hasExact(w) || lists.honorifics.hasExact(w);
}

/**
 * «ومدير», «فرئيس»: a head joined by a conjunction or preposition starts a new phrase. Not a head
 * whose own first letter is one of those («فرع», «فريق», «وزارة», «وكيل»).
 */
function coordinated(doc: Doc, w: string): boolean {
  return /^[وفبل]/u.test(w) && !exactHead(doc, w) && exactHead(doc, w.slice(1));
}
