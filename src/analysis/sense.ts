import type { Doc, LexMatch } from './document.js';
import type { TargetDecision } from './target.js';
import { candidateStems } from '../text/clitics.js';
import { hasLiteralSense } from '../lexicon/lexicon.js';

export type Sense = 'epithet' | 'literal';

export interface SenseDecision {
  readonly sense: Sense;
  readonly reason: string;
}

/** How far (in words, same sentence) a literal-sense cue is looked for. */
const CUE_WINDOW = 5;

/**
 * Stage helper: is the word an epithet, or used in one of its literal senses (dirty water, a
 * dog in a veterinary story, a criminal in a court report)? Entries without literal senses are
 * always epithets. An entry with literal senses is an epithet only when it is attached to a
 * person or group and no cue of a literal sense stands near it.
 */
export function decideSense(doc: Doc, m: LexMatch, target: TargetDecision | null): SenseDecision {
  const entry = m.hit.entry;
  if (!hasLiteralSense(entry)) return { sense: 'epithet', reason: 'the word has no literal sense in news' };
  const cues = doc.lexicon.literalCues(entry);
  const { tokens, input } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  const lo = Math.max(0, m.tokenStart - CUE_WINDOW);
  const hi = Math.min(tokens.length, m.tokenEnd + CUE_WINDOW);
  for (let k = lo; k < hi; k++) {
    if (k >= m.tokenStart && k < m.tokenEnd) continue;
    const t = tokens[k];
    if (t.kind !== 'arabic' || t.sentence !== sentence) continue;
    if (cues.has(t.norm) || candidateStems(t.norm).some((s) => cues.has(s))) {
      return { sense: 'literal', reason: `literal-sense cue «${input.slice(t.start, t.end)}» nearby` };
    }
  }
  if (!target || !target.strong) return { sense: 'literal', reason: `has literal senses and is not aimed at a person or group${target ? ` (only loosely next to «${input.slice(target.start, target.end)}»)` : ''}` };
  return { sense: 'epithet', reason: `attached to a ${target.kind}, no literal-sense cue nearby` };
}
