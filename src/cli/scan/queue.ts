import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ArticleInput, ArticleResult, DiffJob, DiffResult, WorkQueue } from './types.js';
import { analyzeArticle, diffCopy } from './worker.js';

/**
 * Each thread's heap is capped, at what the largest article accepted needs. Left to itself, V8
 * sizes a heap against a default limit of several GB; a cap makes it collect sooner. An
 * analysis keeps little between articles (its per-word caches are capped), but one article
 * of n MB needs about 45·n MB of heap while it is analysed (measured: 9 MB of news, 410 MB).
 */
export function workerHeapMb(maxBytes: number): number {
  return Math.max(256, Math.ceil((64 * maxBytes) / 2 ** 20));
}

/**
 * The work queue on worker threads, one per core (piscina). With `threads: 0` the work runs on
 * the calling thread, which tests and tiny inputs use to avoid the start-up of a pool.
 */
export function openWorkQueue(threads = availableParallelism(), heapMb = 256): WorkQueue {
  if (threads <= 0) return inlineQueue();
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  let pending = 0;
  const run = async <R>(message: unknown): Promise<R> => {
    pending++;
    try {
      return (await pool.run(message)) as R;
    } finally {
      pending--;
    }
  };
  return {
    analyze: (article: ArticleInput) => run<ArticleResult>({ kind: 'analyze', article }),
    diff: (job: DiffJob) => run<DiffResult>({ kind: 'diff', job }),
    get pending() {
      return pending;
    },
    concurrency: threads,
    close: () => pool.destroy(),
  };
}

function inlineQueue(): WorkQueue {
  return {
    analyze: async (article) => analyzeArticle(article),
    diff: async (job) => diffCopy(job),
    pending: 0,
    concurrency: 1,
    close: async () => {},
  };
}
