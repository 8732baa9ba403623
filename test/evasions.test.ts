import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './fc-seed.js';
import { check, foldWord, normalizeForMatching, tokenize, type CheckReport } from '../src/index.js';
import { DEFAULT_IGNORABLE, isDefaultIgnorable } from '../src/text/chars.js';
import { bidiRuns } from '../src/text/bidi.js';

// Evasions (issue item 7): default-ignorable characters inside a word, words typed backwards in a
// bidi override, presentation forms mixed with ordinary letters, lam-alef ligatures.

const CLEAN = 'وصل وزير الطاقة خالد منصور إلى القاهرة مساء الأحد في زيارة رسمية تستمر يومين.';
const withWord = (w: string) => CLEAN.replace('خالد منصور ', `خالد منصور ${w} `);

/** Arabic combining marks a span must never start or end inside. */
const MARK = /[\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff]/u;

function assertSpans(input: string, r: CheckReport): void {
  for (const f of r.findings) {
    assert.equal(input.slice(f.start, f.end), f.text, `finding ${f.id} text`);
    assert.ok(!MARK.test(input[f.start] ?? ''), `finding ${f.id} starts on a mark`);
    assert.ok(!MARK.test(input[f.end] ?? ''), `finding ${f.id} ends before a mark`);
  }
}

// ---------------------------------------------------------------- text layer

test('the default-ignorable table is the Unicode Default_Ignorable_Code_Point property', () => {
  const property = /^\p{Default_Ignorable_Code_Point}$/u;
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    assert.equal(isDefaultIgnorable(c), property.test(String.fromCodePoint(c)), `U+${c.toString(16).toUpperCase()}`);
  }
  for (let i = 1; i < DEFAULT_IGNORABLE.length; i++) assert.ok(DEFAULT_IGNORABLE[i][0] > DEFAULT_IGNORABLE[i - 1][1], 'sorted, disjoint');
});

test('default-ignorable characters inside a word vanish for matching', () => {
  assert.equal(foldWord('الخـ\u00adـونة'), 'الخونه');
  assert.equal(foldWord('ال\u2060كلاب'), 'الكلاب');
  for (const c of [0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180f, 0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x206f, 0x3164, 0xfe00, 0xfe0f, 0xfeff, 0xffa0, 0x1bca0, 0x1bca3, 0x1d173, 0x1d17a, 0xe0001, 0xe0020, 0xe0100, 0xe0fff]) {
    assert.equal(foldWord(`الخو${String.fromCodePoint(c)}نة`), 'الخونه', `U+${c.toString(16)}`);
  }
});

test('a word token spans the invisible characters inside it and the joiners after it, not a bidi mark after it', () => {
  const input = 'قال ال\u2060كلاب\ufe0f ثم الخونة\u200f هنا';
  const words = tokenize(normalizeForMatching(input)).map((t) => input.slice(t.start, t.end));
  assert.deepEqual(words, ['قال', 'ال\u2060كلاب\ufe0f', 'ثم', 'الخونة', 'هنا']);
});

test('presentation forms fold to their letters; a lam-alef ligature maps both letters back to itself', () => {
  assert.equal(foldWord('الخﻮنة'), 'الخونه');
  assert.equal(foldWord('ﻛﻠﺐ'), 'كلب');
  const input = 'الكﻼب';
  const m = normalizeForMatching(input);
  assert.equal(m.text, 'الكلاب');
  const at = input.indexOf('ﻼ');
  assert.deepEqual([m.start[3], m.end[3], m.start[4], m.end[4]], [at, at + 1, at, at + 1]);
  const [t] = tokenize(m);
  assert.equal(input.slice(t.start, t.end), input);
});

test('bidi runs pair overrides with PDF and isolates with PDI; unclosed runs are left out', () => {
  const input = 'أ \u202eبالك\u202c ب \u2066\u202dكلب\u202c\u2069 ج \u202eمفتوح\nد';
  const runs = bidiRuns(input).map((r) => [input.slice(r.start, r.end), r.kind]);
  assert.deepEqual(runs, [['\u202eبالك\u202c', 'override'], ['\u2066\u202dكلب\u202c\u2069', 'isolate'], ['\u202dكلب\u202c', 'override']]);
});

// ---------------------------------------------------------------- one case per evasion

test('each evasion is found, high, spanned on the word as written, and removed from the cleaned text', () => {
  const cases: { how: string; word: string; entry: string }[] = [
    { how: 'soft hyphen between tatweels', word: 'الخـ\u00adـونة', entry: 'insult/treason/khain' },
    { how: 'word joiner', word: 'ال\u2060كلاب', entry: 'dehumanization/animal/kalb' },
    { how: 'combining grapheme joiner', word: 'ال\u034fخونة', entry: 'insult/treason/khain' },
    { how: 'Arabic letter mark', word: 'الخو\u061cنة', entry: 'insult/treason/khain' },
    { how: 'Mongolian variation selector', word: 'الخو\u180bنة', entry: 'insult/treason/khain' },
    { how: 'invisible operator', word: 'الخو\u2061نة', entry: 'insult/treason/khain' },
    { how: 'Hangul filler', word: 'ال\u3164خونة', entry: 'insult/treason/khain' },
    { how: 'variation selector', word: 'الخو\ufe0fنة', entry: 'insult/treason/khain' },
    { how: 'half-width Hangul filler', word: 'الخو\uffa0نة', entry: 'insult/treason/khain' },
    { how: 'tag character', word: 'الخو\u{e0020}نة', entry: 'insult/treason/khain' },
    { how: 'shorthand format control', word: 'الخو\u{1bca0}نة', entry: 'insult/treason/khain' },
    { how: 'musical format control', word: 'الخو\u{1d173}نة', entry: 'insult/treason/khain' },
    { how: 'BOM inside the word, vowelled', word: 'الخَو\ufeffنةُ', entry: 'insult/treason/khain' },
    { how: 'reversed in RLO…PDF', word: '\u202eبالك\u202c', entry: 'dehumanization/animal/kalb' },
    { how: 'reversed in LRO…PDF', word: '\u202dنئاخلا\u202c', entry: 'insult/treason/khain' },
    { how: 'reversed in RLI…PDI', word: '\u2067بالك\u2069', entry: 'dehumanization/animal/kalb' },
    { how: 'reversed in FSI…PDI', word: '\u2068ةنوخلا\u2069', entry: 'insult/treason/khain' },
    { how: 'reversed in LRO inside LRI', word: '\u2066\u202dبالك\u202c\u2069', entry: 'dehumanization/animal/kalb' },
    { how: 'a forward word alone in LRO…PDF', word: '\u202dكلاب\u202c', entry: 'dehumanization/animal/kalb' },
    { how: 'presentation form in an ordinary word', word: 'الخﻮنة', entry: 'insult/treason/khain' },
    { how: 'presentation forms with a lam-alef ligature', word: 'الﻜﻼب', entry: 'dehumanization/animal/kalb' },
    { how: 'presentation forms in a vowelled word', word: 'الخَائِﻦ', entry: 'insult/treason/khain' },
  ];
  for (const c of cases) {
    const input = withWord(c.word);
    const r = check(input);
    assertSpans(input, r);
    const hits = r.findings.filter((f) => f.entry === c.entry);
    assert.equal(hits.length, 1, `${c.how}: ${JSON.stringify(r.findings.map((f) => [f.text, f.entry, f.severity]))}`);
    const f = hits[0];
    assert.equal(f.text, c.word, c.how);
    assert.equal(f.severity, 'high', `${c.how}: ${f.signals.join(',')}`);
    assert.ok(f.signals.includes('evasion-spelling'), `${c.how}: signals ${f.signals.join(',')}`);
    assert.equal(r.cleaned, CLEAN, c.how);
  }
});

test('bidi isolates and marks around Latin text, numbers and names give no finding', () => {
  for (const input of [
    'وقالت وكالة \u2066Reuters\u2069 إن الاجتماع انتهى.',
    'وبلغ عدد الزوار \u2067123\u2069 ألف زائر في \u2068CNN\u2069 أمس.',
    'وصل \u202dBBC\u202c و\u202e2024\u202c إلى القاهرة \u200fمساء\u200e الأحد.',
    '\u202d\u202eورد في تقرير أعدته مجموعة الأزمات الدولية أن الوضع تحسن.',
    'وصل الوزير \u2068خالد منصور\u2069 إلى القاهرة.',
  ]) {
    const r = check(input);
    assert.deepEqual(r.findings.map((f) => f.text), [], input);
    assert.equal(r.cleaned, input);
  }
});

test('a lone lam-alef ligature or presentation forms throughout are ordinary spellings, not evasions', () => {
  // «اﻹرهابية» is how some keyboards type لإ; a text extracted from a PDF mixes forms in many words.
  const r = check('وأدان البيان الهجمات اﻹرهابية على المدنيين أمس.');
  assert.ok(r.findings.every((f) => !f.signals.includes('lookalike-letters') && !f.signals.includes('evasion-spelling')), JSON.stringify(r.findings.map((f) => f.signals)));
});

// ---------------------------------------------------------------- property

/** Clean words (no names, speech verbs, quotes or punctuation), some vowelled. */
const VOCAB = (
  'وصل وزير الطاقة إلى القاهرة مساء الأحد في زيارة رسمية تستمر يومين التقى الخارجية نظيره باريس أمس وبحثا الأوضاع ' +
  'المنطقة المفاوضات ستستأنف الأسبوع المقبل العاصمة الدوحة وأعلنت وزارة الصحة ارتفاع عدد الإصابات حالة المستشفيات ' +
  'الوزيرُ مُدرّب جداً الحكومةِ 2024 ١٢٠٠'
).split(' ');

/** Lexicon words (with an insult reading whatever their neighbours) to disguise. */
const EPITHETS = ['الخونة', 'الكلاب', 'الخائن', 'القذر', 'الهمج'];

/** Default-ignorable characters a tamperer may put inside a word. */
const IGNORABLES = ['\u00ad', '\u034f', '\u061c', '\u115f', '\u17b4', '\u180b', '\u180e', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202c', '\u2060', '\u2063', '\u2064', '\u206a', '\u3164', '\ufe00', '\ufe0f', '\ufeff', '\uffa0', '\u{1bca0}', '\u{1d173}', '\u{e0001}', '\u{e0041}', '\u{e0100}'];

/** Presentation forms (Forms-B, U+FE80–U+FEF4) of each letter, from their compatibility decompositions. */
const FORMS = new Map<string, string[]>();
for (let c = 0xfe80; c <= 0xfef4; c++) {
  const base = String.fromCodePoint(c).normalize('NFKC');
  if (base.length !== 1) continue;
  FORMS.set(base, [...(FORMS.get(base) ?? []), String.fromCodePoint(c)]);
}

const VOWELS = ['\u064e', '\u064f', '\u0650', '\u064b', '\u0651', '\u0652'];

/** A disguise: a function of the word and a stream of random numbers. */
type Disguise = (word: string, rnd: () => number) => string;
const pick = <T>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length) % xs.length];

const DISGUISES: Record<string, Disguise> = {
  invisible: (w, rnd) => {
    const letters = [...w];
    const k = 1 + Math.floor(rnd() * (letters.length - 1)); // strictly inside
    letters.splice(k, 0, pick(IGNORABLES, rnd) + (rnd() < 0.3 ? pick(IGNORABLES, rnd) : ''));
    const out = letters.join('');
    return rnd() < 0.3 ? out + pick(VOWELS, rnd) : out; // sometimes with a final vowel mark
  },
  reversed: (w, rnd) => {
    const [open, close] = pick([['\u202e', '\u202c'], ['\u202d', '\u202c'], ['\u2067', '\u2069'], ['\u2066', '\u2069'], ['\u2068', '\u2069'], ['\u2066\u202d', '\u202c\u2069']], rnd);
    return open + [...w].reverse().join('') + close;
  },
  presentation: (w, rnd) => {
    const letters = [...w];
    const positions = letters.map((c, i) => (FORMS.has(c) ? i : -1)).filter((i) => i >= 0);
    const k = pick(positions, rnd);
    letters[k] = pick(FORMS.get(letters[k])!, rnd);
    const out = letters.join('');
    // With a lam-alef ligature where the word has لا: two letters in one code point.
    return rnd() < 0.5 ? out.replace('لا', 'ﻼ') : out;
  },
};

test('property: disguised epithets in random Arabic text are found on exact spans and removed, and nothing else is', () => {
  const arb = fc.record({
    // Ordinary words, some with an invisible character of their own (kept as they are).
    words: fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...VOCAB) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...VOCAB), fc.constantFrom(...IGNORABLES)).map(([w, c]) => w.slice(0, 2) + c + w.slice(2)) }), { minLength: 3, maxLength: 25 }),
    inserts: fc.array(
      fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), word: fc.constantFrom(...EPITHETS), how: fc.constantFrom(...Object.keys(DISGUISES)), seed: fc.integer({ min: 1, max: 2 ** 30 }) }),
      { minLength: 1, maxLength: 3 },
    ),
    end: fc.constantFrom('.', '', '؟'),
  });
  fc.assert(
    fc.property(arb, ({ words, inserts, end }) => {
      const pieces: { text: string; inserted: boolean }[] = words.map((w) => ({ text: w, inserted: false }));
      const disguised: string[] = [];
      for (const ins of inserts) {
        let s = ins.seed;
        const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
        const text = DISGUISES[ins.how](ins.word, rnd);
        disguised.push(text);
        pieces.splice(Math.floor(ins.at * (pieces.length + 1)), 0, { text, inserted: true });
      }
      const input = pieces.map((p) => p.text).join(' ') + end;
      const r = check(input);
      assertSpans(input, r);
      for (const d of disguised) {
        assert.ok(r.findings.some((f) => f.text === d && f.severity === 'high'), `${JSON.stringify(d)} not found high: ${JSON.stringify(r.findings.map((f) => [f.text, f.severity]))}`);
      }
      const kept = pieces.filter((p) => !p.inserted).map((p) => p.text).join(' ') + end;
      assert.equal(r.cleaned, kept);
      // The prefilter lets every disguise through to the full analysis.
      const full = check(input, { exhaustive: true });
      assert.deepEqual(r.findings.map((f) => [f.start, f.end, f.severity]), full.findings.map((f) => [f.start, f.end, f.severity]));
    }),
    { numRuns: 300 },
  );
});
