/**
 * Character folding for matching. Every function here maps ONE input code point to
 * zero or more output characters, so that the normalizer can keep an exact map back
 * to offsets in the original string. Nothing here is used to produce output text.
 */

/** Arabic letters as they remain after folding (hamza, alef..yeh, and a few letters used for foreign sounds). */
export function isArabicLetterCode(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    c === 0x067e || // peh (p)
    c === 0x0686 || // tcheh (ch)
    c === 0x06a4 || // veh (v)
    c === 0x06a8 || // Maghrebi qaf (g)
    c === 0x06af // gaf (g)
  );
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isLatinLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f);
}

/** Tashkeel, Quranic annotation marks and superscript alef: dropped for matching. */
function isDiacritic(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x08d3 && c <= 0x08ff)
  );
}

/**
 * The Unicode Default_Ignorable_Code_Point property (DerivedCoreProperties.txt, Unicode 15.1):
 * characters a renderer shows as nothing when it does not support them, so that a tamperer can
 * put them inside a word to break a filter's match («ال\u2060كلاب»). Sorted inclusive ranges;
 * test/text-layer.test.ts checks them against the regex property \p{Default_Ignorable_Code_Point}.
 */
export const DEFAULT_IGNORABLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul choseong and jungseong fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian free variation selectors and vowel separator
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates, deprecated format characters
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space (BOM)
  [0xffa0, 0xffa0], // half-width Hangul filler
  [0xfff0, 0xfff8], // unassigned specials
  [0x1bca0, 0x1bca3], // shorthand format controls
  [0x1d173, 0x1d17a], // musical symbol format controls
  [0xe0000, 0xe0fff], // tags, variation selectors supplement, unassigned
];

/** Is the code point Default_Ignorable (see DEFAULT_IGNORABLE)? */
export function isDefaultIgnorable(c: number): boolean {
  if (c < 0xad) return false;
  for (const [a, b] of DEFAULT_IGNORABLE) {
    if (c < a) return false;
    if (c <= b) return true;
  }
  return false;
}

/** Bidi controls: marks, embeddings, overrides and isolates (they steer display, not letters). */
export function isBidiControl(c: number): boolean {
  return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** Arabic presentation forms: positional glyphs and ligatures (Forms-A U+FB50–U+FDFF, Forms-B U+FE70–U+FEFC). */
export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** Default-ignorable characters and tatweel: invisible, dropped for matching. */
function isInvisible(c: number): boolean {
  return c === 0x0640 || isDefaultIgnorable(c);
}

/**
 * Single-letter mappings: alef and hamza carriers, alef maqsura, teh marbuta, and lookalike
 * letters from Persian, Urdu, Kurdish, Sindhi and Pashto orthographies (used both innocently
 * and to dodge filters), plus dotless archaic letters.
 */
const LETTER_MAP: Record<number, string> = {
  0x0622: 'ا', 0x0623: 'ا', 0x0625: 'ا', 0x0671: 'ا', 0x0672: 'ا', 0x0673: 'ا', 0x0675: 'ا',
  0x0624: 'و', 0x0676: 'و', 0x0677: 'و',
  0x0626: 'ي', 0x0649: 'ي', 0x06cc: 'ي', 0x06d0: 'ي', 0x06d2: 'ي', 0x06d3: 'ي', 0x0678: 'ي', 0x063d: 'ي', 0x063e: 'ي', 0x063f: 'ي', 0x06ce: 'ي',
  0x0629: 'ه', 0x06c3: 'ه', 0x06c0: 'ه', 0x06c1: 'ه', 0x06c2: 'ه', 0x06be: 'ه', 0x06d5: 'ه', 0x06ff: 'ه',
  0x06a9: 'ك', 0x06aa: 'ك', 0x06ab: 'ك', 0x06ac: 'ك', 0x06ad: 'ك', 0x06ae: 'ك', 0x063b: 'ك', 0x063c: 'ك',
  0x066e: 'ب', 0x067b: 'ب', 0x0680: 'ب',
  0x067a: 'ت', 0x067c: 'ت', 0x067d: 'ت', 0x067f: 'ت', 0x0679: 'ت',
  0x0681: 'ح', 0x0682: 'ح', 0x0685: 'ح', 0x0687: 'ج', 0x0683: 'ج', 0x0684: 'ج',
  0x0688: 'د', 0x0689: 'د', 0x068a: 'د', 0x068b: 'د', 0x068c: 'د', 0x068d: 'د', 0x068e: 'د', 0x068f: 'د', 0x0690: 'د',
  0x0691: 'ر', 0x0692: 'ر', 0x0693: 'ر', 0x0694: 'ر', 0x0695: 'ر', 0x0696: 'ر', 0x0697: 'ر', 0x0698: 'ز', 0x0699: 'ر',
  0x069a: 'س', 0x069b: 'س', 0x069c: 'ش', 0x06fa: 'ش', 0x069d: 'ص', 0x069e: 'ص', 0x069f: 'ط', 0x06a0: 'غ',
  0x06a1: 'ف', 0x06a2: 'ف', 0x06a3: 'ف', 0x06a5: 'ف', 0x06a6: 'ف',
  0x066f: 'ق', 0x06a7: 'ق',
  0x06b0: 'ك', 0x06b1: 'ك', 0x06b2: 'ك', 0x06b3: 'ك', 0x06b4: 'ك',
  0x06b5: 'ل', 0x06b6: 'ل', 0x06b7: 'ل', 0x06b8: 'ل',
  0x06b9: 'ن', 0x06ba: 'ن', 0x06bb: 'ن', 0x06bc: 'ن', 0x06bd: 'ن',
  0x06c4: 'و', 0x06c5: 'و', 0x06c6: 'و', 0x06c7: 'و', 0x06c8: 'و', 0x06c9: 'و', 0x06ca: 'و', 0x06cb: 'و', 0x06cf: 'و',
  0x06cd: 'ي', 0x06d1: 'ي',
};

const cache = new Map<number, string>();

/**
 * Fold one code point for matching. Returns '' for characters that vanish, the folded
 * character(s) otherwise. ASCII letters are lower-cased; everything not Arabic passes through.
 */
export function foldCodePoint(c: number): string {
  if (c < 0x80) {
    return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : String.fromCharCode(c);
  }
  const hit = cache.get(c);
  if (hit !== undefined) return hit;
  const out = computeFold(c);
  cache.set(c, out);
  return out;
}

function computeFold(c: number): string {
  if (isDiacritic(c) || isInvisible(c)) return '';
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(0x30 + c - 0x0660); // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(0x30 + c - 0x06f0); // Persian digits
  const mapped = LETTER_MAP[c];
  if (mapped !== undefined) return mapped;
  if (c === 0x066a) return '%';
  if (c === 0x066b) return ',';
  if (c === 0x066c) return ',';
  if (isPresentationForm(c)) {
    // Arabic presentation forms (positional glyphs, ligatures such as ﻻ): decompose, then fold each part.
    const decomposed = String.fromCodePoint(c).normalize('NFKC');
    if (decomposed.length === 1 && decomposed.charCodeAt(0) === c) return decomposed;
    let s = '';
    for (const ch of decomposed) s += ch.codePointAt(0)! === 0x20 ? '' : foldCodePoint(ch.codePointAt(0)!);
    return s;
  }
  if (c >= 0xff01 && c <= 0xff5e) return foldCodePoint(c - 0xfee0); // full-width ASCII
  if (c === 0x00a0 || c === 0x2007 || c === 0x202f) return ' ';
  const s = String.fromCodePoint(c);
  const lower = s.toLowerCase();
  return lower;
}
