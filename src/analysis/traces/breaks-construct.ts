import type { Doc, LexMatch } from '../document.js';
import { WordClass } from '../../context/lists.js';
import type { Token } from '../../text/tokenize.js';
import { classAt } from '../document.js';
import { isHeadWord } from './heads.js';
import { hasArticle, isAdjectiveLike, wordAfter, wordBefore, writtenOf } from './neighbours.js';
import type { Trace } from './types.js';

/**
 * Between an indefinite head and the definite noun that completes it as a construct: «وزير
 * النذل الداخلية», «مديرية السافل الدفاع المدني», «بنادي السافل الهلال», «مدير إدارة الجراثيم
 * العلاقات العامة». After «head + word» the construct is complete; a definite noun right after
 * it that is neither an adjective nor a date cannot follow: the word was wedged into «وزير
 * الداخلية».
 */
export function breaksConstruct(doc: Doc, m: LexMatch): Trace | null {
  if (m.kind === 'phrase' || !m.analysis?.article || /^[وفبلك]/u.test(m.analysis.prefix)) return null;
  const before = wordBefore(doc, m);
  const after = wordAfter(doc, m);
  if (!before || !after || doc.index!.matchAt[before.index] >= 0 || doc.index!.matchAt[after.index] >= 0) return null;
  if (hasArticle(before.norm) || /(ه|ها|هم|هما|هن)$/u.test(before.norm) && !isHeadWord(doc, before)) return null;
  if (!isHeadWord(doc, before)) return null;
  const w = after.norm;
  // A feminine definite word may be the adjective of the head itself: «خلايا المخلوع النائمة»
  // (a non-human plural or a feminine head takes it); only a masculine singular title cannot.
  if (/ه$/u.test(w) && !isMasculineTitle(doc, before)) return null;
  if (!hasArticle(w) || isAdjectiveLike(doc, w, writtenOf(doc, after)) || doc.dates.phrases.has(w) || doc.lists.functionWords.hasExact(w) || doc.gazetteer.adjectiveCountry(w)) return null;
  return {
    signal: 'breaks-construct', kind: 'structure',
    reason: `wedged between «${doc.input.slice(before.start, before.end)}» and «${doc.input.slice(after.start, after.end)}», which complete each other`,
  };
}

/** «وزير», «رئيس», «مدير»: a title for one man, which no feminine adjective describes. */
function isMasculineTitle(doc: Doc, t: Token): boolean {
  return (classAt(doc, t.index) & WordClass.Title) !== 0 && !/(ه|ات)$/u.test(t.norm);
}
