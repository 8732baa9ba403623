import { readFile, stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { InputError } from './errors.js';

/** Default ceiling for one document; larger inputs are refused with a clear message. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface DecodedInput {
  readonly text: string;
  readonly encoding: 'utf-8' | 'windows-1256' | 'utf-16le' | 'utf-16be';
}

/** Read a whole file, or stdin for "-", refusing anything over maxBytes. */
export async function readSource(path: string, maxBytes: number): Promise<Buffer> {
  if (path === '-') return readStdin(maxBytes);
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    size = s.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : code === 'EACCES' ? `${path}: permission denied` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (size > maxBytes) throw new InputError(`${path}: file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one document (use --jsonl for many documents, or --max-bytes)`);
  try {
    return await readFile(path);
  } catch (e) {
    throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    total += b.length;
    if (total > maxBytes) throw new InputError(`stdin: input is over the ${formatBytes(maxBytes)} limit for one document (use --jsonl for many documents, or --max-bytes)`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

const ARABIC_LETTER = /[\u0621-\u064a]/gu;

/** Bytes that never occur in text: NUL and most C0 controls. */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  return controls > n * 0.02;
}

/**
 * Decode a document: UTF-16 when it starts with a byte-order mark; UTF-8 (with or without BOM)
 * when valid; otherwise Windows-1256, the legacy
 * Arabic code page, when that yields Arabic text. Binary data, empty input and text with no
 * Arabic letters are refused with a message saying which.
 */
export function decodeDocument(buf: Buffer, name: string): DecodedInput {
  if (buf.length === 0) throw new InputError(`${name}: input is empty`);
  // UTF-16 with a byte-order mark (what Windows Notepad calls "Unicode").
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const encoding = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(buf);
    } catch {
      throw new InputError(`${name}: starts with a UTF-16 byte-order mark but is not valid UTF-16`);
    }
    if (text.trim() === '') throw new InputError(`${name}: input is empty (only whitespace)`);
    if (countArabic(text) === 0) throw new InputError(`${name}: no Arabic text found (amana checks Arabic news text)`);
    return { text, encoding };
  }
  if (looksBinary(buf)) throw new InputError(`${name}: looks like a binary file, not text`);
  let text: string;
  let encoding: DecodedInput['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const legacy = iconv.decode(buf, 'windows-1256');
    if (countArabic(legacy) < 3) throw new InputError(`${name}: not valid UTF-8, and not Arabic text in Windows-1256 either`);
    text = legacy;
    encoding = 'windows-1256';
  }
  if (text.trim() === '') throw new InputError(`${name}: input is empty (only whitespace)`);
  if (countArabic(text) === 0) throw new InputError(`${name}: no Arabic text found (amana checks Arabic news text)`);
  return { text, encoding };
}

function countArabic(s: string): number {
  return (s.match(ARABIC_LETTER) ?? []).length;
}
