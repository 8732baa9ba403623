import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './fc-seed.js';
import { normalizeForMatching, tokenize, analyses, findQuotes, foldWord } from '../src/index.js';

test('normalization folds tashkeel, tatweel, alef/hamza forms, ى/ي, ة/ه, lookalikes and digits', () => {
  assert.equal(foldWord('الْقَذِرُ'), 'القذر');
  assert.equal(foldWord('القـــذر'), 'القذر');
  assert.equal(foldWord('أإآٱ'), 'اااا');
  assert.equal(foldWord('مستشفى'), 'مستشفي');
  assert.equal(foldWord('خيانة'), 'خيانه');
  assert.equal(foldWord('کلب'), 'كلب'); // Persian kaf
  assert.equal(foldWord('خاینی'), 'خايني'); // Persian yeh
  assert.equal(foldWord('ہذا'), 'هذا'); // Urdu heh
  assert.equal(foldWord('٢٠٢٠ و۱۹۹۰'), '2020 و1990');
  assert.equal(foldWord('ق\u200Bذ\u200Fر'), 'قذر'); // zero-width and bidi controls
  assert.equal(foldWord('ﻻ'), 'لا'); // presentation-form ligature
});

test('normalization maps every folded character back to the original', () => {
  const input = 'يحلُّ رئيسُ الأركانِ ـــ «القذر» ٢٠٢٠';
  const m = normalizeForMatching(input);
  assert.equal(m.text.length, m.start.length);
  for (let i = 0; i < m.text.length; i++) {
    assert.ok(m.start[i] < m.end[i]);
    assert.ok(m.end[i] <= input.length);
  }
});

test('tokens carry original offsets: input.slice(start, end) is the token as written', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي ًٌٍَُِّْـأإآةى،.«»"\n١٢a؟\u200b'.split('')), maxLength: 120 }), (input) => {
      const m = normalizeForMatching(input);
      for (const t of tokenize(m)) {
        const written = input.slice(t.start, t.end);
        assert.equal(foldWord(written).replace(/\s/g, ''), t.norm.replace(/\s/g, ''));
        assert.ok(t.start >= 0 && t.end <= input.length && t.start < t.end);
      }
    }),
    { numRuns: 300 },
  );
});

test('tokenizer splits words, numbers and punctuation and counts sentences', () => {
  const m = normalizeForMatching('قال الوزير: ارتفع العدد إلى 1,200 شخص. وأضاف؟');
  const tokens = tokenize(m);
  assert.deepEqual(tokens.map((t) => t.kind), ['arabic', 'arabic', 'punct', 'arabic', 'arabic', 'arabic', 'number', 'arabic', 'punct', 'arabic', 'punct']);
  assert.equal(tokens[6].norm, '1,200');
  assert.equal(tokens[9].sentence, 1);
});

test('clitic analysis offers proclitic and suffix splits', () => {
  const stems = (w: string) => analyses(foldWord(w)).map((a) => `${a.prefix}|${a.stem}|${a.suffix}`);
  assert.ok(stems('والخونة').includes('وال|خونه|'));
  assert.ok(stems('بالكلاب').includes('بال|كلاب|'));
  assert.ok(stems('للصوص').includes('لل|صوص|'));
  assert.ok(stems('عملاؤهم').includes('|عملاو|هم'));
  assert.ok(stems('خيانتهم').includes('|خيانه|هم'));
  assert.ok(stems('لللاجئين').includes('لل|لاجيين|'));
});

test('quotations are paired; a stray mark does not swallow the text', () => {
  const text = 'قال «هذا كلام» ثم قال "آخر" وأما “ثالث” فلا. وهنا علامة « بلا إغلاق\nسطر جديد';
  const q = findQuotes(text);
  assert.deepEqual(q.map((x) => text.slice(x.start, x.end)), ['«هذا كلام»', '"آخر"', '“ثالث”']);
});
