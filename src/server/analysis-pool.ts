/**
 * The server's analysis threads and its limits on work. Analyses are CPU-bound and synchronous:
 * on the event loop, one long text would stall every other request and no timer could stop it.
 * On worker threads (piscina) the event loop stays free, a task over its time limit is stopped
 * by terminating its thread (piscina starts a fresh one), and the number of analyses running or
 * waiting is capped, so that a burst is refused at once (503) rather than queued without end.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { AnalysisOutcome, AnalysisTask } from './analysis-types.js';

export interface PoolLimits {
  /** Analysis threads (default: one per core). */
  threads: number;
  /** Analyses that may wait for a thread; beyond threads + queue, requests get 503 `busy`. */
  queue: number;
  /** Longest an analysis may take, waiting included, in milliseconds; then 503 `timeout`. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: PoolLimits = { threads: availableParallelism(), queue: 16, timeoutMs: 15_000 };

/** Why a task did not run to its end: the queue was full, or it ran out of time. */
export class PoolRefusal extends Error {
  constructor(
    readonly reason: 'busy' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'PoolRefusal';
  }
}

export interface AnalysisPool {
  run(task: AnalysisTask, cancel?: AbortSignal): Promise<AnalysisOutcome>;
  readonly threads: number;
  readonly queued: number;
  readonly running: number;
  close(): Promise<void>;
}

export function openAnalysisPool(limits: PoolLimits): AnalysisPool {
  const pool = new Piscina({
    filename: new URL('./analysis-worker.js', import.meta.url).href,
    minThreads: limits.threads,
    maxThreads: limits.threads,
    maxQueue: limits.queue + limits.threads,
    // Threads live as long as the server: their resources take a while to build.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  // Tasks handed to the pool and not yet settled: running (up to one per thread) or waiting.
  let inFlight = 0;
  return {
    threads: limits.threads,
    get queued() {
      return Math.max(0, inFlight - limits.threads);
    },
    get running() {
      return Math.min(inFlight, limits.threads);
    },
    async run(task, cancel) {
      // Counted here rather than left to piscina's own queue error, whose wording is not an API.
      if (inFlight >= limits.threads + limits.queue) {
        throw new PoolRefusal('busy', `the server is busy (${limits.threads} analyses running, ${limits.queue} waiting); retry shortly`);
      }
      const timeout = AbortSignal.timeout(limits.timeoutMs);
      const signal = cancel ? AbortSignal.any([timeout, cancel]) : timeout;
      inFlight++;
      try {
        return (await pool.run(task, { signal })) as AnalysisOutcome;
      } catch (e) {
        if (timeout.aborted) throw new PoolRefusal('timeout', `the analysis took longer than the server's limit of ${limits.timeoutMs / 1000} s`);
        if (signal.aborted) throw new PoolRefusal('timeout', 'the request was cancelled');
        throw e;
      } finally {
        inFlight--;
      }
    },
    close: () => pool.destroy(),
  };
}
