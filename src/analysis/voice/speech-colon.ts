import type { Doc, LexMatch } from '../document.js';
import { isSpeechParticiple, isSpeechVerb, MAX_CLAUSE, MAX_SUBJECT } from '../speech.js';
import type { VoiceDecision } from './types.js';

/**
 * Direct speech without quotation marks: a speech verb, its subject and a colon, then the
 * speaker's words to the end of the sentence: «وهتف المتظاهرون: الموت للخونة», «وقال الوزير:
 * هؤلاء مجرمون». The words after the colon are quoted, as if in marks.
 */
export function speechColon(doc: Doc, m: LexMatch): VoiceDecision | null {
  const { tokens } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  // (As far back as a reported clause may run: a text with no sentence ends must stay linear.)
  for (let c = m.tokenStart - 1; c >= 0 && m.tokenStart - c <= MAX_CLAUSE && tokens[c].sentence === sentence; c--) {
    const t = tokens[c];
    if (t.kind !== 'punct' || (t.norm !== ':' && t.norm !== '：')) continue;
    // The verb stands before the colon, with at most its subject and a channel between.
    for (let k = c - 1; k >= 0 && c - k <= MAX_SUBJECT && tokens[k].sentence === sentence; k--) {
      const v = tokens[k];
      if (isSpeechVerb(doc, v) || (isSpeechParticiple(doc, v) && continuesStatement(doc, k))) {
        return { voice: 'quoted', rule: 'speech-colon', reason: `direct speech after «${doc.input.slice(v.start, v.end)} …:» without quotation marks` };
      }
    }
    return null; // a colon not introducing speech (a list, a heading): only the nearest colon counts
  }
  return null;
}

/**
 * A participle introduces speech when it continues a clause («وقالت متابعة: …»); after a dash
 * or at a line's start it is a byline's credit («سبق - متابعة:», «الرياض - متابعات:»).
 */
function continuesStatement(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  return !!prev && prev.kind === 'arabic' && prev.sentence === doc.tokens[k].sentence && /^[ \t]+$/u.test(doc.input.slice(prev.end, doc.tokens[k].start));
}
