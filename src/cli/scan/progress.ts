import { count } from './render.js';
import cliProgress from 'cli-progress';
import type { InputProblem } from './types.js';

/** What the scan tells the user as it goes: a bar on a terminal, plain periodic lines otherwise. */
export interface Progress {
  tick(counts: { read: number; skipped: number; analysed: number; findings: number; problems: number }, bytes?: number): void;
  problem(p: InputProblem): void;
  phase(name: string): void;
  /** A line of information between phases. */
  note(message: string): void;
  done(): void;
}

const MB = 1024 * 1024;

/** `totalBytes`: the size of the inputs when known (files), for the ETA; 0 for stdin. */
export function makeProgress(stream: NodeJS.WriteStream, totalBytes: number, quiet: boolean): Progress {
  if (quiet) return { tick: () => {}, problem: () => {}, phase: () => {}, note: () => {}, done: () => {} };
  const start = Date.now();
  let bytes = 0;
  const rate = (n: number) => (n / Math.max(0.001, (Date.now() - start) / 1000)).toFixed(1);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: totalBytes > 0 ? 'scan {bar} {percentage}% | {articles} articles ({skipped} already stored) | {rate}/s | ETA {eta_formatted} | findings {findings} | problems {problems}' : 'scan | {articles} articles ({skipped} already stored) | {rate}/s | findings {findings} | problems {problems}',
        hideCursor: true,
        etaBuffer: 200,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(1, totalBytes), 0, { articles: 0, skipped: 0, rate: '0', findings: 0, problems: 0 });
    return {
      tick(c, b = 0) {
        bytes += b;
        bar.update(Math.min(bytes, Math.max(1, totalBytes)), { articles: c.analysed, skipped: c.skipped, rate: rate(c.analysed), findings: c.findings, problems: c.problems });
      },
      problem: () => {},
      phase(name) {
        bar.stop();
        stream.write(`${name}…\n`);
      },
      note: (message) => stream.write(`${message}\n`),
      done: () => bar.stop(),
    };
  }
  // Not a terminal (a log, CI): one line every ten seconds.
  let last = 0;
  return {
    tick(c, b = 0) {
      bytes += b;
      if (Date.now() - last < 10_000) return;
      last = Date.now();
      const share = totalBytes > 0 ? ` (${Math.round((100 * bytes) / totalBytes)}% of ${(totalBytes / MB).toFixed(1)} MB)` : '';
      stream.write(`scan: ${count(c.analysed, 'article')} analysed${share}, ${c.skipped} already stored, ${rate(c.analysed)}/s, ${count(c.findings, 'finding')}, ${count(c.problems, 'problem')}\n`);
    },
    problem: (p) => stream.write(`amana: skipped ${p.origin}: ${p.message}\n`),
    phase: (name) => stream.write(`scan: ${name}…\n`),
    note: (message) => stream.write(`scan: ${message}\n`),
    done: () => {},
  };
}
