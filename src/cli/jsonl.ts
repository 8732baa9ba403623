import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { z } from 'zod';
import { InvalidDateError } from '../index.js';
import { InputError } from './errors.js';

const Line = z.object({ id: z.union([z.string(), z.number()]), text: z.string(), date: z.string().nullable().optional() }).passthrough();

/** What to do with one document: its report, and whether it reaches the --fail-on threshold. */
export type DocumentRunner = (text: string, date: string | null) => { report: unknown; reached: boolean };

export interface JsonlResult {
  readonly documents: number;
  readonly failed: number;
  readonly reachedThreshold: boolean;
}

async function write(out: Writable, line: string): Promise<void> {
  if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/**
 * `--jsonl`: one `{"id", "text", "date"?, ...}` object per input line (`date` is the publication date), one report per output line with
 * the same id and the input's other fields (all but `text`). Streams: memory does not grow
 * with the input. A bad line yields `{"id", "line", "error"}` in its place and processing goes on.
 */
export async function runJsonl(path: string, run: DocumentRunner, out: Writable, maxBytes: number): Promise<JsonlResult> {
  const input = path === '-' ? process.stdin : createReadStream(path);
  const opened = new Promise<void>((resolve, reject) => {
    if (path === '-') return resolve();
    input.once('open', () => resolve());
    input.once('error', (e: NodeJS.ErrnoException) => reject(new InputError(e.code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${e.code ?? 'error'})`)));
  });
  await opened;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let documents = 0;
  let failed = 0;
  let reached = false;
  for await (const raw of lines) {
    n++;
    if (raw.trim() === '') continue;
    let id: unknown = null;
    try {
      if (Buffer.byteLength(raw) > maxBytes) throw new Error(`line is over the ${maxBytes}-byte limit`);
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new Error('not valid JSON');
      }
      if (json && typeof json === 'object' && 'id' in json) id = (json as { id: unknown }).id;
      const parsed = Line.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`expected {"id": string|number, "text": string}: ${issue?.path.join('.') || 'line'} ${issue?.message ?? ''}`.trim());
      }
      const { text, ...rest } = parsed.data;
      let result: ReturnType<DocumentRunner>;
      try {
        result = run(text, parsed.data.date ?? null);
      } catch (e) {
        // A bad publication date is the line's fault: reported for that line, the rest goes on.
        if (e instanceof InvalidDateError) throw new Error(`date: ${e.message}`);
        throw e;
      }
      const { report } = result;
      if (result.reached) reached = true;
      documents++;
      await write(out, JSON.stringify({ ...rest, id: parsed.data.id, report }) + '\n');
    } catch (e) {
      failed++;
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(`amana: ${path === '-' ? 'stdin' : path}:${n}: ${message}\n`);
      await write(out, JSON.stringify({ id, line: n, error: message }) + '\n');
    }
  }
  return { documents, failed, reachedThreshold: reached };
}
