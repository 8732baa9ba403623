/** A quotation found by its marks: the original range including the marks. */
export interface QuoteRange {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly close: string;
}

/** Paired quotation marks used in Arabic text (﴿ ﴾ enclose Quranic verses). Straight quotes pair with themselves. */
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›', '"': '"', '❝': '❞', '﴿': '﴾', '{': '}', '‘': '’', "'": "'" };

/** The longest a quotation may run before an unclosed mark is treated as stray. */
const MAX_QUOTE = 4000;

/** Marks that never cross a paragraph: straight quotes, single quotes and braces. */
const PARAGRAPH_MARKS = new Set(['"', "'", '‘', '{']);
/** Single marks double as apostrophes («O'Brien», «don’t»): between two letters they are not quotation marks. */
const APOSTROPHES = new Set(["'", '’', '‘']);
const LETTER = /[\p{L}\p{N}]/u;

/** Is the single mark at i an apostrophe inside a word rather than a quotation mark? */
function insideWord(text: string, i: number): boolean {
  return APOSTROPHES.has(text[i]) && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '');
}

/** Straight marks serve to open and to close: which they do is read off their neighbours. */
const STRAIGHT = new Set(['"', "'"]);

/**
 * A straight mark opens only after a space or punctuation and before a word; it closes only
 * right after a word or punctuation (a missing space after it is a typist's: «"الخونة"وقال»).
 * So in «"… أنّ "شرط …"» the second mark opens a nested quotation rather than closing the
 * first. A single straight mark closes only before a space or punctuation, as an apostrophe
 * sits between letters.
 */
function canOpen(text: string, i: number): boolean {
  if (!STRAIGHT.has(text[i])) return !insideWord(text, i);
  return !LETTER.test(text[i - 1] ?? '') && /[^\s]/u.test(text[i + 1] ?? ' ') && (text[i] === '"' || LETTER.test(text[i + 1] ?? ''));
}
function canClose(text: string, j: number): boolean {
  if (!STRAIGHT.has(text[j])) return !insideWord(text, j);
  return /[^\s]/u.test(text[j - 1] ?? ' ') && (text[j] === '"' || !LETTER.test(text[j + 1] ?? ''));
}

/**
 * Find quotations by their marks. Marks are paired left to right; an opening mark with no
 * closing mark within the paragraph (or MAX_QUOTE characters) is ignored, so one stray quote
 * does not turn the rest of an article into speech. Nested quotes are folded into the outer one.
 */
export function findQuotes(text: string): QuoteRange[] {
  const out: QuoteRange[] = [];
  const n = text.length;
  const opener = /[«“„‹"❝﴿{‘']/gu;
  const exhausted = new Set<string>();
  let i = 0;
  while (i < n) {
    opener.lastIndex = i;
    const hit = opener.exec(text);
    if (!hit) break;
    i = hit.index;
    const ch = text[i];
    const close = PAIRS[ch];
    if (!canOpen(text, i)) {
      i++;
      continue;
    }
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
      if (c === '\n' && PARAGRAPH_MARKS.has(ch)) break; // these marks do not cross paragraphs
      if (STRAIGHT.has(ch) && c === ch) {
        // A straight mark that can only open starts a nested quotation.
        if (!canClose(text, j)) {
          if (canOpen(text, j)) depth++;
          continue;
        }
        if (depth === 0) {
          found = j;
          break;
        }
        depth--;
        continue;
      }
      if (c === close && !canClose(text, j)) continue;
      if (c === close && depth === 0) {
        found = j;
        break;
      }
      if (c === close) depth--;
      else if (c === ch) depth++;
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
