import { foldCodePoint, isArabicLetterCode } from './chars.js';

/**
 * A matching view of a text. `text` is folded (see chars.ts); `start[i]` and `end[i]` give, for
 * each UTF-16 unit i of `text`, the range of the ORIGINAL string it came from. Offsets reported
 * to users are always computed through these maps, never from `text` itself.
 */
export interface MatchingText {
  readonly original: string;
  readonly text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** Eastern digits that writers use as letters inside Arabic words to dodge filters (١ for ا, ٥ for ه). */
const DIGIT_AS_LETTER: Record<number, number> = { 0x0661: 0x0627, 0x0665: 0x0647, 0x06f1: 0x0627, 0x06f5: 0x0647 };

/**
 * One table for the whole Basic Multilingual Plane: the folded code unit for each input unit,
 * DROP for units that vanish, MULTI for units that fold to several (ligatures) or need care
 * (surrogates). Built once; folding a text is then one table look-up per character.
 */
export const DROP = 0xffff;
export const MULTI = 0xfffe;
export const FOLD_TABLE: Uint16Array = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = MULTI;
      continue;
    }
    const f = foldCodePoint(c);
    if (f.length === 0) t[c] = DROP;
    else if (f.length === 1 && f.charCodeAt(0) < MULTI) t[c] = f.charCodeAt(0);
    else t[c] = MULTI;
  }
  return t;
})();

const decoder = new TextDecoder('utf-16le');

/**
 * Fold `original` for matching. With `ranges` (sorted, disjoint start/end pairs), only those
 * parts are folded, one after the other; the maps still point into the whole original.
 */
export function normalizeForMatching(original: string, ranges?: readonly number[]): MatchingText {
  const n = original.length;
  const parts = ranges ?? [0, n];
  let size = 0;
  for (let r = 0; r < parts.length; r += 2) size += parts[r + 1] - parts[r];
  let cap = size + 8;
  let out = new Uint16Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let len = 0;
  const grow = () => {
    cap *= 2;
    const o = new Uint16Array(cap); o.set(out); out = o;
    const s = new Int32Array(cap); s.set(start); start = s;
    const e = new Int32Array(cap); e.set(end); end = e;
  };
  for (let r = 0; r < parts.length; r += 2) {
  const to = parts[r + 1];
  for (let i = parts[r]; i < to; i++) {
    const c = original.charCodeAt(i);
    let f = FOLD_TABLE[c];
    if (f === DROP) continue;
    if (f !== MULTI) {
      // (Tested by range first: a property look-up per character is the loop's largest cost.)
      const asLetter = c >= 0x0661 && c <= 0x06f5 ? DIGIT_AS_LETTER[c] : undefined;
      if (asLetter !== undefined && len > 0 && isArabicLetterCode(out[len - 1]) && i + 1 < n && isArabicLetterCode(FOLD_TABLE[original.charCodeAt(i + 1)])) f = asLetter;
      if (len >= cap) grow();
      out[len] = f;
      start[len] = i;
      end[len] = i + 1;
      len++;
      continue;
    }
    // Surrogate pairs and ligatures: fold the whole code point.
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    for (let k = 0; k < folded.length; k++) {
      if (len >= cap) grow();
      out[len] = folded.charCodeAt(k);
      start[len] = i;
      end[len] = i + width;
      len++;
    }
    i += width - 1;
  }
  }
  const text = decoder.decode(out.subarray(0, len));
  return { original, text, start: start.subarray(0, len), end: end.subarray(0, len) };
}

/** Fold a short string (a lexicon form, a list word) the same way the matcher folds text. */
export function foldWord(word: string): string {
  return normalizeForMatching(word.trim()).text;
}

/**
 * Fold one word without building offset maps (the hot path of the prefilter's verification).
 * Gives the same text as normalizeForMatching except for the rare digit-used-as-letter case,
 * which the prefilter sends to the full analysis anyway.
 */
export function foldFast(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const f = FOLD_TABLE[word.charCodeAt(i)];
    if (f === DROP) continue;
    if (f === MULTI) return normalizeForMatching(word).text;
    out += String.fromCharCode(f);
  }
  return out;
}

/** Original-string range for the folded range [a, b). */
export function originalRange(m: MatchingText, a: number, b: number): { start: number; end: number } {
  if (b <= a) {
    const at = a < m.start.length ? m.start[a] : m.original.length;
    return { start: at, end: at };
  }
  return { start: m.start[a], end: m.end[b - 1] };
}
