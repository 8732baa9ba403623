import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, defaultResources, diff, extract } from '../src/index.js';
import { diffWords } from 'diff';
import { constructPairs } from '../eval/diff/construct.js';
import { HELD_OUT_SEED } from '../eval/diff-pairs.js';
import { CORPUS, ROOT, readCorpus } from '../eval/shared.js';
import { buildRegexMatcher } from './regex-matcher.js';
import { benchScan } from './scan.js';
import { benchServe } from './serve.js';

/**
 * `npm run bench`: speed of `amana check` on one core, as ratios against baselines run in the
 * same process on the same text, and the memory of `--jsonl` streaming. Prints a Markdown table.
 */

const ARABIC_WORD = /[\u0621-\u064A\u0671-\u06D3]+/g;

function loadTexts(): { texts: string[]; source: string } {
  if (existsSync(CORPUS)) return { texts: readCorpus().map((a) => a.text), source: '../shared/corpus/news-dev.jsonl' };
  const example = readFileSync(join(ROOT, 'examples', 'altered-article.txt'), 'utf8');
  return { texts: Array.from({ length: 2000 }, () => example), source: 'examples/altered-article.txt ×2000 (../shared absent)' };
}

/** Best of `runs` passes, in MB/s of UTF-8 input. */
function throughput(texts: readonly string[], bytes: number, runs: number, f: (t: string) => unknown): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const t of texts) f(t);
    best = Math.min(best, performance.now() - t0);
  }
  return bytes / 1e6 / (best / 1000);
}

const { texts, source } = loadTexts();
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
console.log(`# amana bench — check\n\nInput: ${source}: ${texts.length} articles, ${(bytes / 1e6).toFixed(1)} MB. Node ${process.version}, one core.\n`);

defaultResources(); // build the lexicon index outside the timings
check(texts[0]);
const bare = throughput(texts, bytes, 15, (t) => t.match(ARABIC_WORD));
const full = throughput(texts, bytes, 5, (t) => check(t));
// The regex-per-term matcher is slow: time it on a sample and report its rate.
const regex = buildRegexMatcher();
const sample = texts.slice(0, Math.min(200, texts.length));
const sampleBytes = sample.reduce((a, t) => a + Buffer.byteLength(t), 0);
const perTerm = throughput(sample, sampleBytes, 1, regex);

console.log('| pass | MB/s | cost vs. bare tokenization |');
console.log('|---|---|---|');
console.log(`| bare tokenization (one regex scan for Arabic words) | ${bare.toFixed(1)} | 1× |`);
console.log(`| amana check (full: normalize, clitics, glue, evasion, context, cleaned text) | ${full.toFixed(1)} | ${(bare / full).toFixed(1)}× |`);
console.log(`| regex-per-term matcher, same lexicon (${sample.length}-article sample) | ${perTerm.toFixed(2)} | ${(bare / perTerm).toFixed(0)}× |`);
console.log(`\namana check is ${(full / perTerm).toFixed(0)}× faster than the regex-per-term approach; goal: check ≤ 5× the bare pass (now ${(bare / full).toFixed(1)}×).`);

// Extraction reads every sentence (no prefilter can skip a clean one): people, places, quotes, dates.
extract(texts[0]);
const extractOnly = throughput(texts, bytes, 3, (t) => extract(t, { date: '2015-07-24' }));
const both = throughput(texts, bytes, 3, (t) => check(t, { extract: true, date: '2015-07-24' }));
console.log('\n# amana bench — extract\n');
console.log('| pass | MB/s | cost vs. bare tokenization |');
console.log('|---|---|---|');
console.log(`| bare tokenization (same as above) | ${bare.toFixed(1)} | 1× |`);
console.log(`| amana extract (people, roles, organisations, places, quotations, dates, credits) | ${extractOnly.toFixed(1)} | ${(bare / extractOnly).toFixed(1)}× |`);
console.log(`| amana check with its extract section (\`check(text, {extract: true})\`, the CLI's \`check --format json\`) | ${both.toFixed(1)} | ${(bare / both).toFixed(1)}× |`);
console.log(`\nGoal: check and extract together ≤ 10× the bare pass (now ${(bare / both).toFixed(1)}×).`);

// Hostile inputs must scale linearly: time for 2N repetitions over time for N (≈ 2 when linear).
const hostile: [string, string][] = [
  ['one epithet repeated', 'الخائن '],
  ['letters split by spaces', 'ك ل ب '],
  ['letters split by dots, no space', 'ك.'],
  ['a phrase and a curse repeated', 'لعنه الله الكيان الصهيوني '],
  ['titled names with epithets', 'قال الوزير محمد أحمد الخائن إن '],
  ['unclosed quotation marks', '«كلام '],
];
/** Time for N and 2N repetitions of a unit (best of two each): about 2 when linear. */
function scaling(unit: string, n: number, run: (text: string) => unknown): { one: number; ratio: number } {
  const time = (reps: number) => {
    const text = unit.repeat(reps);
    const t0 = performance.now();
    run(text);
    return performance.now() - t0;
  };
  time(Math.ceil(n / 10)); // warm-up
  const one = Math.min(time(n), time(n));
  const two = Math.min(time(2 * n), time(2 * n));
  return { one, ratio: two / one };
}

console.log('\n| hostile input (N = 10,000 repetitions) | time for N | time for 2N ÷ time for N |');
console.log('|---|---|---|');
for (const [name, unit] of hostile) {
  const r = scaling(unit, 10_000, (t) => check(t));
  console.log(`| ${name} | ${r.one.toFixed(0)} ms | ${r.ratio.toFixed(1)} |`);
}

// The same for extraction: long texts of one pattern (one sentence, or thousands of lines).
const hostileExtract: [string, string][] = [
  ['a titled speaker with indirect speech, no sentence end', 'وقالت وزارة الصحة الفلسطينية إن '],
  ['a quotation and a follow-up by title', 'وقال وزير الخارجية سامح شكري لرويترز "الوضع صعب جدا في المنطقة كلها". وأضاف الوزير أن المحادثات مستمرة. '],
  ['titled names with epithets', 'قال الوزير محمد أحمد الخائن إن '],
  ['dates of every kind', 'في يوليو/ تموز 2021 وأمس والتسعينيات '],
  ['places through clitics', 'وصل الوفد إلى القاهرة ثم الرباط وعمان وبغداد. '],
  ['credit lines', '(أ ف ب)\n'],
];
console.log('\n| hostile input for extract (N = 2,000 repetitions) | time for N | time for 2N ÷ time for N |');
console.log('|---|---|---|');
for (const [name, unit] of hostileExtract) {
  const r = scaling(unit, 2_000, (t) => extract(t, { date: '2024-01-01' }));
  console.log(`| ${name} | ${r.one.toFixed(0)} ms | ${r.ratio.toFixed(1)} |`);
}

// Diff: pairs of about 4 KB articles (the constructed evaluation pairs, altered copies and
// faithful ones) against jsdiff's diffWords on the same pairs, alternating rounds so that both
// see the same machine load.
function diffPairs(): { pairs: [string, string][]; source: string } {
  if (existsSync(CORPUS)) {
    const built = constructPairs(readCorpus().map((a) => ({ id: a.id, text: a.text, title: a.title })));
    // Both generator seeds (development and held-out), originals of 3–5 KB of UTF-8.
    const all = [...built, ...constructPairs(readCorpus().map((a) => ({ id: a.id, text: a.text, title: a.title })), HELD_OUT_SEED)];
    const sized = all.filter((p) => Buffer.byteLength(p.original) >= 3000 && Buffer.byteLength(p.original) <= 5000);
    return { pairs: sized.map((p) => [p.original, p.copy]), source: `${sized.length} constructed pairs with originals of 3–5 KB (eval/diff/construct.ts, both seeds)` };
  }
  const a = readFileSync(join(ROOT, 'examples', 'wire-original.txt'), 'utf8');
  const b = readFileSync(join(ROOT, 'examples', 'wire-copy.txt'), 'utf8');
  return { pairs: Array.from({ length: 200 }, () => [a, b]), source: 'examples/wire-*.txt ×200 (../shared absent)' };
}
const { pairs: dpairs, source: dsource } = diffPairs();
const dbytes = dpairs.reduce((n, [a]) => n + Buffer.byteLength(a), 0) / dpairs.length;
const pairRate = (f: (a: string, b: string) => unknown): number => {
  const t0 = performance.now();
  for (const [a, b] of dpairs) f(a, b);
  return dpairs.length / ((performance.now() - t0) / 1000);
};
for (const [a, b] of dpairs.slice(0, 20)) {
  diff(a, b);
  diffWords(a, b);
}
let amanaRate = 0;
let jsdiffRate = 0;
for (let round = 0; round < 5; round++) {
  amanaRate = Math.max(amanaRate, pairRate((a, b) => diff(a, b)));
  jsdiffRate = Math.max(jsdiffRate, pairRate((a, b) => diffWords(a, b)));
}
console.log(`\n# amana bench — diff\n\nInput: ${dsource}, ${(dbytes / 1000).toFixed(1)} KB of UTF-8 on average per original.\n`);
console.log('| pass | pairs/s | vs. jsdiff diffWords |');
console.log('|---|---|---|');
console.log(`| jsdiff \`diffWords\` (word diff, no classification) | ${jsdiffRate.toFixed(0)} | 1× |`);
console.log(`| amana \`diff\` (align, classify every change, verdict) | ${amanaRate.toFixed(0)} | ${(amanaRate / jsdiffRate).toFixed(2)}× |`);
console.log(`\nGoal: faster than diffWords while classifying every change (now ${(amanaRate / jsdiffRate).toFixed(2)}× its rate).`);

// Hostile pairs: long texts of repeated words (no word occurs once, so no patience anchor).
const hostileDiff: [string, (s: string) => string][] = [
  ['one word repeated, every 50th changed', (s) => s.replace(/(?:قال ){49}قال /gu, (m) => m.slice(0, -4) + 'أكد ')],
  ['one sentence repeated, every other sentence dropped', (s) => s.split('. ').filter((_, i) => i % 2 === 0).join('. ')],
];
console.log('\n| hostile pair (N repetitions) | time for N | time for 2N ÷ time for N |');
console.log('|---|---|---|');
for (const [name, alter] of hostileDiff) {
  const unit = name.startsWith('one word') ? 'قال ' : 'وقال الوزير إن 12 شخصا قتلوا في الهجوم. ';
  const r = scaling(unit, name.startsWith('one word') ? 20_000 : 2_000, (t) => diff(t, alter(t)));
  console.log(`| ${name} (N = ${name.startsWith('one word') ? '20,000' : '2,000'}) | ${r.one.toFixed(0)} ms | ${r.ratio.toFixed(1)} |`);
}

// Memory in --jsonl mode: the same articles written 1× and 4×; peak RSS should not grow with input.
async function peakRss(copies: number, command: readonly string[]): Promise<{ mb: number; inputMb: number; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'amana-bench-'));
  const file = join(dir, 'in.jsonl');
  const out = createWriteStream(file);
  let n = 0;
  for (let c = 0; c < copies; c++) for (const t of texts) out.write(JSON.stringify({ id: `a${n++}`, text: t }) + '\n');
  await new Promise<void>((r) => out.end(r));
  const inputMb = (bytes * copies) / 1e6;
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'amana.js'), ...command, '--jsonl', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const m = /VmHWM:\s+(\d+)/.exec(status);
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      /* process ended, or no /proc on this system */
    }
  }, 50);
  await new Promise<void>((r) => child.on('exit', () => r()));
  clearInterval(timer);
  rmSync(dir, { recursive: true, force: true });
  return { mb: peak, inputMb, seconds: (performance.now() - t0) / 1000 };
}

if (existsSync('/proc/self/status')) {
  console.log('\n| command | --jsonl input | peak RSS | wall time |');
  console.log('|---|---|---|---|');
  const runs: [string[], number[]][] = [[['check', '--no-extract'], [1, 4, 10, 20]], [['extract'], [1, 4]], [['check'], [1]]];
  for (const [command, sizes] of runs) {
    for (const copies of sizes) {
      const r = await peakRss(copies, command);
      console.log(`| ${command.join(' ')} | ${r.inputMb.toFixed(0)} MB | ${r.mb.toFixed(0)} MB | ${r.seconds.toFixed(1)} s |`);
    }
  }
}

await benchServe();
await benchScan();
