/**
 * The load generator of the serve bench, run as its own process so that it does not share an
 * event loop or a core's time slices with the server it measures. argv: a JSON job; stdout: one
 * JSON line with the result.
 */
import autocannon from 'autocannon';

interface Job {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  connections: number;
  seconds: number;
}

const job = JSON.parse(process.argv[2]) as Job;
const result = await autocannon({
  url: job.url,
  method: job.method,
  connections: job.connections,
  duration: job.seconds,
  headers: job.body ? { 'content-type': 'application/json' } : {},
  body: job.body,
});
process.stdout.write(
  JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }) + '\n',
);
