import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './fc-seed.js';
import { findDates, type DateMention } from '../src/extract/dates.js';
import { buildDateVocabulary, defaultDateVocabulary } from '../src/dates/vocabulary.js';
import { DataError } from '../src/lexicon/load.js';
import { normalizeForMatching } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokenize.js';
import { BUNDLED_DATA } from '../src/data/bundled.generated.js';

const PUB = '2023-05-14'; // a Sunday; 24 Shawwal 1444

function find(text: string, pub: string | null = PUB, vocabulary = defaultDateVocabulary()): DateMention[] {
  const mentions = findDates(text, tokenize(normalizeForMatching(text)), vocabulary, pub);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  return mentions;
}
/** [text, value] of every mention. */
const pairs = (text: string, pub: string | null = PUB) => find(text, pub).map((m) => [m.text, m.value]);

test('years need a cue: «عام», «العام», a preposition, a calendar suffix, or a preceding year', () => {
  assert.deepEqual(pairs('وقعت الحادثة عام 2020، وفي العام 2000 وفي 2019 و2020 نشر الجيش 2000 جندي.'), [
    ['عام 2020', '2020'], ['العام 2000', '2000'], ['2019', '2019'], ['2020', '2020'],
  ]);
  assert.deepEqual(pairs('ولد عام 1948 ويحكم منذ 2011 حتى 2030، و2020م.'), [['عام 1948', '1948'], ['2011', '2011'], ['2030', '2030'], ['2020م', '2020']]);
  assert.deepEqual(pairs('شارك أكثر من 2000 شخص، ونشرت في 2000 موقع، وسجل 1999 هدفا.'), []);
});

test('months of every system, paired names and years', () => {
  assert.deepEqual(pairs('في يوليو/ تموز 2021 ثم في مارس (آذار) 2022 وفي جانفي 2020 ويوليوز 2019 وكانون الثاني 2018 وشتنبر 2017.'), [
    ['يوليو/ تموز 2021', '2021-07'], ['مارس (آذار) 2022', '2022-03'], ['جانفي 2020', '2020-01'], ['يوليوز 2019', '2019-07'],
    ['كانون الثاني 2018', '2018-01'], ['شتنبر 2017', '2017-09'],
  ]);
  const m = find('تم ذلك في تموز/يوليو.')[0];
  assert.deepEqual([m.text, m.value, m.relative, m.granularity], ['تموز/يوليو', '2022-07', true, 'month']);
  assert.equal(find('تم ذلك في تموز/يوليو.', null)[0].value, null);
});

test('days: written, numeric, ordinal and Eastern digits', () => {
  assert.deepEqual(pairs('في 15 مارس 2022 و15/3/2022 و2022-03-15 و15.3.2022 و١٥ آذار ٢٠٢٢ و3 أغسطس.'), [
    ['15 مارس 2022', '2022-03-15'], ['15/3/2022', '2022-03-15'], ['2022-03-15', '2022-03-15'], ['15.3.2022', '2022-03-15'],
    ['١٥ آذار ٢٠٢٢', '2022-03-15'], ['3 أغسطس', '2022-08-03'],
  ]);
  assert.deepEqual(pairs('في الخامس عشر من مارس والحادي والعشرين من أيار.'), [['الخامس عشر من مارس', '2023-03-15'], ['الحادي والعشرين من أيار', '2022-05-21']]);
  assert.deepEqual(pairs('في 31/2/2022 و2022-13-01.'), []);
});

test('decades, centuries and parts: a part word keeps the whole value and says which part', () => {
  assert.deepEqual(pairs('في التسعينيات وبالثمانينات وتسعينيات القرن الماضي ومطلع التسعينيات ومنتصف السبعينيات وأواخر الثمانينيات.'), [
    ['التسعينيات', '1990..1999'], ['الثمانينات', '1980..1989'], ['تسعينيات القرن الماضي', '1990..1999'],
    ['مطلع التسعينيات', '1990..1999'], ['منتصف السبعينيات', '1970..1979'], ['أواخر الثمانينيات', '1980..1989'],
  ]);
  const parts = find('في مطلع 2021 وأواخر عام 2020 ونهاية مارس 2022 ومنتصف الشهر الجاري.');
  assert.deepEqual(parts.map((d) => [d.text, d.value, d.part, d.granularity]), [
    ['مطلع 2021', '2021', 'early', 'year'], ['أواخر عام 2020', '2020', 'late', 'year'], ['نهاية مارس 2022', '2022-03', 'late', 'month'],
    ['منتصف الشهر الجاري', '2023-05', 'mid', 'month'],
  ]);
  assert.equal(find('في التسعينيات')[0].part, null);
  assert.deepEqual([find('في مطلع الألفية')[0].value, find('في مطلع الألفية')[0].part], ['2000..2009', 'early']);
  assert.deepEqual(pairs('الألفية الثالثة والقرن الماضي'), []);
});

test('ranges of years', () => {
  assert.deepEqual(pairs('بين عامي 2015 و2018، ومن 2010 إلى 2012، و2010-2012، وبين 2001 و2003، ومن عام 1990 حتى عام 1995.'), [
    ['بين عامي 2015 و2018', '2015..2018'], ['من 2010 إلى 2012', '2010..2012'], ['2010-2012', '2010..2012'],
    ['بين 2001 و2003', '2001..2003'], ['من عام 1990 حتى عام 1995', '1990..1995'],
  ]);
  assert.equal(find('بين عامي 2015 و2018')[0].granularity, 'range');
});

test('Hijri dates: days, months and years converted to the Gregorian calendar', () => {
  const [day, year, glued, month, relative] = find('في 15 رمضان 1444 هـ وعام 1445 هـ و1443هـ ورمضان 1444 وشهر رمضان.');
  assert.deepEqual([day.text, day.value, day.hijri, day.calendar, day.granularity], ['15 رمضان 1444 هـ', '2023-04-06', '1444-09-15', 'hijri', 'day']);
  assert.deepEqual([year.text, year.value, year.hijri, year.granularity], ['عام 1445 هـ', '2023..2024', '1445', 'year']);
  assert.deepEqual([glued.text, glued.value], ['1443هـ', '2021..2022']);
  assert.deepEqual([month.text, month.value, month.hijri], ['رمضان 1444', '2023-03-23..2023-04-20', '1444-09']);
  assert.deepEqual([relative.text, relative.value, relative.hijri, relative.relative], ['رمضان', '2023-03-23..2023-04-20', '1444-09', true]);
  assert.deepEqual(pairs('في العاشر من ذي الحجة 1444 وسنة 1443 للهجرة.'), [['العاشر من ذي الحجة 1444', '2023-06-28'], ['سنة 1443 للهجرة', '2021..2022']]);
});

test('relative expressions are resolved against the publication date, and null without one', () => {
  assert.deepEqual(pairs('التقى أمس وأول أمس واليوم الأحد، وغدا الاثنين وبعد غد، والليلة الماضية.'), [
    ['أمس', '2023-05-13'], ['أول أمس', '2023-05-12'], ['اليوم الأحد', '2023-05-14'], ['غدا الاثنين', '2023-05-15'],
    ['بعد غد', '2023-05-16'], ['الليلة الماضية', '2023-05-13'],
  ]);
  assert.deepEqual(pairs('الأسبوع الماضي والشهر الماضي والعام المقبل والشهر الجاري وهذا العام والسنة الماضية.'), [
    ['الأسبوع الماضي', '2023-W18'], ['الشهر الماضي', '2023-04'], ['العام المقبل', '2024'], ['الشهر الجاري', '2023-05'],
    ['هذا العام', '2023'], ['السنة الماضية', '2022'],
  ]);
  assert.deepEqual(pairs('منذ ثلاثة أيام وقبل عامين وبعد أسبوعين ومنذ 10 سنوات ومنذ 15 عاما ومنذ شهرين وقبل أسبوع.'), [
    ['منذ ثلاثة أيام', '2023-05-11'], ['قبل عامين', '2021'], ['بعد أسبوعين', '2023-W21'], ['منذ 10 سنوات', '2013'],
    ['منذ 15 عاما', '2008'], ['منذ شهرين', '2023-03'], ['قبل أسبوع', '2023-W18'],
  ]);
  assert.deepEqual(pairs('يونيو الماضي ومارس المقبل ومايو الجاري'), [['يونيو الماضي', '2022-06'], ['مارس المقبل', '2024-03'], ['مايو الجاري', '2023-05']]);
  const none = find('وقال أمس إن الأسبوع الماضي كان صعبا منذ ثلاثة أيام.', null);
  assert.equal(none.length, 3);
  assert.ok(none.every((m) => m.value === null && m.relative));
});

test('weekdays: the last one, or the next one in a clause about the future', () => {
  // 2023-05-17 is a Wednesday.
  const pub = '2023-05-17';
  assert.deepEqual(pairs('قال الوزير الأحد إن بلاده ستعمل على ذلك.', pub), [['الأحد', '2023-05-14']]);
  assert.deepEqual(pairs('ستعقد القمة الأحد في الرياض.', pub), [['الأحد', '2023-05-21']]);
  assert.deepEqual(pairs('ومن المقرر أن تعقد القمة الأحد.', pub), [['الأحد', '2023-05-21']]);
  assert.deepEqual(pairs('اجتمعوا الأربعاء الماضي وسيجتمعون الأربعاء المقبل، ووصل يوم الإثنين.', pub), [
    ['الأربعاء الماضي', '2023-05-10'], ['الأربعاء المقبل', '2023-05-24'], ['الإثنين', '2023-05-15'],
  ]);
  assert.deepEqual(pairs('وصل السبت 13 مايو 2023 والأحد، 14 مايو.', pub), [['السبت 13 مايو 2023', '2023-05-13'], ['الأحد، 14 مايو', '2023-05-14']]);
});

test('clitics stay outside the span', () => {
  assert.deepEqual(pairs('وأمس وبالتسعينيات وفي يناير 2020 وللعام 2020 ولعام 2019'), [
    ['أمس', '2023-05-13'], ['التسعينيات', '1990..1999'], ['يناير 2020', '2020-01'], ['للعام 2020', '2020'], ['عام 2019', '2019'],
  ]);
  const text = 'وَأمسِ';
  assert.equal(find(text)[0].text, 'أمسِ');
});

test('no false dates: names, common words and numbers', () => {
  const tricky = [
    'لا إله إلا الله الواحد الأحد.',
    'اتفق الاثنان، وكلا الاثنين معا.',
    'قال رجب طيب أردوغان إن رمضان شهر الخير.',
    'بلغت درجة الحرارة صفر، وغنى شعبان عبد الرحيم.',
    'مارس الضغوط على الحكومة وزار آب ابنه.',
    'قالت تيريزا ماي إن سيارة نيسان جديدة.',
    'في العالم اليوم ثمة أزمات، وحتى اليوم لم يتغير شيء.',
    'احتفلوا باليوم الوطني واليوم العالمي للمرأة، وفي اليوم التالي ويوم الأرض.',
    'غدا الوضع أكثر تعقيدا.',
    'فاز الفريق في الدور الأول، وقتل 1,200 شخص.',
    'جاء الأول في السباق والثاني عشر في الترتيب.',
    'وقعت أحداث قبل يومين من الانتخابات، وأهل السنة والسنة النبوية.',
    'سجل 2000 هدف وأكثر من 1950 شخصا.',
  ];
  for (const s of tricky) assert.deepEqual(pairs(s), [], s);
});

test('sentence index is the token sentence of the first word', () => {
  const ms = find('قال أمس ذلك. وفي 2020 تغير.');
  assert.deepEqual(ms.map((m) => m.sentence), [0, 1]);
});

test('the vocabulary: DataError on invalid files; a user file adds forms', () => {
  const bundled = BUNDLED_DATA['dates/calendar.json'];
  assert.throws(() => buildDateVocabulary([{ name: 'mine.json', json: { schema: 'amana-dates/1', months: [{ calendar: 'gregorian', month: 13, forms: ['x'] }] } }]),
    (e: unknown) => e instanceof DataError && /^dates mine\.json: months\.0\.month: /u.test(e.message) && !e.message.includes('\n'));
  assert.throws(() => buildDateVocabulary([{ schema: 'amana-dates/1', mnths: [] }]), (e: unknown) => e instanceof DataError && e.message.startsWith('dates file 1:'));
  assert.throws(() => buildDateVocabulary([{ schema: 'amana-dates/2' }]), DataError);
  const extended = buildDateVocabulary([bundled, { name: 'user.json', json: { schema: 'amana-dates/1', months: [{ calendar: 'gregorian', month: 2, forms: ['فبرير'] }] } }]);
  assert.equal(find('في فبرير 2021', PUB, extended)[0].value, '2021-02');
  assert.equal(find('في فبرير 2021').length, 0);
});

test('property: every mention has an exact span, an ordered position and a well-formed value', () => {
  const parts = [
    'عام 2020', 'في 2019', 'و2020', '15 مارس 2022', '١٥ آذار ٢٠٢٢', 'يوليو/ تموز 2021', 'مارس (آذار)', 'التسعينيات', 'مطلع',
    'أمس', 'اليوم', 'الأحد', 'المقبل', 'الماضي', 'الأسبوع', 'منذ', 'ثلاثة', 'أيام', 'رمضان', '1444', 'هـ', 'بين', 'عامي', '2015',
    'و2018', '15/3/2022', '2010-2012', 'قال الوزير', 'إن', 'سيزور', 'الشهر الجاري', 'ذي الحجة', 'الخامس عشر من', 'شهر',
  ];
  const glue = [' ', '', '، ', '. ', '\n', ' و', ' ب', ' لل', 'َ', 'ـ', ' (', ') ', '/'];
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...parts), fc.constantFrom(...glue)), { maxLength: 25 }), fc.constantFrom(PUB, null, '2024-02-29'), (ps, pub) => {
      const text = ps.join('');
      let previousEnd = 0;
      for (const m of find(text, pub)) {
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.ok(m.start >= previousEnd && m.start < m.end, 'ordered, non-overlapping');
        previousEnd = m.end;
        if (m.value !== null) assert.match(m.value, /^\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?$/u);
        if (pub === null && m.relative) assert.equal(m.value, null);
      }
    }),
    { numRuns: Number(process.env.RUNS ?? 400) },
  );
});
