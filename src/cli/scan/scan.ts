import { copySimilarity, LshIndex, UnionFind } from '../../index.js';
import { readInputs } from './inputs.js';
import { count } from './render.js';
import type { Progress } from './progress.js';
import type { Store } from './store.js';
import type { ArticleInput, ArticleResult, DiffResult, InputProblem, WorkQueue } from './types.js';

export interface ScanOptions {
  maxBytes: number;
  /** Articles written per transaction: a crash loses at most this many. */
  batchSize: number;
  /** Share of words two articles must share (Jaccard, or containment of the shorter) to be copies. */
  threshold: number;
  progress: Progress;
  /** Aborted when the user interrupts: stop reading, finish what is in flight, write it, stop. */
  stop: AbortSignal;
}

export interface ScanSummary {
  read: number;
  skipped: number;
  analysed: number;
  problems: number;
  findings: number;
  clusters: number;
  diffs: number;
  interrupted: boolean;
}

/**
 * The promise's value, or null as soon as `stop` is aborted. Not Promise.race against a promise
 * of the stop: that promise stays pending for the whole scan, and every race would leave on it a
 * reaction holding the race's result (here, each article read): every article's text stayed in
 * memory, 24 KB of heap an article on the bench's corpus. A listener removed after each wait
 * holds nothing.
 */
function unlessStopped<T>(promise: Promise<T>, stop: AbortSignal): Promise<T | null> {
  if (stop.aborted) return Promise.resolve(null);
  return new Promise<T | null>((resolve, reject) => {
    const onStop = () => resolve(null);
    stop.addEventListener('abort', onStop, { once: true });
    promise.then(
      (value) => {
        stop.removeEventListener('abort', onStop);
        resolve(value);
      },
      (e: unknown) => {
        stop.removeEventListener('abort', onStop);
        reject(e);
      },
    );
  });
}

/**
 * The whole scan: stream the inputs, analyse every article not yet stored on the work queue
 * (a bounded number in flight, so memory stays flat), write results in batches; then group
 * copies of one story (MinHash + LSH over the stored signatures, each candidate pair verified
 * on its real shingles), pick each cluster's likely original, and diff every copy against it.
 */
export async function scan(inputs: string[], store: Store, queue: WorkQueue, options: ScanOptions): Promise<ScanSummary> {
  const summary: ScanSummary = { read: 0, skipped: 0, analysed: 0, problems: 0, findings: 0, clusters: 0, diffs: 0, interrupted: false };
  const problems: InputProblem[] = [];
  // Origins with a problem in this run, and origins read cleanly whose earlier problems (from a
  // run when the file was broken) are to be forgotten: decided here, not by write order.
  const troubled = new Set<string>();
  const stale = store.problemOrigins();
  let cleared: string[] = [];
  let batch: { article: ArticleInput; result: ArticleResult }[] = [];
  const flush = () => {
    if (cleared.length) store.clearProblems(cleared);
    if (batch.length) store.writeArticles(batch);
    if (problems.length) store.writeProblems(problems.splice(0));
    batch = [];
    cleared = [];
  };
  const inFlight = new Set<Promise<void>>();
  // Enough in flight to keep every thread busy while results are written, and no more: each
  // holds an article's text, and later its report, in memory.
  const limit = Math.max(8, 4 * queue.concurrency);
  const onProblem = (p: InputProblem) => {
    troubled.add(p.origin);
    problems.push(p);
    summary.problems++;
    options.progress.problem(p);
  };
  // An id seen twice in one run: the second is a problem, not a race between threads for which
  // one the store keeps (the same input must give the same database).
  const seen = new Set<string>();
  const reader = readInputs(inputs, { maxBytes: options.maxBytes, onProblem });
  for (;;) {
    // A stop must not wait for the next article: stdin may stay open and idle.
    const next = await unlessStopped(reader.next(), options.stop);
    if (next === null || next.done || options.stop.aborted) break;
    const article = next.value;
    summary.read++;
    for (const o of [article.origin, article.origin.replace(/#\d+$/u, '')]) {
      if (stale.has(o) && !troubled.has(o)) {
        stale.delete(o);
        cleared.push(o);
      }
    }
    if (seen.has(article.id)) {
      onProblem({ origin: article.origin, message: `id "${article.id}" appears twice in the input; the first is kept` });
      continue;
    }
    seen.add(article.id);
    if (store.has(article.id)) {
      summary.skipped++;
      options.progress.tick(summary);
      continue;
    }
    const job: Promise<void> = queue.analyze(article).then(
      (result) => {
        batch.push({ article, result });
        summary.analysed++;
        summary.findings += result.findings.length;
        options.progress.tick(summary, Buffer.byteLength(article.text));
        if (batch.length >= options.batchSize) flush();
      },
      (e: unknown) => onProblem({ origin: article.origin, message: `analysis failed: ${(e as Error)?.message ?? String(e)}` }),
    ).finally(() => inFlight.delete(job));
    inFlight.add(job);
    // Back-pressure: the reader waits while the queue holds enough to keep every core busy.
    while (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  flush();
  summary.interrupted = options.stop.aborted;
  if (summary.interrupted) return summary;

  options.progress.phase('clustering');
  const t0 = Date.now();
  const clusters = clusterStored(store, options.threshold);
  const clusterIds = store.writeClusters(clusters);
  summary.clusters = clusters.length;
  options.progress.note(`${count(clusters.length, 'cluster')} of copies found in ${((Date.now() - t0) / 1000).toFixed(2)} s`);

  options.progress.phase('diffing copies');
  const diffs: DiffResult[] = [];
  const pending = new Set<Promise<void>>();
  for (const [index, cluster] of clusters.entries()) {
    if (options.stop.aborted) break;
    const original = store.article(cluster.original);
    if (!original) continue;
    for (const copyId of cluster.members) {
      if (copyId === cluster.original || store.hasDiff(copyId)) continue;
      const copy = store.article(copyId);
      if (!copy) continue;
      const job: Promise<void> = queue
        .diff({ clusterId: clusterIds[index], originalId: original.id, copyId, original: original.text, copy: copy.text })
        .then((d) => {
          diffs.push(d);
          summary.diffs++;
          if (diffs.length >= options.batchSize) store.writeDiffs(diffs.splice(0));
        })
        .finally(() => pending.delete(job));
      pending.add(job);
      while (pending.size >= limit) await Promise.race(pending);
    }
  }
  await Promise.all(pending);
  if (diffs.length) store.writeDiffs(diffs);
  summary.interrupted = options.stop.aborted;
  return summary;
}

/**
 * Copies of one story: LSH candidates over the stored MinHash signatures, each verified on the
 * two articles' real shingle sets (Jaccard, or the containment of the shorter in the longer: a
 * copy that drops a paragraph or adds boilerplate is still a copy). The shingle sets were stored
 * by the workers and are read back per pair, so memory holds the LSH's band keys (256 bytes an
 * article) and a bounded cache, not every article's shingles. The likely original of each
 * cluster: an article that credits a wire agency, then the earliest date, then the fewest high
 * findings, then the id.
 */
const SHINGLE_CACHE = 4096;
const EMPTY: Uint32Array = new Uint32Array(0);

export function clusterStored(store: Store, threshold: number): { members: string[]; original: string; why: string }[] {
  const ids: string[] = [];
  const lsh = new LshIndex();
  for (const { id, signature } of store.signatures()) {
    lsh.add(ids.length, signature);
    ids.push(id);
  }
  // Pairs come sorted by their first item, so the first side is read once per run of pairs; the
  // second sides go through a small cache (Map order is insertion order: evict the oldest).
  const cache = new Map<number, Uint32Array>();
  const shinglesOf = (i: number): Uint32Array => {
    let s = cache.get(i);
    if (!s) {
      s = store.shingles(ids[i]) ?? EMPTY;
      if (cache.size >= SHINGLE_CACHE) cache.delete(cache.keys().next().value!);
      cache.set(i, s);
    }
    return s;
  };
  const uf = new UnionFind(ids.length);
  let current = -1;
  let first = EMPTY;
  lsh.forEachCandidate((x, y) => {
    if (x !== current) [current, first] = [x, shinglesOf(x)];
    if (copySimilarity(first, shinglesOf(y)) >= threshold) uf.union(x, y);
  });
  return uf.groups(2).map((group) => {
    const members = group.map((i) => ids[i]).sort();
    const info = members.map((id) => store.articleSummary(id)!).filter(Boolean);
    info.sort((p, q) => Number(q.agencies.length > 0) - Number(p.agencies.length > 0) || (p.date ?? '9999').localeCompare(q.date ?? '9999') || p.high - q.high || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
    const o = info[0];
    const why = [o.agencies.length ? `credits ${o.agencies.join(', ')}` : null, o.date ? `earliest date ${o.date}` : null, `${o.high} high findings`].filter(Boolean).join('; ');
    return { members, original: o.id, why };
  });
}
