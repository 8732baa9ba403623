import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/index.js';
import { ROOT, SEED } from './shared.js';

interface SeedExpected {
  inserted: { text: string; category: string }[];
  target: string;
  wire_first_line: string;
}

export interface SeedResult {
  ok: boolean;
  lines: string[];
}

/** The acceptance case: the seed's two inserted words, nothing else, and the restored wire text. */
export function evalSeed(): SeedResult {
  const seed = readFileSync(SEED, 'utf8');
  const expected = JSON.parse(readFileSync(join(ROOT, 'eval', 'check', 'seed-expected.json'), 'utf8')) as SeedExpected;
  const report = check(seed);
  const lines: string[] = [];
  let ok = true;
  const serious = report.findings.filter((f) => f.severity === 'high' || f.severity === 'medium');
  for (const e of expected.inserted) {
    const f = serious.find((x) => x.text === e.text);
    const good = !!f && f.severity === 'high' && f.target?.text === expected.target;
    ok &&= good;
    lines.push(`${good ? 'PASS' : 'FAIL'} «${e.text}»: ${f ? `${f.severity} ${f.category}/${f.subcategory}, target «${f.target?.text ?? '-'}», signals ${f.signals.join(', ') || '-'}` : 'not found'}`);
  }
  const extra = serious.filter((f) => !expected.inserted.some((e) => e.text === f.text));
  ok &&= extra.length === 0;
  lines.push(`${extra.length === 0 ? 'PASS' : 'FAIL'} no other high or medium finding${extra.length ? ': ' + extra.map((f) => `«${f.text}» ${f.severity}`).join(', ') : ''}`);
  const nl = seed.indexOf('\n');
  const wanted = expected.wire_first_line + seed.slice(nl);
  const cleanOk = report.cleaned === wanted;
  ok &&= cleanOk;
  lines.push(`${cleanOk ? 'PASS' : 'FAIL'} cleaned text = wire original first line + every other character unchanged`);
  if (!cleanOk) lines.push(`     got first line: ${report.cleaned.slice(0, report.cleaned.indexOf('\n'))}`);
  return { ok, lines };
}
