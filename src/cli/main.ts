import { readFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { check, createResources, DataError, defaultResources, diff, diffVocabularyWith, extract, InvalidDateError, parsePublicationDate, renderDiffHtml, severityRank, UnknownProfileError, VERDICTS, VERSION, type CheckReport, type Resources, type Severity, type Verdict } from '../index.js';
import { htmlToArticle, looksLikeHtml } from './html-input.js';
import { renderDiffText } from './render-diff.js';
import { runScan, SCAN_MAX_BYTES } from './scan/command.js';
import { runServe, type ServeFlags } from './serve.js';
import { renderScanReport, renderShownArticle, renderShownCluster } from './scan/render.js';
import { openSqliteStore } from './scan/store.js';
import { EXIT, InputError } from './errors.js';
import { runJsonl } from './jsonl.js';
import { decodeDocument, DEFAULT_MAX_BYTES, readSource } from './read-input.js';
import { makeStyle, renderReport } from './render.js';
import { renderExtraction } from './render-extract.js';

interface CheckFlags {
  format: 'text' | 'json' | 'cleaned';
  jsonl?: boolean;
  failOn?: Severity;
  profile?: string;
  lexicon?: string[];
  context?: string[];
  gazetteer?: string[];
  dates?: string[];
  extract: boolean;
  date?: string;
  color?: boolean;
  verbose?: boolean;
  maxBytes: number;
}

interface DiffFlags {
  format: 'text' | 'json' | 'html';
  failOn?: Verdict;
  profile?: string;
  lexicon?: string[];
  context?: string[];
  gazetteer?: string[];
  dates?: string[];
  cues?: string[];
  all?: boolean;
  lang: 'ar' | 'en';
  color?: boolean;
  maxBytes: number;
}

interface ExtractFlags {
  format: 'text' | 'json';
  jsonl?: boolean;
  date?: string;
  gazetteer?: string[];
  context?: string[];
  dates?: string[];
  color?: boolean;
  maxBytes: number;
}

async function readJsonFiles(option: string, files: readonly string[]): Promise<{ name: string; json: unknown }[]> {
  const out = [];
  for (const f of files) {
    let raw: string;
    try {
      raw = await readFile(f, 'utf8');
    } catch (e) {
      throw new InputError(`${option} ${f}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      out.push({ name: f, json: JSON.parse(raw) as unknown });
    } catch (e) {
      throw new InputError(`${option} ${f}: not valid JSON (${(e as Error).message})`);
    }
  }
  return out;
}

async function loadResources(files: { lexicon?: string[]; context?: string[]; gazetteer?: string[]; dates?: string[] }): Promise<Resources> {
  const { lexicon = [], context = [], gazetteer = [], dates = [] } = files;
  if (lexicon.length + context.length + gazetteer.length + dates.length === 0) return defaultResources();
  return createResources({
    lexiconOverrides: await readJsonFiles('--lexicon', lexicon),
    contextAdditions: await readJsonFiles('--context', context),
    gazetteerAdditions: await readJsonFiles('--gazetteer', gazetteer),
    dateAdditions: await readJsonFiles('--dates', dates),
  });
}

/** --date, checked up front so that a bad value is one clear error before any work. */
function publicationDate(value: string | undefined): string | null {
  try {
    return parsePublicationDate(value);
  } catch (e) {
    if (e instanceof InvalidDateError) throw new InputError(`--date: ${e.message}`);
    throw e;
  }
}

async function emit(output: string): Promise<void> {
  await new Promise<void>((resolve) => process.stdout.write(output, () => resolve()));
}

function useColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR) return true;
  return !!process.stdout.isTTY;
}

async function runCheck(file: string, flags: CheckFlags): Promise<number> {
  const resources = await loadResources(flags);
  const profile = flags.profile;
  const date = publicationDate(flags.date);
  // The JSON report carries the extraction too unless --no-extract; the text report does not use it.
  const withExtract = flags.extract && (flags.jsonl || flags.format === 'json');
  const reaches = (report: CheckReport) => !!flags.failOn && report.findings.some((f) => severityRank(f.severity) >= severityRank(flags.failOn!));
  if (profile && !resources.profiles.profiles[profile]) {
    throw new InputError(`--profile: unknown profile "${profile}" (known: ${Object.keys(resources.profiles.profiles).join(', ')})`);
  }
  if (flags.jsonl) {
    const r = await runJsonl(file, (text, lineDate) => {
      const report = check(text, { profile, resources, extract: withExtract, date: lineDate ?? date });
      return { report, reached: reaches(report) };
    }, process.stdout, flags.maxBytes);
    if (r.failed > 0) return EXIT.input;
    return r.reachedThreshold ? EXIT.findings : EXIT.ok;
  }
  const name = file === '-' ? 'stdin' : file;
  const { text } = decodeDocument(await readSource(file, flags.maxBytes), name);
  const report = check(text, { profile, resources, extract: withExtract, date });
  let output: string;
  if (flags.format === 'json') output = JSON.stringify(report, null, 2) + '\n';
  else if (flags.format === 'cleaned') output = report.cleaned;
  else output = renderReport(report, text, name, makeStyle(useColor(flags.color)), !!flags.verbose);
  await emit(output);
  return reaches(report) ? EXIT.findings : EXIT.ok;
}

async function runExtract(file: string, flags: ExtractFlags): Promise<number> {
  const resources = await loadResources(flags);
  const date = publicationDate(flags.date);
  if (flags.jsonl) {
    const r = await runJsonl(file, (text, lineDate) => ({ report: extract(text, { resources, date: lineDate ?? date }), reached: false }), process.stdout, flags.maxBytes);
    return r.failed > 0 ? EXIT.input : EXIT.ok;
  }
  const name = file === '-' ? 'stdin' : file;
  const { text } = decodeDocument(await readSource(file, flags.maxBytes), name);
  const report = extract(text, { resources, date });
  await emit(flags.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderExtraction(report, text, name, makeStyle(useColor(flags.color))));
  return EXIT.ok;
}

/** One side of a diff: a text file, or an HTML page reduced to its article text. */
async function readVersion(file: string, label: string, maxBytes: number): Promise<{ name: string; text: string; html: boolean }> {
  const name = file === '-' ? 'stdin' : file;
  const { text } = decodeDocument(await readSource(file, maxBytes), name);
  if (!looksLikeHtml(text, file === '-' ? undefined : file)) return { name, text, html: false };
  return { name, text: htmlToArticle(text, `${label} ${name}`).text, html: true };
}

async function runDiff(originalFile: string, copyFile: string, flags: DiffFlags): Promise<number> {
  if (originalFile === '-' && copyFile === '-') throw new InputError('only one of ORIGINAL and COPY can be read from stdin (-)');
  const resources = await loadResources(flags);
  if (flags.profile && !resources.profiles.profiles[flags.profile]) {
    throw new InputError(`--profile: unknown profile "${flags.profile}" (known: ${Object.keys(resources.profiles.profiles).join(', ')})`);
  }
  const original = await readVersion(originalFile, 'original', flags.maxBytes);
  const copy = await readVersion(copyFile, 'copy', flags.maxBytes);
  const vocabulary = flags.cues?.length ? diffVocabularyWith(await readJsonFiles('--cues', flags.cues)) : undefined;
  const report = diff(original.text, copy.text, { resources, profile: flags.profile, vocabulary });
  let output: string;
  if (flags.format === 'json') {
    // Spans point into the texts compared: for an HTML page that is its extracted article
    // text, which the report then carries so that every span can be checked.
    const inputs = Object.fromEntries(
      (['original', 'copy'] as const).map((k) => {
        const v = k === 'original' ? original : copy;
        return [k, { name: v.name, format: v.html ? 'html' : 'text', ...(v.html ? { text: v.text } : {}) }];
      }),
    );
    output = JSON.stringify({ ...report, inputs }, null, 2) + '\n';
  } else if (flags.format === 'html') {
    output = renderDiffHtml(report, original.text, copy.text, { title: `${original.name} → ${copy.name}`, lang: flags.lang });
  } else {
    output = renderDiffText(report, original.text, copy.text, { color: useColor(flags.color), all: !!flags.all });
  }
  await emit(output);
  const reached = !!flags.failOn && VERDICTS.indexOf(report.verdict) >= VERDICTS.indexOf(flags.failOn);
  return reached ? EXIT.findings : EXIT.ok;
}

/** Open a scan database for reading: it must exist and be an amana scan database. */
function openForReading(db: string) {
  try {
    return openSqliteStore(db, { readonly: true });
  } catch (e) {
    throw new InputError(`--db ${db}: ${(e as Error).message}`);
  }
}

async function runReport(flags: { db: string; format: 'text' | 'json'; limit: number }): Promise<number> {
  const store = openForReading(flags.db);
  try {
    const r = store.report(flags.limit);
    await emit(flags.format === 'json' ? JSON.stringify(r, null, 2) + '\n' : renderScanReport(r));
  } finally {
    store.close();
  }
  return EXIT.ok;
}

async function runShow(id: string, flags: { db: string; format: 'text' | 'json'; cluster?: boolean }): Promise<number> {
  const store = openForReading(flags.db);
  try {
    // An article id first; a number that is no article's id is a cluster.
    const article = flags.cluster ? null : store.showArticle(id);
    const cluster = article || !/^\d+$/u.test(id) ? null : store.showCluster(Number(id));
    if (!article && !cluster) throw new InputError(`${id}: no such ${flags.cluster ? 'cluster' : 'article or cluster'} in ${flags.db}`);
    if (flags.format === 'json') await emit(JSON.stringify(article ?? cluster, null, 2) + '\n');
    else await emit(article ? renderShownArticle(article) : renderShownCluster(cluster!));
  } finally {
    store.close();
  }
  return EXIT.ok;
}

function parseMaxBytes(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InputError(`--max-bytes: expected a positive whole number of bytes, got "${v}"`);
  return n;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

function parsePort(v: string): number {
  const n = Number(v);
  if (!/^\d+$/u.test(v) || n > 65535) throw new InputError(`expected a port number from 0 to 65535, got "${v}"`);
  return n;
}

function parsePositive(v: string): number {
  const n = Number(v);
  if (!/^\d+$/u.test(v) || n < 1) throw new InputError(`expected a whole number of at least 1, got "${v}"`);
  return n;
}

function parseSeconds(v: string): number {
  const n = Number(v);
  if (!(n > 0 && n <= 3600)) throw new InputError(`expected seconds, more than 0 and at most 3600, got "${v}"`);
  return n;
}

function parseCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InputError(`expected a whole number, got "${v}"`);
  return n;
}

function parseShare(v: string): number {
  const n = Number(v);
  if (!(n > 0 && n <= 1)) throw new InputError(`expected a share between 0 and 1, got "${v}"`);
  return n;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('amana')
    .description('Find what does not belong in an Arabic news article.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `amana: ${s.slice(7).trimStart()}` : s) });

  program
    .command('check')
    .description('report insults, dehumanization, slurs, curses and loaded terms, with a cleaned text')
    .argument('<file>', 'article file (UTF-8 or Windows-1256), or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'cleaned']).default('text'))
    .option('--jsonl', 'read one {"id","text"} JSON object per line; write one report per line')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding at or above this severity exists').choices(['high', 'medium', 'low', 'info']))
    .option('-p, --profile <name>', 'severity profile: wire (strict, default) or opinion (lenient)')
    .option('-l, --lexicon <file>', 'extra lexicon file that adds or overrides entries (docs/lexicon.md); repeatable', (v: string, prev: string[] = []) => [...prev, v])
    .option('--context <file>', 'extra context words: titles, names, speech verbs... (docs/data.md); repeatable', (v: string, prev: string[] = []) => [...prev, v])
    .option('--no-extract', 'leave the extraction (people, quotes, dates…) out of the JSON report')
    .option('--date <yyyy-mm-dd>', 'publication date, for relative dates in the extraction (JSONL: a "date" field per line)')
    .option('--gazetteer <file>', 'extra places, organisations, media (docs/data.md); repeatable', collect)
    .option('--dates <file>', 'extra date vocabulary: month names, relative words (docs/dates.md); repeatable', collect)
    .option('--color', 'force colored output')
    .option('--no-color', 'disable colored output')
    .option('-v, --verbose', 'show evidence for every decision, and literal uses')
    .addOption(new Option('--max-bytes <n>', 'largest document accepted').default(DEFAULT_MAX_BYTES).argParser(parseMaxBytes))
    .action(async (file: string, flags: CheckFlags) => {
      setExit(await runCheck(file, flags));
    });

  program
    .command('diff')
    .description('compare a republished copy with the original: every change classified, a similarity and a verdict')
    .argument('<original>', 'the original (text or HTML file, UTF-8 or Windows-1256), or - for stdin')
    .argument('<copy>', 'the copy to compare with it (text or HTML), or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'html']).default('text'))
    .addOption(new Option('--fail-on <verdict>', 'exit 1 when the verdict is this or worse').choices(['cosmetic', 'edited', 'manipulated']))
    .option('-p, --profile <name>', 'severity profile for the lexicon findings behind epithet changes')
    .option('-l, --lexicon <file>', 'extra lexicon file that adds or overrides entries (docs/lexicon.md); repeatable', collect)
    .option('--context <file>', 'extra context words: titles, names, speech verbs... (docs/data.md); repeatable', collect)
    .option('--gazetteer <file>', 'extra places, organisations, media (docs/data.md); repeatable', collect)
    .option('--dates <file>', 'extra date vocabulary: month names, relative words (docs/dates.md); repeatable', collect)
    .option('--cues <file>', 'extra diff vocabulary: number words, source nouns, attribution phrases, boilerplate (docs/data.md); repeatable', collect)
    .option('-a, --all', 'list cosmetic changes too in the readable view (respellings, punctuation, spacing, boilerplate)')
    .addOption(new Option('--lang <lang>', 'language of the HTML page\'s labels').choices(['ar', 'en']).default('ar'))
    .option('--color', 'force colored output')
    .option('--no-color', 'disable colored output')
    .addOption(new Option('--max-bytes <n>', 'largest document accepted').default(DEFAULT_MAX_BYTES).argParser(parseMaxBytes))
    .action(async (original: string, copy: string, flags: DiffFlags) => {
      setExit(await runDiff(original, copy, flags));
    });

  program
    .command('scan')
    .description('check a whole corpus on every core into a SQLite database, group copies of one story and diff them against the original')
    .argument('<input...>', 'directories (.txt, .html, .json, recursively), JSONL files ({"id","text",…} per line), or - for stdin')
    .requiredOption('--db <file>', 'the SQLite database to write (created if new; a second run resumes)')
    .addOption(new Option('--threads <n>', 'worker threads (default: one per core; 0 runs on the main thread)').argParser(parseCount))
    .addOption(new Option('--batch <n>', 'articles written per transaction').default(200).argParser(parseCount))
    .addOption(new Option('--threshold <x>', 'share of words two articles must share to be copies of one story').default(0.5).argParser(parseShare))
    .option('-q, --quiet', 'no progress and no summary')
    .addOption(new Option('--max-bytes <n>', 'largest article accepted (larger ones are listed as problems); each thread\'s heap is sized for it').default(SCAN_MAX_BYTES).argParser(parseMaxBytes))
    .action(async (inputs: string[], flags: { db: string; threads?: number; batch: number; threshold: number; quiet?: boolean; maxBytes: number }) => {
      setExit((await runScan(inputs, flags)).code);
    });

  program
    .command('report')
    .description('what a scan found: totals, outlets by high findings and manipulated copies, most targeted people and groups, most altered stories')
    .requiredOption('--db <file>', 'a database written by amana scan')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--limit <n>', 'rows per ranking').default(20).argParser(parseCount))
    .action(async (flags: { db: string; format: 'text' | 'json'; limit: number }) => {
      setExit(await runReport(flags));
    });

  program
    .command('show')
    .description('one article of a scan (its findings, cluster and diff), or one cluster (its copies and their diffs)')
    .argument('<id>', 'an article id, or a cluster number')
    .requiredOption('--db <file>', 'a database written by amana scan')
    .option('--cluster', 'read ID as a cluster number even if an article has that id')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id: string, flags: { db: string; format: 'text' | 'json'; cluster?: boolean }) => {
      setExit(await runShow(id, flags));
    });

  program
    .command('serve')
    .description('an HTTP API (POST /v1/check, /v1/extract, /v1/diff; /openapi.json) and the editors\' web page at /')
    .addOption(new Option('--port <n>', 'port to listen on (0: any free port)').default(8080).argParser(parsePort))
    .option('--host <address>', 'interface to listen on (0.0.0.0 opens it to the network)', '127.0.0.1')
    .addOption(new Option('--threads <n>', 'analysis threads (default: one per core)').argParser(parsePositive))
    .addOption(new Option('--queue <n>', 'analyses that may wait for a thread before requests get 503 busy').default(16).argParser(parseCount))
    .addOption(new Option('--timeout <seconds>', 'longest an analysis may take before the request gets 503 timeout').default(15).argParser(parseSeconds))
    .addOption(new Option('--body-limit <bytes>', 'largest request body accepted').default(1024 * 1024).argParser(parsePositive))
    .action(async (flags: ServeFlags) => {
      setExit(await runServe(flags));
    });

  program
    .command('extract')
    .description('report people with roles, organisations, places, quotations with speakers, dates with a timeline, and credits')
    .argument('<file>', 'article file (UTF-8 or Windows-1256), or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--jsonl', 'read one {"id","text","date"?} JSON object per line; write one report per line')
    .option('--date <yyyy-mm-dd>', 'publication date that relative dates («أمس», «الشهر الماضي») are resolved against')
    .option('--gazetteer <file>', 'extra places, organisations, media (docs/data.md); repeatable', collect)
    .option('--context <file>', 'extra context words: titles, names, speech verbs... (docs/data.md); repeatable', collect)
    .option('--dates <file>', 'extra date vocabulary: month names, relative words (docs/dates.md); repeatable', collect)
    .option('--color', 'force colored output')
    .option('--no-color', 'disable colored output')
    .addOption(new Option('--max-bytes <n>', 'largest document accepted').default(DEFAULT_MAX_BYTES).argParser(parseMaxBytes))
    .action(async (file: string, flags: ExtractFlags) => {
      setExit(await runExtract(file, flags));
    });
  return program;
}

/** Run the CLI; returns the exit code. Never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.ok : EXIT.input;
    }
    if (e instanceof InputError || e instanceof DataError || e instanceof UnknownProfileError) {
      process.stderr.write(`amana: ${e.message}\n`);
      return EXIT.input;
    }
    const err = e as Error;
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') return code;
    process.stderr.write(`amana: internal error: ${err?.message ?? String(e)} (set AMANA_DEBUG=1 for details)\n`);
    if (process.env.AMANA_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    return EXIT.internal;
  }
}
