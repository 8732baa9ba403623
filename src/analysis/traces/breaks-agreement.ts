import type { Doc, LexMatch } from '../document.js';
import { agreementOfAdjective, agreementsOfForm, isAdjectiveLike, isDefinite, withoutConjunction, wordAfter, wordBefore, writtenOf, type Agreement } from './neighbours.js';
import { isHeadWord } from './heads.js';
import type { Trace } from './types.js';

/**
 * Between a definite noun and the adjective that agrees with it but not with the word:
 * «الأمين الذئاب العام», «الهيئة الفاسد العامة», «المتحدث الديدان الأمني», «وزير الشؤون البلدية
 * الفاسد والقروية». The adjective describes the noun before the word, so the word is not part of
 * the phrase it sits in.
 */
export function breaksAgreement(doc: Doc, m: LexMatch): Trace | null {
  if (m.kind === 'phrase' || !m.analysis?.article || /^[وفبلك]/u.test(m.analysis.prefix)) return null;
  const before = wordBefore(doc, m);
  const after = wordAfter(doc, m);
  if (!before || !after || doc.index!.matchAt[before.index] >= 0 || doc.index!.matchAt[after.index] >= 0) return null;
  // After an adjective («التمرد الكردي الانفصالي المستمر») the next adjective may describe the noun
  // further back: only a noun right before shows the agreement to keep.
  if (!isDefinite(before.norm) || (isAdjectiveLike(doc, before.norm, writtenOf(doc, before)) && !isHeadWord(doc, before))) return null;
  const adjective = withoutConjunction(after.norm);
  if (!isAdjectiveLike(doc, adjective, writtenOf(doc, after))) return null;
  const a = agreementOfAdjective(doc, adjective);
  if (agreementsOfForm(m).includes(a) || !nounAccepts(before.norm, a)) return null;
  return {
    signal: 'breaks-agreement', kind: 'structure',
    reason: `between «${doc.input.slice(before.start, before.end)}» and «${doc.input.slice(after.start, after.end)}», an adjective that agrees with the noun and not with the word`,
  };
}

/**
 * Does a definite noun take an adjective of this agreement («الهيئة» feminine, «الأمين»
 * masculine)? A final «ين» is a plural ending («المسلحين») or the noun's own letters («الأمين»,
 * «الدين»): either agreement is possible there.
 */
function nounAccepts(noun: string, a: Agreement): boolean {
  if (/ين$/u.test(noun)) return true;
  if (/ون$/u.test(noun)) return a === 'plural' || a === 'feminine';
  if (/(ه|ات)$/u.test(noun)) return a === 'feminine';
  return a === 'masculine';
}
