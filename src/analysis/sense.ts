import type { Doc, LexMatch } from './document.js';
import type { TargetDecision } from './target.js';
import { someStem } from '../text/clitics.js';
import { hasLiteralSense } from '../lexicon/lexicon.js';
import { isDisguised } from './signals.js';

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
export function decideSense(doc: Doc, m: LexMatch, target: TargetDecision | null, quoted: boolean): SenseDecision {
  const entry = m.hit.entry;
  if (!hasLiteralSense(entry)) return { sense: 'epithet', reason: 'the word has no literal sense in news' };
  const cue = literalCue(doc, m);
  if (cue) return { sense: 'literal', reason: `literal-sense cue «${cue}» nearby` };
  // A disguised or fused spelling is itself a sign of intent: nobody glues or stretches «كلب» in a vet's report.
  if (m.kind === 'glued' || m.kind === 'evasion' || m.stretched || isDisguised(doc.input.slice(m.start, m.end))) return { sense: 'epithet', reason: `${m.kind === 'glued' ? 'glued' : 'disguised'} spelling, no literal-sense cue nearby` };
  // Partisan labels and multi-word expressions refer to people by themselves: no target is needed.
  if (entry.category === 'loaded' || entry.category === 'curse' || m.kind === 'phrase') {
    return { sense: 'epithet', reason: 'no literal-sense cue nearby' };
  }
  // In quoted speech people are the usual subject; quoted findings are low severity anyway.
  if (quoted && !target) return { sense: 'epithet', reason: 'in quoted speech, no literal-sense cue nearby' };
  if (!target || !target.strong) return { sense: 'literal', reason: `has literal senses and is not aimed at a person or group${target ? ` (only loosely next to «${doc.input.slice(target.start, target.end)}»)` : ''}` };
  return { sense: 'epithet', reason: `aimed at a ${target.kind}, no literal-sense cue nearby` };
}

/** The first literal-sense cue of the entry within CUE_WINDOW words in the same sentence. */
function literalCue(doc: Doc, m: LexMatch): string | null {
  const cues = doc.lexicon.literalCues(m.hit.entry);
  if (cues.size === 0) return null;
  const { tokens, input } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  const lo = Math.max(0, m.tokenStart - CUE_WINDOW);
  const hi = Math.min(tokens.length, m.tokenEnd + CUE_WINDOW);
  for (let k = lo; k < hi; k++) {
    if (k >= m.tokenStart && k < m.tokenEnd) continue;
    const t = tokens[k];
    if (t.kind !== 'arabic' || t.sentence !== sentence) continue;
    if (cues.has(t.norm) || someStem(t.norm, (s) => cues.has(s))) return input.slice(t.start, t.end);
  }
  return null;
}
