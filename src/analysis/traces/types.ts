import type { Doc, LexMatch } from '../document.js';
import type { Signal } from '../signals.js';

/**
 * A trace that a word was put into the text rather than written with it:
 *  - spelling: the word is glued to a neighbour, split, stretched or disguised with invisible,
 *    lookalike or stray vowel characters that the rest of the text does not use;
 *  - structure: the word sits where no word of its kind can stand, inside a title chain or a
 *    construct, or between a noun and the adjective that agrees with it.
 * A trace lifts the profile's caps and rules out a literal sense (an animal word wedged between
 * a title and its complement is not an animal).
 */
export type TraceKind = 'spelling' | 'structure';

export interface Trace {
  readonly signal: Signal;
  readonly kind: TraceKind;
  readonly reason: string;
}

export type TraceRule = (doc: Doc, m: LexMatch) => Trace | null;
