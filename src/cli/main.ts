import { readFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { check, createResources, DataError, defaultResources, severityRank, UnknownProfileError, VERSION, type Resources, type Severity } from '../index.js';
import { EXIT, InputError } from './errors.js';
import { runJsonl } from './jsonl.js';
import { decodeDocument, DEFAULT_MAX_BYTES, readSource } from './read-input.js';
import { makeStyle, renderReport } from './render.js';

interface CheckFlags {
  format: 'text' | 'json' | 'cleaned';
  jsonl?: boolean;
  failOn?: Severity;
  profile?: string;
  lexicon?: string[];
  context?: string[];
  color?: boolean;
  verbose?: boolean;
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

async function loadResources(lexicons: readonly string[] = [], contexts: readonly string[] = []): Promise<Resources> {
  if (lexicons.length === 0 && contexts.length === 0) return defaultResources();
  return createResources({
    lexiconOverrides: await readJsonFiles('--lexicon', lexicons),
    contextAdditions: await readJsonFiles('--context', contexts),
  });
}

function useColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR) return true;
  return !!process.stdout.isTTY;
}

async function runCheck(file: string, flags: CheckFlags): Promise<number> {
  const resources = await loadResources(flags.lexicon, flags.context);
  const profile = flags.profile;
  if (profile && !resources.profiles.profiles[profile]) {
    throw new InputError(`--profile: unknown profile "${profile}" (known: ${Object.keys(resources.profiles.profiles).join(', ')})`);
  }
  if (flags.jsonl) {
    const r = await runJsonl(file, { profile, resources }, flags.failOn ?? null, process.stdout, flags.maxBytes);
    if (r.failed > 0) return EXIT.input;
    return r.reachedThreshold ? EXIT.findings : EXIT.ok;
  }
  const name = file === '-' ? 'stdin' : file;
  const { text } = decodeDocument(await readSource(file, flags.maxBytes), name);
  const report = check(text, { profile, resources });
  let output: string;
  if (flags.format === 'json') output = JSON.stringify(report, null, 2) + '\n';
  else if (flags.format === 'cleaned') output = report.cleaned;
  else output = renderReport(report, text, name, makeStyle(useColor(flags.color)), !!flags.verbose);
  await new Promise<void>((resolve) => process.stdout.write(output, () => resolve()));
  const threshold = flags.failOn;
  if (threshold && report.findings.some((f) => severityRank(f.severity) >= severityRank(threshold))) return EXIT.findings;
  return EXIT.ok;
}

function parseMaxBytes(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InputError(`--max-bytes: expected a positive whole number of bytes, got "${v}"`);
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
    .option('--color', 'force colored output')
    .option('--no-color', 'disable colored output')
    .option('-v, --verbose', 'show evidence for every decision, and literal uses')
    .addOption(new Option('--max-bytes <n>', 'largest document accepted').default(DEFAULT_MAX_BYTES).argParser(parseMaxBytes))
    .action(async (file: string, flags: CheckFlags) => {
      setExit(await runCheck(file, flags));
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
