import { isArabicLetterCode, isBidiControl, isDefaultIgnorable, isDigitCode, isLatinLetterCode } from './chars.js';
import type { MatchingText } from './normalize.js';

export type TokenKind = 'arabic' | 'number' | 'latin' | 'punct';

export interface Token {
  /** Position in the token array. */
  readonly index: number;
  readonly kind: TokenKind;
  /** Range in the folded text. */
  readonly nStart: number;
  readonly nEnd: number;
  /** Range in the original input: input.slice(start, end) is the token as written. */
  readonly start: number;
  readonly end: number;
  /** Folded form used for matching. */
  readonly norm: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** Punctuation that ends a sentence (Latin and Arabic forms; newlines also end one). */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', ';', '…', '\n']);

/**
 * Split folded text into word, number, Latin and punctuation tokens. Whitespace is not a token;
 * a newline is kept as a punctuation token because it ends a sentence or paragraph.
 */
export function tokenize(m: MatchingText): Token[] {
  const t = m.text;
  const n = t.length;
  const tokens: Token[] = [];
  let sentence = 0;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    let kind: TokenKind;
    let j = i + 1;
    if (isArabicLetterCode(c)) {
      kind = 'arabic';
      while (j < n && isArabicLetterCode(t.charCodeAt(j))) j++;
    } else if (isDigitCode(c)) {
      kind = 'number';
      // 1,200.5 and 10/7 stay one number token; a trailing separator does not.
      while (j < n) {
        const d = t.charCodeAt(j);
        if (isDigitCode(d)) j++;
        else if ((d === 0x2c || d === 0x2e) && j + 1 < n && isDigitCode(t.charCodeAt(j + 1))) j += 2;
        else break;
      }
    } else if (isLatinLetterCode(c)) {
      kind = 'latin';
      while (j < n && (isLatinLetterCode(t.charCodeAt(j)) || isDigitCode(t.charCodeAt(j)))) j++;
    } else if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) {
      i++;
      continue;
    } else {
      kind = 'punct';
      if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
    }
    const start = m.start[i];
    let end = m.end[j - 1];
    // Marks that vanish in the matching view but belong to the word (a final vowel, tanween,
    // shadda, tatweel, an invisible joiner or variation selector) stay inside its span, so that
    // removing the word removes them too.
    if (kind === 'arabic') end = trailingMarksEnd(m.original, end);
    tokens.push({ index: tokens.length, kind, nStart: i, nEnd: j, start, end, norm: t.slice(i, j), sentence });
    if (kind === 'punct' && SENTENCE_END.has(t[i])) sentence++;
    i = j;
  }
  return tokens;
}

/** Tashkeel, Quranic marks, superscript alef and tatweel. */
function isTrailingMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed);
}

/**
 * The end of a word's span: past the marks after its last letter, and past default-ignorable
 * characters there (a soft hyphen, joiner, variation selector or tag), which vanish in the
 * matching view too. Bidi controls are not the word's: they steer the display of what follows.
 */
export function trailingMarksEnd(s: string, end: number): number {
  while (end < s.length) {
    const c = s.charCodeAt(end);
    if (isTrailingMark(c)) { end++; continue; }
    if (c < 0xad) break;
    const cp = s.codePointAt(end)!;
    if (!isDefaultIgnorable(cp) || isBidiControl(cp)) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return end;
}

/** A comma, Arabic or Latin. */
export function isComma(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && (t.norm === '،' || t.norm === ',');
}

/** A folded word with the article, alone or after ل («الوزير», «للوزير»), longer than the article. */
export function isDefiniteWord(w: string): boolean {
  return w.length > 3 && (w.startsWith('ال') || w.startsWith('لل'));
}

/** The index of the first token starting at or after an original offset (binary search). */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
