import type { Doc, LexMatch } from '../document.js';
import { describedAs } from './described-as.js';
import { indirectSpeech } from './indirect-speech.js';
import { namingPhrase } from './naming-phrase.js';
import { quotationMarks } from './quotation-marks.js';
import { speechChannel } from './speech-channel.js';
import { speechColon } from './speech-colon.js';
import { speechObject } from './speech-object.js';
import { trailingAttribution } from './trailing-attribution.js';
import type { VoiceDecision, VoiceRule } from './types.js';

export type { Voice, VoiceDecision, VoiceRule } from './types.js';
export { quoteAt, quoteWords } from './quotation-marks.js';
export { afterBa } from './described-as.js';

/**
 * The voice rules, in order: the first that applies decides. Marks first (inside them the
 * words are the speaker's, or the writer's own scare-quoted term), then direct speech after a
 * colon, then the ways the narrator reports someone else's words.
 */
export const VOICE_RULES: readonly VoiceRule[] = [quotationMarks, speechColon, namingPhrase, describedAs, indirectSpeech, speechChannel, speechObject, trailingAttribution];

/** Stage helper: whose words a match is in (see Voice). */
export function decideVoice(doc: Doc, m: LexMatch): VoiceDecision {
  for (const rule of VOICE_RULES) {
    const d = rule(doc, m);
    if (d) return d;
  }
  return { voice: 'narrator', rule: 'narrator', reason: 'not inside a quotation or attributed speech' };
}
