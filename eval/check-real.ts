import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckReport, type Finding, type Voice } from '../src/index.js';
import { readCorpus, SHARED } from './shared.js';

/** The tampering set: real articles with epithets inserted (../shared/corpus/news-dev-injected.jsonl). */
export const INJECTED = join(SHARED, 'corpus', 'news-dev-injected.jsonl');
/** Real paragraphs, each offending word labelled by voice or as literal/loaded. */
export const REAL_CHECK = join(SHARED, 'corpus', 'real-dev-check.jsonl');

interface InjectedSpan {
  start: number;
  end: number;
  form: string;
  category: string;
  variant: string;
  anchor: string;
}
interface InjectedArticle {
  id: string;
  text: string;
  clean: string;
  injected: InjectedSpan[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export interface Rate {
  pass: number;
  of: number;
}
const rate = (r: Rate) => (r.of ? r.pass / r.of : 0);
const bump = (m: Map<string, Rate>, k: string, ok: boolean) => {
  const r = m.get(k) ?? { pass: 0, of: 0 };
  r.pass += +ok;
  r.of++;
  m.set(k, r);
};

export interface InjectedResult {
  articles: number;
  spans: number;
  recallHigh: number;
  recallAny: number;
  restore: number;
  /** High findings in the altered text that overlap no inserted span and are not in the clean text's report. */
  newHigh: number;
  byVariant: Map<string, Rate>;
  byAnchor: Map<string, Rate>;
  byCategory: Map<string, Rate>;
  errors: string[];
}

/** A finding's identity across the altered and the clean text: its word and what follows it. */
const fingerprint = (text: string, f: Finding) => `${f.text}\u0001${text.slice(f.end, f.end + 20)}`;

/**
 * Inserted epithets in real articles: how many are reported high, how many articles the cleaned
 * text restores to the clean article's own cleaned text, and what else turned high.
 */
export function evalInjected(file = INJECTED): InjectedResult {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as InjectedArticle);
  let spans = 0;
  let high = 0;
  let any = 0;
  let restored = 0;
  let newHigh = 0;
  const byVariant = new Map<string, Rate>();
  const byAnchor = new Map<string, Rate>();
  const byCategory = new Map<string, Rate>();
  const errors: string[] = [];
  for (const r of rows) {
    const a = check(r.text);
    const b = check(r.clean);
    for (const s of r.injected) {
      spans++;
      const cover = a.findings.filter((f) => overlaps(f, s));
      const isHigh = cover.some((f) => f.severity === 'high');
      high += +isHigh;
      any += +(cover.length > 0);
      bump(byVariant, s.variant, isHigh);
      bump(byAnchor, s.anchor, isHigh);
      bump(byCategory, s.category, isHigh);
      if (!isHigh) {
        const ctx = r.text.slice(Math.max(0, s.start - 60), s.end + 40).replace(/\n/gu, ' ');
        errors.push(`MISS ${r.id} ${s.variant}/${s.anchor} «${r.text.slice(s.start, s.end)}» (${s.form}) → ${cover.map(describe).join('; ') || 'not reported'} :: ${ctx}`);
      }
    }
    const cleanHigh = new Set(b.findings.filter((f) => f.severity === 'high').map((f) => fingerprint(r.clean, f)));
    for (const f of a.findings) {
      if (f.severity !== 'high' || r.injected.some((s) => overlaps(f, s)) || cleanHigh.has(fingerprint(r.text, f))) continue;
      newHigh++;
      errors.push(`NEW-HIGH ${r.id} ${describe(f)} :: ${context(r.text, f)}`);
    }
    if (a.cleaned === b.cleaned) restored++;
    else errors.push(`RESTORE ${r.id} ${firstDifference(a.cleaned, b.cleaned)}`);
  }
  return { articles: rows.length, spans, recallHigh: high / spans, recallAny: any / spans, restore: restored / rows.length, newHigh, byVariant, byAnchor, byCategory, errors };
}

function describe(f: Finding): string {
  return `«${f.text}» ${f.severity}/${f.voice}/${f.category}/${f.sense}${f.target ? ` →«${f.target.text}»` : ''}${f.signals.length ? ` [${f.signals.join(',')}]` : ''}`;
}

function context(text: string, f: { start: number; end: number }): string {
  return text.slice(Math.max(0, f.start - 60), f.end + 40).replace(/\n/gu, ' ');
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `cleaned(altered) …${a.slice(Math.max(0, i - 30), i + 30).replace(/\n/gu, ' ')}… vs cleaned(clean) …${b.slice(Math.max(0, i - 30), i + 30).replace(/\n/gu, ' ')}…`;
}

// ---------------------------------------------------------------- real labelled paragraphs

export const LABEL_KINDS = ['narrator-epithet', 'quoted', 'literal', 'loaded'] as const;
type LabelKind = (typeof LABEL_KINDS)[number];
export const LABEL_RULES: Record<LabelKind, string> = {
  'narrator-epithet': 'found at high or medium',
  quoted: 'not high',
  literal: 'absent or info',
  loaded: 'found (high, medium or low)',
};

interface Label {
  text: string;
  kind: LabelKind;
  start?: number;
  end?: number;
  occurrence?: number;
}
interface LabelledItem {
  id: string;
  source: string;
  text: string;
  expect: Label[];
}

export interface RealCheckResult {
  items: number;
  byKind: Record<LabelKind, Rate>;
  clean: Rate;
  /** Quoted labels covered by a finding in the reported or quoted voice. */
  quotedVoice: Rate;
  /** Quoted or literal label words that `cleaned` changed. */
  cleanedChanged: number;
  /** High or medium findings on no label in labelled texts (the labels are not exhaustive). */
  unlabelled: number;
  /** For each label kind, the voice of the findings that cover its words (`none`: not reported). */
  voices: Record<LabelKind, Record<Voice | 'none', number>>;
  errors: string[];
}

function labelSpan(item: LabelledItem, l: Label): { start: number; end: number } {
  if (l.start !== undefined && l.end !== undefined) return { start: l.start, end: l.end };
  let pos = -1;
  for (let i = 0; i <= (l.occurrence ?? 0); i++) pos = item.text.indexOf(l.text, pos + 1);
  return { start: pos, end: pos + l.text.length };
}

/** The label rules of ../shared/corpus/real-dev-check.README.md, on a report of the CLI's default JSON. */
export function passes(kind: LabelKind, cover: readonly Finding[]): boolean {
  const sev = new Set(cover.map((f) => f.severity));
  if (kind === 'narrator-epithet') return sev.has('high') || sev.has('medium');
  if (kind === 'quoted') return !sev.has('high');
  if (kind === 'literal') return [...sev].every((s) => s === 'info');
  return sev.has('high') || sev.has('medium') || sev.has('low');
}

/** The labelled paragraphs of a file of ../shared/corpus/real-dev-check.jsonl's format. */
export function realCheckItems(file = REAL_CHECK): LabelledItem[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledItem);
}

interface BlindRef {
  id: string;
  article: string;
  source: string;
  start: number;
  end: number;
  expect: Label[];
}

/**
 * The project's own blind labels (eval/check/blind-*.jsonl, see eval/check/BLIND.md): references into
 * ../shared/corpus/news-dev.jsonl (the texts are not copied), read back into labelled paragraphs.
 */
export function blindItems(file: string): LabelledItem[] {
  const refs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as BlindRef);
  const wanted = new Set(refs.map((r) => r.article));
  const texts = new Map<string, string>();
  for (const a of readCorpus()) if (wanted.has(a.id)) texts.set(a.id, a.text);
  return refs.map((r) => {
    const article = texts.get(r.article);
    if (article === undefined) throw new Error(`${file}: ${r.id} names article ${r.article}, which news-dev.jsonl does not hold`);
    const text = article.slice(r.start, r.end);
    for (const l of r.expect) if (text.slice(l.start, l.end) !== l.text) throw new Error(`${file}: ${r.id}: label «${l.text}» does not match the text at ${l.start}–${l.end}`);
    return { id: r.id, source: r.source, text, expect: r.expect };
  });
}

/** Score check on labelled real paragraphs (the same rules as ../shared/scorers/real_dev_check.py). */
export function evalRealCheck(items: readonly LabelledItem[] = realCheckItems(), byCount = true, analyse: (text: string) => CheckReport = (t) => check(t)): RealCheckResult {
  const byKind = Object.fromEntries(LABEL_KINDS.map((k) => [k, { pass: 0, of: 0 }])) as Record<LabelKind, Rate>;
  const clean: Rate = { pass: 0, of: 0 };
  const quotedVoice: Rate = { pass: 0, of: 0 };
  let cleanedChanged = 0;
  let unlabelled = 0;
  const voices = Object.fromEntries(LABEL_KINDS.map((k) => [k, { narrator: 0, reported: 0, quoted: 0, none: 0 }])) as RealCheckResult['voices'];
  const errors: string[] = [];
  for (const item of items) {
    const rep = analyse(item.text);
    const spans = item.expect.map((l) => labelSpan(item, l));
    item.expect.forEach((l, i) => {
      const cover = rep.findings.filter((f) => overlaps(f, spans[i]));
      const ok = passes(l.kind, cover);
      byKind[l.kind].pass += +ok;
      byKind[l.kind].of++;
      voices[l.kind][cover[0]?.voice ?? 'none']++;
      if (!ok) errors.push(`${l.kind.toUpperCase()} ${item.id} «${l.text}» → ${cover.map(describe).join('; ') || 'not reported'} :: ${context(item.text, spans[i])}`);
      if (l.kind === 'quoted') {
        quotedVoice.of++;
        quotedVoice.pass += +cover.some((f) => f.voice !== 'narrator');
      }
      // The shared scorer counts the label's words in the cleaned text (another occurrence, edited
      // in the narrator's voice, counts too); the project's own labels ask whether an edit touched
      // the labelled span itself.
      const changed = byCount ? count(rep.cleaned, l.text) < count(item.text, l.text) : rep.edits.some((e) => overlaps(e, spans[i]));
      if ((l.kind === 'quoted' || l.kind === 'literal') && changed) {
        cleanedChanged++;
        errors.push(`CLEANED-CHANGED ${item.id} ${l.kind} «${l.text}»`);
      }
    });
    const stray = rep.findings.filter((f) => (f.severity === 'high' || f.severity === 'medium') && !spans.some((s) => overlaps(f, s)));
    if (item.expect.length === 0) {
      clean.of++;
      clean.pass += +(stray.length === 0);
      for (const f of stray) errors.push(`CLEAN-ITEM ${item.id} ${describe(f)} :: ${context(item.text, f)}`);
    } else {
      unlabelled += stray.length;
      for (const f of stray) errors.push(`UNLABELLED ${item.id} ${describe(f)} :: ${context(item.text, f)}`);
    }
  }
  return { items: items.length, byKind, clean, quotedVoice, cleanedChanged, unlabelled, voices, errors };
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

export function formatRate(r: Rate): string {
  return `${r.pass}/${r.of} (${(100 * rate(r)).toFixed(1)}%)`;
}

export function rateTable(title: string, m: Map<string, Rate>): string[] {
  return [`| ${title} | high | of | rate |`, '|---|---|---|---|', ...[...m].sort().map(([k, r]) => `| ${k} | ${r.pass} | ${r.of} | ${(100 * rate(r)).toFixed(1)}% |`)];
}
