/** A quotation found by its marks: the original range including the marks. */
export interface QuoteRange {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly close: string;
}

/** Paired quotation marks used in Arabic text (﴿ ﴾ enclose Quranic verses). Straight quotes pair with themselves. */
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›', '"': '"', '❝': '❞', '﴿': '﴾' };

/** The longest a quotation may run before an unclosed mark is treated as stray. */
const MAX_QUOTE = 4000;

/**
 * Find quotations by their marks. Marks are paired left to right; an opening mark with no
 * closing mark within the paragraph (or MAX_QUOTE characters) is ignored, so one stray quote
 * does not turn the rest of an article into speech. Nested quotes are folded into the outer one.
 */
export function findQuotes(text: string): QuoteRange[] {
  const out: QuoteRange[] = [];
  const n = text.length;
  const opener = /[«“„‹"❝﴿]/gu;
  const exhausted = new Set<string>();
  let i = 0;
  while (i < n) {
    opener.lastIndex = i;
    const hit = opener.exec(text);
    if (!hit) break;
    i = hit.index;
    const ch = text[i];
    const close = PAIRS[ch];
    // No closing mark anywhere after this one: no later opener of its kind can close either.
    if (exhausted.has(ch)) {
      i++;
      continue;
    }
    if (text.indexOf(close, i + 1) < 0) {
      exhausted.add(ch);
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
  return mergeParenthesesCitations(text, out);
}

/** Parentheses enclose a citation (a verse, a saying) when they hold at least this many words. */
const CITATION_WORDS = 6;

/**
 * Long parenthesised passages are citations in Arabic prose («(ومن يقتل مؤمنا متعمدا ...)»):
 * counted as quotations. Short ones are asides («(أ ف ب)», «(27 عاما)») and are not.
 */
function mergeParenthesesCitations(text: string, quotes: QuoteRange[]): QuoteRange[] {
  const out = [...quotes];
  const re = /\(([^()\n]{1,600})\)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const words = m[1].trim().split(/\s+/u).length;
    if (words < CITATION_WORDS) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((q) => start < q.end && q.start < end)) continue;
    out.push({ start, end, open: '(', close: ')' });
  }
  return out.sort((a, b) => a.start - b.start);
}
