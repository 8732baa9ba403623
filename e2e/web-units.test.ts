/**
 * The page's pure modules, without a browser: the segment builder (overlapping and nested
 * spans, lines, combining marks) and the cleaned text built from accepted edits, checked
 * against the library's own `cleaned`; the lists the page copies from the library (it loads
 * nothing but its own modules) against the library's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CATEGORIES, CHANGE_CATEGORIES, check, DISTORTING, SEVERITIES } from '../src/index.js';
import * as Web from '../web/src/types.js';
import { actionableIds, applyAccepted } from '../web/src/edits.js';
import { segmentText, snapSpan, type RangeInput } from '../web/src/segments.js';
import { SEED_PATH } from './support.js';

/** The text of each line, rebuilt from its segments. */
const rebuilt = (text: string, ranges: RangeInput[]) => segmentText(text, ranges).map((line) => line.segments.map((s) => text.slice(s.start, s.end)).join(''));

test('segments: uncovered text, one span, lines', () => {
  const text = 'أ ب ج\nد هـ';
  const lines = segmentText(text, [{ id: 'f1', start: 2, end: 3, rank: 0 }]);
  assert.equal(lines.length, 2);
  assert.deepEqual(
    lines[0].segments.map((s) => [text.slice(s.start, s.end), s.covers]),
    [
      ['أ ', []],
      ['ب', ['f1']],
      [' ج', []],
    ],
  );
  assert.deepEqual(rebuilt(text, []), ['أ ب ج', 'د هـ']);
});

test('segments: overlapping and nested spans are cut, most important first', () => {
  const text = 'abcdefghij';
  const ranges: RangeInput[] = [
    { id: 'low', start: 1, end: 6, rank: 2 },
    { id: 'high', start: 4, end: 9, rank: 0 },
    { id: 'inner', start: 2, end: 3, rank: 1 },
  ];
  const [line] = segmentText(text, ranges);
  assert.deepEqual(
    line.segments.map((s) => [text.slice(s.start, s.end), s.covers]),
    [
      ['a', []],
      ['b', ['low']],
      ['c', ['inner', 'low']],
      ['d', ['low']],
      ['ef', ['high', 'low']],
      ['ghi', ['high']],
      ['j', []],
    ],
  );
});

test('segments: a span across a line break is split, the break belongs to no segment', () => {
  const text = 'one two\r\nthree';
  const lines = segmentText(text, [{ id: 'x', start: 4, end: 12, rank: 0 }]);
  assert.deepEqual(
    lines.map((l) => l.segments.filter((s) => s.covers.length).map((s) => text.slice(s.start, s.end))),
    [['two'], ['thr']],
  );
});

test('segments: a span never separates a letter from its harakat or splits a surrogate pair', () => {
  const text = 'كَتَبَ 😀x';
  // End inside the marks of «كَ»; start in the middle of the emoji.
  assert.deepEqual(snapSpan(text, 0, 1), [0, 2]);
  const emoji = text.indexOf('😀');
  assert.deepEqual(snapSpan(text, emoji + 1, emoji + 2), [emoji, emoji + 2]);
});

test('segments: whatever the spans, the lines rebuild the text exactly', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom('ا', 'ب', 'َ', ' ', '\n', 'x', '😀'), maxLength: 40 }),
      fc.array(fc.record({ start: fc.nat(45), length: fc.nat(12), rank: fc.nat(3) }), { maxLength: 6 }),
      (text, spans) => {
        const ranges = spans.map((s, i) => ({ id: `s${i}`, start: s.start, end: s.start + s.length, rank: s.rank }));
        const expected = text.split(/\r\n|\r|\n|\u2028|\u2029/u);
        assert.deepEqual(rebuilt(text, ranges), expected);
      },
    ),
  );
});

test('edits: accepting every suggestion gives the report’s cleaned text; a subset keeps the rest', () => {
  const text = existsSync(SEED_PATH)
    ? readFileSync(SEED_PATH, 'utf8')
    : 'وصل وزير الخارجية التركي الخائن هاكان فيدان إلى القاهرة.\nوواصلت قوات الكيان الصهيوني عملياتها في جنوب لبنان.';
  const report = check(text);
  const ids = actionableIds(report.findings, report.edits);
  assert.ok(ids.size >= 2);
  assert.equal(applyAccepted(text, report.edits, ids), report.cleaned);
  assert.equal(applyAccepted(text, report.edits, new Set()), text);
  for (const id of ids) {
    const one = applyAccepted(text, report.edits, new Set([id]));
    const edit = report.edits.find((e) => e.finding === id);
    assert.ok(edit);
    assert.equal(one, text.slice(0, edit.start) + edit.replacement + text.slice(edit.end));
  }
});

test('the page\'s lists of severities and categories are the library\'s, in its order', () => {
  assert.deepEqual([...Web.SEVERITIES], [...SEVERITIES]);
  assert.deepEqual([...Web.CATEGORIES], [...CATEGORIES]);
  assert.deepEqual([...Web.CHANGE_CATEGORIES], [...CHANGE_CATEGORIES]);
  assert.deepEqual([...Web.DISTORTING].sort(), [...DISTORTING].sort());
});
