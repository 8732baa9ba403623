import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exactPairs, lshRecall, MinHasher, wordShingles } from '../src/index.js';
import { CORPUS, ROOT, readCorpus } from '../eval/shared.js';

/**
 * `npm run bench`, scan part: a corpus generated from the dev corpus (mosaics of sentences
 * from several articles, so that stories are new, and perturbed copies of them, so that
 * clusters exist), scanned by the CLI on every core at several sizes; the clustering's share of
 * the time; peak memory for about 1 GB of input; and the LSH's recall against an exact
 * all-pairs computation on a sample.
 */

/** A deterministic PRNG (mulberry32): the generated corpus is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EPITHETS = ['المجرم', 'الإرهابي', 'السفاح', 'الخائن', 'العميل'];

/** Articles: every third a new mosaic story, the others copies of a recent story with edits. */
function* generate(sources: readonly string[], count: number, seed: number, sentencesPerStory = 6): Generator<{ id: string; text: string; source: string; date: string }> {
  const rand = prng(seed);
  const sentences = sources.map((t) => t.split(/(?<=[.!؟])\s+/u).filter((s) => s.length > 20));
  const stories: string[] = [];
  for (let i = 0; i < count; i++) {
    let text: string;
    if (i % 3 === 0 || stories.length === 0) {
      const parts: string[] = [];
      for (let k = 0; k < sentencesPerStory; k++) {
        const pool = sentences[Math.floor(rand() * sentences.length)];
        if (pool.length) parts.push(pool[Math.floor(rand() * pool.length)]);
      }
      text = parts.join(' ');
      stories.push(text);
      if (stories.length > 50) stories.shift();
    } else {
      const base = stories[Math.floor(rand() * stories.length)].split(' ');
      for (let k = 0; k < base.length; k++) if (rand() < 0.03) base[k] = base[Math.floor(rand() * base.length)];
      if (rand() < 0.3) base.splice(Math.floor(rand() * base.length), 0, EPITHETS[Math.floor(rand() * EPITHETS.length)]);
      text = base.join(' ');
    }
    yield { id: `g${i}`, text, source: `outlet-${i % 17}`, date: `2015-07-${String(1 + (i % 28)).padStart(2, '0')}` };
  }
}

async function writeCorpus(file: string, sources: readonly string[], count: number, sentencesPerStory = 6): Promise<number> {
  const out = createWriteStream(file);
  for (const a of generate(sources, count, 7, sentencesPerStory)) if (!out.write(JSON.stringify(a) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(r));
  return statSync(file).size;
}

/** Run `amana scan` on a file; wall time, peak RSS of the main process and of the whole tree. */
async function runScan(file: string, db: string): Promise<{ seconds: number; peakMb: number; analysisPeakMb: number; phases: Record<string, number> }> {
  const t0 = performance.now();
  let peak = 0;
  // The high-water mark when clustering starts: the peak of the analysis phase alone.
  let analysisPeak = 0;
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'amana.js'), 'scan', file, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
  const phases: Record<string, number> = {};
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    for (const m of s.matchAll(/scan: (clustering|diffing copies)/gu)) {
      phases[m[1]] = (performance.now() - t0) / 1000;
      if (m[1] === 'clustering') analysisPeak = Math.max(peak, highWaterMb(child.pid));
    }
    for (const m of s.matchAll(/clusters? of copies found in ([\d.]+) s/gu)) phases.clusterSeconds = Number(m[1]);
  });
  const timer = setInterval(() => (peak = Math.max(peak, highWaterMb(child.pid))), 100);
  const code = await new Promise<number>((r) => child.on('exit', (c) => r(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`amana scan exited ${code}`);
  return { seconds: (performance.now() - t0) / 1000, peakMb: peak, analysisPeakMb: analysisPeak, phases };
}

/** Peak RSS of a process so far, in MB (the main thread and its worker threads share one RSS). */
function highWaterMb(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0; // ended
  }
}

export async function benchScan(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log('\n# amana bench — scan\n\nskipped: ../shared/corpus/news-dev.jsonl is not present');
    return;
  }
  const sources = readCorpus().map((a) => a.text);
  const dir = mkdtempSync(join(tmpdir(), 'amana-bench-scan-'));
  try {
    console.log('\n# amana bench — scan\n');
    console.log('Generated corpora (mosaic stories from the dev corpus and perturbed copies of them), scanned by `amana scan FILE.jsonl --db …` on both cores.\n');
    console.log('| articles | input | wall time | articles/s | clustering (LSH + verification) | µs per article | diffing copies | peak RSS while analysing | peak RSS |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    const sizes = (process.env.AMANA_BENCH_SCAN ?? '10000,20000,50000,100000').split(',').map(Number);
    for (const n of sizes) {
      const file = join(dir, `c${n}.jsonl`);
      const bytes = await writeCorpus(file, sources, n);
      const r = await runScan(file, join(dir, `c${n}.db`));
      const clustering = r.phases.clusterSeconds ?? NaN;
      const diffing = r.phases['diffing copies'] !== undefined ? r.seconds - r.phases['diffing copies'] : NaN;
      console.log(`| ${n.toLocaleString('en')} | ${(bytes / 1e6).toFixed(0)} MB | ${r.seconds.toFixed(1)} s | ${(n / r.seconds).toFixed(0)} | ${clustering.toFixed(2)} s | ${((1e6 * clustering) / n).toFixed(0)} | ${diffing.toFixed(1)} s | ${r.analysisPeakMb.toFixed(0)} MB | ${r.peakMb.toFixed(0)} MB |`);
      rmSync(file);
      rmSync(join(dir, `c${n}.db`), { force: true });
      rmSync(join(dir, `c${n}.db-wal`), { force: true });
      rmSync(join(dir, `c${n}.db-shm`), { force: true });
    }

    // Memory for about 1 GB of input: longer stories (20 sentences), so fewer, larger articles.
    // Set AMANA_BENCH_SCAN_GB=0 to skip it (it takes tens of minutes on two cores).
    const gb = Number(process.env.AMANA_BENCH_SCAN_GB ?? 1);
    if (gb > 0) {
      const file = join(dir, 'gb.jsonl');
      const count = Math.round((gb * 1e9) / 7500);
      const bytes = await writeCorpus(file, sources, count, 20);
      const r = await runScan(file, join(dir, 'gb.db'));
      console.log(`\n${count.toLocaleString('en')} articles, ${(bytes / 1e9).toFixed(2)} GB of JSONL: scanned in ${(r.seconds / 60).toFixed(1)} min (${(count / r.seconds).toFixed(0)} articles/s), peak RSS ${r.analysisPeakMb.toFixed(0)} MB while analysing and ${r.peakMb.toFixed(0)} MB overall.`);
      rmSync(file);
    }

    // LSH recall: pairs at or above the threshold found by an exact all-pairs pass on a sample.
    const sample = [...generate(sources, 5000, 11)].map((a) => a.text);
    const hasher = new MinHasher(128, 20261129);
    const docs = sample.map((t) => {
      const shingles = wordShingles(t);
      return { shingles, signature: hasher.signature(shingles) };
    });
    const t0 = performance.now();
    const exact = exactPairs(docs, 0.5);
    const exactSeconds = (performance.now() - t0) / 1000;
    const recall = lshRecall(docs, 0.5);
    console.log(`\nLSH recall on a 5,000-article sample: ${recall.found} of ${recall.truePairs} pairs with similarity ≥ 0.5 are candidates (${(100 * recall.recall).toFixed(1)}%); the exact all-pairs pass found ${exact.length} and took ${exactSeconds.toFixed(1)} s.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScan();
