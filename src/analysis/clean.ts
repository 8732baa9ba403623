import type { Edit, Finding } from '../report/types.js';

const SPACE = /[ \t\u00a0]/u;
const COMMA = /[،,]/u;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Turn accepted findings into edits on the original string, repairing the whitespace and
 * punctuation around each: a removed word takes one neighbouring space with it (never the one
 * that separates two words it was glued between), and a removed apposition does not leave an
 * pair of commas behind. Overlapping edits keep the first. Nothing inside (or on the marks of) a
 * quotation is ever edited, whatever the finding says.
 */
export function planEdits(input: string, findings: readonly Finding[], quotations: readonly { start: number; end: number }[] = []): Edit[] {
  const edits: Edit[] = [];
  // Quotations are never altered, marks included: an edit that would touch one is not made.
  const touchesQuote = (a: number, b: number) => quotations.some((q) => a < q.end && q.start < b);
  const chosen = findings
    .filter((f) => f.suggestion.action === 'remove' || (f.suggestion.action === 'replace' && f.suggestion.replacement !== null))
    .filter((f) => !touchesQuote(f.start, f.end))
    .sort((a, b) => a.start - b.start);
  let lastEnd = -1;
  for (const f of chosen) {
    if (f.start < lastEnd) continue;
    let start = f.start;
    let end = f.end;
    if (f.suggestion.action === 'remove') {
      const before = input[start - 1];
      const after = input[end];
      const spaceBefore = before !== undefined && SPACE.test(before);
      const spaceAfter = after !== undefined && SPACE.test(after);
      const gluedAfter = after !== undefined && LETTER.test(after);
      const gluedBefore = before !== undefined && LETTER.test(before);
      // (The space before is not free when the previous removal took it: «خونة خونة وصل».)
      if (spaceBefore && (spaceAfter || !gluedAfter) && start - 1 >= lastEnd) start--;
      else if (spaceAfter && !gluedBefore) end++;
      // «قال فلان، الخائن، إن» → «قال فلان إن»: an apposition set off by two commas takes
      // both with it.
      const l = skipBack(input, start);
      const r = skipFwd(input, end);
      if (COMMA.test(input[l - 1] ?? '') && COMMA.test(input[r] ?? '') && l - 1 >= lastEnd) {
        start = l - 1;
        end = r + 1;
      }
      if (start < lastEnd) start = lastEnd;
      if (touchesQuote(start, end)) {
        start = f.start;
        end = f.end;
      }
      edits.push({ start, end, text: input.slice(start, end), replacement: '', finding: f.id });
    } else {
      edits.push({ start, end, text: input.slice(start, end), replacement: f.suggestion.replacement ?? '', finding: f.id });
    }
    lastEnd = end;
  }
  return edits;
}

function skipBack(s: string, i: number): number {
  while (i > 0 && SPACE.test(s[i - 1])) i--;
  return i;
}

function skipFwd(s: string, i: number): number {
  while (i < s.length && SPACE.test(s[i])) i++;
  return i;
}

/** Apply non-overlapping edits (sorted by start) to the original string. */
export function applyEdits(input: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += input.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + input.slice(at);
}
