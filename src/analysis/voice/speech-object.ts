import type { Token } from '../../text/tokenize.js';
import type { Doc, LexMatch } from '../document.js';
import type { VoiceDecision } from './types.js';

/** How far the object's noun phrase may run after the preposition (words, no punctuation). */
const MAX_OBJECT = 6;

/**
 * The content of a warning, a condemnation or a demand, given as a prepositional object: «ينذرون
 * ويحذرون من الخطر الإيراني الصفوي المجوسي», «ندد بالعدوان الصهيوني», «دعا إلى طرد الغزاة». The
 * noun phrase after the preposition is how the speaker put it, reported by the narrator.
 */
export function speechObject(doc: Doc, m: LexMatch): VoiceDecision | null {
  const { tokens, lists } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  for (let k = m.tokenStart - 1, words = 0; k >= 0 && words <= MAX_OBJECT && tokens[k].sentence === sentence; k--) {
    const t = tokens[k];
    if (t.kind !== 'arabic') return null; // punctuation ends the phrase
    words++;
    // «من الخطر …», «إلى …» as words; «بالعدوان» carries its «بـ».
    if (!lists.objectSpeechPrepositions.hasExact(t.norm) && !/^[وف]?ب/u.test(t.norm)) continue;
    const verb = tokens[k - 1];
    if (isObjectSpeechVerb(doc, verb, sentence)) {
      return { voice: 'reported', rule: 'speech-object', reason: `the content of «${doc.input.slice(verb.start, verb.end)} ${doc.input.slice(t.start, t.end)} …», in the speaker's words` };
    }
  }
  // The match itself behind «بـ» right after the verb: «ندد بالعدوان».
  const before = tokens[m.tokenStart - 1];
  if (m.analysis && /^[وف]?ب/u.test(m.analysis.prefix) && isObjectSpeechVerb(doc, before, sentence)) {
    return { voice: 'reported', rule: 'speech-object', reason: `the content of «${doc.input.slice(before.start, before.end)} …», in the speaker's words` };
  }
  return null;
}

function isObjectSpeechVerb(doc: Doc, t: Token | undefined, sentence: number): t is Token {
  return !!t && t.kind === 'arabic' && t.sentence === sentence && doc.lists.objectSpeechVerbs.has(t.norm) && doc.index!.matchAt[t.index] < 0;
}
