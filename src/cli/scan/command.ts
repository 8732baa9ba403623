import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { makeProgress } from './progress.js';
import { openWorkQueue, workerHeapMb } from './queue.js';
import { scan, type ScanSummary } from './scan.js';
import { count } from './render.js';
import { openSqliteStore } from './store.js';

/**
 * The scan's default limit for one article: 4 MB, far beyond any news article (a long one is
 * 50 KB), and what a thread's 256 MB heap can analyse (workerHeapMb); `check` accepts 20 MB.
 */
export const SCAN_MAX_BYTES = 4 * 1024 * 1024;

export interface ScanFlags {
  db: string;
  threads?: number;
  batch: number;
  threshold: number;
  maxBytes: number;
  quiet?: boolean;
}

/** Size of the inputs in bytes, for the ETA (a directory's files summed; stdin unknown: 0). */
function inputBytes(inputs: readonly string[]): number {
  let total = 0;
  const walk = (p: string, depth: number) => {
    const s = statSync(p, { throwIfNoEntry: false });
    if (!s) return;
    if (s.isFile()) total += s.size;
    else if (s.isDirectory() && depth < 64) for (const name of readdirSync(p)) if (!name.startsWith('.')) walk(join(p, name), depth + 1);
  };
  for (const i of inputs) if (i !== '-') walk(i, 0);
  return total;
}

/**
 * `amana scan INPUT... --db FILE`. Ctrl-C stops reading, lets the articles in flight finish,
 * writes them and closes the database: the next run resumes from there.
 */
export async function runScan(inputs: string[], flags: ScanFlags): Promise<{ code: number; summary: ScanSummary }> {
  if (inputs.length === 0) throw new InputError('scan: give at least one INPUT (a directory, a JSONL file, or - for stdin)');
  if (inputs.filter((i) => i === '-').length > 1) throw new InputError('scan: stdin (-) can be given only once');
  for (const i of inputs) if (i !== '-' && !statSync(i, { throwIfNoEntry: false })) throw new InputError(`${i}: no such file or directory`);
  let store;
  try {
    store = openSqliteStore(flags.db);
  } catch (e) {
    throw new InputError(`--db ${flags.db}: ${(e as Error).message}`);
  }
  const threads = flags.threads ?? availableParallelism();
  const queue = openWorkQueue(threads, workerHeapMb(flags.maxBytes));
  const stop = new AbortController();
  let stopCode = 130;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(stopCode);
    stopCode = signal === 'SIGTERM' ? 143 : 130;
    stop.abort();
    process.stderr.write('\namana: stopping: finishing the articles in flight (Ctrl-C again to abandon them)\n');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = makeProgress(process.stderr, inputBytes(inputs), !!flags.quiet);
  try {
    const summary = await scan(inputs, store, queue, { maxBytes: flags.maxBytes, batchSize: flags.batch, threshold: flags.threshold, progress, stop: stop.signal });
    // A reader left waiting on an idle stdin would keep the process alive.
    if (summary.interrupted && inputs.includes('-')) process.stdin.destroy();
    progress.done();
    const c = store.counts();
    if (!flags.quiet) {
      process.stderr.write(
        `scan: ${count(summary.analysed, 'article')} analysed, ${summary.skipped} already stored, ${summary.problems} skipped with a problem; ` +
          `the database holds ${count(c.articles, 'article')}, ${count(c.findings, 'finding')}, ${count(c.clusters, 'cluster')} of copies, ${count(c.diffs, 'diff')}${summary.interrupted ? ' (interrupted: run again to resume)' : ''}\n`,
      );
    }
    return { code: summary.interrupted ? stopCode : 0, summary };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await queue.close();
    store.close();
  }
}
