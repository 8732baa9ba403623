import type { Doc, LexMatch } from '../document.js';
import { HABIT, spellingStats } from './spelling-stats.js';
import type { Trace } from './types.js';

/** Short vowels and sukun (tanween and shadda are ordinary spelling: «جداً», «مدرّب»). */
const VOWEL = /[\u064e-\u0650\u0652]/u;
const VOWELS = /[\u064e-\u0650\u0652]/gu;
/** A mark on the article's alef or lam: «الُخبيث», «اَلخائن» (nobody vowels the article). */
const MARKED_ARTICLE = /^[\u0627\u0671][\u064b-\u0652]|^[\u0627\u0671]\u0644[\u064b-\u0650\u0652]/u;
/** How many words either side show whether the passage is vowelled (a verse, a line of poetry). */
const AROUND = 4;

/**
 * Vowel marks sprinkled on one word of an unvowelled passage («الُخبِيثَ», «الخَائِن»): the marks
 * break a filter's match and stand out, since news prose is written without them. A vowelled
 * passage (a verse, a poem, a quoted saying) vowels all its words, and a text that vowels
 * words elsewhere does so by habit.
 */
export function strayDiacritics(doc: Doc, m: LexMatch): Trace | null {
  const written = doc.input.slice(m.start, m.end).replace(/^[\u0648\u0641\u0628\u0643\u0644]+(?=\u0627\u0644)/u, '');
  const marks = (written.match(VOWELS) ?? []).length;
  if (marks < 2 && !MARKED_ARTICLE.test(written)) return null;
  const { tokens, input } = doc;
  let vowelled = 0;
  for (let k = Math.max(0, m.tokenStart - AROUND); k < Math.min(tokens.length, m.tokenEnd + AROUND); k++) {
    if ((k < m.tokenStart || k >= m.tokenEnd) && tokens[k].kind === 'arabic' && VOWEL.test(input.slice(tokens[k].start, tokens[k].end))) vowelled++;
  }
  if (vowelled >= 2) return null;
  // A text that vowels words here and there (a poem, a column on dialect words) vowels this one
  // too: not a trace. The word itself is one of the counted words.
  if (spellingStats(doc).withVowels - 1 >= HABIT) return null;
  return { signal: 'diacritic-stuffing', kind: 'spelling', reason: 'vowel marks on one word of an unvowelled passage' };
}
