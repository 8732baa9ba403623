/**
 * Builds the diff evaluation pairs from the dev corpus and checks them.
 *   cd /work/main && npx tsc -p tsconfig.json && node dist/eval/diff/check-construct.js [--dump FILE.jsonl] [--show N]
 * Exit code 1 when any span or invariant is wrong.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSpans, constructPairs, verdictOf, CATEGORY_PRIORITY, type ArticleIn, type Pair } from './construct.js';

const here = dirname(fileURLToPath(import.meta.url));
function corpusPath(): string {
  const env = process.env.AMANA_DIFF_CORPUS;
  if (env) return env;
  // dist/eval/diff -> repo root is three levels up; the shared corpus sits beside the clone
  for (const up of ['../../..', '../..', '..']) {
    const p = resolve(here, up, '..', 'shared', 'corpus', 'news-dev.jsonl');
    if (existsSync(p)) return p;
  }
  return '/work/shared/corpus/news-dev.jsonl';
}

function readArticles(path: string): ArticleIn[] {
  const out: ArticleIn[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: string; text: string; title?: string };
    out.push({ id: o.id, text: o.text, title: o.title });
  }
  return out;
}

const count = <T extends string>(xs: T[]): [T, number][] => {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
};
const show = (s: string): string => s.replace(/\n/g, '⏎');

function main(): void {
  const args = process.argv.slice(2);
  const path = corpusPath();
  const articles = readArticles(path);
  const t0 = Date.now();
  const pairs = constructPairs(articles);
  const ms = Date.now() - t0;
  const errors: string[] = [];

  // determinism
  const again = constructPairs(articles);
  if (JSON.stringify(again) !== JSON.stringify(pairs)) errors.push('constructPairs is not deterministic');

  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const p of pairs) {
    errors.push(...checkSpans(p));
    const art = byId.get(p.article);
    if (!art) errors.push(`${p.id}: unknown article ${p.article}`);
    if (p.verdict !== verdictOf(p.changes)) errors.push(`${p.id}: verdict ${p.verdict} != rule ${verdictOf(p.changes)}`);
    for (const c of p.changes) if (!CATEGORY_PRIORITY.includes(c.category)) errors.push(`${p.id}: bad category ${c.category}`);
    if (p.changes.length === 0 && p.original !== p.copy) errors.push(`${p.id}: texts differ but no change`);
    if (p.changes.length > 0 && p.original === p.copy) errors.push(`${p.id}: changes but identical texts`);
    // spans on one side never overlap
    for (const side of ['original', 'copy'] as const) {
      const sp = p.changes.map((c) => c[side]).filter((x) => x !== null).sort((a, b) => a!.start - b!.start);
      for (let i = 1; i < sp.length; i++) if (sp[i]!.start < sp[i - 1]!.end) errors.push(`${p.id}: overlapping ${side} spans`);
    }
    // outside the gold spans (and the edits' glue), original and copy agree: compare with all spans cut out
    const strip = (txt: string, side: 'original' | 'copy'): string => {
      const sp = p.changes.map((c) => c[side]).filter((x) => x !== null).sort((a, b) => b!.start - a!.start);
      let r = txt;
      for (const s of sp) r = r.slice(0, s!.start) + r.slice(s!.end);
      return r.replace(/[\s،,.\-–]+/g, '');
    };
    // (a moved paragraph is a span on both sides, so cutting the spans out also removes it from both places)
    if (strip(p.original, 'original') !== strip(p.copy, 'copy')) errors.push(`${p.id}: texts differ outside the gold spans`);
    // every pair but the identical faithful copies has at least one change; the single-category pairs have exactly one category
    if (p.recipe.startsWith('single:')) {
      const want = p.recipe.split(':')[1];
      if (p.changes.length === 0 || p.changes.some((c) => c.category !== want)) errors.push(`${p.id}: ${p.recipe} holds other categories`);
    }
    if (p.recipe === 'cosmetic-only' && p.changes.some((c) => c.category !== 'cosmetic')) errors.push(`${p.id}: cosmetic-only holds non-cosmetic changes`);
    if (p.recipe === 'faithful' && p.changes.some((c) => c.kind !== 'whitespace' && c.kind !== 'boilerplate')) errors.push(`${p.id}: faithful holds other changes`);
  }

  const changes = pairs.flatMap((p) => p.changes);
  console.log(`corpus: ${path} (${articles.length} articles)`);
  console.log(`pairs: ${pairs.length}  changes: ${changes.length}  built in ${ms} ms`);
  const arts = new Set(pairs.map((p) => p.article));
  const donors = new Set(changes.flatMap((c) => c.note.match(/snn-[0-9a-f]{12}/g) ?? []));
  console.log(`base articles: ${arts.size}  donor articles: ${donors.size}  distinct articles used: ${new Set([...arts, ...donors]).size}`);
  console.log('\nchanges per category:');
  for (const [k, n] of count(changes.map((c) => c.category))) console.log(`  ${k.padEnd(22)} ${n}`);
  console.log('\nchanges per category/kind:');
  for (const [k, n] of count(changes.map((c) => `${c.category}/${c.kind ?? '-'}`))) console.log(`  ${k.padEnd(40)} ${n}`);
  console.log('\npairs per verdict:');
  for (const [k, n] of count(pairs.map((p) => p.verdict))) console.log(`  ${k.padEnd(12)} ${n}`);
  console.log('\npairs per recipe:');
  for (const [k, n] of count(pairs.map((p) => p.recipe))) console.log(`  ${k.padEnd(34)} ${n}`);
  console.log('\npairs containing each category:');
  for (const [k, n] of count(pairs.flatMap((p) => [...new Set(p.changes.map((c) => c.category))]))) console.log(`  ${k.padEnd(22)} ${n}`);

  const nShow = Number(args[args.indexOf('--show') + 1]) || 3;
  const samples: Pair[] = [];
  for (const r of ['mixed:4-6', 'single:quote-change', 'cosmetic-only', 'mixed:7-10', 'single:inserted-epithet']) {
    const p = pairs.find((x) => x.recipe === r);
    if (p && samples.length < nShow) samples.push(p);
  }
  for (const p of samples) {
    console.log(`\n--- ${p.id} ${p.recipe} ${p.verdict} (article ${p.article})`);
    for (const c of p.changes) {
      const o = c.original ? `[${c.original.start},${c.original.end}) «${show(c.original.text).slice(0, 70)}»` : '∅';
      const k = c.copy ? `[${c.copy.start},${c.copy.end}) «${show(c.copy.text).slice(0, 70)}»` : '∅';
      console.log(`  ${c.category}${c.kind ? '/' + c.kind : ''}: ${o} → ${k}`);
      console.log(`      ${c.note}`);
    }
  }
  const di = args.indexOf('--dump');
  if (di >= 0 && args[di + 1]) {
    writeFileSync(args[di + 1], pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');
    console.log(`\nwrote ${pairs.length} pairs to ${args[di + 1]}`);
  }
  if (errors.length) {
    console.log(`\nERRORS (${errors.length}):`);
    for (const e of errors.slice(0, 50)) console.log('  ' + e);
    process.exitCode = 1;
  } else console.log('\nall spans and invariants OK');
  void join;
}

main();
