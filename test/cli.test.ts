import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { amana, assertInputError, tempFiles } from './cli-harness.js';

const { dir: TMP, file } = tempFiles('amana-cli-test-');

interface JsonFinding {
  start: number;
  end: number;
  text: string;
  severity: string;
  target: { start: number; end: number; text: string } | null;
}
interface JsonReport {
  schema: string;
  findings: JsonFinding[];
  cleaned: string;
  edits: { start: number; end: number; text: string; replacement: string }[];
}

function assertOffsets(input: string, report: JsonReport): void {
  for (const f of report.findings) {
    assert.equal(input.slice(f.start, f.end), f.text);
    if (f.target) assert.equal(input.slice(f.target.start, f.target.end), f.target.text);
  }
  for (const e of report.edits) assert.equal(input.slice(e.start, e.end), e.text);
}


const INSULT = 'وصل وزير الطاقة خالد منصور الخائن إلى القاهرة مساء الأحد في زيارة رسمية.\nوبحث الوزير مع نظيره المصري اتفاقية لتوريد الغاز.\n';
const INSULT_CLEANED = 'وصل وزير الطاقة خالد منصور إلى القاهرة مساء الأحد في زيارة رسمية.\nوبحث الوزير مع نظيره المصري اتفاقية لتوريد الغاز.\n';
const CLEAN = INSULT_CLEANED;
const LOADED = 'وقصفت طائرات الكيان الصهيوني مواقع قرب الحدود فجر الأحد.\n';

// ---------------------------------------------------------------- formats

test('check FILE prints a readable report and exits 0', () => {
  const p = file(INSULT);
  const r = amana(['check', p]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.includes(p), 'names the file');
  assert.match(r.stdout, /1 high/);
  assert.match(r.stdout, /HIGH/);
  assert.ok(r.stdout.includes('الخائن'));
  assert.ok(r.stdout.includes('خالد منصور'));
  assert.match(r.stdout, /voice: narrator/);
  assert.ok(!r.stdout.includes('\u001b['), 'no colour with NO_COLOR');

  const c = amana(['check', file(CLEAN)]);
  assert.equal(c.status, 0);
  assert.match(c.stdout, /nothing to report/);
});

test('--format json prints valid JSON whose offsets match the file', () => {
  const text = INSULT + LOADED;
  const r = amana(['check', '--format', 'json', file(text)]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.equal(report.schema, 'amana-check/2');
  assert.ok(report.findings.length >= 2);
  assertOffsets(text, report);
  assert.ok(report.findings.some((f) => f.text === 'الخائن' && f.severity === 'high'));
  assert.ok(report.findings.some((f) => f.text === 'الكيان الصهيوني' && f.severity === 'medium'));
});

test('--format cleaned prints the cleaned text', () => {
  const r = amana(['check', '-f', 'cleaned', file(INSULT)]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, INSULT_CLEANED);
  const l = amana(['check', '--format', 'cleaned', file(LOADED)]);
  assert.equal(l.stdout, 'وقصفت طائرات إسرائيل مواقع قرب الحدود فجر الأحد.\n');
});

test('--fail-on high exits 1 with a high finding and 0 without', () => {
  assert.equal(amana(['check', '--fail-on', 'high', file(INSULT)]).status, 1);
  assert.equal(amana(['check', '--fail-on', 'high', file(CLEAN)]).status, 0);
  const loaded = file(LOADED);
  assert.equal(amana(['check', '--fail-on', 'high', loaded]).status, 0);
  assert.equal(amana(['check', '--fail-on', 'medium', loaded]).status, 1);
  assertInputError(amana(['check', '--fail-on', 'severe', loaded]));
});

test('- reads stdin', () => {
  const r = amana(['check', '--format', 'json', '-'], INSULT);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as JsonReport;
  assertOffsets(INSULT, report);
  assert.deepEqual(report.findings.map((f) => f.text), ['الخائن']);
  const c = amana(['check', '-f', 'cleaned', '-'], INSULT);
  assert.equal(c.stdout, INSULT_CLEANED);
  const t = amana(['check', '-'], INSULT);
  assert.equal(t.status, 0);
  assert.match(t.stdout, /^stdin: /);
});

// ---------------------------------------------------------------- jsonl

test('--jsonl: one output line per input line, ids and fields passed through, bad lines reported, exit 2', () => {
  const a = INSULT.trim();
  const b = 'وصل الوفد إلى القاهرة مساء الأحد.';
  const input = [
    JSON.stringify({ id: 'a', text: a, source: 'x' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'c', source: 'y' }),
    '',
    JSON.stringify({ id: 7, text: b, source: 'z' }),
  ].join('\n') + '\n';
  const p = file(input, 'jsonl');
  for (const args of [['check', '--jsonl', p], ['check', '--jsonl', '-']]) {
    const r = amana(args, args.includes('-') ? input : undefined);
    assert.equal(r.status, 2, r.stderr);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    assert.equal(lines.length, 4);
    const out = lines.map((l) => JSON.parse(l) as Record<string, unknown>);

    assert.equal(out[0].id, 'a');
    assert.equal(out[0].source, 'x');
    assert.equal(out[0].text, undefined);
    const ra = out[0].report as JsonReport;
    assertOffsets(a, ra);
    assert.deepEqual(ra.findings.map((f) => f.text), ['الخائن']);

    assert.equal(out[1].line, 2);
    assert.equal(typeof out[1].error, 'string');
    assert.equal(out[1].report, undefined);

    assert.equal(out[2].id, 'c');
    assert.equal(out[2].line, 3);
    assert.equal(typeof out[2].error, 'string');

    assert.equal(out[3].id, 7);
    assert.equal(out[3].source, 'z');
    assert.deepEqual((out[3].report as JsonReport).findings, []);
    assert.ok(!r.stderr.includes('    at '));
  }
});

test('--jsonl with only good lines exits 0, or 1 with --fail-on', () => {
  const input = [JSON.stringify({ id: 1, text: INSULT }), JSON.stringify({ id: 2, text: CLEAN })].join('\n') + '\n';
  const p = file(input, 'jsonl');
  const r = amana(['check', '--jsonl', p]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 2);
  assert.equal(amana(['check', '--jsonl', '--fail-on', 'high', p]).status, 1);
});

// ---------------------------------------------------------------- errors

test('errors exit 2 with one line on stderr and no stack trace', () => {
  const missing = join(TMP, 'does-not-exist.txt');
  assertInputError(amana(['check', missing]), /no such file/);
  assertInputError(amana(['check', TMP]), /directory/);
  assertInputError(amana(['check', file('')]), /empty/);
  assertInputError(amana(['check', file('   \n\n  ')]), /empty/);
  assertInputError(amana(['check', file(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0xd8, 0xb9, 0x00, 0x01]), 'bin')]), /binary/);
  assertInputError(amana(['check', file('The minister arrived in Cairo on Sunday.\n')]), /Arabic/);
  assertInputError(amana(['check', '--no-such-option', file(INSULT)]), /unknown option/);
  assertInputError(amana(['check', '--profile', 'tabloid', file(INSULT)]), /tabloid/);
  assertInputError(amana(['check', '--max-bytes', '16', file(INSULT)]), /limit/);
  assertInputError(amana(['check', '--max-bytes', 'lots', file(INSULT)]), /max-bytes/);
  assertInputError(amana(['check']));
  assertInputError(amana(['frobnicate']));
  assertInputError(amana(['check', '-'], ''), /empty/);
});

test('--lexicon: invalid JSON or a schema failure is a one-line input error', () => {
  const doc = file(INSULT);
  assertInputError(amana(['check', doc, '--lexicon', file('{"schema": "amana-lexicon/1", "entries": [', 'json')]), /JSON/);
  assertInputError(amana(['check', doc, '--lexicon', file(JSON.stringify({ schema: 'amana-lexicon/1', entries: [{ id: 'x' }] }), 'json')]));
  assertInputError(amana(['check', doc, '--lexicon', file(JSON.stringify({ schema: 'other/1', entries: [] }), 'json')]));
  assertInputError(amana(['check', doc, '--lexicon', join(TMP, 'no-lexicon.json')]));
});

const USER_LEXICON = JSON.stringify({
  schema: 'amana-lexicon/1',
  entries: [
    { id: 'insult/other/fasfus', lemma: 'فسفوس', gloss: 'test insult', category: 'insult', subcategory: 'other', pos: 'adj', inflect: 'adj' },
    { id: 'insult/treason/khain', disabled: true },
  ],
});
const INVENTED = 'وصل وزير الطاقة خالد منصور الفسفوس إلى القاهرة مساء الأحد.\n';

test('--lexicon adds and disables entries', () => {
  const lex = file(USER_LEXICON, 'json');
  const before = JSON.parse(amana(['check', '-f', 'json', file(INVENTED)]).stdout) as JsonReport;
  assert.deepEqual(before.findings, []);
  const r = amana(['check', '-f', 'json', file(INVENTED), '--lexicon', lex]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as JsonReport).findings.map((f) => [f.text, f.severity]), [['الفسفوس', 'high']]);
  const k = amana(['check', '-f', 'json', file(INSULT), '--lexicon', lex]);
  assert.deepEqual((JSON.parse(k.stdout) as JsonReport).findings, []);
});

test(
  '--lexicon given before the file (as in docs/lexicon.md, `amana check --lexicon FILE ...`) still reads the document',
  () => {
    const r = amana(['check', '-f', 'json', '--lexicon', file(USER_LEXICON, 'json'), file(INVENTED)]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.text), ['الفسفوس']);
  },
);

// ---------------------------------------------------------------- encodings

test('a Windows-1256 file is decoded and checked like its UTF-8 version', () => {
  const text = INSULT + LOADED;
  const legacy = iconv.encode(text, 'windows-1256');
  assert.notDeepEqual(legacy, Buffer.from(text, 'utf8'));
  assert.equal(iconv.decode(legacy, 'windows-1256'), text);
  const u = amana(['check', '-f', 'json', file(text)]);
  const w = amana(['check', '-f', 'json', file(legacy)]);
  assert.equal(w.status, 0, w.stderr);
  const ru = JSON.parse(u.stdout) as JsonReport;
  const rw = JSON.parse(w.stdout) as JsonReport;
  assert.deepEqual(rw.findings.map((f) => [f.text, f.severity]), ru.findings.map((f) => [f.text, f.severity]));
  assert.ok(rw.findings.length >= 2);
  assertOffsets(text, rw);
  assert.equal(amana(['check', '-f', 'cleaned', file(legacy)]).stdout, ru.cleaned);
});

test('a UTF-8 file with a byte-order mark is read', () => {
  const r = amana(['check', '-f', 'json', file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(INSULT, 'utf8')]))]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.text), ['الخائن']);
});

// ---------------------------------------------------------------- help

test('--help exits 0', () => {
  const r = amana(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Usage: amana/);
  assert.match(r.stdout, /check/);
  const c = amana(['check', '--help']);
  assert.equal(c.status, 0);
  assert.match(c.stdout, /--format/);
  assert.match(c.stdout, /--jsonl/);
  const v = amana(['--version']);
  assert.equal(v.status, 0);
  assert.match(v.stdout, /\d+\.\d+\.\d+/);
});

test('a UTF-16 file with a byte-order mark (little- or big-endian) is decoded and cleaned like its UTF-8 version', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(INSULT, 'utf16le')]);
  const be = Buffer.from(le);
  for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
  for (const buf of [le, be]) {
    const r = amana(['check', file(buf), '--format', 'cleaned']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, INSULT_CLEANED);
  }
});
