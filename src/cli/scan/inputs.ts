/**
 * The input reader of `amana scan`: turns the command's INPUT arguments (directories, JSONL files,
 * single files, `-` for stdin) into one stream of articles.
 *
 * Everything here is an async generator so that the scan pulls one article at a time: at most one
 * file (or one JSONL line, never longer than maxBytes) is held in memory, whatever the corpus size.
 * A file or line that cannot be read is reported through onProblem and skipped, because one corrupt
 * file in a corpus of thousands must not stop the scan; only a mistake on the command line itself
 * (an input path that does not exist) throws.
 */
import type { Dirent } from 'node:fs';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidDateError, parsePublicationDate } from '../../index.js';
import { InputError } from '../errors.js';
import { looksLikeHtml, htmlToArticle } from '../html-input.js';
import { decodeDocument, formatBytes } from '../read-input.js';
import type { ArticleInput, InputProblem } from './types.js';

export interface ReadInputsOptions {
  /** Largest file, or JSONL line, accepted as one document; larger ones are reported and skipped. */
  maxBytes: number;
  /**
   * Called for every file or line that is skipped, and for metadata that is dropped from an article
   * that is kept (a bad `date`, a non-string `source`…; the message says so). `message` does not
   * repeat `origin`, so a caller can print `${origin}: ${message}`.
   */
  onProblem: (p: InputProblem) => void;
}

/** Files a directory walk picks up; everything else in a directory is silently ignored. */
const DIRECTORY_FILE = /\.(?:txt|html?|json)$/iu;
const JSONL_FILE = /\.(?:jsonl|ndjson)$/iu;

/** What the command line named, resolved before anything is read. */
type Plan =
  | { kind: 'stdin' }
  | { kind: 'directory'; path: string }
  /** A JSONL file, or a pipe/device (e.g. `<(…)`), which like stdin can only be a stream of lines. */
  | { kind: 'jsonl'; path: string }
  | { kind: 'file'; path: string };

/**
 * Read every article of the given inputs, in order:
 * - `-`: stdin, as JSONL;
 * - a directory: its .txt, .html, .htm and .json files (any letter case), recursively, in code-unit
 *   order of the names within each directory (the same on every machine and locale), skipping
 *   names starting with "." and not following symbolic links to directories (they could loop;
 *   each one is reported); the id of each article is its path relative to the directory, with "/";
 * - a .jsonl or .ndjson file (or a pipe): one `{"id", "text", …}` object per line;
 * - any other file: one article, read by its extension (.html/.htm, .json, else text; a file with
 *   an unknown extension that holds an HTML page is read as HTML); its id is the path as given.
 *
 * All inputs are checked before the first article: a path that does not exist makes the first
 * `next()` reject with an InputError, and nothing is yielded.
 *
 * Metadata rule, for .json and JSONL: `id` and a non-blank string `text` are required (a .json file
 * falls back to its path for the id); `source`, `url`, `title` must be strings and `date` a
 * publication date YYYY-MM-DD (a timestamp keeps its date part, as for `check --date`). A wrong
 * optional field is reported and the article is KEPT without it: one bad date should not drop an
 * article from the scan, and the problem message says what was dropped.
 */
export async function* readInputs(inputs: string[], options: ReadInputsOptions): AsyncGenerator<ArticleInput> {
  const plans = await planInputs(inputs);
  for (const plan of plans) {
    switch (plan.kind) {
      case 'stdin':
        yield* readJsonl(process.stdin, 'stdin', options);
        break;
      case 'jsonl':
        yield* readJsonlFile(plan.path, options);
        break;
      case 'file':
        yield* readArticleFile(plan.path, plan.path, options);
        break;
      case 'directory':
        for await (const file of walk(plan.path, '', options.onProblem)) yield* readArticleFile(file.path, file.id, options);
        break;
    }
  }
}

/** Stat every input up front, so that a typo in the last argument fails before a long scan starts. */
async function planInputs(inputs: string[]): Promise<Plan[]> {
  const plans: Plan[] = [];
  let stdin = false;
  for (const input of inputs) {
    if (input === '-') {
      // stdin can be read once; a second `-` would silently read nothing.
      if (stdin) throw new InputError('stdin (-) can be given only once');
      stdin = true;
      plans.push({ kind: 'stdin' });
      continue;
    }
    let s;
    try {
      s = await stat(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${input}: no such file or directory`);
      throw new InputError(code === 'EACCES' ? `${input}: permission denied` : `${input}: cannot read (${code ?? 'error'})`);
    }
    if (s.isDirectory()) plans.push({ kind: 'directory', path: input });
    else if (s.isFile()) plans.push({ kind: JSONL_FILE.test(input) ? 'jsonl' : 'file', path: input });
    else plans.push({ kind: 'jsonl', path: input });
  }
  return plans;
}

// ---------------------------------------------------------------------------------------------
// Directories

/**
 * The article files under dir, depth first. Entries are sorted by plain code-unit comparison, not
 * localeCompare, so that two machines scanning the same corpus read it in the same order.
 * readdir holds one directory's names at a time, which stays small next to the files themselves.
 */
async function* walk(dir: string, rel: string, onProblem: (p: InputProblem) => void): AsyncGenerator<{ path: string; id: string }> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    onProblem({ origin: dir, message: `cannot read the directory (${errorCode(e)})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // .git, .DS_Store, editor swap files…
    const path = join(dir, entry.name);
    const id = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      yield* walk(path, id, onProblem);
      continue;
    }
    if (entry.isSymbolicLink()) {
      let target;
      try {
        target = await stat(path);
      } catch {
        if (DIRECTORY_FILE.test(entry.name)) onProblem({ origin: path, message: 'broken symbolic link' });
        continue;
      }
      if (target.isDirectory()) {
        // Reported rather than silently dropped: the user may expect its files to be read.
        onProblem({ origin: path, message: 'symbolic link to a directory, not followed (it could loop); give it as an input to scan it' });
        continue;
      }
    }
    if (DIRECTORY_FILE.test(entry.name)) yield { path, id };
  }
}

// ---------------------------------------------------------------------------------------------
// Single files: .txt, .html, .json

/** One file as one article (or, for a .json array, one per item); any failure is a problem. */
async function* readArticleFile(path: string, id: string, { maxBytes, onProblem }: ReadInputsOptions): AsyncGenerator<ArticleInput> {
  let articles: ArticleInput[];
  try {
    articles = await parseArticleFile(path, id, maxBytes, onProblem);
  } catch (e) {
    onProblem({ origin: path, message: reason(e, path) });
    return;
  }
  // Kept outside the try: an error thrown by the consumer at a yield must not pass for a file problem.
  yield* articles;
}

async function parseArticleFile(path: string, id: string, maxBytes: number, onProblem: (p: InputProblem) => void): Promise<ArticleInput[]> {
  const s = await stat(path);
  // Not reading a FIFO or device: opening one would block the scan until something writes to it.
  if (!s.isFile()) throw new Error('not a regular file');
  if (s.size > maxBytes) throw new Error(`file is ${formatBytes(s.size)}, over the ${formatBytes(maxBytes)} limit for one document`);
  const buf = await readFile(path);
  if (/\.json$/iu.test(path)) return jsonFileArticles(decodeJson(buf, path), path, id, onProblem);
  const { text } = decodeDocument(buf, path);
  if (/\.html?$/iu.test(path) || (!/\.txt$/iu.test(path) && looksLikeHtml(text))) {
    const page = htmlToArticle(text, path);
    return [{ id, text: page.text, source: null, url: null, date: null, title: page.title, origin: path }];
  }
  return [{ id, text, source: null, url: null, date: null, title: null, origin: path }];
}

/**
 * JSON is UTF-8 (RFC 8259), and its text may be all \u escapes, so decodeDocument's "no Arabic
 * letters" check must not run on the raw file; its decoding is still used for UTF-16 with a BOM
 * and for Windows-1256, which editors on Arabic Windows still produce.
 */
function decodeJson(buf: Buffer, path: string): string {
  if (buf.length === 0) throw new InputError(`${path}: input is empty`);
  const utf16 = buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
  if (!utf16) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buf); // drops a UTF-8 BOM
    } catch {
      // not UTF-8: let decodeDocument try Windows-1256, or say what the bytes are
    }
  }
  return decodeDocument(buf, path).text;
}

function jsonFileArticles(json: string, path: string, id: string, onProblem: (p: InputProblem) => void): ArticleInput[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(value)) return [toArticle(value, id, path, onProblem)];
  if (value.length === 0) throw new Error('no articles (the JSON array is empty)');
  const articles: ArticleInput[] = [];
  value.forEach((item, i) => {
    // 1-based like JSONL line numbers, so "#1" is the first article a person sees in the file.
    const origin = `${path}#${i + 1}`;
    try {
      articles.push(toArticle(item, `${id}#${i + 1}`, origin, onProblem));
    } catch (e) {
      onProblem({ origin, message: reason(e, origin) });
    }
  });
  return articles;
}

// ---------------------------------------------------------------------------------------------
// JSONL

async function* readJsonlFile(path: string, options: ReadInputsOptions): AsyncGenerator<ArticleInput> {
  yield* readJsonl(createReadStream(path), path, options);
}

/**
 * One article per line of a stream. Lines are split here on the bytes rather than by
 * node:readline, because readline accumulates a line in full before handing it over: a 5 GB file
 * with no newline would be held in memory. Here a line is dropped as soon as it passes maxBytes.
 */
async function* readJsonl(input: AsyncIterable<Buffer | string>, label: string, { maxBytes, onProblem }: ReadInputsOptions): AsyncGenerator<ArticleInput> {
  const lines = splitLines(input, maxBytes);
  try {
    yield* jsonlArticles(lines, label, maxBytes, onProblem);
  } finally {
    // When the consumer stops early, close the file (next() is called by hand below, so nothing else does).
    await lines.return(undefined);
  }
}

async function* jsonlArticles(lines: AsyncGenerator<Line>, label: string, maxBytes: number, onProblem: (p: InputProblem) => void): AsyncGenerator<ArticleInput> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (;;) {
    let next: IteratorResult<Line>;
    try {
      next = await lines.next();
    } catch (e) {
      // The stream failed (unreadable file, I/O error): what was read so far has been yielded.
      onProblem({ origin: label, message: `cannot read (${errorCode(e)})` });
      return;
    }
    if (next.done) return;
    const { number, bytes } = next.value;
    const origin = `${label}:${number}`;
    let article: ArticleInput;
    try {
      if (bytes === null) throw new Error(`line is over the ${formatBytes(maxBytes)} limit for one document`);
      let raw: string;
      try {
        raw = decoder.decode(bytes);
      } catch {
        throw new Error('line is not valid UTF-8');
      }
      if (raw.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        throw new Error(`not valid JSON (${(e as Error).message})`);
      }
      article = toArticle(value, null, origin, onProblem);
    } catch (e) {
      onProblem({ origin, message: reason(e, origin) });
      continue;
    }
    yield article;
  }
}

interface Line {
  /** 1-based, counting blank lines, as an editor shows it. */
  number: number;
  /** The line without its "\n" or "\r\n"; null when it is longer than maxBytes (its bytes were dropped). */
  bytes: Buffer | null;
}

/** Split a byte stream on "\n" (a safe split point in UTF-8: 0x0A never occurs inside a character). */
async function* splitLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let overLimit = false;
  let number = 0;
  const end = (): Line => {
    number++;
    let bytes: Buffer | null = null;
    if (!overLimit) {
      bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      if (bytes.length > maxBytes) bytes = null;
    }
    parts = [];
    length = 0;
    overLimit = false;
    return { number, bytes };
  };
  const add = (piece: Buffer): void => {
    if (overLimit || piece.length === 0) return;
    length += piece.length;
    // +1 leaves room for the "\r" of a CRLF line that is exactly maxBytes long.
    if (length > maxBytes + 1) {
      overLimit = true;
      parts = [];
      length = 0;
    } else {
      parts.push(piece);
    }
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl >= 0; nl = buf.indexOf(0x0a, start)) {
      add(buf.subarray(start, nl));
      yield end();
      start = nl + 1;
    }
    // Copied so that a short tail does not keep the whole 64 KB chunk alive.
    if (start < buf.length) add(Buffer.from(buf.subarray(start)));
  }
  if (length > 0 || overLimit) yield end();
}

// ---------------------------------------------------------------------------------------------
// Article objects (.json files and JSONL lines)

/**
 * Check one `{"id", "text", "source"?, "url"?, "date"?, "title"?}` object. Throws for what makes it
 * unusable (no id, no text); reports and drops a wrong optional field. Other fields are ignored.
 */
function toArticle(value: unknown, defaultId: string | null, origin: string, onProblem: (p: InputProblem) => void): ArticleInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`expected a JSON object {"id": string|number, "text": string}, got ${kindOf(value)}`);
  }
  const o = value as Record<string, unknown>;
  let id: string;
  if (o.id === undefined || o.id === null) {
    if (defaultId === null) throw new Error('missing "id" (a string or a number)');
    id = defaultId;
  } else if (typeof o.id === 'number') {
    id = String(o.id);
  } else if (typeof o.id === 'string') {
    if (o.id.trim() === '') throw new Error('"id" is empty');
    id = o.id;
  } else {
    throw new Error(`"id" must be a string or a number, not ${kindOf(o.id)}`);
  }
  if (o.text === undefined || o.text === null) throw new Error('missing "text"');
  if (typeof o.text !== 'string') throw new Error(`"text" must be a string, not ${kindOf(o.text)}`);
  if (o.text.trim() === '') throw new Error('"text" is empty');
  const optional = (field: 'source' | 'url' | 'title'): string | null => {
    const v = o[field];
    if (v === undefined || v === null || v === '') return null;
    if (typeof v === 'string') return v;
    onProblem({ origin, message: `"${field}" must be a string, not ${kindOf(v)}; the article is kept without it` });
    return null;
  };
  return { id, text: o.text, source: optional('source'), url: optional('url'), date: publicationDate(o.date, origin, onProblem), title: optional('title'), origin };
}

function publicationDate(v: unknown, origin: string, onProblem: (p: InputProblem) => void): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string') {
    onProblem({ origin, message: `"date" must be a string YYYY-MM-DD, not ${kindOf(v)}; the article is kept without a date` });
    return null;
  }
  try {
    return parsePublicationDate(v);
  } catch (e) {
    if (!(e instanceof InvalidDateError)) throw e;
    onProblem({ origin, message: `date: ${e.message}; the article is kept without a date` });
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Messages

/** The error's message without a leading "origin: " (decodeDocument and htmlToArticle add one). */
function reason(e: unknown, origin: string): string {
  if (!(e instanceof Error)) return String(e);
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code === 'string' && !(e instanceof InputError)) return `cannot read (${code === 'EACCES' ? 'permission denied' : code})`;
  return e.message.startsWith(`${origin}: `) ? e.message.slice(origin.length + 2) : e.message;
}

function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES') return 'permission denied';
  return code ?? (e instanceof Error ? e.message : String(e));
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
