import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ArticleInput, ArticleResult, DiffJob, DiffResult, WorkQueue } from './types.js';
import { analyzeArticle, diffCopy } from './worker.js';

/**
 * The work queue on worker threads, one per core (piscina). With `threads: 0` the work runs on
 * the calling thread, which tests and tiny inputs use to avoid the start-up of a pool.
 */
export function openWorkQueue(threads = availableParallelism()): WorkQueue {
  if (threads <= 0) return inlineQueue();
  const pool = new Piscina({ filename: new URL('./worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads, idleTimeout: 60_000 });
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
    close: () => pool.destroy(),
  };
}

function inlineQueue(): WorkQueue {
  return {
    analyze: async (article) => analyzeArticle(article),
    diff: async (job) => diffCopy(job),
    pending: 0,
    close: async () => {},
  };
}
