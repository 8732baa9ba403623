import type { Doc, LexMatch } from '../document.js';

/**
 * Whose words a finding is in:
 *  - narrator: the text's own voice;
 *  - reported: someone else's words as the narrator paraphrases them (indirect speech after
 *    «قال إن …», «وصفه بـ», «ما أسماه», a clause attributed by a trailing «، قال …»);
 *  - quoted: someone else's words as they said them (inside quotation marks, or after
 *    «وقال …:» with no marks). Quotations are never edited.
 */
export type Voice = 'narrator' | 'reported' | 'quoted';

export interface VoiceDecision {
  readonly voice: Voice;
  /** The rule that decided (its file name), for tests and the evidence. */
  readonly rule: string;
  readonly reason: string;
}

/** A voice rule: a decision when it applies to the match, null to let the next rule decide. */
export type VoiceRule = (doc: Doc, m: LexMatch) => VoiceDecision | null;
