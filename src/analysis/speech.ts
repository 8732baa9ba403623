import { WordClass } from '../context/lists.js';
import type { Token } from '../text/tokenize.js';
import { classAt, type Doc } from './document.js';

/**
 * The grammar of reported speech, shared by check's voice decision and extract's quotation
 * finder: one definition of a speech verb, of the complementizer that opens what it reports,
 * and of where the reported clause ends.
 */

/** How far (tokens) after a speech verb its complementizer («أن», «إنه») may stand. */
export const MAX_SUBJECT = 14;
/** The most tokens a reported clause may run (a text with no sentence ends must stay linear). */
export const MAX_CLAUSE = 150;

/**
 * A speech verb as a verb: not a noun with the article that merely shares its stem («النقل»,
 * «القول»), and not the writer's own voice: a first person plural present («نقول», «نرجح»,
 * «نؤكد»: the same verb as the listed «يقول», «يرجح», «يؤكد») states what the text says itself.
 * (The singular «أ» cannot be told from a past tense: «أوضح» is «he explained», and «يوضح» is listed.)
 */
export function isSpeechVerb(doc: Doc, t: Token): boolean {
  return t.kind === 'arabic' && (classAt(doc, t.index) & WordClass.SpeechVerb) !== 0 && !/^[وف]?(ال|لل)/u.test(t.norm) && !isFirstPersonPlural(doc, t.norm);
}

function isFirstPersonPlural(doc: Doc, w: string): boolean {
  const bare = w.replace(/^[وف](?=ن)/u, '');
  return bare.length >= 3 && bare[0] === 'ن' && doc.lists.speechVerbs.hasExact('ي' + bare.slice(1));
}

/** A participle that continues or introduces a statement: «مضيفا», «قائلة», «مشيرا» (data: speech_participles). */
export function isSpeechParticiple(doc: Doc, t: Token): boolean {
  return t.kind === 'arabic' && doc.lists.speechParticiples.hasExact(t.norm);
}

/**
 * The complementizer after the speech verb (or participle) at k, before any other verb-like
 * break; -1 if none: «قال الجيش الإسرائيلي في بيان إنه …», «مشيرا إلى أن …».
 */
export function complementizerAfter(doc: Doc, k: number): number {
  const { tokens, lists } = doc;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_SUBJECT && tokens[j].sentence === tokens[k].sentence; j++) {
    const t = tokens[j];
    if (doc.tokenQuote[j] >= 0) return -1;
    if (t.kind === 'punct' && t.norm !== '،' && t.norm !== ',' && !/^["«»“”]$/u.test(t.norm)) return -1;
    if (t.kind !== 'arabic') continue;
    const c = classAt(doc, j);
    if (c & WordClass.Complementizer && lists.complementizers.hasExact(t.norm)) return j;
    if (isSpeechVerb(doc, t) && j > k + 1) return -1;
  }
  return -1;
}

/**
 * The end (exclusive token) of a reported clause starting at `from`: the sentence end; or, when
 * the speech verb opens a subordinate clause («وبينما توضح إسرائيل أن …، تسعى الرباط …»), the
 * comma after which the main clause begins.
 */
export function reportedClauseEnd(doc: Doc, from: number, toComma: boolean): number {
  const { tokens } = doc;
  let e = from;
  while (e < tokens.length && e - from < MAX_CLAUSE && tokens[e].sentence === tokens[from].sentence && !(tokens[e].kind === 'punct' && /^[.!?؟\n]$/u.test(tokens[e].norm)) &&
    !(toComma && tokens[e].kind === 'punct' && (tokens[e].norm === '،' || tokens[e].norm === ','))) e++;
  return Math.max(from + 1, e);
}

/** Is the speech verb at k the verb of a subordinate clause («بينما توضح», «في حين قال»)? */
export function opensSubordinate(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const prev = k > 0 ? tokens[k - 1] : null;
  if (!prev || prev.sentence !== tokens[k].sentence || prev.kind !== 'arabic') return false;
  return doc.lists.subordinators.hasExact(prev.norm);
}
