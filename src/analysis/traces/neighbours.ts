import type { Token } from '../../text/tokenize.js';
import type { Doc, LexMatch } from '../document.js';

/**
 * The word right before the match: the previous token, when it is an Arabic word of the same
 * sentence with only spaces between (punctuation, a comma or a quotation mark, is a boundary
 * across which nothing is wedged).
 */
export function wordBefore(doc: Doc, m: LexMatch): Token | null {
  const t = doc.tokens[m.tokenStart - 1];
  const first = doc.tokens[m.tokenStart];
  if (!t || t.kind !== 'arabic' || t.sentence !== first.sentence) return null;
  return /^\s*$/u.test(doc.input.slice(t.end, m.start)) ? t : null;
}

/** The word right after the match, on the same terms. */
export function wordAfter(doc: Doc, m: LexMatch): Token | null {
  const t = doc.tokens[m.tokenEnd];
  const last = doc.tokens[m.tokenEnd - 1];
  if (!t || t.kind !== 'arabic' || t.sentence !== last.sentence) return null;
  return /^\s*$/u.test(doc.input.slice(m.end, t.start)) ? t : null;
}

/** The folded word without a leading «و» (coordination) or «ف». */
export function withoutConjunction(w: string): string {
  return w.length > 4 && (w[0] === 'و' || w[0] === 'ف') && w[1] === 'ا' && w[2] === 'ل' ? w.slice(1) : w;
}

export function hasArticle(w: string): boolean {
  return w.length > 3 && w.startsWith('ال');
}

/**
 * The folded word is definite, with the article alone or behind a conjunction or a preposition
 * («المديرية», «بالمديرية», «وللهيئة»): a noun a following adjective may describe.
 */
export function isDefinite(w: string): boolean {
  return /^(?:[وف]?(?:[بك]?ال|لل))/u.test(w) && w.length > 4;
}

export type Agreement = 'masculine' | 'feminine' | 'plural';

/**
 * The gender or number an adjective shows by its ending (folded: ة is ه): «العامة», «الأمنية»
 * feminine; «الإرهابيين», «المسلحون» plural; «العام», «الأمني» masculine.
 */
export function agreementOfAdjective(doc: Doc, w: string): Agreement {
  if (/(ين|ون)$/u.test(w)) return 'plural';
  if (/(ه|ات)$/u.test(w) || doc.lists.chainAdjectivesFeminine.hasExact(w)) return 'feminine';
  return 'masculine';
}

/**
 * The agreement a lexicon form asks of an adjective after it: a plural form (human or not)
 * agrees with a plural or a feminine adjective, a singular with its gender («الهيئة العامة»).
 * Returned as the set of adjective agreements it accepts.
 */
export function agreementsOfForm(m: LexMatch): readonly Agreement[] {
  const written = m.hit.written;
  if (/(ين|ون|ات)$/u.test(written)) return ['plural', 'feminine'];
  // A nisba written singular («صليبي», «انفصالي») is masculine singular, whatever the number of
  // the entry it is listed under.
  if (/ي$/u.test(written)) return ['masculine'];
  if (m.hit.number === 'plural' || m.hit.number === 'collective') return ['plural', 'feminine'];
  return /ة$/u.test(written) ? ['feminine'] : ['masculine'];
}

/**
 * A word that can only be an adjective here: a nisba («الأمني», «البلدية»), a participle
 * («المسلحة», «المكلف»), or a listed adjective that ends titles («العام», «الأعلى»). `written`
 * is the word as the text spells it, when known: folding writes the hamza seat ئ as ي, so
 * «الهيئة», «البيئة» look like the nisba «الهييه» once folded; the written hamza shows a noun.
 */
export function isAdjectiveLike(doc: Doc, w: string, written?: string): boolean {
  if (!hasArticle(w)) return false;
  const stem = w.slice(2);
  if (doc.lists.chainAdjectives.hasExact(w) || doc.lists.chainAdjectivesFeminine.hasExact(w)) return true;
  if (stem.length >= 4 && /(ي|يه|يين|يون|يات)$/u.test(stem) && !(written && hamzaSeatEnding(written))) return true;
  return stem.length >= 5 && stem.startsWith('م');
}

/** «الهيئة», «بيئات», «مئة»: the ي of a folded nisba ending was a hamza seat. */
function hamzaSeatEnding(written: string): boolean {
  const letters = written.replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
  return /ئ(ة|ه|ات)?$/u.test(letters);
}

/** The word of a token as the text writes it. */
export function writtenOf(doc: Doc, t: Token): string {
  return doc.input.slice(t.start, t.end);
}
