import { isComma } from '../../text/tokenize.js';
import type { Doc, LexMatch } from '../document.js';
import { isSpeechVerb, MAX_SUBJECT } from '../speech.js';
import { WordClass } from '../../context/lists.js';
import { classAt } from '../document.js';
import type { VoiceDecision } from './types.js';

/**
 * Direct speech after its channel, with neither marks nor a colon: «قلت في تغريدة لك على
 * "تويتر" الصهاينة يقتلوننا بفلسطين», «وكتب عبر حسابه الخونة باعوا البلد». A speech verb, a
 * channel («في بيان», «عبر حسابه») and no complementizer: what follows the channel to the end of
 * the sentence is the speaker's words (with a complementizer it is indirect speech, decided
 * before this rule).
 */
export function speechChannel(doc: Doc, m: LexMatch): VoiceDecision | null {
  const { tokens, lists } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  for (let k = m.tokenStart - 1; k >= 0 && m.tokenStart - k <= MAX_SUBJECT && tokens[k].sentence === sentence; k--) {
    const v = tokens[k];
    if (v.kind === 'punct' && !isComma(v) && !/^["«»“”]$/u.test(v.norm)) return null;
    if (v.kind !== 'arabic' || !isSpeechVerb(doc, v)) continue;
    const p = tokens[k + 1];
    const channel = tokens[k + 2];
    if (!p || !channel || !lists.channelPrepositions.hasExact(p.norm) || !lists.channelNouns.has(channel.norm)) return null;
    // A word or more names the channel («لك على "تويتر"»); then the words run to the sentence end
    // (commas and all), with no complementizer or other speech verb that would open a clause.
    if (m.tokenStart - (k + 3) < 1) return null;
    for (let j = k + 3; j < m.tokenStart; j++) if (classAt(doc, j) & (WordClass.Complementizer | WordClass.SpeechVerb)) return null;
    return { voice: 'quoted', rule: 'speech-channel', reason: `direct speech after «${doc.input.slice(v.start, v.end)} ${doc.input.slice(p.start, p.end)} ${doc.input.slice(channel.start, channel.end)} …» without quotation marks` };
  }
  return null;
}
