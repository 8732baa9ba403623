/**
 * `amana serve`: the HTTP API and the editors' web page, over the public library API. The
 * server makes no outbound request: every analysis runs on its own threads, on bundled data.
 */
import { buildApp } from './app.js';
import { DEFAULT_LIMITS, openAnalysisPool, type PoolLimits } from './analysis-pool.js';
import type { StaticFiles } from './static-files.js';

export { CONTENT_SECURITY_POLICY } from './app.js';
export { DEFAULT_LIMITS } from './analysis-pool.js';
export { CheckReportSchema, DiffReportSchema, ErrorSchema, ExtractReportSchema, HealthSchema } from './schemas.js';

export interface ServerOptions extends Partial<PoolLimits> {
  /** Interface to listen on (default 127.0.0.1: only this machine). */
  host?: string;
  /** Port (0: any free port). */
  port?: number;
  /** Largest request body, in bytes (default 1 MiB). */
  bodyLimit?: number;
  staticFiles?: StaticFiles;
}

export interface RunningServer {
  /** http://host:port, with the port actually bound. */
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const limits: PoolLimits = {
    threads: options.threads ?? DEFAULT_LIMITS.threads,
    queue: options.queue ?? DEFAULT_LIMITS.queue,
    timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
  };
  const pool = openAnalysisPool(limits);
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  try {
    const app = await buildApp({ pool, bodyLimit, timeoutMs: limits.timeoutMs, staticFiles: options.staticFiles });
    const address = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 8080 });
    return {
      url: address,
      async close() {
        await app.close();
        await pool.close();
      },
    };
  } catch (e) {
    await pool.close();
    throw e;
  }
}
