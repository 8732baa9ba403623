// One case per rule, with its Arabic example: the voice rules (src/analysis/voice/), the
// insertion-trace rules (src/analysis/traces/) and the sense rules (src/analysis/sense.ts). Each
// case names the rule and the word; the test analyses the text and asks the rule itself, so a
// rule is pinned by its example and not only by an eval score.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/pipeline.js';
import { VOICE_RULES, decideVoice } from '../../src/analysis/voice/index.js';
import { TRACE_RULES } from '../../src/analysis/traces/index.js';
import { decideTarget } from '../../src/analysis/target.js';
import { decideSense } from '../../src/analysis/sense.js';
import type { Doc, LexMatch } from '../../src/analysis/document.js';
import { check, defaultResources } from '../../src/index.js';

const resources = defaultResources();

function matchOf(text: string, word: string): { doc: Doc; m: LexMatch } {
  const doc = analyze(text, resources, false, true);
  const at = text.indexOf(word);
  assert.ok(at >= 0, `«${word}» is in the example`);
  const m = doc.matches.find((x) => x.start <= at && at < x.end);
  assert.ok(m, `«${word}» is matched in «${text}»`);
  return { doc, m };
}

// ---------------------------------------------------------------- voice

const VOICE_CASES: { rule: string; text: string; word: string; voice: 'narrator' | 'reported' | 'quoted' }[] = [
  { rule: 'quotationMarks', text: 'وقال المتحدث: «هؤلاء الخونة باعوا البلد» ثم غادر.', word: 'الخونة', voice: 'quoted' },
  { rule: 'quotationMarks', text: 'وارتكب هؤلاء "الخونة" جرائم بحق البلاد منذ أشهر.', word: 'الخونة', voice: 'narrator' },
  { rule: 'speechColon', text: 'وهتف المتظاهرون أمام السفارة: الموت للخونة والعملاء.', word: 'للخونة', voice: 'quoted' },
  { rule: 'namingPhrase', text: 'وانتقد الحزب ما أسماه الخونة في الحكومة خلال مؤتمره.', word: 'الخونة', voice: 'reported' },
  { rule: 'describedAs', text: 'ووصف الوزير المعارضين بالخونة في كلمته أمس.', word: 'بالخونة', voice: 'reported' },
  { rule: 'describedAs', text: 'من كان يصفها برأس الأفعى والشيطان الأكبر طوال عقود.', word: 'والشيطان', voice: 'reported' },
  { rule: 'describedAs', text: 'واتهم إمام الجمعة نظام الملالي الإيراني بمسؤوليته عن الأحداث.', word: 'نظام الملالي', voice: 'reported' },
  { rule: 'indirectSpeech', text: 'وقال الوزير في بيان إن الخونة لن يفلتوا من العقاب.', word: 'الخونة', voice: 'reported' },
  { rule: 'speechChannel', text: 'قلت في تغريدة لك على "تويتر" الصهاينة يقتلوننا بفلسطين، والصفويون يذبحوننا بسوريا.', word: 'والصفويون', voice: 'quoted' },
  { rule: 'speechObject', text: 'ومرارا ما ينذرون ويحذرون من الخطر الإيراني الصفوي المجوسي في خطبهم.', word: 'المجوسي', voice: 'reported' },
  { rule: 'trailingAttribution', text: 'الخونة سيدفعون الثمن، قال المتحدث باسم الجيش.', word: 'الخونة', voice: 'reported' },
  { rule: 'namingPhrase', text: 'الخونة باعوا البلد، على حد تعبيره في المقابلة.', word: 'الخونة', voice: 'reported' },
  { rule: 'narrator', text: 'ونحن نقول إن الخونة لن يفلتوا من العقاب مهما طال الزمن.', word: 'الخونة', voice: 'narrator' },
  { rule: 'narrator', text: 'لقد باع الخونة البلد بثمن بخس منذ سنوات طويلة.', word: 'الخونة', voice: 'narrator' },
];

test('voice: one case per rule, each decided by its rule', () => {
  const wrong: string[] = [];
  for (const c of VOICE_CASES) {
    const { doc, m } = matchOf(c.text, c.word);
    const d = decideVoice(doc, m);
    if (d.voice !== c.voice || d.rule !== rule(c.rule)) wrong.push(`${c.rule}: «${c.word}» in «${c.text}» is ${d.voice} by ${d.rule} (${d.reason})`);
  }
  assert.deepEqual(wrong, []);
});

/** The rule names as decisions report them («describedAs» → «described-as»). */
function rule(name: string): string {
  return name.replace(/[A-Z]/gu, (c) => '-' + c.toLowerCase());
}

test('voice: every rule in VOICE_RULES has a case', () => {
  const named = new Set(VOICE_CASES.map((c) => c.rule));
  for (const r of VOICE_RULES) assert.ok(named.has(r.name), `voice rule ${r.name} has a table case`);
});

// ---------------------------------------------------------------- traces

const TRACE_CASES: { rule: string; text: string; word: string; signal: string }[] = [
  { rule: 'glued', text: 'أكد رئيس الأركان الهمجأفيف كوخافي في بيان أمس.', word: 'الهمج', signal: 'glued' },
  { rule: 'splitLetters', text: 'وقال الوزير إن هؤلاء ا ل خ و ن ة لن يفلتوا.', word: 'ا ل خ', signal: 'evasion-spelling' },
  { rule: 'invisibleCharacters', text: 'باع هؤلاء الخ\u200Cونة البلد بثمن بخس.', word: 'الخ\u200Cونة', signal: 'evasion-spelling' },
  { rule: 'presentationForms', text: 'باع هؤلاء الخ\uFEEEنة البلد بثمن بخس.', word: 'الخ\uFEEEنة', signal: 'evasion-spelling' },
  { rule: 'lookalikeLetters', text: 'باع هؤلاء الخونۀ البلد بثمن بخس.', word: 'الخونۀ', signal: 'lookalike-letters' },
  { rule: 'strayDiacritics', text: 'باع هؤلاء الخَوَنَةُ البلد بثمن بخس ثم غادروا إلى بلادهم.', word: 'الخَوَنَةُ', signal: 'diacritic-stuffing' },
  { rule: 'stretched', text: 'باع هؤلاء الخووووونة البلد بثمن بخس.', word: 'الخووووونة', signal: 'stretched-letters' },
  { rule: 'insideTitle', text: 'وقال وزير الخارجية التركي الخائن هاكان فيدان إن بلاده مستعدة.', word: 'الخائن', signal: 'inside-title' },
  { rule: 'insideName', text: 'واستقبل العقيد منصور بن الديوث أحمد الغامدي الوفد أمس.', word: 'الديوث', signal: 'inside-name' },
  { rule: 'betweenTitles', text: 'وقال عضو الحيوان مجلس الإدارة إن النادي مستعد.', word: 'الحيوان', signal: 'between-titles' },
  { rule: 'breaksConstruct', text: 'وقال مدير مديرية السافل الدفاع المدني إن الأمن مستتب.', word: 'السافل', signal: 'breaks-construct' },
  { rule: 'breaksAgreement', text: 'وقال جيروم فالك الأمين الذئاب العام للفيفا إنه سيجتمع مع الرعاة.', word: 'الذئاب', signal: 'breaks-agreement' },
  { rule: 'splitsTitle', text: 'وأعرب الدكتور نبيل العربي الأمين الجاهل العام لجامعة الدول العربية عن قلقه.', word: 'الجاهل', signal: 'splits-title' },
  { rule: 'completesTitle', text: 'وستستقبل المنظمة بحفاوة رئيس التافه هذه الجمهورية السابقة.', word: 'التافه', signal: 'completes-title' },
  { rule: 'disagreesWithHead', text: 'وقال الكولونيل توكور جوسو المتحدث باسم الجيش السفلة في بيان إن الوضع هادئ.', word: 'السفلة', signal: 'breaks-agreement' },
  { rule: 'splitsPhrase', text: 'وقال رئيس الجهلة النادي إن الفريق جاهز. وأكد رئيس النادي أن المدرب باق.', word: 'الجهلة', signal: 'splits-phrase' },
  { rule: 'disagreesWithAdjective', text: 'وارتفع سعر الخام الأمريكي الجهلة 35 سنتا إلى 45 دولارا للبرميل.', word: 'الجهلة', signal: 'breaks-agreement' },
];

test('traces: one case per rule, each found by its rule', () => {
  const rules = new Map(TRACE_RULES.map((r) => [r.name, r]));
  const wrong: string[] = [];
  for (const c of TRACE_CASES) {
    const r = rules.get(c.rule);
    assert.ok(r, `trace rule ${c.rule} exists`);
    const { doc, m } = matchOf(c.text, c.word);
    const t = r(doc, m);
    // With the trace the word is an insertion: high in the wire profile, removed by the cleaned text.
    const f = check(c.text).findings.find((x) => x.start <= m.start && m.start < x.end);
    if (!t || t.signal !== c.signal || f?.severity !== 'high' || f.suggestion.action !== 'remove') {
      wrong.push(`${c.rule}: «${c.word}» in «${c.text}»: ${t?.signal ?? 'no trace'}, ${f?.severity ?? 'no finding'} ${f?.suggestion.action ?? ''}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('traces: every rule in TRACE_RULES has a case', () => {
  const named = new Set(TRACE_CASES.map((c) => c.rule));
  for (const r of TRACE_RULES) assert.ok(named.has(r.name), `trace rule ${r.name} has a table case`);
});

// Phrases of the papers' own writing that look like the traces above and are none.
const NO_TRACE: { why: string; text: string; word: string }[] = [
  { why: 'a feminine adjective of a broken plural', text: 'وكشفت الأجهزة الأمنية الخلايا الإرهابية في المنطقة الشرقية.', word: 'الإرهابية' },
  { why: 'a construct whose head the adjective describes', text: 'ولا ننسى دور خلايا المخلوع النائمة في المدينة.', word: 'المخلوع' },
  { why: 'an adjective after an adjective of the same noun', text: 'وقتل آلاف في التمرد الكردي الانفصالي المستمر منذ ثلاثين عاما.', word: 'الانفصالي' },
  { why: 'a grammar word is no given name', text: 'ولفت اليافعي إلى أن الشهيد أبوبكر كان في الرياض قبل أشهر.', word: 'الشهيد' },
  { why: 'a noun and a phrase after it, written side by side elsewhere', text: 'ليس هناك حاجة للعميل للاتصال بالمركز، ولا حاجة للاتصال بعد اليوم.', word: 'للعميل' },
  { why: 'a hamza seat, not a nisba', text: 'ورافق سكرتير رئيس الهيئة الوفد خلال زيارته.', word: 'الهيئة' },
];

test('traces: the papers\' own phrases carry none', () => {
  for (const c of NO_TRACE) {
    const doc = analyze(c.text, resources, false, true);
    const at = c.text.indexOf(c.word);
    const m = doc.matches.find((x) => x.start <= at && at < x.end);
    if (!m) continue; // not a lexicon word here: nothing to trace
    const found = TRACE_RULES.map((r) => r(doc, m)).filter((t) => t !== null);
    assert.deepEqual(found.map((t) => t!.signal), [], `${c.why}: «${c.word}» in «${c.text}»`);
  }
});

// ---------------------------------------------------------------- sense

const SENSE_CASES: { rule: string; text: string; word: string; sense: 'epithet' | 'literal' }[] = [
  { rule: 'literal cue nearby', text: 'ضبطت الشرطة اللص الذي سرق محلا تجاريا في الحي.', word: 'اللص', sense: 'literal' },
  { rule: 'animal in a farm story', text: 'ونفقت عشرات الخنازير في المزرعة بسبب الحر.', word: 'الخنازير', sense: 'literal' },
  { rule: 'aimed at a person, no cue', text: 'وكان الخائن الأكبر علي يخطط للهرب منذ أشهر.', word: 'الخائن', sense: 'epithet' },
  { rule: 'literal default epithet (a historical name as a slur)', text: 'ويتحالف الحوثيون مع المجوس في حربهم على اليمن.', word: 'المجوس', sense: 'epithet' },
  { rule: 'literal default epithet, cue of history', text: 'وفي العهد الساساني كان المجوس يعبدون النار.', word: 'المجوس', sense: 'literal' },
  { rule: 'construct with a named organisation', text: 'بدءا من رئيس عصابة "داعش" وانتهاء بأتباعه.', word: 'عصابة', sense: 'epithet' },
  { rule: 'a singular in construct with a person is his byname, not his people', text: 'لماذا كان مجنون ليلى مقبولا في الشعر العربي.', word: 'مجنون', sense: 'literal' },
  { rule: 'a single word in scare quotes is not meant literally', text: 'وعثرت الفصائل على بطاقة إقامة في ملابس "الجلاد" العسكرية.', word: 'الجلاد', sense: 'epithet' },
  { rule: 'a phrase in marks after a name head is a title', text: 'بعد أفلام شهيرة مثل "ذئب وول ستريت" و"المغادرون".', word: 'ذئب', sense: 'literal' },
  { rule: 'insertion rules out a literal sense', text: 'وقال عضو الحيوان مجلس الإدارة إن النادي مستعد.', word: 'الحيوان', sense: 'epithet' },
];

test('sense: one case per rule', () => {
  const wrong: string[] = [];
  for (const c of SENSE_CASES) {
    const at = c.text.indexOf(c.word);
    const f = check(c.text).findings.find((x) => x.start <= at && at < x.end);
    if (f?.sense !== c.sense) wrong.push(`${c.rule}: «${c.word}» in «${c.text}»: ${f ? `${f.sense} (${f.evidence.join(' / ')})` : 'not found'}`);
  }
  assert.deepEqual(wrong, []);
});

test('sense and target are decided on the same match the voice is', () => {
  const { doc, m } = matchOf('وكان الخائن الأكبر علي يخطط للهرب منذ أشهر.', 'الخائن');
  const target = decideTarget(doc, m);
  assert.equal(decideSense(doc, m, target, false).sense, 'epithet');
});

// ---------------------------------------------------------------- matching

test('matching: a hamza written below is not one written above («إعراب» is no «أعراب»), a bare alef matches either', () => {
  const found = (t: string) => check(t).findings.map((f) => f.text);
  assert.deepEqual(found('بعد وقت قصير على إعراب الرئيس عن استيائه.'), []);
  assert.deepEqual(found('ولا تكن من الأعراب في هذا الأمر.'), ['الأعراب']);
  assert.deepEqual(found('ولا تكن من الاعراب في هذا الأمر.'), ['الاعراب']);
});

test('matching: the indefinite accusative in ا is a form of its own, never with the article or glued', () => {
  const found = (t: string) => check(t).findings.map((f) => f.text);
  assert.deepEqual(found('واعتبر الكاتب الوزير خائنا للوطن في مقاله.'), ['خائنا']);
  assert.deepEqual(found('وتحدث عن البرامج التفاعلية للقناة الثقافية.'), []);
  assert.deepEqual(found('كان الرجل الخائنالرسمي في الحكومة.'), ['الخائن']);
});
