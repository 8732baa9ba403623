import { CHANGE_CATEGORIES, DISTORTING, snapSpan, type Change, type DiffReport, type Verdict } from '../index.js';
import { makeStyle } from './render.js';

export interface DiffTextOptions {
  color: boolean;
  /** Words of context shown each side of a change; default 8. */
  context?: number;
  /** List cosmetic changes too (respellings, punctuation, spacing, boilerplate); moved text is always listed. */
  all?: boolean;
}

/** First-strong isolate … pop: the terminal's bidi cannot reorder the line around the Arabic. */
const isolate = (s: string) => `\u2068${s}\u2069`;
const flat = (s: string) => s.replace(/\s*\n\s*/gu, ' ⏎ ');
/** Inside the markers every line break counts (a whitespace fix may be just \n\n → \n). */
const breaks = (s: string) => s.replace(/\r?\n/gu, '⏎');

const VERDICT_CODE: Record<Verdict, string> = { faithful: '1;32', cosmetic: '1;33', edited: '1;30;43', manipulated: '1;97;41' };

type Paint = (code: string, text: string) => string;
type Range = [number, number];

/** 0.857 → "85.7%": one decimal, and never 100% unless every word was kept. */
function percent(x: number): string {
  if (!Number.isFinite(x)) return '-';
  return `${x < 1 ? Math.min(99.9, Math.round(x * 1000) / 10) : Math.round(x * 1000) / 10}%`;
}

/** Up to n words before pos, not crossing a line break; "…" when words were left out. */
function before(text: string, pos: number, n: number): string {
  const s = text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos);
  const words = [...s.matchAll(/\S+/gu)];
  if (words.length <= n) return s.replace(/^\s+/u, '');
  return n > 0 ? '…' + s.slice(words[words.length - n].index) : '…';
}

/** Up to n words after pos, not crossing a line break; "…" when words were left out. */
function after(text: string, pos: number, n: number): string {
  const nl = text.indexOf('\n', pos);
  const s = text.slice(pos, nl < 0 ? text.length : nl);
  const words = [...s.matchAll(/\S+/gu)];
  if (words.length <= n) return s.replace(/\s+$/u, '');
  if (n <= 0) return '…';
  const w = words[n - 1];
  return s.slice(0, w.index + w[0].length) + '…';
}

/** The index of needle in hay nearest to `near` (a short run of words may occur more than once). */
function nearest(hay: string, needle: string, near: number): number | null {
  let best: number | null = null;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (best === null || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best;
}

/** Words of the original looked up around a removal: enough to be unique, whatever --context shows. */
const ANCHOR_WORDS = 6;

/**
 * Where text the copy dropped would have stood in the copy. The report has no offset map for
 * unchanged text, so look for the original's words just before (or else just after) the
 * removed span in the copy, longest run first, nearest the proportional position.
 */
function anchorInCopy(original: string, copy: string, del: Range): number | null {
  const n = ANCHOR_WORDS;
  const near = Math.round((del[0] / Math.max(1, original.length)) * copy.length);
  const lead = before(original, del[0], n).replace(/^…/u, '').trimEnd();
  const leadWords = [...lead.matchAll(/\S+/gu)];
  for (let k = leadWords.length; k > 0; k--) {
    const needle = lead.slice(leadWords[leadWords.length - k].index);
    const at = nearest(copy, needle, near - needle.length);
    if (at !== null) return at + needle.length;
  }
  const tail = after(original, del[1], n).replace(/…$/u, '').trimStart();
  const tailWords = [...tail.matchAll(/\S+/gu)];
  for (let k = tailWords.length; k > 0; k--) {
    const w = tailWords[k - 1];
    const at = nearest(copy, tail.slice(0, w.index + w[0].length), near);
    if (at !== null) return at;
  }
  return null;
}

/** Colour codes: red strike for what went, green for what came, loud red for a distortion. */
function removedCode(c: Change): string {
  return c.category === 'cosmetic' ? '2;33;9' : '31;9';
}
function insertedCode(c: Change): string {
  if (c.category === 'cosmetic') return '33';
  return DISTORTING.has(c.category) ? '1;41;97' : '32';
}

/**
 * The change in context, on one line: the copy's text around it with the original's text as
 * [-…-] and the copy's as {+…+}. Falls back to the original's context when a removal cannot be
 * placed in the copy; `from` says which text the context came from.
 */
function inlineDiff(c: Change, original: string, copy: string, n: number, paint: Paint): { line: string; from: 'copy' | 'original' } | null {
  const del = c.original ? snapSpan(original, c.original.start, c.original.end) : null;
  const ins = c.copy ? snapSpan(copy, c.copy.start, c.copy.end) : null;
  const removed = del ? paint(removedCode(c), `[-${breaks(original.slice(...del))}-]`) : '';
  const inserted = ins ? paint(insertedCode(c), `{+${breaks(copy.slice(...ins))}+}`) : '';
  if (ins) return { line: before(copy, ins[0], n) + removed + inserted + after(copy, ins[1], n), from: 'copy' };
  if (!del) return null;
  const at = anchorInCopy(original, copy, del);
  if (at === null) return { line: before(original, del[0], n) + removed + after(original, del[1], n), from: 'original' };
  // The anchor sits between the words around the gap; keep a space on each side the original had one.
  const left = before(copy, at, n);
  const right = after(copy, at, n);
  const padL = /\S$/u.test(left) && /\s/u.test(original[del[0] - 1] ?? '') ? ' ' : '';
  const padR = /^\S/u.test(right) && /\s/u.test(original[del[1]] ?? '') ? ' ' : '';
  return { line: left + padL + removed + padR + right, from: 'copy' };
}

const where = (c: Change) =>
  [c.original ? `original ${c.original.start}–${c.original.end}` : null, c.copy ? `copy ${c.copy.start}–${c.copy.end}` : null]
    .filter(Boolean)
    .join(' → ');

/** Label line (ASCII only, so no Latin sits inside an Arabic run), evidence, then the diff line. */
function changeBlock(c: Change, original: string, copy: string, n: number, paint: Paint, bold: (s: string) => string): string[] {
  const lines = [`${bold(c.id)}  ${c.category}${c.kind ? ` (${c.kind})` : ''}  ${where(c)}`];
  for (const e of c.evidence) lines.push(`    · ${isolate(flat(e))}`);
  const diff = inlineDiff(c, original, copy, n, paint);
  if (diff?.from === 'original') lines.push('    (not placed in the copy; context from the original)');
  if (diff) lines.push(`    ${isolate(diff.line)}`);
  return lines;
}

function header(report: DiffReport, paint: Paint, bold: (s: string) => string): string[] {
  const counts = CHANGE_CATEGORIES.filter((c) => (report.summary.by_category[c] ?? 0) > 0).map((c) => `${report.summary.by_category[c]} ${c}`);
  const w = report.summary.words;
  const lines = [
    `${bold('verdict:')} ${paint(VERDICT_CODE[report.verdict] ?? '1', report.verdict)}`,
    `${bold('similarity:')} ${percent(report.similarity)}  (${w.kept} of ${w.original} original words kept; copy has ${w.copy})`,
    `${bold('changes:')} ${counts.length ? counts.join(', ') : 'none'}`,
    `${bold('deciding:')} ${report.deciding.length ? report.deciding.join(', ') : 'none'}`,
  ];
  if (report.warning) lines.push(`${bold('warning:')} ${isolate(flat(report.warning))}`);
  return lines;
}

/** The readable report printed by `amana diff`. */
export function renderDiffText(report: DiffReport, original: string, copy: string, options: DiffTextOptions): string {
  const style = makeStyle(options.color);
  const paint: Paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const n = Math.max(0, Math.floor(options.context ?? 8));
  const out = header(report, paint, style.bold);
  // Respellings and punctuation can run to hundreds in a copy from another outlet: counted, and
  // listed only when asked for, so that the changes of substance are not lost among them.
  const listed = report.changes.filter((c) => options.all || c.category !== 'cosmetic' || c.kind === 'moved');
  for (const c of listed) out.push('', ...changeBlock(c, original, copy, n, paint, style.bold));
  const hidden = report.changes.filter((c) => !listed.includes(c));
  if (hidden.length > 0) {
    const byKind = new Map<string, number>();
    for (const c of hidden) byKind.set(c.kind ?? 'other', (byKind.get(c.kind ?? 'other') ?? 0) + 1);
    const kinds = [...byKind].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    out.push('', `${hidden.length} cosmetic ${hidden.length === 1 ? 'change' : 'changes'} not listed (${kinds}); --all lists them`);
  }
  return out.join('\n') + '\n';
}
