/** A quotation found by its marks: the original range including the marks. */
export interface QuoteRange {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly close: string;
}

/** Paired quotation marks used in Arabic text. Straight quotes pair with themselves. */
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›', '"': '"', '❝': '❞' };

/** The longest a quotation may run before an unclosed mark is treated as stray. */
const MAX_QUOTE = 4000;

/**
 * Find quotations by their marks. Marks are paired left to right; an opening mark with no
 * closing mark within the paragraph (or MAX_QUOTE characters) is ignored, so one stray quote
 * does not turn the rest of an article into speech. Nested quotes are folded into the outer one.
 */
export function findQuotes(text: string): QuoteRange[] {
  const out: QuoteRange[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    const close = PAIRS[ch];
    if (close === undefined) {
      i++;
      continue;
    }
    let depth = 0;
    let j = i + 1;
    let found = -1;
    const limit = Math.min(n, i + MAX_QUOTE);
    for (; j < limit; j++) {
      const c = text[j];
      if (c === '\n' && ch === '"') break; // straight quotes do not cross paragraphs
      if (c === close && depth === 0) {
        found = j;
        break;
      }
      if (c === close) depth--;
      else if (c === ch && ch !== close) depth++;
    }
    if (found < 0) {
      i++;
      continue;
    }
    out.push({ start: i, end: found + 1, open: ch, close });
    i = found + 1;
  }
  return out;
}
