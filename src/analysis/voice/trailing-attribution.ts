import type { Doc, LexMatch } from '../document.js';
import { MAX_CLAUSE } from '../speech.js';
import type { VoiceDecision } from './types.js';

/**
 * A clause attributed after it: «الخونة سيدفعون الثمن، قال المتحدث.» The attribution is a bare
 * past-tense speech verb right after a comma («، قال», «، أضافت»): not a conjoined verb («، وبحث»
 * starts a new clause), not a present tense, and not a participle («، مضيفا» attributes what
 * follows it, not what precedes).
 */
export function trailingAttribution(doc: Doc, m: LexMatch): VoiceDecision | null {
  const { tokens, lists } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  for (let k = m.tokenEnd; k < tokens.length - 1 && tokens[k].sentence === sentence && k - m.tokenEnd < MAX_CLAUSE; k++) {
    const t = tokens[k];
    if (t.kind !== 'punct' || (t.norm !== '،' && t.norm !== ',')) continue;
    const v = tokens[k + 1];
    if (v.kind === 'arabic' && lists.speechVerbs.hasExact(v.norm) && isBareAttributionVerb(v.norm)) {
      return { voice: 'reported', rule: 'trailing-attribution', reason: `clause attributed by a following «${doc.input.slice(v.start, v.end)}»` };
    }
  }
  return null;
}

function isBareAttributionVerb(w: string): boolean {
  if (/^[وف]/u.test(w) || /ا$/u.test(w)) return false;
  return !/^[يتن]/u.test(w) || w === 'تابع' || w === 'تابعت';
}
