import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer } from '../src/server/index.js';
import { ROOT, SEED } from '../eval/shared.js';

/**
 * `npm run bench`, serve part: requests per second and latency of POST /v1/check with the seed
 * article (its extraction included, as the web page asks), from a second process on loopback
 * (autocannon), each run bounded in time. The baseline, measured the same way against the same
 * server, is GET /health: what the HTTP layer alone can do, so the ratio is the analysis's cost.
 */
const run = promisify(execFile);

interface Load {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, method: 'GET' | 'POST', connections: number, seconds: number, body?: string): Promise<Load> {
  const { stdout } = await run(process.execPath, [join(ROOT, 'dist', 'bench', 'load-client.js'), JSON.stringify({ url, method, body, connections, seconds })], { timeout: (seconds + 30) * 1000, maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as Load;
}

export async function benchServe(seconds = Number(process.env.AMANA_BENCH_SERVE_SECONDS ?? 10)): Promise<void> {
  const article = existsSync(SEED) ? readFileSync(SEED, 'utf8') : readFileSync(join(ROOT, 'examples', 'altered-article.txt'), 'utf8');
  const source = existsSync(SEED) ? 'the seed article' : 'examples/altered-article.txt (../shared absent)';
  const server = await startServer({ host: '127.0.0.1', port: 0 });
  try {
    console.log(`\n# amana bench — serve\n\n\`amana serve\` on loopback (analysis threads: one per core), load from a second process (autocannon), ${seconds} s per row; POST /v1/check with ${source} (${Buffer.byteLength(article)} bytes, extraction included).\n`);
    console.log('| request | connections | requests/s | p50 latency | p99 latency | non-2xx | vs GET /health |');
    console.log('|---|---|---|---|---|---|---|');
    const body = JSON.stringify({ text: article });
    // Warm the threads' caches (and the JIT) before measuring.
    await load(`${server.url}/v1/check`, 'POST', 2, 2, body);
    const health = await load(`${server.url}/health`, 'GET', 10, seconds);
    console.log(`| GET /health (baseline) | 10 | ${health.rps.toFixed(0)} | ${health.p50} ms | ${health.p99} ms | ${health.non2xx} | 1× |`);
    for (const connections of [1, 4, 16]) {
      const r = await load(`${server.url}/v1/check`, 'POST', connections, seconds, body);
      console.log(`| POST /v1/check | ${connections} | ${r.rps.toFixed(1)} | ${r.p50} ms | ${r.p99} ms | ${r.non2xx} | 1/${(health.rps / Math.max(r.rps, 1e-9)).toFixed(0)} |`);
    }
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchServe();
