// End-to-end tests of `amana diff`, run through `node bin/amana.js` on short texts and pages
// written for these tests. See README.md (`amana diff`) and docs/report.md (`amana-diff/1`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { amana, assertInputError, ROOT, tempFiles } from './cli-harness.js';

const { file } = tempFiles('amana-cli-diff-test-');

const ORIGINAL = [
  'الرئاسة تعلن نتائج الاجتماع',
  'قال وزير الداخلية سامي العلي للصحفيين إن 40 شخصا اعتقلوا خلال الاحتجاجات، بحسب وكالة الأنباء الرسمية.',
  'وأضاف العلي: «لن نسمح بالفوضى في شوارع العاصمة بعد اليوم».',
].join('\n');
const COPY = [
  'الرئاسة تعلن نتائج الاجتماع',
  'قال وزير الداخلية المجرم سامي العلي للصحفيين إن 14 شخصا اعتقلوا خلال الاحتجاجات.',
  'وأضاف العلي: «لن نسمح بالفوضى في شوارع العاصمة بعد اليوم».',
].join('\n');

const plain = (s: string) => s.replace(/[\u2068\u2069]/gu, '');

test('diff ORIGINAL COPY prints the verdict, the similarity and each change with an inline diff', () => {
  const r = amana(['diff', file(ORIGINAL), file(COPY)]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const out = plain(r.stdout);
  assert.match(out, /^verdict: manipulated$/mu);
  assert.match(out, /^similarity: \d+\.\d%/mu);
  assert.match(out, /inserted-epithet/u);
  assert.match(out, /\{\+المجرم\+\}/u);
  assert.match(out, /\[-40-\]\{\+14\+\}/u);
  assert.match(out, /attribution-removed/u);
  assert.ok(!/\x1b\[/u.test(r.stdout), 'no colour when NO_COLOR is set');
});

test('diff --format json: the documented schema, and every span exact in its version', () => {
  const a = file(ORIGINAL);
  const b = file(COPY);
  const r = amana(['diff', a, b, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.schema, 'amana-diff/1');
  assert.equal(report.verdict, 'manipulated');
  assert.ok(report.similarity > 0.8 && report.similarity < 1);
  assert.deepEqual(
    report.changes.map((c: { category: string }) => c.category).sort(),
    ['attribution-removed', 'inserted-epithet', 'number-change'],
  );
  for (const c of report.changes) {
    if (c.original) assert.equal(ORIGINAL.slice(c.original.start, c.original.end), c.original.text);
    if (c.copy) assert.equal(COPY.slice(c.copy.start, c.copy.end), c.copy.text);
  }
  assert.deepEqual(report.inputs.original, { name: a, format: 'text' });
  assert.deepEqual(report.deciding.sort(), report.changes.map((c: { id: string }) => c.id).sort());
});

test('diff --format html writes one self-contained page with the article text escaped', () => {
  const hostile = ORIGINAL.replace('الرئاسة', '<script>alert(1)</script> الرئاسة').replace('العاصمة', 'العاصمة " onmouseover="x');
  const r = amana(['diff', file(hostile), file(COPY), '--format', 'html']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<!DOCTYPE html>/iu);
  assert.ok(!r.stdout.includes('<script'), 'no script element, and the article text is escaped');
  // The changed headline is marked, so the escaped text may be cut by <mark> tags: drop them.
  const text = r.stdout.replace(/<\/?mark[^>]*>/gu, '').replace(/<sup[^>]*>.*?<\/sup>/gu, '');
  assert.ok(text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the script tag shown as text');
  assert.ok(!r.stdout.includes('" onmouseover="x'));
  assert.match(r.stdout, /Content-Security-Policy/u);
  assert.ok(!/(?:src|href)=["']https?:/u.test(r.stdout), 'no external resource');
  assert.match(r.stdout, /المجرم/u);
});

test('one side may be read from stdin; an HTML page is reduced to its article text', () => {
  const r = amana(['diff', file(ORIGINAL), '-'], COPY);
  assert.equal(r.status, 0, r.stderr);
  assert.match(plain(r.stdout), /^verdict: manipulated$/mu);
  const paragraphs = ORIGINAL.split('\n').map((p) => `<p>${p}</p>`).join('\n');
  const page = `<!doctype html><html><head><title>الخبر</title></head><body><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav><article>${paragraphs}</article><footer>جميع الحقوق محفوظة</footer></body></html>`;
  const html = amana(['diff', file(page, 'html'), file(ORIGINAL), '--format', 'json']);
  assert.equal(html.status, 0, html.stderr);
  const report = JSON.parse(html.stdout);
  assert.equal(report.inputs.original.format, 'html');
  assert.ok(['faithful', 'cosmetic'].includes(report.verdict), `verdict ${report.verdict}: ${JSON.stringify(report.changes)}`);
  for (const c of report.changes) if (c.original) assert.equal(report.inputs.original.text.slice(c.original.start, c.original.end), c.original.text);
});

test('--fail-on sets exit 1 when the verdict reaches it, 0 otherwise', () => {
  const a = file(ORIGINAL);
  assert.equal(amana(['diff', a, file(COPY), '--fail-on', 'manipulated']).status, 1);
  assert.equal(amana(['diff', a, file(ORIGINAL.replace('40', '٤٠')), '--fail-on', 'edited']).status, 0);
  assert.equal(amana(['diff', a, file(ORIGINAL.replace('40', '٤٠')), '--fail-on', 'cosmetic']).status, 1);
});

test('bad input: both sides on stdin, a missing file, an empty file, a bad --cues file: one line, exit 2', () => {
  assertInputError(amana(['diff', '-', '-'], ''), /only one of ORIGINAL and COPY/u);
  assertInputError(amana(['diff', file(ORIGINAL), join(ROOT, 'no-such-file.txt')]), /no such file/u);
  assertInputError(amana(['diff', file(ORIGINAL), file('')]), /empty/u);
  assertInputError(amana(['diff', file(ORIGINAL), file(COPY), '--cues', file('{"schema": "amana-diff/1", "boilerplate": [3]}', 'json')]), /boilerplate/u);
  assertInputError(amana(['diff', file(ORIGINAL)]), /missing required argument/u);
});

test('the bundled example pair of the README gives the verdict the README shows', () => {
  const r = amana(['diff', join(ROOT, 'examples', 'wire-original.txt'), join(ROOT, 'examples', 'wire-copy.txt')]);
  assert.equal(r.status, 0, r.stderr);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const shown = /\$ node bin\/amana\.js diff examples\/wire-original\.txt examples\/wire-copy\.txt\n((?:.+\n){4})/u.exec(readme);
  assert.ok(shown, 'README shows the example');
  assert.equal(plain(r.stdout).split('\n').slice(0, 4).join('\n') + '\n', shown[1]);
});
