import type { Doc, LexMatch } from '../document.js';
import { hasArticle, wordAfter, wordBefore } from './neighbours.js';
import type { Trace } from './types.js';

/**
 * Between two parts of one personal name: after «بن» or a given name, before a given name
 * («الملك سلمان بن الشواذ عبدالعزيز», «العقيد منصور بن الديوث أحمد الغامدي», «الشيخ محمد سعيد
 * الذئاب الذويبي»). A name runs given name, «بن», father's name…; a word with the article
 * that breaks that run was put there (a family name comes last: «سعد بن الذيب»).
 */
export function insideName(doc: Doc, m: LexMatch): Trace | null {
  const split = splitsCompoundName(doc, m);
  if (split) return split;
  if (m.kind === 'phrase' || !m.analysis?.article || m.analysis.prefix !== 'ال' || m.analysis.suffix) return null;
  const before = wordBefore(doc, m);
  const after = wordAfter(doc, m);
  if (!before || !after || doc.index!.matchAt[after.index] >= 0) return null;
  const { lists } = doc;
  // A given name that is also a grammar word («إن»/«أن» folded as the name «ان») names no one here.
  const givenOrParticle = (w: string) => lists.nameParticles.hasExact(w) || (lists.givenNames.hasExact(w) && !lists.functionWords.hasExact(w));
  const theophoric = (k: number) => (doc.tokens[k].norm === 'عبد' || doc.tokens[k].norm === 'ابو') && hasArticle(doc.tokens[k + 1]?.norm ?? '');
  if (!givenOrParticle(before.norm) || hasArticle(before.norm)) return null;
  // «أم الشهيد جميل …», «أبو الحسن علي»: a kunya particle takes a definite noun of its own.
  if (lists.kunyaParticles.hasExact(before.norm)) return null;
  const nextIsGiven = (lists.givenNames.hasExact(after.norm) && !lists.functionWords.hasExact(after.norm)) || theophoric(after.index) || /^عبد(ال|الل)/u.test(after.norm);
  if (!nextIsGiven) return null;
  return { signal: 'inside-name', kind: 'structure', reason: `inside the name «${doc.input.slice(before.start, before.end)} … ${doc.input.slice(after.start, after.end)}»` };
}

/**
 * Between the two halves of a compound given name: «عبد ابن الكلب الفتاح السيسي», «عبد الخائن
 * الرحمن». «عبد» and a definite word that make a listed given name together («عبدالفتاح») are
 * one name; nothing stands between them.
 */
function splitsCompoundName(doc: Doc, m: LexMatch): Trace | null {
  const before = wordBefore(doc, m);
  const after = wordAfter(doc, m);
  if (!before || !after || !hasArticle(after.norm) || doc.index!.matchAt[after.index] >= 0) return null;
  if (!doc.lists.givenNames.hasExact(before.norm + after.norm) || doc.lists.givenNames.hasExact(before.norm + doc.tokens[m.tokenStart].norm)) return null;
  return { signal: 'inside-name', kind: 'structure', reason: `between «${doc.input.slice(before.start, before.end)}» and «${doc.input.slice(after.start, after.end)}», one given name` };
}
