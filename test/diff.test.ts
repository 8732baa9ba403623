import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diff, type Change, type ChangeCategory, type DiffReport } from '../src/index.js';
import './fc-seed.js';

const ORIGINAL = [
  'الجيش الإسرائيلي يقصف مواقع في غزة',
  'قال رئيس الأركان الإسرائيلي أفيف كوخافي إن الجيش نفذ 12 غارة على قطاع غزة يوم 15 يناير 2021، بحسب وكالة رويترز.',
  'وأضاف كوخافي: «سنواصل العمليات في القطاع حتى تحقيق أهدافنا كاملة».',
  'وقالت وزارة الصحة في غزة إن 30 شخصا قتلوا في الغارات.',
  'وتعد هذه أكبر عملية عسكرية في القطاع منذ عام 2014.',
].join('\n');

function only(report: DiffReport, category: ChangeCategory): Change[] {
  return report.changes.filter((c) => c.category === category);
}

function assertSpansExact(report: DiffReport, original: string, copy: string): void {
  for (const c of report.changes) {
    if (c.original) assert.equal(original.slice(c.original.start, c.original.end), c.original.text, `${c.id} original span`);
    if (c.copy) assert.equal(copy.slice(c.copy.start, c.copy.end), c.copy.text, `${c.id} copy span`);
    assert.ok(c.original || c.copy, `${c.id} has a span on at least one side`);
  }
}

test('an identical copy is faithful, with nothing changed and everything kept', () => {
  const r = diff(ORIGINAL, ORIGINAL);
  assert.equal(r.verdict, 'faithful');
  assert.equal(r.similarity, 1);
  assert.deepEqual(r.changes, []);
  assert.equal(r.schema, 'amana-diff/1');
});

test('diacritics, hamza forms, digit script and punctuation are cosmetic', () => {
  const copy = ORIGINAL.replace('الإسرائيلي أفيف', 'الاسرائيلى أفيف').replace('قتلوا', 'قُتِلوا').replace('30', '٣٠').replace('رويترز.', 'رويترز!');
  const r = diff(ORIGINAL, copy);
  assert.equal(r.verdict, 'cosmetic');
  assert.equal(r.similarity, 1);
  assert.ok(r.changes.length >= 3);
  assert.ok(r.changes.every((c) => c.category === 'cosmetic'));
  const kinds = new Set(r.changes.map((c) => c.kind));
  for (const k of ['spelling', 'diacritics', 'digits', 'punctuation']) assert.ok(kinds.has(k), `kind ${k} in ${[...kinds]}`);
  assertSpansExact(r, ORIGINAL, copy);
});

test('an epithet inserted before a name, and one glued to it, are inserted epithets aimed at the name', () => {
  const copy = ORIGINAL.replace('أفيف كوخافي إن', 'المجرم أفيف السفاحكوخافي إن');
  const r = diff(ORIGINAL, copy);
  assert.equal(r.verdict, 'manipulated');
  const epithets = only(r, 'inserted-epithet');
  assert.deepEqual(epithets.map((c) => c.copy?.text), ['المجرم', 'السفاح']);
  assert.ok(epithets.every((c) => c.original === null));
  assert.ok(epithets[1].evidence.some((e) => /without a space/u.test(e)));
  assert.ok(epithets[0].lexicon.length > 0 && epithets[0].lexicon[0].side === 'copy');
  assert.deepEqual(r.deciding, epithets.map((c) => c.id));
  assertSpansExact(r, ORIGINAL, copy);
});

test('an epithet the copy drops is a removed epithet', () => {
  const altered = ORIGINAL.replace('أفيف كوخافي إن', 'المجرم أفيف كوخافي إن');
  const r = diff(altered, ORIGINAL);
  const removed = only(r, 'removed-epithet');
  assert.equal(removed.length, 1);
  assert.equal(removed[0].original?.text, 'المجرم');
  assert.equal(removed[0].copy, null);
  assert.equal(r.verdict, 'manipulated');
});

test('a neutral name replaced by a loaded label is a loaded substitution, both ways', () => {
  const copy = ORIGINAL.replace('إن الجيش نفذ', 'إن جيش الاحتلال نفذ');
  const r = diff(ORIGINAL, copy);
  const subs = only(r, 'loaded-substitution');
  assert.equal(subs.length, 1);
  assert.equal(subs[0].original?.text, 'الجيش');
  assert.equal(subs[0].copy?.text, 'جيش الاحتلال');
  const back = diff(copy, ORIGINAL);
  assert.equal(only(back, 'loaded-substitution').length, 1);
  assert.equal(only(back, 'loaded-substitution')[0].lexicon[0].side, 'original');
});

test('numbers and dates are compared as values, not as spellings', () => {
  const copy = ORIGINAL.replace('12 غارة', '15 غارة').replace('15 يناير', '17 يناير');
  const r = diff(ORIGINAL, copy);
  const numbers = only(r, 'number-change');
  assert.equal(numbers.length, 1);
  assert.deepEqual(numbers[0].values, ['12', '15']);
  const dates = only(r, 'date-change');
  assert.equal(dates.length, 1);
  assert.deepEqual(dates[0].values, ['2021-01-15', '2021-01-17']);
  // The same values in other scripts and words change nothing of substance.
  const same = diff('قتل 12 شخصا عام 2020 وأصيب ثلاثة آخرون.', 'قتل ١٢ شخصا عام ٢٠٢٠ وأصيب 3 آخرون.');
  assert.equal(same.verdict, 'cosmetic');
  assert.ok(same.changes.every((c) => c.category === 'cosmetic' && c.kind === 'digits'), JSON.stringify(same.changes));
});

test('a month name in another calendar naming the same month is cosmetic', () => {
  const r = diff('وصل الوفد في 15 يناير 2021 إلى العاصمة.', 'وصل الوفد في 15 كانون الثاني 2021 إلى العاصمة.');
  assert.equal(r.verdict, 'cosmetic');
  assert.equal(r.changes.length, 1);
});

test('words changed inside a quotation are a quote change; a new speaker is a speaker change', () => {
  const copy = ORIGINAL.replace('حتى تحقيق أهدافنا كاملة', 'حتى النصر').replace('وأضاف كوخافي:', 'وأضاف هاليفي:');
  const r = diff(ORIGINAL, copy);
  const quote = only(r, 'quote-change');
  assert.equal(quote.length, 1);
  assert.equal(quote[0].original?.text, 'تحقيق أهدافنا كاملة');
  assert.equal(quote[0].copy?.text, 'النصر');
  const speaker = only(r, 'speaker-change');
  assert.equal(speaker.length, 1);
  assert.equal(speaker[0].original?.text, 'كوخافي');
  assert.equal(speaker[0].copy?.text, 'هاليفي');
});

test('dropping or adding a source is an attribution change', () => {
  const dropped = ORIGINAL.replace('، بحسب وكالة رويترز.', '.');
  const r = diff(ORIGINAL, dropped);
  const removed = only(r, 'attribution-removed');
  assert.equal(removed.length, 1);
  assert.match(removed[0].original!.text, /بحسب وكالة رويترز/u);
  assert.equal(r.verdict, 'manipulated');
  const added = diff(dropped, ORIGINAL);
  assert.equal(only(added, 'attribution-added').length, 1);
  assert.equal(added.verdict, 'edited');
});

test('whole sentences added or removed; aggregator boilerplate is cosmetic and keeps a copy faithful', () => {
  const extra = 'وأعلنت الأمم المتحدة أنها سترسل مساعدات إنسانية إلى القطاع خلال الأيام المقبلة.';
  const copy = ORIGINAL.replace('وتعد هذه', `${extra}\nوتعد هذه`).replace('وقالت وزارة الصحة في غزة إن 30 شخصا قتلوا في الغارات.\n', '');
  const r = diff(ORIGINAL, copy);
  assert.deepEqual(only(r, 'sentence-added').map((c) => c.copy?.text), [extra]);
  assert.deepEqual(only(r, 'sentence-removed').map((c) => c.original?.text), ['وقالت وزارة الصحة في غزة إن 30 شخصا قتلوا في الغارات.']);
  assert.equal(r.verdict, 'edited');
  const wrapped = diff(ORIGINAL, `${ORIGINAL}\nاقرأ أيضا: عشرات القتلى في قصف جديد\nتابعونا على تويتر`);
  assert.equal(wrapped.verdict, 'faithful');
  assert.ok(wrapped.changes.length > 0 && wrapped.changes.every((c) => c.kind === 'boilerplate'));
});

test('a moved paragraph is aligned where it went, not reported as removed and added', () => {
  const lines = ORIGINAL.split('\n');
  const moved = [lines[0], lines[1], lines[3], lines[4], lines[2]].join('\n');
  const r = diff(ORIGINAL, moved);
  assert.equal(r.similarity, 1);
  assert.equal(r.verdict, 'cosmetic');
  assert.equal(only(r, 'sentence-removed').length + only(r, 'sentence-added').length, 0);
  assert.ok(r.changes.some((c) => c.kind === 'moved'));
});

test('split and merged sentences and words are cosmetic', () => {
  const r = diff('وصل عبد الله إلى المدينة، ثم التقى المسؤولين.', 'وصل عبدالله إلى المدينة. ثم التقى المسؤولين.');
  assert.equal(r.verdict, 'cosmetic');
  assert.deepEqual(r.changes.map((c) => c.kind).sort(), ['punctuation', 'spelling']);
});

test('a rewording is reworded, and two unrelated texts carry a warning', () => {
  const r = diff(ORIGINAL, ORIGINAL.replace('أكبر عملية عسكرية', 'أوسع عملية عسكرية'));
  assert.deepEqual(r.changes.map((c) => c.category), ['reworded']);
  assert.equal(r.verdict, 'edited');
  const unrelated = diff(ORIGINAL, 'افتتح معرض الكتاب الدولي أبوابه أمام الزوار صباح اليوم بمشاركة مئات دور النشر.');
  assert.ok(unrelated.similarity < 0.3);
  assert.match(unrelated.warning ?? '', /another story/u);
});

test('every span points at the exact characters of its version (property)', () => {
  const words = ['قال', 'الوزير', 'المجرم', 'إن', '12', '١٢', 'غارة', '«', '»', 'رويترز', 'بحسب', 'يناير', '2021', '،', '.', '\n', 'أحمد', 'الإرهابي', 'اقرأ أيضا', 'جيش الاحتلال', 'الجيش'];
  const text = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 40 }).map((ws) => ws.join(' '));
  const edit = fc.tuple(text, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...words, '')), { maxLength: 6 }));
  fc.assert(
    fc.property(edit, ([original, edits]) => {
      const ws = original.split(' ');
      for (const [at, w] of edits) {
        const i = ws.length ? at % ws.length : 0;
        if (w === '') ws.splice(i, 1);
        else ws.splice(i, 0, at % 3 === 0 ? w + (ws[i] ?? '') : w);
      }
      const copy = ws.join(' ');
      const r = diff(original, copy);
      assertSpansExact(r, original, copy);
      assert.ok(r.similarity >= 0 && r.similarity <= 1);
      if (original === copy) assert.equal(r.verdict, 'faithful');
    }),
    { numRuns: 300 },
  );
});

test('a deictic date shifted by a later publication is rewording; a changed weekday or day is a date change', () => {
  const o = 'وصل الوفد اليوم الجمعة إلى العاصمة لإجراء محادثات.';
  const shifted = diff(o, 'وصل الوفد أمس الجمعة إلى العاصمة لإجراء محادثات.');
  assert.deepEqual(shifted.changes.map((c) => c.category), ['reworded']);
  assert.match(shifted.changes[0].evidence[0], /publication/u);
  const weekday = diff(o, 'وصل الوفد اليوم الخميس إلى العاصمة لإجراء محادثات.');
  assert.deepEqual(weekday.changes.map((c) => c.category), ['date-change']);
  const day = diff('وصل الوفد في 16 يونيو إلى العاصمة.', 'وصل الوفد في 13 يونيو إلى العاصمة.');
  assert.deepEqual(day.changes.map((c) => c.category), ['date-change']);
  assert.deepEqual(day.changes[0].values, ['16 يونيو', '13 يونيو']);
});

test('similarity counts each original word once: respelled words are kept, removed ones are not', () => {
  const original = 'قال الأمين العام إن الأمم المتحدة تدعم الحوار. وأضاف أن الوفود ستلتقي في جنيف الأسبوع المقبل.';
  const copy = 'قال الامين العام ان الامم المتحدة تدعم الحوار.';
  const r = diff(original, copy);
  // 8 of the 16 original words remain, four of them respelled.
  assert.equal(r.summary.words.original, 16);
  assert.equal(r.summary.words.kept, 8);
  assert.equal(r.similarity, 0.5);
});
