import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANGE_CATEGORIES, VERDICTS, diff, type Change, type ChangeCategory, type Verdict } from '../src/index.js';
import { constructPairs, type GoldChange, type Pair } from './diff/construct.js';
import { readCorpus, SHARED } from './shared.js';

/**
 * Diff quality on constructed pairs (eval/diff/construct.ts, written apart from the diff
 * engine): a predicted change matches a gold alteration when the categories are equal and the
 * spans overlap on a side both give. Verdict accuracy over all pairs. And a read of real
 * same-story pairs from the corpus.
 */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DiffEval {
  pairs: number;
  byCategory: Record<ChangeCategory, Counts>;
  /** Distorting changes found at the place of a distorting alteration, whatever the category. */
  anyDistorting: Counts;
  verdictCorrect: number;
  verdictConfusion: Record<Verdict, Record<Verdict, number>>;
  byRecipe: Map<string, { pairs: number; verdictCorrect: number }>;
  errors: string[];
}

const overlap = (a: { start: number; end: number } | null, b: { start: number; end: number } | null) =>
  !!a && !!b && a.start < b.end && b.start < a.end;

function matches(p: Change, g: GoldChange): boolean {
  return overlap(p.original, g.original) || overlap(p.copy, g.copy);
}

const DISTORTING_CATEGORIES = new Set<ChangeCategory>(['inserted-epithet', 'removed-epithet', 'loaded-substitution', 'number-change', 'date-change', 'quote-change', 'speaker-change', 'attribution-removed']);

export function evalPairs(pairs: readonly Pair[]): DiffEval {
  const byCategory = Object.fromEntries(CHANGE_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<ChangeCategory, Counts>;
  const anyDistorting: Counts = { tp: 0, fp: 0, fn: 0 };
  const verdictConfusion = Object.fromEntries(VERDICTS.map((v) => [v, Object.fromEntries(VERDICTS.map((w) => [w, 0]))])) as Record<Verdict, Record<Verdict, number>>;
  const byRecipe = new Map<string, { pairs: number; verdictCorrect: number }>();
  const errors: string[] = [];
  let verdictCorrect = 0;
  for (const pair of pairs) {
    const r = diff(pair.original, pair.copy);
    const gold = pair.changes;
    const usedGold = new Set<number>();
    const lines: string[] = [];
    for (const p of r.changes) {
      const k = gold.findIndex((g, i) => !usedGold.has(i) && g.category === p.category && matches(p, g));
      if (k >= 0) {
        usedGold.add(k);
        byCategory[p.category].tp++;
      } else {
        byCategory[p.category].fp++;
        const near = gold.find((g) => matches(p, g));
        lines.push(`  extra ${p.category}${p.kind ? ` (${p.kind})` : ''}: ${show(p.original?.text)} → ${show(p.copy?.text)}${near ? `   [gold here: ${near.category}]` : ''}`);
      }
      if (DISTORTING_CATEGORIES.has(p.category)) {
        if (gold.some((g) => DISTORTING_CATEGORIES.has(g.category) && matches(p, g))) anyDistorting.tp++;
        else anyDistorting.fp++;
      }
    }
    gold.forEach((g, i) => {
      if (usedGold.has(i)) return;
      byCategory[g.category].fn++;
      const near = r.changes.find((p) => matches(p, g));
      lines.push(`  missed ${g.category}${g.kind ? ` (${g.kind})` : ''}: ${show(g.original?.text)} → ${show(g.copy?.text)}${near ? `   [found as ${near.category}]` : ''}`);
    });
    for (const g of gold) {
      if (DISTORTING_CATEGORIES.has(g.category) && !r.changes.some((p) => DISTORTING_CATEGORIES.has(p.category) && matches(p, g))) anyDistorting.fn++;
    }
    verdictConfusion[pair.verdict][r.verdict]++;
    const rec = byRecipe.get(pair.recipe) ?? { pairs: 0, verdictCorrect: 0 };
    rec.pairs++;
    if (r.verdict === pair.verdict) {
      verdictCorrect++;
      rec.verdictCorrect++;
    } else lines.push(`  verdict ${r.verdict}, expected ${pair.verdict}`);
    byRecipe.set(pair.recipe, rec);
    if (lines.length) errors.push(`${pair.id} (${pair.recipe}, article ${pair.article}):\n${lines.join('\n')}`);
  }
  return { pairs: pairs.length, byCategory, anyDistorting, verdictCorrect, verdictConfusion, byRecipe, errors };
}

const show = (s: string | undefined) => (s === undefined ? '∅' : `«${s.length > 70 ? s.slice(0, 68) + '…' : s}»`);

/**
 * The development pairs (the generator's default seed: their errors are read while working) or
 * the held-out pairs (another seed: other articles and other alterations from the same recipes;
 * only their totals are looked at).
 */
export const HELD_OUT_SEED = 4242;
export function constructedPairs(seed?: number): Pair[] {
  return constructPairs(readCorpus().map((a) => ({ id: a.id, text: a.text, title: a.title })), seed);
}

export interface RealPair {
  id_a: string;
  id_b: string;
  jaccard: number;
  band: string;
  source_a: string;
  source_b: string;
}

/** Verdicts and change counts on the corpus's real same-story pairs (../shared/corpus/news-dev-pairs.jsonl). */
export function evalRealPairs(): { lines: string[]; verdicts: Record<string, Record<Verdict, number>>; details: string[] } {
  const articles = new Map(readCorpus().map((a) => [a.id, a]));
  const pairs = readFileSync(join(SHARED, 'corpus', 'news-dev-pairs.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealPair);
  const verdicts: Record<string, Record<Verdict, number>> = {};
  const details: string[] = [];
  const lines: string[] = [];
  for (const p of pairs) {
    const a = articles.get(p.id_a);
    const b = articles.get(p.id_b);
    if (!a || !b) continue;
    const r = diff(a.text, b.text);
    verdicts[p.band] ??= Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
    verdicts[p.band][r.verdict]++;
    const cats = Object.entries(r.summary.by_category).filter(([, n]) => n > 0).map(([c, n]) => `${c} ${n}`).join(', ');
    details.push(`${p.id_a} (${p.source_a}) → ${p.id_b} (${p.source_b}), jaccard ${p.jaccard}: ${r.verdict}, similarity ${r.similarity}; ${cats}`);
    for (const c of r.changes) if (DISTORTING_CATEGORIES.has(c.category)) details.push(`    ${c.category}: ${show(c.original?.text)} → ${show(c.copy?.text)}`);
  }
  lines.push('| jaccard band | pairs | faithful | cosmetic | edited | manipulated |', '|---|---|---|---|---|---|');
  for (const [band, v] of Object.entries(verdicts).sort((x, y) => y[0].localeCompare(x[0]))) {
    const n = VERDICTS.reduce((s, k) => s + v[k], 0);
    lines.push(`| ${band} | ${n} | ${v.faithful} | ${v.cosmetic} | ${v.edited} | ${v.manipulated} |`);
  }
  return { lines, verdicts, details };
}
