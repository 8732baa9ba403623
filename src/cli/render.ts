import type { CheckReport, Finding, Severity } from '../index.js';

export interface Style {
  severity(s: Severity, text: string): string;
  mark(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ESC = '\u001b[';
export function makeStyle(color: boolean): Style {
  const wrap = (code: string, text: string) => (color ? `${ESC}${code}m${text}${ESC}0m` : text);
  const sev: Record<Severity, string> = { high: '1;97;41', medium: '1;30;43', low: '30;46', info: '2' };
  return {
    severity: (s, text) => wrap(sev[s], text),
    mark: (text) => wrap('1;4;31', text),
    dim: (text) => wrap('2', text),
    bold: (text) => wrap('1', text),
  };
}

/** First-strong isolate … pop: keeps an Arabic excerpt from reordering the line around it. */
const FSI = '\u2068';
const PDI = '\u2069';
const isolate = (s: string) => FSI + s + PDI;

/** Excerpt around [start, end) with the span marked, on one line, bidi-isolated. */
export function excerpt(input: string, start: number, end: number, style: Style, width = 40): string {
  const flat = (s: string) => s.replace(/\s*\n\s*/gu, ' ⏎ ');
  let a = Math.max(0, start - width);
  let b = Math.min(input.length, end + width);
  while (a > 0 && !/\s/u.test(input[a - 1]) && start - a < width + 15) a--;
  while (b < input.length && !/\s/u.test(input[b]) && b - end < width + 15) b++;
  const left = (a > 0 ? '…' : '') + flat(input.slice(a, start));
  const right = flat(input.slice(end, b)) + (b < input.length ? '…' : '');
  return isolate(left + style.mark(input.slice(start, end)) + right);
}

function findingBlock(input: string, f: Finding, style: Style, verbose: boolean): string {
  const lines: string[] = [];
  const head = `${style.severity(f.severity, ` ${f.severity.toUpperCase()} `)} ${style.bold(f.category)}${f.subcategory ? '/' + f.subcategory : ''}  ${isolate('«' + f.text + '»')}  ${style.dim(`[${f.start}–${f.end}] ${f.gloss}`)}`;
  lines.push(head);
  lines.push(`    ${excerpt(input, f.start, f.end, style)}`);
  const facts = [`voice: ${f.voice}`, `sense: ${f.sense}`];
  if (f.target) facts.push(`target: ${isolate(f.target.text)} (${f.target.kind}${f.target.group ? ', ' + f.target.group : ''})`);
  if (f.signals.length) facts.push(`signals: ${f.signals.join(', ')}`);
  lines.push(`    ${facts.join(' · ')}`);
  const s = f.suggestion;
  const action = s.action === 'replace' ? `replace with ${isolate('«' + (s.replacement ?? '') + '»')}` : s.action;
  lines.push(`    suggestion: ${action} — ${s.reason}`);
  if (verbose) for (const e of f.evidence) lines.push(style.dim(`      · ${e}`));
  return lines.join('\n');
}

/** The readable report printed by `amana check`. */
export function renderReport(report: CheckReport, input: string, name: string, style: Style, verbose: boolean): string {
  const out: string[] = [];
  const s = report.summary;
  const shown = report.findings.filter((f) => verbose || f.severity !== 'info');
  const counts = (['high', 'medium', 'low'] as const).map((k) => `${s.by_severity[k]} ${k}`).join(', ');
  const literal = `${s.by_severity.info} literal use${s.by_severity.info === 1 ? '' : 's'}`;
  out.push(style.bold(`${name}: ${shown.length ? counts : 'nothing to report'}`) + style.dim(`  (profile ${report.profile}; ${literal} ${verbose ? 'shown as info' : 'not reported, -v to show'})`));
  for (const f of shown) out.push('', findingBlock(input, f, style, verbose));
  if (report.edits.length) {
    out.push('', style.bold(`Cleaned text: ${report.edits.length} edit${report.edits.length === 1 ? '' : 's'} (--format cleaned prints it)`));
    for (const e of report.edits) {
      const what = e.replacement ? `«${e.text.trim()}» → «${e.replacement}»` : `remove «${e.text.trim()}»`;
      out.push(`    ${isolate(what)}  ${style.dim(`[${e.start}–${e.end}]`)}`);
    }
  }
  return out.join('\n') + '\n';
}
