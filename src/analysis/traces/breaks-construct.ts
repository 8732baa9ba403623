import type { Doc, LexMatch } from '../document.js';
import { WordClass } from '../../context/lists.js';
import type { Token } from '../../text/tokenize.js';
import { classAt } from '../document.js';
import { isHeadWord } from './heads.js';
import { agreementOfAdjective, agreementsOfForm, hasArticle, isAdjectiveLike, isDefinite, wordAfter, wordBefore, writtenOf } from './neighbours.js';
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
  if (isDefinite(before.norm) || hasArticle(before.norm) || /(ه|ها|هم|هما|هن)$/u.test(before.norm) && !isHeadWord(doc, before)) return null;
  if (!isHeadWord(doc, before)) return null;
  const w = after.norm;
  // «لشرطة الإرهابي جدة», «رئيس X أولمبيك مرسيليا»: the head's complement is a place or an
  // organisation the gazetteer knows, and the word stands between them.
  // (Without a clitic: «جمعية المعاقين بالأحساء» names where, not what.)
  const name = hasArticle(w) ? null : doc.gazetteer.lookup(doc.tokens, after.index);
  const named = name !== null && name.clitic === 0;
  // «مدير الرعاع عام التعليم»: the head's own adjective, «مدير عام», follows the word.
  const headAdjective = !hasArticle(w) && doc.lists.chainAdjectives.hasExact('ال' + w);
  if (!named && !headAdjective && !completesHead(doc, m, before, after)) return null;
  return {
    signal: 'breaks-construct', kind: 'structure',
    reason: `wedged between «${doc.input.slice(before.start, before.end)}» and «${doc.input.slice(after.start, after.end)}», which complete each other`,
  };
}

/** «وزير», «رئيس», «مدير»: a title for one man, which no feminine adjective describes. */
function isMasculineTitle(doc: Doc, t: Token): boolean {
  return (classAt(doc, t.index) & WordClass.Title) !== 0 && !/(ه|ات)$/u.test(t.norm);
}

/**
 * Is the definite word after the match the head's complement rather than the match's own
 * adjective or a new phrase? Not a date, a grammar word or a country's adjective; a feminine word
 * may be the adjective of a non-human plural or feminine head («خلايا المخلوع النائمة»); a word
 * shaped like an adjective («المالية», «النادي») completes the head only when it agrees neither
 * with the head nor with the match («وزير النذل الداخلية»: masculine title, masculine word,
 * feminine «الداخلية»).
 */
function completesHead(doc: Doc, m: LexMatch, head: Token, after: Token): boolean {
  const w = after.norm;
  if (!hasArticle(w) || doc.dates.phrases.has(w) || doc.lists.functionWords.hasExact(w) || doc.gazetteer.adjectiveCountry(w)) return false;
  const adjective = isAdjectiveLike(doc, w, writtenOf(doc, after));
  if (/ه$/u.test(w) && !isMasculineTitle(doc, head) && (adjective || participleShape(w))) return false;
  if (!adjective) return true;
  const a = agreementOfAdjective(doc, w);
  const headAgreement = isMasculineTitle(doc, head) ? 'masculine' : /(ه|ات)$/u.test(head.norm) ? 'feminine' : null;
  return headAgreement !== null && a !== headAgreement && !agreementsOfForm(m).includes(a);
}

/** «النائمة», «القائمة»: the shape of an active participle (فاعلة), which may be an adjective. */
function participleShape(w: string): boolean {
  const stem = w.slice(2);
  return stem.length === 5 && stem[1] === 'ا' && stem.endsWith('ه');
}
