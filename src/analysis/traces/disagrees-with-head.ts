import { WordClass } from '../../context/lists.js';
import { classAt, type Doc, type LexMatch } from '../document.js';
import { agreementsOfForm, hasArticle, wordBefore } from './neighbours.js';
import type { Trace } from './types.js';

/**
 * Right after a definite singular title or organisation («الرئيس», «الجيش», «النظام», «التنظيم»),
 * a plural or feminine word that cannot describe it: «الجيش السفلة في بيان», «الرئيس الصفويين
 * بين المحافظات», «التنظيم العاهرة دائما». What follows such a noun with the article describes it
 * and agrees with it («الجيش السوري», «النظام الجديد»); a word that does not agree was put there.
 */
export function disagreesWithHead(doc: Doc, m: LexMatch): Trace | null {
  if (m.kind === 'phrase' || !m.analysis?.article || m.analysis.prefix !== 'ال' || m.analysis.suffix) return null;
  const agreements = agreementsOfForm(m);
  if (agreements.includes('masculine')) return null;
  const before = wordBefore(doc, m);
  if (!before || doc.index!.matchAt[before.index] >= 0 || !hasArticle(before.norm)) return null;
  // Singular masculine by its ending: not «الحكومة», «القوات», «المسلحين», «الأمين» is fine.
  if (/(ه|ات|ين|ون|اء)$/u.test(before.norm)) return null;
  // A feminine singular agrees with a broken plural, which looks singular («العناصر الفاسدة»,
  // «الخلايا الإرهابية»): only a title, one person, rules it out. A plural agrees with neither.
  const heads = agreements.includes('plural') ? WordClass.Title | WordClass.OrgHead : WordClass.Title;
  if (!(classAt(doc, before.index) & heads)) return null;
  return {
    signal: 'breaks-agreement', kind: 'structure',
    reason: `after «${doc.input.slice(before.start, before.end)}», a singular noun that a plural or feminine word cannot describe`,
  };
}
