import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, CATEGORIES, type Category, type Finding } from '../src/index.js';
import { ROOT } from './shared.js';

interface Expected {
  text: string;
  category: Category;
  voice: 'narrator' | 'reported' | 'quoted';
  target?: string | null;
  occurrence?: number;
}

interface Passage {
  id: string;
  text: string;
  findings: Expected[];
  tags: string[];
}

interface Located extends Expected {
  start: number;
  end: number;
}

export function loadLabelled(file = 'labelled.jsonl'): Passage[] {
  const path = join(ROOT, 'eval', 'check', file);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Passage);
}

function locate(text: string, e: Expected): Located {
  let at = -1;
  for (let k = 0; k < (e.occurrence ?? 1); k++) at = text.indexOf(e.text, at + 1);
  if (at < 0) throw new Error(`labelled set: «${e.text}» not found`);
  return { ...e, start: at, end: at + e.text.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface LabelledResult {
  passages: number;
  expected: number;
  overall: Counts;
  /** Detection regardless of category: a reported span overlapping an expected one. */
  anyCategory: Counts;
  byCategory: Record<Category, Counts>;
  byTag: Record<string, { passages: number; correct: number }>;
  voiceCorrect: number;
  targetCorrect: number;
  targetExpected: number;
  matched: number;
  errors: string[];
}

/**
 * Precision and recall on the labelled set. A reported finding (severity above info, i.e. an
 * epithet in either voice) is a true positive when it overlaps an expected span of the same
 * category; voice and target are scored on the true positives.
 */
export function evalLabelled(file = 'labelled.jsonl', profile = 'wire'): LabelledResult {
  const passages = loadLabelled(file);
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  const overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const anyCategory: Counts = { tp: 0, fp: 0, fn: 0 };
  const byTag: Record<string, { passages: number; correct: number }> = {};
  let voiceCorrect = 0;
  let targetCorrect = 0;
  let targetExpected = 0;
  let matched = 0;
  let expectedTotal = 0;
  const errors: string[] = [];
  for (const p of passages) {
    const expected = p.findings.map((e) => locate(p.text, e));
    expectedTotal += expected.length;
    const reported = check(p.text, { profile }).findings.filter((f) => f.severity !== 'info');
    for (const e of expected) {
      if (reported.some((r) => overlaps(r, e))) anyCategory.tp++;
      else anyCategory.fn++;
    }
    for (const r of reported) if (!expected.some((e) => overlaps(r, e))) anyCategory.fp++;
    const used = new Set<Finding>();
    let passageOk = true;
    for (const e of expected) {
      const f = reported.find((r) => !used.has(r) && overlaps(r, e) && r.category === e.category);
      if (f) {
        used.add(f);
        overall.tp++;
        byCategory[e.category].tp++;
        matched++;
        if (f.voice === e.voice) voiceCorrect++;
        else errors.push(`${p.id} voice: «${e.text}» expected ${e.voice}, got ${f.voice}`);
        if (e.target) {
          targetExpected++;
          if (f.target && (f.target.text.includes(e.target) || e.target.includes(f.target.text))) targetCorrect++;
        }
      } else {
        overall.fn++;
        byCategory[e.category].fn++;
        passageOk = false;
        const other = reported.find((r) => !used.has(r) && overlaps(r, e));
        errors.push(`${p.id} missed: «${e.text}» (${e.category}, ${e.voice})${other ? ` — reported as ${other.category}` : ''}`);
      }
    }
    for (const r of reported) {
      if (used.has(r)) continue;
      // A match of the right span but another category counts against both (it was a miss above).
      overall.fp++;
      byCategory[r.category].fp++;
      passageOk = false;
      errors.push(`${p.id} false positive: «${r.text}» (${r.category}, ${r.severity}, ${r.voice}) ${r.entry}`);
    }
    for (const tag of p.tags) {
      byTag[tag] ??= { passages: 0, correct: 0 };
      byTag[tag].passages++;
      if (passageOk) byTag[tag].correct++;
    }
  }
  return { passages: passages.length, expected: expectedTotal, overall, anyCategory, byCategory, byTag, voiceCorrect, targetCorrect, targetExpected, matched, errors };
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}
export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}
