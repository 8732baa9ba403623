import type { Doc, LexMatch } from '../document.js';
import { isHeadWord } from './heads.js';
import { agreementOfAdjective, agreementsOfForm, hasArticle, wordBefore } from './neighbours.js';
import type { Trace } from './types.js';

/**
 * Right after a singular adjective («الأمريكي», «الأمريكية»), a word that cannot describe the same
 * noun: «سعر الخام الأمريكي الجهلة 35 سنتا», «مجلة بي سي وورلد الأمريكية الفاسد», «لوس انجليس
 * الأمريكية البلطجية». Adjectives of one noun agree with it and with each other; a word that does
 * not was put there. Not after the genitive of a construct, whose head the word may describe
 * («رئيس الحكومة الأمريكية الفاسد»).
 */
export function disagreesWithAdjective(doc: Doc, m: LexMatch): Trace | null {
  if (m.kind === 'phrase' || !m.analysis?.article || m.analysis.prefix !== 'ال' || m.analysis.suffix) return null;
  const before = wordBefore(doc, m);
  if (!before || doc.index!.matchAt[before.index] >= 0 || !hasArticle(before.norm)) return null;
  // A country's adjective, singular: «الأمريكي», «الأمريكية» (not «الأمريكيين», a plural noun
  // too). Other words of that shape are often broken plurals («الأهالي», «الأيادي», «الفتاوى»).
  if (!/يه?$/u.test(before.norm) || !doc.gazetteer.adjectiveCountry(before.norm)) return null;
  const agreement = agreementOfAdjective(doc, before.norm);
  if (agreement === 'plural') return null;
  // A noun («الديدان», «القمامة») describes nothing: after an adjective it starts no phrase of its
  // own («الجامعة الأمريكية الديدان:»), whatever it agrees with. An adjective must agree, and so
  // must a partisan name, often a participle used as one («النقب الفلسطيني المحتل»).
  if ((m.hit.entry.pos !== 'noun' || m.hit.entry.category === 'loaded') && agreementsOfForm(m).includes(agreement)) return null;
  const noun = doc.tokens[before.index - 1];
  const head = doc.tokens[before.index - 2];
  // The adjective describes a definite noun right before it («الخام الأمريكي»), not a genitive
  // that may complete an indefinite head («جماعة الحوثي», «وزارة الخارجية الأمريكية»).
  if (!noun || noun.kind !== 'arabic' || noun.sentence !== before.sentence || !hasArticle(noun.norm)) return null;
  if (head && head.kind === 'arabic' && head.sentence === noun.sentence && !hasArticle(head.norm) && (isHeadWord(doc, head) || /(ات|ه)$/u.test(head.norm))) return null;
  return {
    signal: 'breaks-agreement', kind: 'structure',
    reason: `after «${doc.input.slice(before.start, before.end)}», an adjective the word does not agree with`,
  };
}
