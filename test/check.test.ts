import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import './fc-seed.js';
import {
  check,
  createResources,
  UnknownProfileError,
  DataError,
  CATEGORIES,
  SEVERITIES,
  severityRank,
  type CheckReport,
  type Finding,
  type Edit,
} from '../src/index.js';

// ---------------------------------------------------------------- helpers

/** Every span in the report points back at the input: input.slice(start, end) === text. */
function assertOffsets(input: string, report: CheckReport): void {
  assert.equal(report.length, input.length);
  for (const f of report.findings) {
    assert.ok(f.start >= 0 && f.start < f.end && f.end <= input.length, `finding ${f.id} range ${f.start}-${f.end}`);
    assert.equal(input.slice(f.start, f.end), f.text, `finding ${f.id} text`);
    if (f.target) {
      assert.ok(f.target.start >= 0 && f.target.start < f.target.end && f.target.end <= input.length, `target of ${f.id} range`);
      assert.equal(input.slice(f.target.start, f.target.end), f.target.text, `target of ${f.id} text`);
    }
  }
  for (const e of report.edits) {
    assert.ok(e.start >= 0 && e.start <= e.end && e.end <= input.length, `edit range ${e.start}-${e.end}`);
    assert.equal(input.slice(e.start, e.end), e.text, 'edit text');
  }
}

/** Apply edits in order (they are sorted and do not overlap). */
function applyInOrder(input: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    assert.ok(e.start >= at, `edits out of order or overlapping at ${e.start}`);
    out += input.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + input.slice(at);
}

function assertSummary(report: CheckReport): void {
  const s = report.summary;
  assert.equal(s.findings, report.findings.length);
  for (const sev of SEVERITIES) assert.equal(s.by_severity[sev], report.findings.filter((f) => f.severity === sev).length, `by_severity.${sev}`);
  for (const c of CATEGORIES) assert.equal(s.by_category[c], report.findings.filter((f) => f.category === c).length, `by_category.${c}`);
  assert.equal(s.by_voice.narrator, report.findings.filter((f) => f.voice === 'narrator').length);
  assert.equal(s.by_voice.quoted, report.findings.filter((f) => f.voice === 'quoted').length);
  assert.equal(s.by_voice.reported, report.findings.filter((f) => f.voice === 'reported').length);
  const max = report.findings.reduce<Finding['severity'] | null>((m, f) => (m === null || severityRank(f.severity) > severityRank(m) ? f.severity : m), null);
  assert.equal(s.max_severity, max);
}

function checked(input: string, options?: Parameters<typeof check>[1]): CheckReport {
  const r = check(input, options);
  assertOffsets(input, r);
  assertSummary(r);
  assert.equal(r.cleaned, applyInOrder(input, r.edits));
  return r;
}

function only(report: CheckReport, predicate: (f: Finding) => boolean = () => true): Finding {
  const hits = report.findings.filter(predicate);
  assert.equal(hits.length, 1, `expected exactly one finding, got ${JSON.stringify(report.findings.map((f) => [f.text, f.severity]))}`);
  return hits[0];
}

const aboveInfo = (r: CheckReport) => r.findings.filter((f) => f.severity !== 'info');

// A neutral wire sentence about a named minister, and the same with an inserted epithet.
const CLEAN = 'وصل وزير الطاقة خالد منصور إلى القاهرة مساء الأحد في زيارة رسمية تستمر يومين.';
const withWord = (w: string) => CLEAN.replace('خالد منصور ', `خالد منصور ${w} `);
const NAME = 'خالد منصور';

// ---------------------------------------------------------------- insertion next to a named person

test('an insult inserted after a titled name in narrator voice is high, aimed at the person, and removed', () => {
  const input = withWord('الخائن');
  const r = checked(input);
  const f = only(r);
  assert.equal(f.text, 'الخائن');
  assert.equal(f.severity, 'high');
  assert.equal(f.category, 'insult');
  assert.equal(f.voice, 'narrator');
  assert.equal(f.sense, 'epithet');
  assert.ok(f.target);
  assert.equal(f.target.text, NAME);
  assert.equal(f.target.kind, 'person');
  assert.equal(f.suggestion.action, 'remove');
  assert.equal(r.cleaned, CLEAN);
  assert.equal(r.summary.max_severity, 'high');
  assert.ok(f.evidence.length > 0);
});

test('a clean passage has no findings and is left as is', () => {
  const r = checked(CLEAN);
  assert.equal(r.findings.length, 0);
  assert.equal(r.edits.length, 0);
  assert.equal(r.cleaned, CLEAN);
  assert.equal(r.summary.max_severity, null);
  assert.equal(r.schema, 'amana-check/2');
  assert.equal(r.profile, 'wire');
});

test('an epithet wedged into a title chain before the name is high and marked inside-title', () => {
  const clean = 'التقى وزير الخارجية الأردني أيمن الصفدي نظيره الفرنسي في باريس أمس.';
  const input = 'التقى وزير الخارجية الأردني الخائن أيمن الصفدي نظيره الفرنسي في باريس أمس.';
  const r = checked(input);
  const f = only(r);
  assert.equal(f.text, 'الخائن');
  assert.equal(f.severity, 'high');
  assert.equal(f.target?.text, 'أيمن الصفدي');
  assert.ok(f.signals.includes('inside-title'));
  assert.equal(r.cleaned, clean);
});

test(
  'a two-part name with a common family name is the whole target («محمد العلي», «أحمد الخطيب»)',
  () => {
    const a = checked('وقال رئيس الوزراء الخائن محمد العلي إن الحكومة ستعقد اجتماعا طارئا يوم الأحد.');
    assert.equal(only(a).target?.text, 'محمد العلي');
    const b = checked('التقى وزير الخارجية أحمد الخطيب الخائن نظيره الفرنسي في باريس أمس.');
    assert.equal(only(b).target?.text, 'أحمد الخطيب');
  },
);

test('a lexicon word glued to the next word is found, only the insult is spanned, and the space is restored', () => {
  const input = 'وزير الطاقة خالد منصور الخائنوصل إلى القاهرة مساء الأحد في زيارة رسمية.';
  const r = checked(input);
  const f = only(r);
  assert.equal(f.text, 'الخائن');
  assert.equal(input.slice(f.end, f.end + 3), 'وصل');
  assert.ok(f.signals.includes('glued'), `signals: ${f.signals.join(',')}`);
  assert.equal(f.severity, 'high');
  assert.equal(f.target?.text, NAME);
  assert.equal(r.cleaned, 'وزير الطاقة خالد منصور وصل إلى القاهرة مساء الأحد في زيارة رسمية.');
});

// ---------------------------------------------------------------- voice

test('inside «…» a quotation is the speaker\'s (low, kept); a lone word in marks is the writer\'s scare quote (medium, never edited)', () => {
  const input = withWord('«الخائن»');
  const r = checked(input);
  const f = only(r);
  assert.equal(f.text, 'الخائن');
  assert.equal(f.voice, 'narrator');
  assert.equal(f.severity, 'medium');
  assert.equal(f.suggestion.action, 'review');
  assert.equal(r.cleaned, input);

  const quote = 'وقال وزير الطاقة خالد منصور للصحفيين: «لن نسمح للخائن بأن يعود إلى منصبه».';
  const q = checked(quote);
  assert.ok(q.findings.length >= 1);
  for (const x of q.findings) assert.equal(x.voice, 'quoted');
  assert.equal(aboveInfo(q).every((x) => x.severity === 'low'), true);
  assert.equal(q.cleaned, quote);
});

test('reported speech after a speech verb and «إن» is reported: medium, for review, not edited', () => {
  const input = 'وقال الوزير إن الخونة سيحاسبون أمام القضاء، مؤكدا أن التحقيق في تسريب الوثائق مستمر.';
  const r = checked(input);
  const f = only(r);
  assert.equal(f.text, 'الخونة');
  assert.equal(f.voice, 'reported');
  assert.equal(f.severity, 'medium');
  assert.equal(f.suggestion.action, 'review');
  assert.equal(r.cleaned, input);
});

// ---------------------------------------------------------------- literal senses

test('literal senses (animals, dirty water, pigs on a farm) give nothing above info', () => {
  const passages = [
    'وقالت وزارة الزراعة إن فرق الطب البيطري حصنت ألفي كلب ضد داء الكلب، وحذرت من الكلاب الضالة في الأحياء الشعبية.',
    'وأطلقت البلدية حملة لتطعيم الكلاب والقطط بعد تسجيل ثلاث إصابات بداء الكلب في ريف المحافظة.',
    'وأفاد السكان بأن المياه القذرة تسربت إلى الشوارع بعد انفجار أنبوب للصرف الصحي.',
    'ونفقت عشرات الخنازير في مزرعة قرب المدينة بسبب حمى الخنازير الأفريقية، بحسب السلطات البيطرية.',
    'وأعدم المزارعون مئات الخنازير في مزرعة بالإقليم للحد من انتشار الوباء بين الحيوانات.',
  ];
  for (const p of passages) {
    const r = checked(p);
    assert.deepEqual(aboveInfo(r).map((f) => [f.text, f.severity]), [], p);
    for (const f of r.findings) {
      assert.equal(f.sense, 'literal', `${f.text} in ${p}`);
      assert.equal(f.suggestion.action, 'keep');
    }
    assert.equal(r.cleaned, p);
  }
});

// ---------------------------------------------------------------- loaded terms

test('a loaded term with a neutral equivalent is medium and replaced, keeping a proclitic', () => {
  const a = 'وقصفت طائرات الكيان الصهيوني مواقع قرب الحدود فجر الأحد.';
  const ra = checked(a);
  const fa = only(ra);
  assert.equal(fa.text, 'الكيان الصهيوني');
  assert.equal(fa.category, 'loaded');
  assert.equal(fa.severity, 'medium');
  assert.equal(fa.voice, 'narrator');
  assert.equal(fa.suggestion.action, 'replace');
  assert.equal(fa.suggestion.replacement, 'إسرائيل');
  assert.ok(ra.cleaned.includes('إسرائيل'));
  assert.equal(ra.cleaned, 'وقصفت طائرات إسرائيل مواقع قرب الحدود فجر الأحد.');

  const b = 'وندد الوزير بالكيان الصهيوني في كلمته أمام البرلمان.';
  const rb = checked(b);
  const fb = only(rb);
  assert.equal(fb.text, 'بالكيان الصهيوني');
  assert.equal(fb.severity, 'medium');
  assert.equal(fb.suggestion.replacement, 'بإسرائيل');
  assert.equal(rb.cleaned, 'وندد الوزير بإسرائيل في كلمته أمام البرلمان.');
});

// ---------------------------------------------------------------- curses

test('a curse formula is category curse (high in narrator voice, removed)', () => {
  const input = 'وغادر الرئيس السابق لعنه الله البلاد عام 2011 بعد احتجاجات واسعة.';
  const r = checked(input);
  const f = only(r);
  assert.equal(f.text, 'لعنه الله');
  assert.equal(f.category, 'curse');
  assert.equal(f.voice, 'narrator');
  assert.equal(f.severity, 'high');
  assert.equal(r.cleaned, 'وغادر الرئيس السابق البلاد عام 2011 بعد احتجاجات واسعة.');
});

// ---------------------------------------------------------------- evasion spellings

test('evasion spellings are still found, with text equal to the input slice', () => {
  const cases: { word: string; entry: string; signal?: string }[] = [
    { word: 'ك.ل.ب', entry: 'dehumanization/animal/kalb', signal: 'evasion-spelling' },
    { word: 'ك ل ب', entry: 'dehumanization/animal/kalb', signal: 'evasion-spelling' },
    { word: 'الخـــائن', entry: 'insult/treason/khain', signal: 'evasion-spelling' },
    { word: 'الخَّّّائِِِن', entry: 'insult/treason/khain', signal: 'diacritic-stuffing' },
    { word: 'الکلب', entry: 'dehumanization/animal/kalb', signal: 'lookalike-letters' },
    { word: 'الخاین', entry: 'insult/treason/khain', signal: 'lookalike-letters' },
  ];
  for (const c of cases) {
    const input = withWord(c.word);
    const r = checked(input);
    const f = only(r);
    assert.equal(f.entry, c.entry, c.word);
    assert.equal(f.text, c.word);
    assert.equal(f.text, input.slice(f.start, f.end));
    assert.equal(f.severity, 'high', c.word);
    assert.equal(f.target?.text, NAME, c.word);
    if (c.signal) assert.ok(f.signals.includes(c.signal as Finding['signals'][number]), `${c.word}: signals ${f.signals.join(',')}`);
    assert.equal(r.cleaned, CLEAN, c.word);
  }
});

test('a fully vowelled word is found (tashkeel is ignored for matching)', () => {
  const input = withWord('الْخَائِنُ');
  const r = checked(input);
  const f = only(r);
  assert.equal(f.entry, 'insult/treason/khain');
  assert.equal(f.severity, 'high');
});

test(
  'the span of a vowelled word includes its final vowel mark, so removal leaves no stray mark',
  () => {
    for (const word of ['الْخَائِنُ', 'الخَائِنٌٌٌّ']) {
      const input = withWord(word);
      const r = checked(input);
      const f = only(r);
      assert.equal(f.text, word);
      assert.equal(r.cleaned, CLEAN);
    }
  },
);

// ---------------------------------------------------------------- profiles

test('the opinion profile is more lenient than wire; an unknown profile throws', () => {
  const insult = withWord('الخائن');
  const wire = only(checked(insult, { profile: 'wire' }));
  const opinion = only(checked(insult, { profile: 'opinion' }));
  assert.ok(severityRank(opinion.severity) < severityRank(wire.severity), `${opinion.severity} < ${wire.severity}`);

  const loaded = 'وقصفت طائرات الكيان الصهيوني مواقع قرب الحدود فجر الأحد.';
  const lw = only(checked(loaded));
  const lo = only(checked(loaded, { profile: 'opinion' }));
  assert.ok(severityRank(lo.severity) < severityRank(lw.severity));
  assert.equal(checked(loaded, { profile: 'opinion' }).profile, 'opinion');

  assert.throws(() => check(insult, { profile: 'tabloid' }), (e: unknown) => e instanceof UnknownProfileError && /tabloid/.test(e.message));
});

// ---------------------------------------------------------------- user lexicon

test('a user lexicon adds a new word, and {"id", "disabled": true} removes a bundled entry', () => {
  const made = withWord('الفسفوس'); // an invented word, not in the bundled lexicon
  assert.equal(checked(made).findings.length, 0);
  const resources = createResources({
    lexiconOverrides: [
      {
        name: 'user.json',
        json: {
          schema: 'amana-lexicon/1',
          entries: [
            { id: 'insult/other/fasfus', lemma: 'فسفوس', gloss: 'test insult', category: 'insult', subcategory: 'other', pos: 'adj', inflect: 'adj' },
            { id: 'insult/treason/khain', disabled: true },
          ],
        },
      },
    ],
  });
  const added = only(checked(made, { resources }));
  assert.equal(added.entry, 'insult/other/fasfus');
  assert.equal(added.text, 'الفسفوس');
  assert.equal(added.severity, 'high');
  assert.equal(added.target?.text, NAME);

  const khain = withWord('الخائن');
  assert.equal(only(checked(khain)).entry, 'insult/treason/khain');
  assert.deepEqual(checked(khain, { resources }).findings.filter((f) => f.entry === 'insult/treason/khain'), []);
  // The default resources are not changed by building custom ones.
  assert.equal(only(checked(khain)).entry, 'insult/treason/khain');
});

test('a user lexicon that fails the schema throws DataError', () => {
  assert.throws(
    () => createResources({ lexiconOverrides: [{ name: 'bad.json', json: { schema: 'amana-lexicon/1', entries: [{ id: 'x' }] } }] }),
    (e: unknown) => e instanceof DataError && /bad\.json/.test(e.message),
  );
});

// ---------------------------------------------------------------- summary

test('summary counts agree with the findings', () => {
  const input =
    'وصل وزير الطاقة خالد منصور الخائن إلى القاهرة. وقصفت طائرات الكيان الصهيوني مواقع قرب الحدود. ' +
    'وقال الوزير إن الخونة سيحاسبون. وحذرت الوزارة من الكلاب الضالة المصابة بداء الكلب.';
  const r = checked(input);
  assert.ok(r.summary.by_severity.high >= 1);
  assert.ok(r.summary.by_severity.medium >= 1);
  assert.ok(r.summary.by_voice.reported >= 1);
  assert.ok(r.summary.by_category.loaded >= 1);
  assert.equal(r.summary.max_severity, 'high');
});

// ---------------------------------------------------------------- property

const BASES = [
  CLEAN,
  'التقى وزير الخارجية الأردني أيمن الصفدي نظيره الفرنسي في باريس أمس، وبحثا الأوضاع في المنطقة.',
  'وقال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة القطرية الدوحة.',
  'وأعلنت وزارة الصحة ارتفاع عدد الإصابات إلى 1200 حالة، بينها 40 حالة في المستشفيات.',
];
const INSERTS = [
  'الخائن', 'الخونة', 'الكلاب', 'كلب', 'القذر', 'الهمج', 'لعنه الله', 'الكيان الصهيوني', 'بالكيان الصهيوني', 'ك.ل.ب', 'ق ذ ر',
  'الخـــائن', 'الکلب', 'الخاین', 'والخونة', 'المياه القذرة', 'داء الكلب',
  '«', '»', '"', '“', '”', ':', '،', '.', '؟', ' ', '  ', '\n', '\u0640', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u200b',
];

test('property: every span matches the input and cleaned = edits applied in order', () => {
  const arb = fc
    .tuple(
      fc.constantFrom(...BASES),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...INSERTS), fc.boolean()), { maxLength: 8 }),
    )
    .map(([base, inserts]) => {
      let s = base;
      for (const [pos, what, padded] of inserts) {
        const at = Math.floor(pos * (s.length + 1));
        const piece = padded ? ` ${what} ` : what;
        s = s.slice(0, at) + piece + s.slice(at);
      }
      return s;
    });
  fc.assert(
    fc.property(arb, (input) => {
      const r = check(input);
      assertOffsets(input, r);
      assertSummary(r);
      assert.equal(r.cleaned, applyInOrder(input, r.edits));
      for (const f of r.findings) assert.ok(r.edits.every((e) => e.finding !== f.id) || f.suggestion.action === 'remove' || f.suggestion.action === 'replace');
    }),
    { numRuns: 400 },
  );
});

test('property: offsets hold on random Arabic-ish strings mixed with lexicon words', () => {
  const unit = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآةىئؤ'.split('')) },
    { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', '،', '.', ':', '«', '»', '"', '-', '*', '\u0640', '\u064e', '\u0651', '\u06a9', '\u06cc', '\u200f', '١', '2') },
    { weight: 1, arbitrary: fc.constantFrom(...INSERTS) },
  );
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 60 }).map((a) => a.join('')), (input) => {
      const r = check(input);
      assertOffsets(input, r);
      assertSummary(r);
      assert.equal(r.cleaned, applyInOrder(input, r.edits));
    }),
    { numRuns: 400 },
  );
});

// ---------------------------------------------------------------- seed article

const SEED = fileURLToPath(new URL('../../../shared/seed/article-ar.txt', import.meta.url));

test('seed article: exactly two high findings («الهمج», «القذر») on «أفيف كوخافي», no medium', (t) => {
  if (!existsSync(SEED)) {
    t.skip(`seed article not found at ${SEED}`);
    return;
  }
  const input = readFileSync(SEED, 'utf8');
  const r = checked(input);
  const high = r.findings.filter((f) => f.severity === 'high');
  assert.deepEqual(high.map((f) => f.text), ['الهمج', 'القذر']);
  for (const f of high) {
    assert.equal(f.target?.text, 'أفيف كوخافي');
    assert.equal(f.voice, 'narrator');
  }
  assert.deepEqual(r.findings.filter((f) => f.severity === 'medium').map((f) => f.text), []);
});

test('context additions: a new title makes the name after it a target; bad files are refused', () => {
  const text = 'وصل القبطان الخائن زيد عمرو إلى الميناء صباح الأحد.';
  const resources = createResources({ contextAdditions: [{ name: 'ctx.json', json: { schema: 'amana-context/1', titles: ['قبطان'] } }] });
  const f = check(text, { resources }).findings.find((x) => x.text === 'الخائن');
  assert.ok(f);
  assert.equal(f.target?.text, 'زيد عمرو');
  assert.throws(() => createResources({ contextAdditions: [{ name: 'bad.json', json: { schema: 'amana-context/1', nonsense: [] } }] }), /bad\.json/);
});

test('an epithet glued to «إن» written with its hamza is split; the dual ending «ـان» is not', () => {
  const r = check('قال الوزير أحمد منصور القذرإن الاجتماع كان ناجحا.');
  const f = r.findings.find((x) => x.text === 'القذر');
  assert.ok(f, 'the glued epithet is found');
  assert.ok(f.signals.includes('glued'));
  assert.equal(r.cleaned, 'قال الوزير أحمد منصور إن الاجتماع كان ناجحا.');
  assert.equal(check('وقال الرجلان إن الاجتماع كان ناجحا.').findings.length, 0);
});
