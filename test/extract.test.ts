import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import './fc-seed.js';
import { check, createResources, DataError, extract, InvalidDateError, parsePublicationDate, type ExtractReport } from '../src/index.js';

// ---------------------------------------------------------------- helpers

/** Every span of the report points back at the input: input.slice(start, end) === text. */
function assertSpans(input: string, r: ExtractReport): void {
  const spans: { start: number; end: number; text: string }[] = [];
  for (const e of r.entities) {
    spans.push(e);
    if (e.role) spans.push(e.role);
  }
  for (const q of r.quotes) {
    spans.push(q);
    for (const s of [q.speaker, q.verb, q.channel, q.source]) if (s) spans.push(s);
  }
  for (const d of r.dates) spans.push(d);
  for (const t of r.timeline) spans.push(t.date, t.sentence);
  for (const c of r.credits) spans.push(c);
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= input.length, `range ${s.start}-${s.end}`);
    assert.equal(input.slice(s.start, s.end), s.text);
  }
}

const person = (r: ExtractReport, name: string) => r.entity_index.find((e) => e.type === 'person' && e.name === name);
const entityOf = (r: ExtractReport, text: string) => r.entities.find((e) => e.text === text);

// ---------------------------------------------------------------- people and roles

test('people: a title chain before the name is the role, a later family name is the same person', () => {
  const text = 'أعلن وزير الصحة المصري خالد عبد الغفار في مؤتمر صحفي بالقاهرة أن الوزارة ستفتتح مستشفيات جديدة. وأضاف عبد الغفار أن العمل بدأ في ثلاث محافظات.';
  const r = extract(text);
  assertSpans(text, r);
  const p = person(r, 'خالد عبد الغفار');
  assert.ok(p, JSON.stringify(r.entity_index));
  assert.deepEqual(p.roles, ['وزير الصحة المصري']);
  assert.ok(p.mentions >= 2, 'the later «عبد الغفار» is linked');
  const cairo = r.entities.find((e) => e.type === 'place' && e.text.endsWith('القاهرة'));
  assert.equal(cairo?.country, 'EG');
  assert.equal(cairo?.text, 'القاهرة', 'the preposition ب is left out of the span');
});

test('people: a role in apposition after the name', () => {
  const text = 'وأشاد يوسف النصيري، مهاجم المنتخب المغربي، بأداء زملائه في المباراة.';
  const r = extract(text);
  assertSpans(text, r);
  const p = r.entity_index.find((e) => e.type === 'person');
  assert.equal(p?.name, 'يوسف النصيري');
  assert.deepEqual(p?.roles, ['مهاجم المنتخب المغربي']);
});

test('people: an epithet inside a title chain does not become the preferred role', () => {
  const text = 'وصل رئيس الوزراء الخائن سمير العلي إلى المدينة. وقال رئيس الوزراء سمير العلي للصحفيين إن الزيارة ناجحة.';
  const r = extract(text);
  const p = person(r, 'سمير العلي');
  assert.ok(p);
  assert.equal(p.roles[0], 'رئيس الوزراء');
  // Right before the name the epithet is left out of the role span itself.
  assert.equal(r.entities.find((e) => e.type === 'person')?.role?.text, 'رئيس الوزراء');
  // Inside the chain it cannot be: that role is kept as written, listed after the clean one.
  const inner = extract('وصل رئيس الأركان الهمج الإسرائيلي أفيف كوخافي إلى الرباط. وقال رئيس أركان الجيش الإسرائيلي أفيف كوخافي إن الزيارة مهمة.');
  assert.deepEqual(person(inner, 'أفيف كوخافي')?.roles, ['رئيس أركان الجيش الإسرائيلي', 'رئيس الأركان الهمج الإسرائيلي']);
});

test('people: names with particles, regnal numbers, hamza-initial given names and titles that are given names', () => {
  const text = 'وقال نائب رئيس مجلس النواب إلياس بو صعب إن الاتفاق نهائي. وجرت المباحثات بين مساعد بن محمد العيبان، مستشار الأمن الوطني السعودي، ووفد إيراني. ويلتقي كير ستارمر اليوم الملك تشارلز الثالث.';
  const r = extract(text);
  assertSpans(text, r);
  const names = r.entity_index.filter((e) => e.type === 'person').map((e) => [e.name, e.roles[0] ?? null]);
  assert.deepEqual(names, [
    ['إلياس بو صعب', 'نائب رئيس مجلس النواب'],
    ['مساعد بن محمد العيبان', 'مستشار الأمن الوطني السعودي'],
    ['كير ستارمر', null],
    ['تشارلز الثالث', 'الملك'],
  ]);
  assert.equal(r.quotes[0]?.speaker?.text, 'إلياس بو صعب');
});

// ---------------------------------------------------------------- organisations and places

test('organisations: a head noun with its complement, and a listed army named two ways', () => {
  const text = 'قالت وزارة الصحة الفلسطينية إن القصف استمر. وأكد الجيش الإسرائيلي أن العملية انتهت، فيما قال متحدث باسم جيش الدفاع الإسرائيلي إن التحقيق جار.';
  const r = extract(text);
  assertSpans(text, r);
  const ministry = entityOf(r, 'وزارة الصحة الفلسطينية');
  assert.equal(ministry?.type, 'org');
  const a = entityOf(r, 'الجيش الإسرائيلي');
  const b = entityOf(r, 'جيش الدفاع الإسرائيلي');
  assert.ok(a && b, JSON.stringify(r.entities.map((e) => e.text)));
  assert.equal(a.entity_id, b.entity_id);
});

test('places: a capital acting for its government stands for the country', () => {
  const text = 'تسعى القاهرة إلى تهدئة الأوضاع، بينما وصل الوفد إلى القاهرة مساء.';
  const r = extract(text);
  const acting = r.entities.filter((e) => e.text === 'القاهرة');
  assert.equal(acting.length, 2);
  assert.ok(acting[0].stands_for, 'the first «القاهرة» acts');
  const country = r.entity_index.find((e) => e.entity_id === acting[0].stands_for);
  assert.equal(country?.country, 'EG');
  assert.equal(acting[1].stands_for, null, 'arriving in Cairo is a place');
});

test('places: an ambiguous name needs a cue, a clitic-bearing name is found', () => {
  const r1 = extract('نشرت الصحيفة صور المحتجين على صفحتها الأولى.');
  assert.ok(!r1.entities.some((e) => e.type === 'place' && e.text.includes('صور')), JSON.stringify(r1.entities));
  const r2 = extract('وسقط صاروخ قرب مدينة صور في جنوب لبنان.');
  assert.ok(r2.entities.some((e) => e.type === 'place' && e.text === 'صور'), JSON.stringify(r2.entities));
  assert.ok(r2.entities.some((e) => e.type === 'place' && e.text === 'لبنان' && e.country === 'LB'));
});

// ---------------------------------------------------------------- quotations

test('quotations: direct with speaker and channel before, continued by a bare verb', () => {
  const text = 'وقال رئيس الحكومة التونسية أحمد الحشاني لوكالة فرانس برس "نعمل على إنعاش الاقتصاد وتشجيع الاستثمار في الجهات". وأضاف "لدينا خطة واضحة للسنوات الثلاث القادمة".';
  const r = extract(text);
  assertSpans(text, r);
  const direct = r.quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 2, JSON.stringify(r.quotes));
  const who = person(r, 'أحمد الحشاني');
  assert.ok(who);
  assert.equal(direct[0].speaker?.entity_id, who.entity_id);
  assert.equal(direct[0].channel?.text, 'لوكالة فرانس برس');
  assert.equal(direct[0].text, 'نعمل على إنعاش الاقتصاد وتشجيع الاستثمار في الجهات');
  assert.equal(direct[1].speaker?.entity_id, who.entity_id);
  assert.equal(direct[1].attribution, 'continuation');
});

test('quotations: a trailing attribution, an indirect statement and an unattributed quotation', () => {
  const text = '"لن نقبل بأي تسوية على حساب حقوق الشعب"، قال المتحدث باسم الحكومة محمد حمودة. وأعلنت وزارة الداخلية أنها اعتقلت خمسة مشتبه بهم. وانتشر على مواقع التواصل مقطع بعنوان "حين تتحدث الأرض عن أهلها وتاريخها الطويل".';
  const r = extract(text);
  assertSpans(text, r);
  const [first, second, third] = r.quotes;
  assert.equal(r.quotes.length, 3, JSON.stringify(r.quotes));
  assert.equal(first.kind, 'direct');
  assert.equal(first.speaker?.text, 'محمد حمودة');
  assert.equal(first.attribution, 'trailing');
  assert.equal(second.kind, 'indirect');
  assert.equal(second.text, 'اعتقلت خمسة مشتبه بهم');
  assert.equal(second.speaker?.text, 'وزارة الداخلية');
  assert.equal(third.kind, 'direct');
  assert.equal(third.speaker, null, 'no speaker is guessed');
});

test('quotations: reported speech in a subordinate clause ends where the main clause begins', () => {
  const text = 'وبينما تؤكد الحكومة أن الأسعار مستقرة، يشكو التجار من تراجع المبيعات.';
  const r = extract(text);
  assert.equal(r.quotes.length, 1, JSON.stringify(r.quotes));
  assert.equal(r.quotes[0].text, 'الأسعار مستقرة');
  const whole = extract('وتؤكد الحكومة أن الأسعار مستقرة، وأن المخزون يكفي لأشهر.');
  assert.equal(whole.quotes[0].text, 'الأسعار مستقرة، وأن المخزون يكفي لأشهر', 'a main-clause statement runs to the sentence end');
});

test('quotations: an unnamed source is reported as such, a short name in marks is not a quotation', () => {
  const text = 'وقال مصدر أمني إن الهجوم وقع فجرا. وشارك الفريق في برنامج "صباح الخير".';
  const r = extract(text);
  assert.equal(r.quotes.length, 1, JSON.stringify(r.quotes));
  assert.equal(r.quotes[0].speaker, null);
  assert.equal(r.quotes[0].source?.text, 'مصدر أمني');
});

// ---------------------------------------------------------------- dates, timeline, credits

test('dates: several month systems, a decade, relative dates resolved against --date, and a timeline', () => {
  const text = 'وقعت الاتفاقية في جويلية 2019 بعد مفاوضات بدأت في التسعينيات، ثم عدلت في 3 آذار ٢٠٢١. وزار الوفد الجزائر أمس.';
  const r = extract(text, { date: '2024-05-15' });
  assertSpans(text, r);
  const value = (t: string) => r.dates.find((d) => d.text === t)?.value;
  assert.equal(value('جويلية 2019'), '2019-07');
  assert.equal(value('التسعينيات'), '1990..1999');
  assert.equal(value('3 آذار ٢٠٢١'), '2021-03-03');
  assert.equal(value('أمس'), '2024-05-14');
  assert.deepEqual(r.timeline.map((e) => e.value), ['1990..1999', '2019-07', '2021-03-03', '2024-05-14']);
  assert.ok(r.timeline[0].sentence.text.includes('التسعينيات'));
  const unresolved = extract(text);
  assert.equal(unresolved.dates.find((d) => d.text === 'أمس')?.value, null);
});

test('credits and datelines', () => {
  const text = 'الرباط - أعلنت الحكومة المغربية رفع الحد الأدنى للأجور.\nوقال الوزير إن القرار يدخل حيز التنفيذ قريبا. (أ ف ب)';
  const r = extract(text);
  assertSpans(text, r);
  assert.deepEqual(r.credits.map((c) => [c.kind, c.text]), [['dateline', 'الرباط'], ['agency', 'أ ف ب']]);
  const end = extract('ارتفعت أسعار النفط اليوم.\nفرانس24/رويترز');
  assert.deepEqual(end.credits.map((c) => c.text), ['فرانس24', 'رويترز']);
});

// ---------------------------------------------------------------- API and data

test('publication dates are validated', () => {
  assert.equal(parsePublicationDate('2021-03-04'), '2021-03-04');
  assert.equal(parsePublicationDate('2015-07-24 15:37:32'), '2015-07-24');
  assert.throws(() => parsePublicationDate('2021-02-30'), InvalidDateError);
  assert.throws(() => extract('نص', { date: 'yesterday' }), InvalidDateError);
});

test('check carries the extraction of the same text when asked', () => {
  const text = 'وقال وزير الخارجية الأردني أيمن الصفدي إن المحادثات مستمرة.';
  const plain = check(text);
  assert.equal(plain.extract, undefined);
  const both = check(text, { extract: true, date: '2024-01-01' });
  assert.equal(both.extract?.publication_date, '2024-01-01');
  assert.ok(both.extract?.entity_index.some((e) => e.name === 'أيمن الصفدي'));
  assert.deepEqual(both.findings, plain.findings);
});

test('a user gazetteer adds places and organisations; a bad one is a DataError', () => {
  const json = { schema: 'amana-gazetteer/1', places: [{ names: ['وادي النخيل'], type: 'village', country: 'OM' }] };
  const resources = createResources({ gazetteerAdditions: [{ name: 'mine.json', json }] });
  const r = extract('وصلت القافلة إلى وادي النخيل صباحا.', { resources });
  assert.ok(r.entities.some((e) => e.text === 'وادي النخيل' && e.country === 'OM'), JSON.stringify(r.entities));
  assert.throws(() => createResources({ gazetteerAdditions: [{ name: 'bad.json', json: { schema: 'amana-gazetteer/1', places: [{ names: ['x'], type: 'planet' }] } }] }), DataError);
});

test('property: every span of the extraction is exact on arbitrary mixes of news fragments', () => {
  const pieces = ['قال', 'وزير', 'الخارجية', 'المصري', 'سامح شكري', '«', '»', '"', '،', '.', '\n', 'إن', 'أن', 'الرباط', 'بالقاهرة', 'للمغرب', '(أ ف ب)', 'رويترز', 'أمس', 'يوليو/ تموز 2021', '١٥ آذار ٢٠٢٢', 'التسعينيات', 'الجيش الإسرائيلي', 'الشيخ', 'محمد', 'وأضاف', ':', 'ـ', 'َ', '\u200f', ' ', '  '];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.boolean(), (parts, withDate) => {
      const text = parts.join(' ');
      assertSpans(text, extract(text, { date: withDate ? '2022-06-01' : null }));
    }),
    { numRuns: 300 },
  );
});

// ---------------------------------------------------------------- the seed article (../shared)

test('seed article: the three people with roles, the quotations with speakers and channels, every date', (t) => {
  const seed = fileURLToPath(new URL('../../../shared/seed/article-ar.txt', import.meta.url));
  if (!existsSync(seed)) {
    t.skip(`seed article not found at ${seed}`);
    return;
  }
  const text = readFileSync(seed, 'utf8');
  const r = extract(text);
  assertSpans(text, r);
  const people = r.entity_index.filter((e) => e.type === 'person').map((e) => [e.name, e.roles[0]]);
  assert.deepEqual(people, [
    ['أفيف كوخافي', 'رئيس أركان الجيش الإسرائيلي'],
    ['ران كوخاف', 'متحدث باسم الجيش الإسرائيلي'],
    ['ميراف ميخائيلي', 'وزيرة النقل الإسرائيلية'],
  ]);
  const direct = r.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker?.text ?? null, q.channel?.text ?? null]);
  assert.deepEqual(direct, [['ران كوخاف', 'لتلفزيون "واي نت"'], ['ميراف ميخائيلي', 'لرويترز'], ['ميخائيلي', null]]);
  const army = r.quotes.find((q) => q.kind === 'indirect' && q.speaker?.text === 'الجيش الإسرائيلي');
  assert.ok(army?.text.startsWith('استضاف وحدة كوماندوز مغربية'));
  assert.deepEqual(r.dates.map((d) => [d.text, d.value]), [
    ['الإثنين', null], ['عام 2020', '2020'], ['الإثنين', null], ['التسعينيات', '1990..1999'], ['العام 2000', '2000'],
    ['العام 2020', '2020'], ['يوليو/ تموز 2021', '2021-07'], ['مارس/ آذار 2022', '2022-03'], ['الشهر الماضي', null],
  ]);
  const rabat = r.entities.filter((e) => e.text === 'الرباط');
  assert.ok(rabat.some((e) => e.stands_for !== null), 'the capital speaks for Morocco at least once');
  assert.deepEqual(r.credits.map((c) => c.text), ['فرانس24', 'رويترز']);
});
