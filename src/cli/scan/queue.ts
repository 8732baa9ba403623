import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ArticleInput, ArticleResult, DiffJob, DiffResult, WorkQueue } from './types.js';
import { analyzeArticle, diffCopy } from './worker.js';

/**
 * Each thread's heap is capped. An analysis keeps little between articles (its per-word caches
 * are capped), but V8 left to itself lets a heap grow towards its default limit of several GB
 * before collecting it in full: three heaps doing so made a 1 GB scan peak at 3.7 GB. A cap
 * makes each collect sooner; 256 MB holds the caches and the largest article accepted.
 */
export const WORKER_HEAP_MB = 256;

/**
 * The work queue on worker threads, one per core (piscina). With `threads: 0` the work runs on
 * the calling thread, which tests and tiny inputs use to avoid the start-up of a pool.
 */
export function openWorkQueue(threads = availableParallelism()): WorkQueue {
  if (threads <= 0) return inlineQueue();
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
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
