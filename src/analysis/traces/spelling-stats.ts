import type { Doc } from '../document.js';
import { LOOKALIKE, TATWEEL, mixesPresentationForms } from '../signals.js';

/**
 * How the whole text spells its words: how many words carry a tatweel or lookalike letters, or mix
 * presentation forms with ordinary letters. A disguise is a trace only where the text does not write that way anyway (a
 * site that stretches headlines with tatweel «أحـــد», a page typed on a Persian keyboard).
 */
export interface SpellingStats {
  readonly words: number;
  readonly withTatweel: number;
  readonly withLookalike: number;
  /** Words that mix presentation-form glyphs with ordinary letters (a broken PDF extraction does). */
  readonly withMixedForms: number;
  /** Words with two or more short vowels or sukun: the text vowels words (poetry, a verse, a lexicographer's column). */
  readonly withVowels: number;
}

/** Short vowels and sukun (tanween and shadda are ordinary spelling: «جداً», «مدرّب»). */
export const VOWEL_MARKS = /[\u064e-\u0650\u0652]/gu;

const WORD = /[\u0621-\u064a\u0640\u064b-\u065f\u0670\u06a9\u06aa\u06cc\u06c1\u06be\u06d2\u066e\u066f\u06a1\ufb50-\ufdff\ufe70-\ufefc\u200c\u200d]+/gu;

const cache = new WeakMap<Doc, SpellingStats>();

export function spellingStats(doc: Doc): SpellingStats {
  let s = cache.get(doc);
  if (s) return s;
  let words = 0;
  let withTatweel = 0;
  let withLookalike = 0;
  let withMixedForms = 0;
  let withVowels = 0;
  for (const w of doc.input.match(WORD) ?? []) {
    words++;
    if (TATWEEL.test(w)) withTatweel++;
    if (LOOKALIKE.test(w)) withLookalike++;
    if (mixesPresentationForms(w)) withMixedForms++;
    if ((w.match(VOWEL_MARKS)?.length ?? 0) >= 2) withVowels++;
  }
  s = { words, withTatweel, withLookalike, withMixedForms, withVowels };
  cache.set(doc, s);
  return s;
}

/** The text writes this way in at least this many other words: the spelling is its habit. */
export const HABIT = 3;
