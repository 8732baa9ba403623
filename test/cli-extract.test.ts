// End-to-end tests of `amana extract` and of the `amana check` options tied to it
// (--date, --no-extract, --jsonl `date` fields, --gazetteer), run through `node bin/amana.js`
// on short news texts written for these tests. See README.md (`amana extract`) and
// docs/report.md (the `amana-extract/1` schema).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { amana, assertInputError as assertOneLineError, tempFiles } from './cli-harness.js';

const { dir: TMP, file } = tempFiles('amana-cli-extract-test-');

/** A successful run: exit 0, nothing on stderr. */
function assertOk(r: SpawnSyncReturns<string>): void {
  assert.equal(r.error, undefined);
  assert.equal(r.status, 0, `exit ${r.status}; stderr: ${r.stderr}`);
  assert.equal(r.stderr, '');
}

/** A usage or input error (see cli-harness.ts), with nothing on stdout. */
function assertInputError(r: SpawnSyncReturns<string>, pattern?: RegExp): void {
  assertOneLineError(r, pattern);
  assert.equal(r.stdout, '', 'nothing on stdout');
}

/** The readable report wraps Arabic in first-strong isolates (U+2068 … U+2069); drop them to match lines. */
const plain = (s: string) => s.replace(/[\u2068\u2069]/gu, '');

/** Non-empty output lines of a --jsonl run, parsed. */
const jsonLines = (stdout: string) => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

// ---------------------------------------------------------------- report shape (docs/report.md)

interface Span { start: number; end: number; text: string }
interface Mention extends Span { type: string; entity_id: string; role: Span | null; subtype: string | null; country: string | null; stands_for: string | null; via: string }
interface Entity { entity_id: string; type: string; name: string; roles: string[]; subtype: string | null; country: string | null; gazetteer_id: string | null; mentions: number }
interface Quote extends Span {
  kind: 'direct' | 'indirect';
  speaker: (Span & { entity_id: string; type: string; role: string | null }) | null;
  source: Span | null;
  attribution: string | null;
  verb: Span | null;
  channel: Span | null;
}
interface DateValue extends Span { value: string | null; granularity: string; relative: boolean; calendar: string; hijri: string | null }
interface Extraction {
  publication_date: string | null;
  entities: Mention[];
  entity_index: Entity[];
  quotes: Quote[];
  dates: DateValue[];
  timeline: { value: string; date: Span; sentence: Span }[];
  credits: (Span & { kind: string; entity_id: string | null })[];
}
interface ExtractReport extends Extraction { schema: string; tool: { name: string; version: string }; length: number }
interface CheckReport { schema: string; findings: Span[]; extract?: Extraction }

/**
 * Every span of an extraction points at the characters it quotes: entities and their roles,
 * quotes with their speaker, source, verb and channel, dates, timeline dates and sentences, credits.
 * Returns how many spans were checked, so a test can make sure the check was not vacuous.
 */
function assertSpans(input: string, x: Extraction): number {
  let n = 0;
  const span = (s: Span | null, what: string) => {
    if (!s) return;
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start <= s.end, `${what}: bad range ${s.start}–${s.end}`);
    assert.equal(input.slice(s.start, s.end), s.text, `${what} [${s.start}–${s.end}]`);
    n++;
  };
  for (const m of x.entities) {
    span(m, `${m.type} mention`);
    span(m.role, `role of ${m.text}`);
  }
  for (const q of x.quotes) {
    span(q, 'quote');
    span(q.speaker, 'speaker');
    span(q.source, 'source');
    span(q.verb, 'speech verb');
    span(q.channel, 'channel');
  }
  for (const d of x.dates) span(d, 'date');
  for (const e of x.timeline) {
    span(e.date, 'timeline date');
    span(e.sentence, 'timeline sentence');
    assert.ok(e.sentence.start <= e.date.start && e.date.end <= e.sentence.end, 'a timeline date lies inside its sentence');
  }
  for (const c of x.credits) span(c, `${c.kind} credit`);
  return n;
}

// ---------------------------------------------------------------- texts written for these tests

/**
 * A wire story: a dateline and agency credit, a minister with her title quoted to an agency,
 * an absolute date, a relative date («أمس»), and a banner slogan nobody is said to have spoken.
 */
const NEWS = [
  'الرباط (أ ف ب) - وصلت وزيرة الخارجية الإسبانية أرانتشا غونزاليس لايا إلى الرباط الأربعاء 15 تموز/يوليو 2020 في زيارة رسمية.',
  'وقالت وزيرة الخارجية الإسبانية أرانتشا غونزاليس لايا لوكالة فرانس برس "إن العلاقات بين البلدين متينة وستبقى كذلك في المستقبل".',
  'وكان الوفد الإسباني قد وصل أمس إلى المدينة.',
  'ورفع المحتجون أمام البرلمان لافتات تحمل عبارة "لا للحرب ولا للحصار على شعبنا الصامد في كل مكان".',
].join('\n') + '\n';
const MINISTER = 'أرانتشا غونزاليس لايا';
const MINISTER_ROLE = 'وزيرة الخارجية الإسبانية';
const MINISTER_QUOTE = 'إن العلاقات بين البلدين متينة وستبقى كذلك في المستقبل';
const SLOGAN = 'لا للحرب ولا للحصار على شعبنا الصامد في كل مكان';

/** One sentence with a relative date only, for the per-line dates of --jsonl. */
const YESTERDAY = 'وقال وزير النقل زيد بكر إن الوفد وصل أمس إلى القاهرة لبحث اتفاقية الموانئ.';

// ---------------------------------------------------------------- extract FILE (text)

test('extract FILE prints people with roles, quotations with speakers, the timeline and credits', () => {
  const p = file(NEWS);
  const r = amana(['extract', p]);
  assertOk(r);
  assert.ok(!r.stdout.includes('\u001b['), 'no colour with NO_COLOR');
  const out = plain(r.stdout);
  const lines = out.split('\n');

  // Header: the file name, the counts, and the note that relative dates stay unresolved.
  assert.ok(lines[0].startsWith(`${p}: 1 people, `), lines[0]);
  assert.match(lines[0], /2 quotations, 2 dates/);
  assert.match(lines[0], /no publication date/);

  // People: the minister, her role, both mentions linked to one entity.
  assert.ok(lines.includes('People'));
  assert.ok(lines.includes(`  ${MINISTER} — ${MINISTER_ROLE}  person-1, 2 mentions`), out);

  // Places and organisations with kind and country.
  assert.ok(lines.includes('  الرباط  city, MA, 2×'), out);
  assert.ok(lines.includes('  وكالة فرانس برس  agency, FR, 2×'), out);

  // The quotation: speaker with role, verb and channel, then the quoted words.
  const q = lines.indexOf(`  “ ${MINISTER} (${MINISTER_ROLE})  [وقالت, لوكالة فرانس برس]`);
  assert.ok(q > 0, out);
  assert.ok(lines[q + 1].includes(MINISTER_QUOTE), lines[q + 1]);

  // The slogan has no speaker and no source: marked unattributed, not guessed.
  const u = lines.indexOf('  “ unattributed');
  assert.ok(u > 0, out);
  assert.ok(lines[u + 1].includes(SLOGAN), lines[u + 1]);

  // Timeline: the absolute date with its ISO value; «أمس» listed as unresolved.
  assert.ok(lines.some((l) => /^ {2}2020-07-15 +الأربعاء 15 تموز\/يوليو 2020 {2}الرباط \(أ ف ب\) - وصلت/u.test(l)), out);
  assert.ok(lines.includes('  unresolved: أمس'), out);

  // Credits: the dateline and the agency.
  assert.ok(lines.includes('  الرباط (dateline)  أ ف ب (agency)'), out);
});

test('extract FILE --date resolves «أمس» in the readable timeline', () => {
  const r = amana(['extract', file(NEWS), '--date', '2024-05-15']);
  assertOk(r);
  const out = plain(r.stdout);
  assert.match(out.split('\n')[0], /\(published 2024-05-15\)$/);
  assert.match(out, /^ {2}2024-05-14 +أمس {2}وكان الوفد الإسباني قد وصل أمس/mu);
  assert.ok(!out.includes('unresolved:'));
  // Date order: 2020 before 2024.
  assert.ok(out.indexOf('  2020-07-15') < out.indexOf('  2024-05-14'));
});

test(
  'extract keeps the whole three-word name «أرانتشا غونزاليس لايا»',
  () => {
    const r = amana(['extract', '-f', 'json', file(NEWS)]);
    const report = JSON.parse(r.stdout) as ExtractReport;
    const people = report.entity_index.filter((e) => e.type === 'person');
    assert.deepEqual(people.map((e) => e.name), ['أرانتشا غونزاليس لايا']);
  },
);

// ---------------------------------------------------------------- extract FILE --format json

test('extract --format json: schema, people, quotes, channels, dates, timeline, credits, exact spans', () => {
  const r = amana(['extract', file(NEWS), '--format', 'json']);
  assertOk(r);
  const report = JSON.parse(r.stdout) as ExtractReport;
  assert.equal(report.schema, 'amana-extract/1');
  assert.equal(report.tool.name, 'amana');
  assert.equal(report.length, NEWS.length);
  assert.equal(report.publication_date, null);
  assert.ok(assertSpans(NEWS, report) >= 15, 'spans of every kind were checked');

  // The minister: two mentions, one entity, the title chain as the role of each.
  const minister = report.entities.filter((m) => m.type === 'person');
  assert.equal(minister.length, 2);
  assert.ok(minister.every((m) => m.text === MINISTER && m.entity_id === minister[0].entity_id && m.via === 'title'));
  assert.ok(minister.every((m) => m.role?.text === MINISTER_ROLE));
  const person = report.entity_index.find((e) => e.entity_id === minister[0].entity_id)!;
  assert.deepEqual([person.type, person.roles, person.mentions], ['person', [MINISTER_ROLE], 2]);

  // Rabat and AFP come from the gazetteer with kind and country.
  const rabat = report.entity_index.find((e) => e.name === 'الرباط')!;
  assert.deepEqual([rabat.type, rabat.subtype, rabat.country, rabat.mentions], ['place', 'city', 'MA', 2]);
  const afp = report.entity_index.find((e) => e.name === 'وكالة فرانس برس')!;
  assert.deepEqual([afp.type, afp.subtype, afp.country], ['org', 'agency', 'FR']);

  // Quotes: the minister's, with verb and channel; the slogan with no speaker or source.
  assert.equal(report.quotes.length, 2);
  const [said, slogan] = report.quotes;
  assert.equal(said.kind, 'direct');
  assert.equal(said.text, MINISTER_QUOTE);
  assert.equal(NEWS.slice(said.start - 1, said.end + 1), `"${MINISTER_QUOTE}"`, 'a direct quote excludes its marks');
  assert.equal(said.speaker?.text, MINISTER);
  assert.equal(said.speaker?.entity_id, person.entity_id);
  assert.equal(said.speaker?.role, MINISTER_ROLE);
  assert.equal(said.attribution, 'subject');
  assert.equal(said.verb?.text, 'وقالت');
  assert.equal(said.channel?.text, 'لوكالة فرانس برس');
  assert.equal(slogan.text, SLOGAN);
  assert.equal(slogan.speaker, null);
  assert.equal(slogan.source, null);
  assert.equal(slogan.attribution, null);

  // Dates: the absolute one has its ISO value; «أمس» is relative and unresolved without --date.
  assert.deepEqual(report.dates.map((d) => [d.text, d.value, d.granularity, d.relative, d.calendar]), [
    ['الأربعاء 15 تموز/يوليو 2020', '2020-07-15', 'day', false, 'gregorian'],
    ['أمس', null, 'day', true, 'gregorian'],
  ]);
  assert.deepEqual(report.timeline.map((e) => [e.value, e.date.text]), [['2020-07-15', 'الأربعاء 15 تموز/يوليو 2020']]);
  assert.ok(report.timeline[0].sentence.text.startsWith('الرباط (أ ف ب) - وصلت'));
  assert.ok(report.timeline[0].sentence.text.endsWith('في زيارة رسمية.'));

  // Credits: the dateline and the agency, each linked to its entity.
  assert.deepEqual(report.credits.map((c) => [c.kind, c.text]), [['dateline', 'الرباط'], ['agency', 'أ ف ب']]);
  assert.equal(report.credits[0].entity_id, rabat.entity_id);
  assert.equal(report.credits[1].entity_id, afp.entity_id);
});

test('extract --format json --date 2024-05-15 resolves «أمس» to 2024-05-14 and adds it to the timeline', () => {
  const r = amana(['extract', file(NEWS), '--format', 'json', '--date', '2024-05-15']);
  assertOk(r);
  const report = JSON.parse(r.stdout) as ExtractReport;
  assert.equal(report.publication_date, '2024-05-15');
  assertSpans(NEWS, report);
  const yesterday = report.dates.find((d) => d.text === 'أمس')!;
  assert.deepEqual([yesterday.value, yesterday.relative], ['2024-05-14', true]);
  assert.equal(report.dates.find((d) => !d.relative)?.value, '2020-07-15', 'absolute dates do not move');
  assert.deepEqual(report.timeline.map((e) => [e.value, e.date.text]), [['2020-07-15', 'الأربعاء 15 تموز/يوليو 2020'], ['2024-05-14', 'أمس']]);
  assert.equal(report.timeline[1].sentence.text, 'وكان الوفد الإسباني قد وصل أمس إلى المدينة.');
});

test('extract - reads one document from stdin, like the file', () => {
  const fromFile = amana(['extract', '-f', 'json', '--date', '2024-05-15', file(NEWS)]);
  const fromStdin = amana(['extract', '-f', 'json', '--date', '2024-05-15', '-'], NEWS);
  assertOk(fromStdin);
  assert.equal(fromStdin.stdout, fromFile.stdout);
  const text = amana(['extract', '-'], NEWS);
  assertOk(text);
  assert.match(text.stdout, /^stdin: 1 people/);
});

// Regression: before 33d8576 the passive «كتب» was read as a subjectless speech verb and the
// slogan was attributed to the minister by "continuation".
test(
  'a slogan after «كتب عليها» (passive: "was written on them") is not put in the previous speaker\'s mouth',
  () => {
    const text = 'وقالت وزيرة الخارجية الإسبانية أرانتشا غونزاليس إن العلاقات متينة.\nورفع المحتجون لافتات كتب عليها "لا للحرب ولا للحصار على شعبنا الصامد في كل مكان".\n';
    const report = JSON.parse(amana(['extract', '-f', 'json', file(text)]).stdout) as ExtractReport;
    const slogan = report.quotes.find((q) => q.text === SLOGAN)!;
    assert.ok(slogan, 'the slogan is a quotation');
    assert.equal(slogan.speaker, null, `attributed to ${slogan.speaker?.text} (${slogan.attribution})`);
  },
);

// ---------------------------------------------------------------- --date errors

test('a bad --date is a usage error: exit 2, one line on stderr, nothing on stdout', () => {
  const p = file(NEWS);
  for (const bad of ['2024-02-30', 'tomorrow']) {
    assertInputError(amana(['extract', p, '--date', bad]), new RegExp(`^amana: --date: .*"${bad}"`, 'u'));
    assertInputError(amana(['extract', p, '--format', 'json', '--date', bad]), /--date/);
    assertInputError(amana(['extract', '--jsonl', file(JSON.stringify({ id: 1, text: YESTERDAY }) + '\n', 'jsonl'), '--date', bad]), /--date/);
    assertInputError(amana(['check', p, '--format', 'json', '--date', bad]), /--date/);
  }
  // A leap day is a real date.
  const leap = amana(['extract', '-f', 'json', file(YESTERDAY), '--date', '2024-03-01']);
  assertOk(leap);
  assert.equal((JSON.parse(leap.stdout) as ExtractReport).dates[0].value, '2024-02-29');
});

// ---------------------------------------------------------------- extract --jsonl

test('extract --jsonl: each line\'s date resolves «أمس»; a bad date fails only its line; exit 2', () => {
  const input = [
    JSON.stringify({ id: 'a', text: YESTERDAY, date: '2024-05-15', desk: 'cairo' }),
    '',
    JSON.stringify({ id: 'b', text: YESTERDAY, date: '2024-13-01' }),
    JSON.stringify({ id: 3, text: YESTERDAY, date: '2023-01-01' }),
    '   ',
    JSON.stringify({ id: 4, text: YESTERDAY }),
  ].join('\n') + '\n';
  const nonEmpty = input.split('\n').filter((l) => l.trim() !== '').length;
  const p = file(input, 'jsonl');

  for (const [args, stdin, name] of [[['extract', '--jsonl', p], undefined, p], [['extract', '--jsonl', '-'], input, 'stdin']] as const) {
    const r = amana([...args], stdin);
    assert.equal(r.status, 2, r.stderr);
    // stderr names the failing line: `amana: NAME:3: date: …`.
    assert.deepEqual(r.stderr.split('\n').filter((l) => l !== ''), [`amana: ${name}:3: date: invalid publication date "2024-13-01" (expected YYYY-MM-DD)`]);
    const out = jsonLines(r.stdout);
    assert.equal(out.length, nonEmpty, 'one output line per non-empty input line');

    // Line 1: its own date; other fields passed through, the text not echoed.
    assert.equal(out[0].id, 'a');
    assert.equal(out[0].desk, 'cairo');
    assert.equal(out[0].text, undefined);
    const a = out[0].report as ExtractReport;
    assert.equal(a.schema, 'amana-extract/1');
    assert.equal(a.publication_date, '2024-05-15');
    assertSpans(YESTERDAY, a);
    assert.deepEqual(a.dates.map((d) => [d.text, d.value]), [['أمس', '2024-05-14']]);
    assert.ok(a.entity_index.some((e) => e.type === 'person' && e.name === 'زيد بكر' && e.roles.includes('وزير النقل')));

    // Line 3: the bad date gives an error line in its place, with id and line number.
    assert.deepEqual(out[1], { id: 'b', line: 3, error: 'date: invalid publication date "2024-13-01" (expected YYYY-MM-DD)' });

    // The lines after it still get their reports.
    const c = out[2].report as ExtractReport;
    assert.equal(out[2].id, 3);
    assert.deepEqual([c.publication_date, c.dates[0].value], ['2023-01-01', '2022-12-31']);
    const d = out[3].report as ExtractReport;
    assert.equal(out[3].id, 4);
    assert.deepEqual([d.publication_date, d.dates[0].value], [null, null], 'no date field, no --date: unresolved');
  }
});

test('extract --jsonl: --date applies to the lines without a date field; only good lines exit 0', () => {
  const input = [JSON.stringify({ id: 1, text: YESTERDAY }), JSON.stringify({ id: 2, text: YESTERDAY, date: '2024-05-15' })].join('\n') + '\n';
  const r = amana(['extract', '--jsonl', '-', '--date', '2020-03-01'], input);
  assertOk(r);
  const out = jsonLines(r.stdout);
  assert.equal(out.length, 2);
  assert.deepEqual(out.map((o) => (o.report as ExtractReport).dates[0].value), ['2020-02-29', '2024-05-14']);
});

// ---------------------------------------------------------------- --gazetteer

/** A made-up village, filed under Jordan. */
const VILLAGE = 'وادي السمسم';
const GAZETTEER = JSON.stringify({
  schema: 'amana-gazetteer/1',
  places: [{ names: [VILLAGE], type: 'village', country: 'JO', ambiguous: false }],
});
const FLOOD = 'إربد - غمرت السيول منازل في وادي السمسم شمال الأردن مساء السبت، وأجلت فرق الدفاع المدني عشرات العائلات من وادي السمسم.\n';

test('--gazetteer FILE adds a place, reported with its type and country', () => {
  const doc = file(FLOOD);
  // Without the file the village is not a listed place: at most a head-noun guess with no country.
  const before = JSON.parse(amana(['extract', '-f', 'json', doc]).stdout) as ExtractReport;
  assert.ok(!before.entity_index.some((e) => e.name === VILLAGE));

  const r = amana(['extract', '-f', 'json', doc, '--gazetteer', file(GAZETTEER, 'json')]);
  assertOk(r);
  const report = JSON.parse(r.stdout) as ExtractReport;
  assertSpans(FLOOD, report);
  const village = report.entity_index.find((e) => e.name === VILLAGE)!;
  assert.ok(village, JSON.stringify(report.entity_index));
  assert.deepEqual([village.type, village.subtype, village.country, village.mentions], ['place', 'village', 'JO', 2]);
  const mentions = report.entities.filter((m) => m.entity_id === village.entity_id);
  assert.deepEqual(mentions.map((m) => [m.text, m.via, m.country]), [[VILLAGE, 'gazetteer', 'JO'], [VILLAGE, 'gazetteer', 'JO']]);
  // The bundled gazetteer still works alongside it.
  assert.ok(report.entity_index.some((e) => e.name === 'الأردن' && e.country === 'JO'));

  // The readable report lists it too, and check's extract section sees it.
  const t = amana(['extract', doc, '--gazetteer', file(GAZETTEER, 'json')]);
  assertOk(t);
  assert.ok(plain(t.stdout).split('\n').includes(`  ${VILLAGE}  village, JO, 2×`), plain(t.stdout));
  const c = JSON.parse(amana(['check', '-f', 'json', doc, '--gazetteer', file(GAZETTEER, 'json')]).stdout) as CheckReport;
  assert.equal(c.extract?.entity_index.find((e) => e.name === VILLAGE)?.country, 'JO');
});

test('--gazetteer: an invalid or missing file is a one-line input error', () => {
  const doc = file(FLOOD);
  const badType = file(JSON.stringify({ schema: 'amana-gazetteer/1', places: [{ names: [VILLAGE], type: 'hamlet', country: 'JO' }] }), 'json');
  assertInputError(amana(['extract', doc, '--gazetteer', badType]), /type/);
  assertInputError(amana(['check', '-f', 'json', doc, '--gazetteer', badType]), /type/);
  assertInputError(amana(['extract', doc, '--gazetteer', file(JSON.stringify({ schema: 'amana-lexicon/1' }), 'json')]));
  assertInputError(amana(['extract', doc, '--gazetteer', file('{"schema": "amana-gazetteer/1", "places": [', 'json')]), /JSON/);
  assertInputError(amana(['extract', doc, '--gazetteer', join(TMP, 'no-such-gazetteer.json')]), /no-such-gazetteer\.json/);
});

// ---------------------------------------------------------------- check and its extract section

test('check --format json carries the extract section, with publication_date from --date', () => {
  const p = file(NEWS);
  const r = amana(['check', p, '--format', 'json', '--date', '2024-05-15']);
  assertOk(r);
  const report = JSON.parse(r.stdout) as CheckReport;
  assert.equal(report.schema, 'amana-check/2');
  const x = report.extract!;
  assert.ok(x, 'an extract section');
  assert.equal(x.publication_date, '2024-05-15');
  assertSpans(NEWS, x);
  assert.equal(x.dates.find((d) => d.text === 'أمس')?.value, '2024-05-14');
  assert.equal(x.quotes[0].speaker?.text, MINISTER);

  // The same content as `amana extract --format json`, without schema, tool and length.
  const e = JSON.parse(amana(['extract', p, '--format', 'json', '--date', '2024-05-15']).stdout) as Partial<ExtractReport>;
  delete e.schema;
  delete e.tool;
  delete e.length;
  assert.deepEqual(x, e);

  // Without --date the section is there with no publication date.
  const n = JSON.parse(amana(['check', p, '--format', 'json']).stdout) as CheckReport;
  assert.equal(n.extract?.publication_date, null);
  assert.equal(n.extract?.dates.find((d) => d.text === 'أمس')?.value, null);
});

test('check --format json --no-extract has no extract key; the other sections are unchanged', () => {
  const p = file(NEWS);
  const withX = JSON.parse(amana(['check', p, '-f', 'json']).stdout) as CheckReport;
  const r = amana(['check', p, '-f', 'json', '--no-extract']);
  assertOk(r);
  const without = JSON.parse(r.stdout) as CheckReport;
  assert.ok(!('extract' in without));
  delete withX.extract;
  assert.deepEqual(without, withX);
});

test('check --jsonl passes each line\'s date into its extract section; --no-extract leaves it out', () => {
  const input = [
    JSON.stringify({ id: 'a', text: YESTERDAY, date: '2024-05-15' }),
    JSON.stringify({ id: 'b', text: YESTERDAY, date: 'tomorrow' }),
    JSON.stringify({ id: 'c', text: YESTERDAY }),
  ].join('\n') + '\n';
  const p = file(input, 'jsonl');
  const r = amana(['check', '--jsonl', p, '--date', '2020-03-01']);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^amana: .*:2: date: invalid publication date "tomorrow"/u);
  const out = jsonLines(r.stdout);
  assert.equal(out.length, 3);
  const a = out[0].report as CheckReport;
  assert.equal(a.schema, 'amana-check/2');
  assert.equal(a.extract?.publication_date, '2024-05-15');
  assert.equal(a.extract?.dates[0].value, '2024-05-14');
  assertSpans(YESTERDAY, a.extract!);
  assert.deepEqual([out[1].id, out[1].line, typeof out[1].error, out[1].report], ['b', 2, 'string', undefined]);
  const c = out[2].report as CheckReport;
  assert.deepEqual([c.extract?.publication_date, c.extract?.dates[0].value], ['2020-03-01', '2020-02-29'], '--date for a line without one');

  const good = [JSON.stringify({ id: 1, text: YESTERDAY, date: '2024-05-15' })].join('\n') + '\n';
  const nx = amana(['check', '--jsonl', '-', '--no-extract'], good);
  assertOk(nx);
  const [line] = jsonLines(nx.stdout);
  assert.ok(!('extract' in (line.report as CheckReport)));
});

// ---------------------------------------------------------------- encodings

test('a Windows-1256 file gives the same extraction as its UTF-8 version', () => {
  const legacy = iconv.encode(NEWS, 'windows-1256');
  assert.notDeepEqual(legacy, Buffer.from(NEWS, 'utf8'));
  assert.equal(iconv.decode(legacy, 'windows-1256'), NEWS, 'the text is representable in Windows-1256');
  for (const extra of [[], ['--date', '2024-05-15']]) {
    const u = amana(['extract', '-f', 'json', file(NEWS), ...extra]);
    const w = amana(['extract', '-f', 'json', file(legacy), ...extra]);
    assertOk(w);
    assert.equal(w.stdout, u.stdout);
    const report = JSON.parse(w.stdout) as ExtractReport;
    assertSpans(NEWS, report);
    assert.equal(report.quotes[0].speaker?.text, MINISTER);
  }
  // The readable report differs only in the file name it starts with.
  const uPath = file(NEWS);
  const wPath = file(legacy);
  const ut = amana(['extract', uPath]).stdout;
  const wt = amana(['extract', wPath]).stdout;
  assert.equal(wt.replace(wPath, 'FILE'), ut.replace(uPath, 'FILE'));
});
