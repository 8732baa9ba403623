import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../src/index.js';
import { surfaceForms, type SurfaceForm } from '../src/lexicon/inflect.js';
import { LexiconEntrySchema, type LexiconEntry } from '../src/lexicon/schema.js';
import { bundledLexiconEntries } from '../src/resources.js';
import { foldWord } from '../src/text/normalize.js';

// ---------------------------------------------------------------- helpers

function entry(fields: Record<string, unknown>): LexiconEntry {
  return LexiconEntrySchema.parse({ id: 'insult/other/test', gloss: 'test', category: 'insult', subcategory: 'other', ...fields });
}

const bundled = new Map(bundledLexiconEntries().map((e) => [e.id, e] as const));
function bundledEntry(id: string): LexiconEntry {
  const e = bundled.get(id);
  assert.ok(e, `bundled entry ${id}`);
  return e;
}

/** The entry's forms by folded spelling. */
function formsOf(e: LexiconEntry): Map<string, SurfaceForm> {
  const out = new Map<string, SurfaceForm>();
  for (const f of surfaceForms(e)) if (!out.has(foldWord(f.written))) out.set(foldWord(f.written), f);
  return out;
}

// ---------------------------------------------------------------- inflection classes

/** [what, entry, forms that must be generated (with their number), forms that must not]. */
const CLASS_CASES: [string, LexiconEntry, [string, SurfaceForm['number']][], string[]][] = [
  [
    'adj: feminine, sound plurals, construct state, duals',
    entry({ lemma: 'مجرم', pos: 'adj', inflect: 'adj' }),
    [['مجرمة', 'singular'], ['مجرمون', 'plural'], ['مجرمين', 'plural'], ['مجرمات', 'plural'], ['مجرمو', 'plural'], ['مجرمي', 'plural'], ['مجرمان', 'dual'], ['مجرمتان', 'dual'], ['مجرمتين', 'dual']],
    [],
  ],
  [
    'adj: nisba adjective takes the endings after its ي',
    entry({ lemma: 'صفوي', pos: 'adj', inflect: 'adj' }),
    [['صفوية', 'singular'], ['صفويون', 'plural'], ['صفويين', 'plural'], ['صفويات', 'plural'], ['صفويو', 'plural']],
    [],
  ],
  [
    'adj: a final hamza sits on ي before an ending',
    entry({ lemma: 'دنيء', pos: 'adj', inflect: 'adj' }),
    [['دنيئة', 'singular'], ['دنيئون', 'plural'], ['دنيئين', 'plural']],
    ['دنيءة', 'دنيءون'],
  ],
  [
    'adj: a three-letter base gets no construct or dual forms',
    entry({ lemma: 'وسخ', pos: 'adj', inflect: 'adj' }),
    [['وسخة', 'singular'], ['وسخين', 'plural']],
    ['وسخي', 'وسخو', 'وسخان'],
  ],
  [
    'adj: a lemma with the article keeps every form articled, and has no construct state',
    entry({ lemma: 'القاتل', pos: 'noun', inflect: 'adj' }),
    [['القاتلة', 'singular'], ['القاتلون', 'plural'], ['القاتلين', 'plural'], ['القاتلان', 'dual']],
    ['القاتلو', 'القاتلي', 'قاتلون'],
  ],
  [
    'fem: feminine and feminine plural',
    entry({ lemma: 'كلب', inflect: 'fem' }),
    [['كلبة', 'singular'], ['كلبات', 'plural']],
    ['كلبون', 'كلبان'],
  ],
  [
    'fem: a lemma in ة takes ات',
    entry({ lemma: 'عصابة', inflect: 'fem' }),
    [['عصابات', 'plural']],
    ['عصابو'],
  ],
  [
    'any class: a broken plural in اء has its hamza seats before a suffix (عملاؤهم, عملائهم)',
    entry({ lemma: 'عميل', inflect: 'adj', plurals: ['عملاء'] }),
    [['عملاء', 'plural'], ['عملاؤ', 'plural'], ['عملائ', 'plural']],
    [],
  ],
  [
    'any class: no hamza seats on short words («داء» would give «داو», Dow)',
    entry({ lemma: 'داء' }),
    [['داء', 'singular']],
    ['داؤ', 'دائ'],
  ],
  [
    'none: nothing generated',
    entry({ lemma: 'همج', number: 'collective' }),
    [['همج', 'collective']],
    ['همجة', 'همجات', 'همجون'],
  ],
  [
    'phrases are not inflected',
    entry({ lemma: 'مجرم حرب', pos: 'phrase', inflect: 'adj' }),
    [['مجرم حرب', 'singular']],
    ['مجرم حربة'],
  ],
  [
    'exclude: a generated form that is another word is dropped (compared folded)',
    entry({ lemma: 'مهرج', inflect: 'adj', exclude: ['مهرجان'] }),
    [['مهرجون', 'plural'], ['مهرجتان', 'dual']],
    ['مهرجان'],
  ],
];

for (const [what, e, must, mustNot] of CLASS_CASES) {
  test(`inflection: ${what} («${e.lemma}»)`, () => {
    const forms = formsOf(e);
    for (const [w, number] of must) {
      const f = forms.get(foldWord(w));
      assert.ok(f, `«${e.lemma}» generates «${w}»`);
      assert.equal(f.number, number, `number of «${w}»`);
    }
    for (const w of mustNot) assert.ok(!forms.has(foldWord(w)), `«${e.lemma}» must not generate «${w}»`);
  });
}

test('inflection: construct-state forms are flagged for the matcher', () => {
  const forms = surfaceForms(entry({ lemma: 'مجرم', pos: 'adj', inflect: 'adj' }));
  const construct = forms.filter((f) => f.construct).map((f) => f.written).sort();
  assert.deepEqual(construct, ['مجرمو', 'مجرمي']);
  assert.ok(forms.filter((f) => f.generated).length >= 9);
  assert.ok(!forms.find((f) => f.written === 'مجرم')?.generated, 'the lemma is not generated');
});

test('inflection: generated forms are never repeated', () => {
  for (const e of bundled.values()) {
    const generated = surfaceForms(e).filter((f) => f.generated).map((f) => foldWord(f.written));
    assert.equal(new Set(generated).size, generated.length, `${e.id} repeats a generated form`);
  }
});

// ---------------------------------------------------------------- blocked collisions in the data

/** [entry id, a form its class would make that is an ordinary word]. */
const BLOCKED: [string, string][] = [
  ['insult/other/muharrij', 'مهرجان'], // festival
  ['insult/intellect/jahil', 'جاهلي'], // pre-Islamic («العصر الجاهلي»)
  ['insult/treason/mutaamir', 'متآمرون'], // owned by loaded/political/al-mutamirin
  ['slur/religious/murtadd', 'مرتدي'], // wearing («مرتدي الزي»)
];

for (const [id, form] of BLOCKED) {
  test(`blocked collision: ${id} does not generate «${form}»`, () => {
    const e = bundledEntry(id);
    assert.ok((e.exclude ?? []).length > 0, `${id} lists its exclusions`);
    assert.ok(!formsOf(e).has(foldWord(form)));
  });
}

test('bundled data: the article-written lemmas are the verb-ambiguous ones', () => {
  // Bare «قاتل» and «غادر» are mostly verbs (he fought, he left): only the articled forms count.
  for (const id of ['insult/moral/qatil', 'insult/treason/ghadir']) {
    const forms = formsOf(bundledEntry(id));
    for (const w of forms.keys()) assert.ok(w.startsWith('ال'), `${id}: «${w}» is articled`);
  }
});

// ---------------------------------------------------------------- end to end

function findings(text: string, entryId: string) {
  return check(text).findings.filter((f) => f.entry === entryId);
}

test('check: a construct plural is found before its noun («مجرمو الحرب», «مأجورو النظام»)', () => {
  assert.equal(findings('قصف مجرمو الحرب المدينة مرة أخرى.', 'insult/moral/mujrim').length, 1);
  const f = findings('ودمر مأجورو النظام القرى الحدودية.', 'insult/treason/maajur');
  assert.equal(f.length, 1);
  assert.equal(f[0].text, 'مأجورو');
  assert.equal(f[0].sense, 'epithet');
});

test('check: a group word with a pronoun suffix is found («وزمرته», «عملاءه», «عملاؤهم»)', () => {
  const z = findings('ويواصل الرئيس وزمرته تدمير البلاد.', 'loaded/political/zumra');
  assert.equal(z.length, 1);
  assert.equal(z[0].text, 'وزمرته');
  assert.equal(z[0].sense, 'epithet');
  assert.equal(findings('وحرض الرئيس عملاءه في المنطقة.', 'insult/treason/amil').length, 1);
  assert.equal(findings('وقتل عملاؤهم عشرات المدنيين.', 'insult/treason/amil')[0]?.text, 'عملاؤهم');
});

test('check: «مهرجان» is a festival, not a dual of «مهرج»', () => {
  const r = check('افتتح أمير المنطقة مهرجان الجنادرية أمس، وزار المهرجان آلاف الزوار.');
  assert.equal(r.findings.length, 0, JSON.stringify(r.findings.map((f) => f.text)));
});

test('check: a literal killer in a police report is literal; the murderous regime is an epithet', () => {
  const literal = findings('ألقت الشرطة القبض على القاتل بعد ساعات من الجريمة.', 'insult/moral/qatil');
  assert.ok(literal.every((f) => f.severity === 'info' && f.sense === 'literal'), JSON.stringify(literal));
  const epithet = findings('وارتكب النظام القاتل مجزرة جديدة في المدينة.', 'insult/moral/qatil');
  assert.equal(epithet.length, 1);
  assert.equal(epithet[0].sense, 'epithet');
  // Bare «قاتل» and «غادر» are verbs.
  assert.equal(check('قاتل في صفوف الجيش ثم غادر البلاد.').findings.length, 0);
});

test('check: new words keep their literal senses («ورم خبيث», «محاولة فاشلة», «عصابة» in crime news)', () => {
  for (const [text, id] of [
    ['وأجرى الأطباء عملية لاستئصال ورم خبيث من رأس المريض.', 'insult/moral/khabith'],
    ['وأحبطت القوات محاولة انقلاب فاشلة فجر اليوم.', 'insult/intellect/fashil'],
    ['ألقت الشرطة القبض على عصابة لسرقة السيارات.', 'insult/moral/isaba'],
    ['وتطبق الزيادة بأثر رجعي من بداية العام.', 'loaded/political/rajii'],
  ] as const) {
    const f = findings(text, id);
    assert.ok(f.every((x) => x.severity === 'info'), `${text}: ${JSON.stringify(f.map((x) => [x.text, x.severity]))}`);
  }
});
