import type { Doc, LexMatch, QuoteSpan } from '../document.js';
import { isSpeechParticiple, isSpeechVerb } from '../speech.js';
import { WordClass } from '../../context/lists.js';
import { classAt } from '../document.js';
import type { VoiceDecision } from './types.js';
import { firstTokenAt } from '../../text/tokenize.js';

/** A phrase in marks of at most this many words, with no attribution, is the writer's own term. */
const MAX_SCARE_WORDS = 3;
/** How far back (tokens, same sentence) an attribution of a short phrase in marks is looked for. */
const MAX_LEAD = 12;

/** The quotation (by its marks) that holds the match, if any. */
export function quoteAt(doc: Doc, m: LexMatch): QuoteSpan | null {
  const q = doc.tokenQuote[m.tokenStart];
  if (q >= 0) return doc.quotes[q];
  return doc.quotes.find((x) => m.start >= x.start && m.start < x.end) ?? null;
}

/**
 * Inside quotation marks the words are the speaker's: «وهتف متظاهرون "ارحلوا يا خونة"». A short
 * phrase in marks that nobody is said to have said is the writer's own word set off by scare
 * quotes («هؤلاء "الخونة"», «يمنحنا "قرامطة" العصر»): narrator voice, though it is still never
 * edited, as nothing inside marks is.
 */
export function quotationMarks(doc: Doc, m: LexMatch): VoiceDecision | null {
  const quote = quoteAt(doc, m);
  if (!quote) return null;
  const marks = `${quote.open}…${quote.close} at ${quote.start}–${quote.end}`;
  // A curse or a slogan in marks is a chant, someone's words: «هتافات "الموت لأمريكا"».
  if (m.hit.entry.category !== 'curse' && quoteWords(doc, quote) <= MAX_SCARE_WORDS && !attributed(doc, quote)) {
    return { voice: 'narrator', rule: 'quotation-marks', reason: `a short phrase in scare quotes ${marks} that nobody is said to have said: the writer's own word (never edited)` };
  }
  return { voice: 'quoted', rule: 'quotation-marks', reason: `inside the quotation ${marks}` };
}

export function quoteWords(doc: Doc, q: QuoteSpan): number {
  return doc.input.slice(q.start + q.open.length, q.end - q.close.length).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Is the phrase in marks someone's words: a speech verb, participle, describing verb or naming
 * phrase, or a colon, shortly before it in its sentence («وصفهم بـ"الخونة"», «قال: "خونة"»,
 * «ما أسماه "الخونة"»), or a speech verb right after it («"خونة"، قال …»).
 */
function attributed(doc: Doc, q: QuoteSpan): boolean {
  const { tokens, lists } = doc;
  const open = firstTokenAt(tokens, q.start);
  if (open >= tokens.length) return false;
  const sentence = tokens[open].sentence;
  const word = (i: number) => (i >= 0 && i < tokens.length && tokens[i].kind === 'arabic' ? tokens[i].norm : null);
  for (let k = open - 1; k >= 0 && open - k <= MAX_LEAD && tokens[k].sentence === sentence; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.norm === ':' || t.norm === '：')) return true;
    if (doc.tokenQuote[k] >= 0) break;
    if (t.kind !== 'arabic') continue;
    if (isSpeechVerb(doc, t) || isSpeechParticiple(doc, t) || lists.describeVerbs.has(t.norm) || lists.namingPhrases.endingAt(word, k) > 0) return true;
    // «هتافات "…"», «شعار "…"», «تصريحاته "…"»: a statement noun names whose words they are.
    if (open - k <= 2 && (classAt(doc, k) & WordClass.SpeechNoun) !== 0) return true;
  }
  let close = open;
  while (close < tokens.length && tokens[close].end <= q.end) close++;
  for (let k = close; k < tokens.length && k <= close + 2 && tokens[k].sentence === sentence; k++) {
    const t = tokens[k];
    if (t.kind === 'arabic') return isSpeechVerb(doc, t) || lists.namingPhrases.startingAt(word, k) > 0;
  }
  return false;
}
