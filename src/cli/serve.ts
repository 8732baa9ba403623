import { startServer, type ServerOptions } from '../server/index.js';
import { InputError } from './errors.js';

export interface ServeFlags {
  host: string;
  port: number;
  threads?: number;
  queue?: number;
  timeout?: number;
  bodyLimit?: number;
}

/**
 * `amana serve`: run until Ctrl-C or SIGTERM, then stop accepting, let the requests in flight
 * finish and exit 0. A port that is taken or forbidden is the user's to fix: one line, exit 2.
 */
export async function runServe(flags: ServeFlags): Promise<number> {
  const options: ServerOptions = { host: flags.host, port: flags.port, threads: flags.threads, queue: flags.queue, bodyLimit: flags.bodyLimit, timeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000 };
  let server;
  try {
    server = await startServer(options);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') throw new InputError(`serve: ${flags.host}:${flags.port} is already in use (choose another --port)`);
    if (err.code === 'EACCES') throw new InputError(`serve: not allowed to listen on ${flags.host}:${flags.port} (ports below 1024 need privileges)`);
    if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') throw new InputError(`serve: --host ${flags.host} is not an address of this machine`);
    throw e;
  }
  process.stderr.write(`amana serve: listening on ${server.url} (web page at ${server.url}/, API at ${server.url}/v1/check, /v1/extract, /v1/diff; description at ${server.url}/openapi.json)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stderr.write('amana serve: stopping\n');
  await server.close();
  return 0;
}
