import type { Doc, LexMatch } from '../document.js';
import { complementizerAfter, isSpeechParticiple, isSpeechVerb, MAX_CLAUSE, opensSubordinate, reportedClauseEnd } from '../speech.js';
import { WordClass } from '../../context/lists.js';
import { classAt } from '../document.js';
import type { VoiceDecision } from './types.js';

/**
 * Indirect speech: a speech verb (or participle, or statement noun) and its complementizer
 * open a clause that paraphrases someone: «قال الوزير إن الخونة …», «مؤكدا أن …», «وأشار إلى
 * أن …». The clause runs to the sentence end (to the comma when the verb opens a subordinate
 * clause: «وبينما توضح إسرائيل أن …، تسعى …»). The verb's own subject stays in narrator voice:
 * in «قال الوزير الخائن إن …» the epithet is the narrator's, as it stands before «إن».
 */
export function indirectSpeech(doc: Doc, m: LexMatch): VoiceDecision | null {
  const { tokens } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  for (let k = m.tokenStart - 1; k >= 0 && m.tokenStart - k <= MAX_CLAUSE && tokens[k].sentence === sentence; k--) {
    const t = tokens[k];
    if (t.kind !== 'arabic' || doc.index!.matchAt[k] >= 0) continue;
    const opens = isSpeechVerb(doc, t) || isSpeechParticiple(doc, t) || (classAt(doc, k) & WordClass.SpeechNoun) !== 0;
    if (!opens) continue;
    const c = complementizerAfter(doc, k);
    if (c < 0 || c >= m.tokenStart) continue;
    if (reportedClauseEnd(doc, c + 1, opensSubordinate(doc, k)) <= m.tokenStart) continue;
    return { voice: 'reported', rule: 'indirect-speech', reason: `reported speech after «${doc.input.slice(t.start, t.end)} … ${doc.input.slice(tokens[c].start, tokens[c].end)}»` };
  }
  return null;
}
