import { WordClass } from '../../context/lists.js';
import type { Token } from '../../text/tokenize.js';
import { classAt, type Doc } from '../document.js';

/**
 * A word that heads an office or an organisation and takes a complement: a title («رئيس»,
 * «المتحدث»), an honorific («شيخ»), an organisation head («حركة», «مجلس»), or the head noun of
 * a place or institution's name («نادي», «مديرية», «هيئة», «حي»), or of a department («قسم», «فرع»).
 */
export function isHeadWord(doc: Doc, t: Token): boolean {
  if (t.kind !== 'arabic') return false;
  if (classAt(doc, t.index) & (WordClass.Title | WordClass.Honorific | WordClass.OrgHead)) return true;
  return doc.gazetteer.headKind(t) !== null || doc.lists.officeHeads.has(t.norm);
}
