// End-to-end tests of `amana scan`, `amana report` and `amana show`, run through `node bin/amana.js`
// on a corpus generated here from a dozen short Arabic news sentences written for these tests
// (a ministerial visit, a match, an earthquake, oil prices, a court case…), plus near-copies of one
// story so that clusters and diffs exist. See docs/scan.md for the database these tests read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { amana, assertInputError, BIN, ROOT, tempFiles } from './cli-harness.js';

const { dir: TMP } = tempFiles('amana-cli-scan-test-');
let dbCounter = 0;
/** A path for a new database file (not created). */
const newDb = (name = 'scan') => join(TMP, `${name}-${++dbCounter}.db`);

// ---------------------------------------------------------------------------------------------
// Test data. Twelve sentence templates on different topics; every few words is a slot (a name, a
// city, a day, a number, or a choice between phrasings) filled from the article number, so that
// two generated articles share few 4-word shingles and never pass for copies of each other.

const NAMES = ['سامي العلي', 'خالد منصور', 'عمر الخطيب', 'يوسف النمر', 'طارق الزين', 'نبيل حداد', 'فادي سليمان', 'ماجد الشريف', 'حسن عبد الله'];
const CITIES = ['عمّان', 'بيروت', 'تونس', 'الرباط', 'القاهرة', 'بغداد', 'الدوحة', 'مسقط', 'الخرطوم', 'دمشق', 'الجزائر', 'نواكشوط', 'صنعاء'];
const DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

interface Slots {
  pick: (choices: string[]) => string;
  p: string;
  q: string;
  c: string;
  d: string;
  k: number;
  k2: number;
  n: number;
  y: number;
}

const TEMPLATES: ((v: Slots) => string)[] = [
  // a ministerial visit
  (v) =>
    `وصل وزير ${v.pick(['الخارجية', 'الاقتصاد', 'الزراعة', 'الصحة', 'النقل'])} ${v.p} إلى ${v.c} ${v.d} في زيارة ${v.pick(['رسمية', 'قصيرة', 'عمل'])} تستمر ${v.k} أيام ` +
    `${v.pick(['يلتقي خلالها', 'يجتمع فيها مع', 'يبحث فيها مع'])} ${v.q} ${v.pick(['العلاقات الثنائية', 'ملفات التجارة', 'أوضاع المنطقة', 'مشاريع الطاقة'])}.`,
  // a football match
  (v) =>
    `فاز ${v.pick(['نادي', 'فريق', 'منتخب'])} ${v.c} على ${v.pick(['ضيفه', 'منافسه', 'مضيفه'])} بـ${v.k} أهداف ${v.pick(['مقابل هدف', 'دون رد', 'مقابل هدفين'])} ${v.d} ` +
    `${v.pick(['على ملعب', 'في ستاد'])} ${v.pick(['المدينة', 'الشهداء', 'الاستقلال'])} ${v.pick(['أمام', 'بحضور'])} ${v.n} ${v.pick(['متفرج', 'مشجع'])}.`,
  // an earthquake
  (v) =>
    `ضرب زلزال ${v.pick(['بقوة', 'شدته'])} ${v.k}.${v.k2} درجات ${v.pick(['قرب', 'شمال', 'جنوب', 'غرب'])} ${v.c} فجر ${v.d}، ` +
    `${v.pick(['وقال', 'وذكر'])} ${v.pick(['مرصد الزلازل', 'الدفاع المدني', 'المركز الوطني'])} إن ${v.n} ${v.pick(['شخصا أصيبوا بجروح', 'مواطنا نقلوا إلى المستشفى', 'منزلا تضرر'])}.`,
  // oil prices
  (v) =>
    `${v.pick(['ارتفعت', 'تراجعت', 'استقرت'])} أسعار ${v.pick(['النفط', 'الخام', 'مزيج برنت'])} ${v.d} عند ${v.n} دولارا ${v.pick(['للبرميل', 'للبرميل الواحد'])}، ` +
    `وقال المحلل ${v.p} ${v.pick(['إن الأسواق', 'إن المستثمرين', 'إن التجار'])} في ${v.c} ${v.pick(['يترقبون', 'ينتظرون', 'يراقبون'])} ${v.pick(['قرار المنتجين', 'بيانات المخزون', 'اجتماع أوبك'])}.`,
  // a court case
  (v) =>
    `أجلت ${v.pick(['محكمة الجنايات', 'المحكمة العليا', 'محكمة الاستئناف'])} في ${v.c} ${v.d} النظر في ${v.pick(['قضية الفساد', 'ملف الرشوة', 'قضية التزوير'])} ` +
    `${v.pick(['المتهم فيها', 'التي يحاكم فيها'])} ${v.p} ${v.pick(['إلى جلسة', 'حتى يوم'])} ${v.n} ${v.pick(['من الشهر المقبل', 'لسماع الشهود'])}.`,
  // the weather
  (v) =>
    `توقعت ${v.pick(['دائرة الأرصاد', 'هيئة الطقس'])} في ${v.c} ${v.pick(['أمطارا غزيرة', 'رياحا قوية', 'موجة حر'])} ${v.d} ${v.pick(['تصل إلى', 'تبلغ'])} ${v.n} ` +
    `${v.pick(['مليمترا', 'كيلومترا في الساعة'])}، ${v.pick(['ودعا', 'وحث'])} ${v.p} ${v.pick(['السائقين', 'المواطنين', 'الصيادين'])} إلى الحذر.`,
  // school exams
  (v) =>
    `أعلنت وزارة ${v.pick(['التربية', 'التعليم'])} في ${v.c} أن ${v.n} ${v.pick(['طالبا', 'طالبة', 'مترشحا'])} ${v.pick(['تقدموا للامتحانات', 'أنهوا الامتحانات', 'سجلوا للدورة'])} ${v.d}، ` +
    `وقال ${v.q} ${v.pick(['إن النتائج', 'إن الشهادات'])} ${v.pick(['تصدر قريبا', 'تعلن الشهر المقبل'])}.`,
  // a new hospital
  (v) =>
    `افتتح ${v.p} ${v.d} ${v.pick(['مستشفى جديدا', 'مركزا صحيا', 'مجمعا طبيا'])} في ${v.c} ${v.pick(['يضم', 'يتسع لـ'])} ${v.n} ${v.pick(['سريرا', 'مريضا'])} ` +
    `${v.pick(['وقسما للأطفال', 'ومختبرا حديثا', 'ووحدة طوارئ'])}.`,
  // inflation
  (v) =>
    `قال البنك المركزي في ${v.c} ${v.pick(['إن التضخم', 'إن معدل الأسعار', 'إن النمو'])} ${v.pick(['تراجع إلى', 'ارتفع إلى', 'بلغ'])} ${v.k} بالمئة، ` +
    `${v.pick(['وتوقع محافظه', 'ورجح رئيسه', 'وقدر خبيره'])} ${v.p} ${v.pick(['أن يستقر', 'أن يتحسن', 'أن يتغير'])} ${v.pick(['حتى نهاية', 'خلال'])} ${v.y}.`,
  // flights
  (v) =>
    `${v.pick(['بدأت', 'أطلقت'])} ${v.pick(['شركة الطيران', 'الخطوط الوطنية'])} ${v.d} ${v.k} رحلات ${v.pick(['أسبوعية', 'مباشرة', 'يومية'])} إلى ${v.c} ` +
    `${v.pick(['تنقل نحو', 'تحمل'])} ${v.n} ${v.pick(['مسافر', 'راكب'])}.`,
  // a book fair
  (v) =>
    `انطلقت في ${v.c} ${v.pick(['فعاليات معرض', 'دورة معرض', 'أيام معرض'])} ${v.pick(['الكتاب', 'الفنون', 'الصناعة'])} ${v.pick(['بمشاركة', 'بحضور'])} ${v.n} ` +
    `${v.pick(['دار نشر', 'عارض', 'شركة'])}، ${v.pick(['وافتتحه', 'ورعاه'])} ${v.p} ${v.d}.`,
  // a bad harvest
  (v) =>
    `${v.pick(['حذر', 'اشتكى', 'نبه'])} مزارعون ${v.pick(['قرب', 'في ريف'])} ${v.c} ${v.pick(['من تراجع', 'من تلف', 'من انخفاض'])} ${v.pick(['محصول الطماطم', 'موسم الزيتون', 'إنتاج القمح'])} ` +
    `${v.k} بالمئة، ${v.pick(['وطالب', 'وناشد'])} ${v.q} ${v.d} ${v.pick(['بتعويضات', 'بدعم'])} ${v.n} دينار.`,
];

/** A small deterministic hash (FNV-1a style over integers): the same slots on every machine. */
function hash(...xs: number[]): number {
  let h = 0x811c9dc5;
  for (const x of xs) {
    h = Math.imul(h ^ x, 0x01000193);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** Article number i: 3 to 5 sentences picked by a fixed formula, slots filled from i, and i itself. */
function generated(i: number): string {
  const out: string[] = [];
  const count = 3 + (i % 3);
  for (let s = 0; s < count; s++) {
    let slot = 0;
    const v: Slots = {
      pick: (choices) => choices[hash(i, s, ++slot) % choices.length],
      p: NAMES[hash(i, s, 101) % NAMES.length],
      q: NAMES[hash(i, s, 102) % NAMES.length],
      c: CITIES[hash(i, s, 103) % CITIES.length],
      d: `يوم ${DAYS[hash(i, s, 104) % DAYS.length]}`,
      k: 2 + (hash(i, s, 105) % 8),
      k2: hash(i, s, 106) % 10,
      n: 100 + i * 13 + s,
      y: 2000 + (hash(i, s, 107) % 30),
    };
    out.push(TEMPLATES[(i * 5 + s * 7) % TEMPLATES.length](v));
  }
  // Every seventh article reports an insult (a quoted one), so that findings exist.
  if (i % 7 === 3) out.push(`ووصف ${NAMES[i % NAMES.length]} منافسه في الانتخابات بأنه «خائن» خلال مؤتمر صحفي في ${CITIES[i % CITIES.length]}.`);
  out.push(`(رقم المقال ${i})`);
  return out.join(' ');
}

/** One wire story and three near-copies of it: an epithet inserted, a phrase reworded, a sentence dropped. */
const STORY = [
  'عمّان (رويترز) - قال وزير الداخلية سامي العلي للصحفيين يوم الأحد إن 40 شخصا اعتقلوا خلال الاحتجاجات التي شهدتها العاصمة.',
  'وأضاف العلي: «لن نسمح بالفوضى في شوارع العاصمة بعد اليوم».',
  'وأشار الوزير إلى أن قوات الأمن انتشرت في الساحات الرئيسية وأغلقت عددا من الطرق المؤدية إلى مبنى البرلمان.',
  'وطالبت منظمات حقوقية محلية بالإفراج عن المعتقلين، مؤكدة أن معظمهم من الطلاب الجامعيين.',
  'ومن المقرر أن يعقد مجلس النواب جلسة طارئة يوم الثلاثاء لمناقشة الأحداث والاستماع إلى الوزير.',
];
const STORY_VARIANTS = {
  wire: STORY.join('\n'),
  epithet: STORY.join('\n').replace('وزير الداخلية سامي العلي', 'وزير الداخلية المجرم سامي العلي'),
  reworded: STORY.join('\n').replace('الساحات الرئيسية', 'الميادين الكبرى'),
  shortened: STORY.filter((_, i) => i !== 3).join('\n'),
};

/**
 * A JSONL corpus of n lines: generated articles `g0000`…, with the story and its three copies at
 * four positions spread over the file (ids `story-a`… in the order wire, epithet, reworded, shortened).
 */
function jsonlCorpus(n: number): string {
  const storyAt = new Map<number, [string, string, string, string]>([
    [2, ['story-a', STORY_VARIANTS.wire, 'وكالة الأخبار', '2024-03-10']],
    [Math.floor(n / 3), ['story-b', STORY_VARIANTS.epithet, 'صحيفة الفجر', '2024-03-11']],
    [Math.floor((2 * n) / 3), ['story-c', STORY_VARIANTS.reworded, 'موقع المدينة', '2024-03-11']],
    [n - 2, ['story-d', STORY_VARIANTS.shortened, 'صحيفة الفجر', '2024-03-12']],
  ]);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = storyAt.get(i);
    if (s) lines.push(JSON.stringify({ id: s[0], text: s[1], source: s[2], date: s[3], title: 'اعتقالات في العاصمة' }));
    else lines.push(JSON.stringify({ id: `g${String(i).padStart(4, '0')}`, text: generated(i), source: `منفذ ${i % 5}`, date: `2024-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}` }));
  }
  return lines.join('\n') + '\n';
}

function writeFile(path: string, content: string | Buffer): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

// ---------------------------------------------------------------------------------------------
// Reading the database

function openRo(path: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true });
}

function withDb<T>(path: string, f: (db: Database.Database) => T): T {
  const db = openRo(path);
  try {
    return f(db);
  } finally {
    db.close();
  }
}

function tableNames(db: Database.Database): string[] {
  return db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
}

/** Every row of every table, ordered by all its columns: the database's content. */
function dump(path: string): Record<string, unknown[][]> {
  return withDb(path, (db) => {
    const out: Record<string, unknown[][]> = {};
    for (const t of tableNames(db)) {
      const cols = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[]).map((c) => `"${c}"`);
      out[t] = db.prepare(`SELECT ${cols.join(', ')} FROM "${t}" ORDER BY ${cols.join(', ')}`).raw(true).all() as unknown[][];
    }
    return out;
  });
}

function rowCounts(path: string): Record<string, number> {
  return withDb(path, (db) => Object.fromEntries(tableNames(db).map((t) => [t, Number(db.prepare(`SELECT COUNT(*) FROM "${t}"`).pluck().get())])));
}

/** Compare two dumps table by table, so that a failure names the table. */
function assertSameContent(a: string, b: string): void {
  const x = dump(a);
  const y = dump(b);
  assert.deepEqual(Object.keys(x), Object.keys(y));
  for (const t of Object.keys(x)) {
    assert.equal(x[t].length, y[t].length, `${t}: ${x[t].length} rows vs ${y[t].length}`);
    assert.deepEqual(x[t], y[t], `table ${t} differs`);
  }
}

/** The crash-safety invariants of docs/scan.md, checked with SQL on a database left by a killed scan. */
function assertConsistent(path: string): { articles: number } {
  return withDb(path, (db) => {
    const one = (sql: string) => Number(db.prepare(sql).pluck().get());
    assert.equal(db.prepare('PRAGMA integrity_check').pluck().get(), 'ok');
    assert.deepEqual(db.prepare('PRAGMA foreign_key_check').all(), []);
    assert.equal(one(`SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.article_id = a.id)`), 0, 'every article has its report');
    assert.equal(one(`SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM signatures s WHERE s.article_id = a.id)`), 0, 'every article has its signature');
    for (const t of ['reports', 'signatures', 'findings', 'entities', 'quotes']) {
      assert.equal(one(`SELECT COUNT(*) FROM ${t} c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id)`), 0, `no ${t} row without its article`);
    }
    // The findings column counts the findings rows written with it: no article lost some of its children.
    assert.equal(one(`SELECT COUNT(*) FROM articles a WHERE a.findings <> (SELECT COUNT(*) FROM findings f WHERE f.article_id = a.id)`), 0, 'every article has all its findings');
    return { articles: one(`SELECT COUNT(*) FROM articles`) };
  });
}

/** The number of stored articles, or -1 while the file is missing, being created or busy. */
function tryCountArticles(path: string): number {
  if (!existsSync(path)) return -1;
  try {
    return withDb(path, (db) => Number(db.prepare(`SELECT COUNT(*) FROM articles`).pluck().get()));
  } catch {
    return -1; // SQLITE_BUSY, no such table yet, not yet a database…
  }
}

// ---------------------------------------------------------------------------------------------
// A scan run in the background, to be interrupted.

interface Running {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function spawnScan(args: string[], stdin: 'ignore' | 'pipe' = 'ignore'): Running {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  delete env.AMANA_DEBUG;
  const child = spawn(process.execPath, [BIN, 'scan', ...args], { cwd: ROOT, env, stdio: [stdin, 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (s: string) => (stderr += s));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, exit };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll the database until it holds at least n articles; fails if the scan ends first. */
async function waitForArticles(db: string, n: number, run: Running, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void run.exit.then(() => (ended = true));
  while (Date.now() < deadline) {
    const count = tryCountArticles(db);
    if (count >= n) return count;
    if (ended) throw new Error(`the scan ended before ${n} articles were stored (${count}): ${(await run.exit).stderr}`);
    await sleep(15);
  }
  run.child.kill('SIGKILL');
  throw new Error(`no ${n} articles stored after ${timeoutMs} ms`);
}

// ---------------------------------------------------------------------------------------------
// 1, 2. A directory: every kind of file, problems, a cluster; then the same scan again.

const CORPUS_DIR = join(TMP, 'corpus');
const PAGE_TITLE = 'أسعار النفط ترتفع في تعاملات الأسبوع';
writeFile(join(CORPUS_DIR, 'politics', 'visit.txt'), generated(0));
writeFile(join(CORPUS_DIR, 'sport', 'deep', 'match.txt'), generated(1));
writeFile(join(CORPUS_DIR, 'story', 'a-wire.txt'), STORY_VARIANTS.wire);
writeFile(join(CORPUS_DIR, 'story', 'b-epithet.txt'), STORY_VARIANTS.epithet);
writeFile(join(CORPUS_DIR, 'story', 'c-reworded.txt'), STORY_VARIANTS.reworded);
writeFile(join(CORPUS_DIR, 'story', 'd-shortened.txt'), STORY_VARIANTS.shortened);
writeFile(
  join(CORPUS_DIR, 'page.html'),
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${PAGE_TITLE}</title></head><body>` +
    `<nav><a href="/">الرئيسية</a> | <a href="/eco">اقتصاد</a></nav><article><h1>${PAGE_TITLE}</h1><p>${generated(2)}</p><p>${generated(3)}</p></article>` +
    `<footer>جميع الحقوق محفوظة</footer></body></html>`,
);
writeFile(join(CORPUS_DIR, 'misc', 'item.json'), JSON.stringify({ text: generated(4), source: 'الجريدة', date: '2024-05-02', title: 'زلزال قرب العاصمة' }));
writeFile(join(CORPUS_DIR, 'misc', 'bad.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x41, 0x00, 0x00, 0x10, 0x80, 0xd8, 0x00]));
writeFile(join(CORPUS_DIR, 'misc', 'empty.txt'), '');
writeFile(join(CORPUS_DIR, 'misc', 'english.txt'), 'The minister arrived in the capital on Sunday for a two-day official visit.\n');
writeFile(join(CORPUS_DIR, 'misc', 'notes.md'), 'ملاحظات المحرر: لا تنشر هذا الملف.\n'); // not an article extension: ignored

const DIR_IDS = ['misc/item.json', 'page.html', 'politics/visit.txt', 'sport/deep/match.txt', 'story/a-wire.txt', 'story/b-epithet.txt', 'story/c-reworded.txt', 'story/d-shortened.txt'];
const DIR_DB = newDb('dir');

test('scan of a directory: every article stored, bad files listed as problems, near-copies clustered and diffed', () => {
  const r = amana(['scan', CORPUS_DIR, '--db', DIR_DB, '--threads', '0']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!r.stderr.includes('    at '), 'no stack trace');
  assert.match(r.stderr, /\b8 articles analysed, 0 already stored, 3 skipped with a problem\b/u);

  withDb(DIR_DB, (db) => {
    assert.equal(db.prepare(`SELECT value FROM meta WHERE key = 'schema'`).pluck().get(), 'amana-scan/3');
    // Problems: the three unreadable files, by path, each with why.
    const problems = db.prepare(`SELECT origin, message FROM problems ORDER BY origin`).all() as { origin: string; message: string }[];
    assert.deepEqual(problems.map((p) => p.origin), ['bad.txt', 'empty.txt', 'english.txt'].map((f) => join(CORPUS_DIR, 'misc', f)));
    const why = Object.fromEntries(problems.map((p) => [p.origin.slice(p.origin.lastIndexOf('/') + 1), p.message]));
    assert.match(why['bad.txt'], /binary/u);
    assert.match(why['empty.txt'], /empty/u);
    assert.match(why['english.txt'], /Arabic/u);
    for (const p of problems) assert.ok(!p.message.startsWith(p.origin), `the message does not repeat the origin: ${p.message}`);
    for (const p of problems) assert.match(r.stderr, new RegExp(`skipped ${p.origin.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: `, 'u'));

    // Articles: everything else, ids relative to the directory; notes.md ignored.
    const articles = db.prepare(`SELECT * FROM articles ORDER BY id`).all() as Record<string, unknown>[];
    assert.deepEqual(articles.map((a) => a.id), DIR_IDS);
    const byId = Object.fromEntries(articles.map((a) => [a.id as string, a]));
    assert.equal(byId['politics/visit.txt'].text, generated(0));
    assert.equal(byId['politics/visit.txt'].origin, join(CORPUS_DIR, 'politics', 'visit.txt'));
    assert.equal(byId['story/b-epithet.txt'].text, STORY_VARIANTS.epithet);
    for (const a of articles) assert.equal(a.bytes, Buffer.byteLength(a.text as string), `${a.id}: bytes`);
    // The .json file's metadata, and the page's title and text without its navigation and footer.
    assert.deepEqual(
      { source: byId['misc/item.json'].source, date: byId['misc/item.json'].date, title: byId['misc/item.json'].title, text: byId['misc/item.json'].text },
      { source: 'الجريدة', date: '2024-05-02', title: 'زلزال قرب العاصمة', text: generated(4) },
    );
    const page = byId['page.html'];
    assert.equal(page.title, PAGE_TITLE);
    assert.ok((page.text as string).includes('(رقم المقال 2)') && (page.text as string).includes('(رقم المقال 3)'), String(page.text));
    assert.ok(!(page.text as string).includes('<') && !(page.text as string).includes('جميع الحقوق محفوظة'), String(page.text));

    // Every article has its report, signature (128 little-endian uint32) and findings rows.
    for (const id of DIR_IDS) {
      const report = JSON.parse(db.prepare(`SELECT report FROM reports WHERE article_id = ?`).pluck().get(id) as string);
      assert.equal(report.schema, 'amana-check/2', id);
      assert.equal(report.findings.length, byId[id].findings, id);
      const blob = db.prepare(`SELECT minhash FROM signatures WHERE article_id = ?`).pluck().get(id) as Buffer;
      assert.equal(blob.length, 128 * 4, id);
    }
    // The epithet is a finding of the copy that inserted it, aimed at the minister.
    const f = db.prepare(`SELECT text, severity, target FROM findings WHERE article_id = 'story/b-epithet.txt'`).all() as Record<string, unknown>[];
    assert.ok(f.some((x) => x.text === 'المجرم' && x.target === 'سامي العلي'), JSON.stringify(f));
    assert.equal(byId['story/b-epithet.txt'].max_severity, 'high');
    assert.equal(byId['story/a-wire.txt'].high, 0);
    assert.equal(byId['story/a-wire.txt'].agencies, '["رويترز"]');

    // One cluster: the four versions of the story, the wire version its original.
    assert.deepEqual(db.prepare(`SELECT id, original_id, size FROM clusters`).all(), [{ id: 1, original_id: 'story/a-wire.txt', size: 4 }]);
    assert.match(db.prepare(`SELECT why FROM clusters`).pluck().get() as string, /رويترز/u);
    assert.deepEqual(db.prepare(`SELECT article_id FROM cluster_members WHERE cluster_id = 1 ORDER BY article_id`).pluck().all(), DIR_IDS.filter((id) => id.startsWith('story/')));
    const diffs = db.prepare(`SELECT copy_id, cluster_id, original_id, similarity, verdict FROM diffs ORDER BY copy_id`).all() as Record<string, unknown>[];
    assert.deepEqual(diffs.map((d) => [d.copy_id, d.cluster_id, d.original_id]), [
      ['story/b-epithet.txt', 1, 'story/a-wire.txt'],
      ['story/c-reworded.txt', 1, 'story/a-wire.txt'],
      ['story/d-shortened.txt', 1, 'story/a-wire.txt'],
    ]);
    for (const d of diffs) assert.ok((d.similarity as number) > 0.5 && (d.similarity as number) <= 1, `${d.copy_id}: ${d.similarity}`);
    const verdict = Object.fromEntries(diffs.map((d) => [d.copy_id as string, d.verdict]));
    assert.equal(verdict['story/b-epithet.txt'], 'manipulated');
    assert.notEqual(verdict['story/c-reworded.txt'], 'manipulated');
    assert.notEqual(verdict['story/d-shortened.txt'], 'manipulated');
    const changes = db.prepare(`SELECT copy_id, category, original, copy, target FROM diff_changes ORDER BY copy_id, n`).all() as Record<string, unknown>[];
    assert.ok(
      changes.some((c) => c.copy_id === 'story/b-epithet.txt' && c.category === 'inserted-epithet' && c.copy === 'المجرم' && c.original === null && c.target === 'سامي العلي'),
      JSON.stringify(changes),
    );
    assert.ok(changes.some((c) => c.copy_id === 'story/d-shortened.txt' && c.category === 'sentence-removed' && c.original === STORY[3]), JSON.stringify(changes));
    assert.ok(changes.some((c) => c.copy_id === 'story/c-reworded.txt'), 'the reworded copy has a change');
    // The view a researcher queries lists the epithet.
    assert.deepEqual(db.prepare(`SELECT copy_id, category, copy, target FROM v_manipulations`).all(), [
      { copy_id: 'story/b-epithet.txt', category: 'inserted-epithet', copy: 'المجرم', target: 'سامي العلي' },
    ]);
  });

  // report --format json: the totals are those of the stored rows.
  const rep = amana(['report', '--db', DIR_DB, '--format', 'json']);
  assert.equal(rep.status, 0, rep.stderr);
  assert.equal(rep.stderr, '');
  const report = JSON.parse(rep.stdout);
  assert.equal(report.schema, 'amana-scan-report/1');
  const expected = withDb(DIR_DB, (db) => {
    const one = (sql: string) => Number(db.prepare(sql).pluck().get());
    const counts = (sql: string) => Object.fromEntries((db.prepare(sql).raw(true).all() as [string, number][]).map(([k, n]) => [k, n]));
    return {
      articles: one(`SELECT COUNT(*) FROM articles`),
      bytes: one(`SELECT SUM(bytes) FROM articles`),
      problems: one(`SELECT COUNT(*) FROM problems`),
      sources: one(`SELECT COUNT(DISTINCT source) FROM articles`),
      articles_with_findings: one(`SELECT COUNT(*) FROM articles WHERE findings > 0`),
      articles_with_high: one(`SELECT COUNT(*) FROM articles WHERE high > 0`),
      findings: one(`SELECT COUNT(*) FROM findings`),
      by_severity: counts(`SELECT severity, COUNT(*) FROM findings GROUP BY severity ORDER BY severity`),
      by_category: counts(`SELECT category, COUNT(*) FROM findings GROUP BY category ORDER BY category`),
      clusters: one(`SELECT COUNT(*) FROM clusters`),
      copies: one(`SELECT COUNT(*) FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id WHERE m.article_id <> c.original_id`),
      diffs: one(`SELECT COUNT(*) FROM diffs`),
      by_verdict: counts(`SELECT verdict, COUNT(*) FROM diffs GROUP BY verdict ORDER BY verdict`),
    };
  });
  assert.deepEqual(report.totals, expected);
  assert.equal(report.totals.articles, 8);
  assert.equal(report.totals.problems, 3);
  assert.equal(report.totals.by_verdict.manipulated, 1);
  assert.deepEqual(report.clusters.map((c: { id: number; original_id: string; manipulated: number }) => [c.id, c.original_id, c.manipulated]), [[1, 'story/a-wire.txt', 1]]);
  assert.ok(report.targets.some((t: { target: string }) => t.target === 'سامي العلي'), JSON.stringify(report.targets));

  // The text report prints.
  const text = amana(['report', '--db', DIR_DB]);
  assert.equal(text.status, 0, text.stderr);
  assert.ok(text.stdout.length > 0);

  // show CLUSTER --format json: the original and each copy with its diff.
  const shown = amana(['show', '--db', DIR_DB, '1', '--format', 'json']);
  assert.equal(shown.status, 0, shown.stderr);
  const cluster = JSON.parse(shown.stdout);
  assert.equal(cluster.id, 1);
  assert.equal(cluster.size, 4);
  assert.equal(cluster.original.id, 'story/a-wire.txt');
  assert.deepEqual(cluster.copies.map((c: { article: { id: string } }) => c.article.id), ['story/b-epithet.txt', 'story/c-reworded.txt', 'story/d-shortened.txt']);
  for (const c of cluster.copies) assert.ok(c.diff && c.diff.changes.length > 0, `${c.article.id} has a diff with changes`);
  const epithet = cluster.copies[0].diff;
  assert.equal(epithet.verdict, 'manipulated');
  assert.equal(epithet.report.schema, 'amana-diff/1');
  assert.deepEqual(epithet.changes.filter((c: { category: string }) => c.category === 'inserted-epithet'), [{ category: 'inserted-epithet', original: null, copy: 'المجرم', target: 'سامي العلي' }]);
  // Every span of the stored diff report is exact in the texts it was computed on.
  for (const c of epithet.report.changes) {
    if (c.original) assert.equal(STORY_VARIANTS.wire.slice(c.original.start, c.original.end), c.original.text);
    if (c.copy) assert.equal(STORY_VARIANTS.epithet.slice(c.copy.start, c.copy.end), c.copy.text);
  }

  // show ARTICLE --format json: the copy, its findings, its cluster role and its diff.
  const one = amana(['show', '--db', DIR_DB, 'story/b-epithet.txt', '--format', 'json']);
  assert.equal(one.status, 0, one.stderr);
  const article = JSON.parse(one.stdout);
  assert.equal(article.article.id, 'story/b-epithet.txt');
  assert.equal(article.text, STORY_VARIANTS.epithet);
  assert.deepEqual(article.cluster && [article.cluster.id, article.cluster.role, article.cluster.original_id], [1, 'copy', 'story/a-wire.txt']);
  assert.equal(article.diff.verdict, 'manipulated');
  for (const x of article.findings) assert.equal(STORY_VARIANTS.epithet.slice(x.start, x.end), x.text);
  const original = JSON.parse(amana(['show', '--db', DIR_DB, 'story/a-wire.txt', '--format', 'json']).stdout);
  assert.equal(original.cluster.role, 'original');
  assert.equal(original.diff, null);
  const alone = JSON.parse(amana(['show', '--db', DIR_DB, 'politics/visit.txt', '--format', 'json']).stdout);
  assert.equal(alone.cluster, null);
  // And the readable views print, with the inserted epithet.
  for (const id of ['1', 'story/b-epithet.txt']) {
    const r2 = amana(['show', '--db', DIR_DB, id]);
    assert.equal(r2.status, 0, r2.stderr);
    assert.match(r2.stdout, /المجرم/u);
    assert.match(r2.stdout, /manipulated/u);
  }
});

test('scan again: nothing is analysed and no table changes', () => {
  const before = dump(DIR_DB);
  const counts = rowCounts(DIR_DB);
  const r = amana(['scan', CORPUS_DIR, '--db', DIR_DB, '--threads', '0']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /\b0 articles analysed, 8 already stored, 3 skipped with a problem\b/u);
  assert.deepEqual(rowCounts(DIR_DB), counts);
  assert.deepEqual(dump(DIR_DB), before);
  // Quiet: no progress, no summary.
  const q = amana(['scan', CORPUS_DIR, '--db', DIR_DB, '--threads', '0', '-q']);
  assert.equal(q.status, 0, q.stderr);
  assert.equal(q.stderr, '');
  assert.deepEqual(dump(DIR_DB), before);
});

// ---------------------------------------------------------------------------------------------
// 3. Determinism

test('the same JSONL scanned with 2 threads or on the main thread, in other batches, gives the same database', () => {
  const input = writeFile(join(TMP, 'determinism.jsonl'), jsonlCorpus(150) + '{"id": "broken", "text": \n' + JSON.stringify({ id: 'no-text' }) + '\n');
  const a = newDb('threads2');
  const b = newDb('threads0');
  const ra = amana(['scan', input, '--db', a, '--threads', '2', '--batch', '7', '-q']);
  assert.equal(ra.status, 0, ra.stderr);
  const rb = amana(['scan', input, '--db', b, '--threads', '0', '--batch', '50', '-q']);
  assert.equal(rb.status, 0, rb.stderr);
  const counts = rowCounts(a);
  assert.equal(counts.articles, 150);
  assert.equal(counts.problems, 2);
  assert.equal(counts.clusters, 1);
  assert.equal(counts.diffs, 3);
  assert.ok(counts.findings > 0 && counts.entities > 0 && counts.diff_changes > 0, JSON.stringify(counts));
  assertSameContent(a, b);
  // The JSONL metadata is kept, and the original is the earliest version of the story.
  withDb(a, (db) => {
    assert.deepEqual(db.prepare(`SELECT source, date, title, origin FROM articles WHERE id = 'story-b'`).get(), {
      source: 'صحيفة الفجر',
      date: '2024-03-11',
      title: 'اعتقالات في العاصمة',
      origin: `${input}:51`,
    });
    assert.deepEqual(db.prepare(`SELECT original_id, size FROM clusters`).get(), { original_id: 'story-a', size: 4 });
    assert.equal(db.prepare(`SELECT verdict FROM diffs WHERE copy_id = 'story-b'`).pluck().get(), 'manipulated');
    assert.deepEqual(db.prepare(`SELECT origin FROM problems ORDER BY origin`).pluck().all(), [`${input}:151`, `${input}:152`]);
  });
});

test('a dropped-metadata problem (an invalid date) is kept whatever the threads and batch size', () => {
  // An article with an invalid date is stored without it, and the problem says so (docs/scan.md,
  // inputs.ts). That row must not depend on which thread finished first.
  const lines = jsonlCorpus(40).split('\n');
  const bad = JSON.parse(lines[20]);
  bad.date = '2024-13-45';
  lines[20] = JSON.stringify(bad);
  const input = writeFile(join(TMP, 'bad-date.jsonl'), lines.join('\n'));
  const problemsOf = (db: string) => withDb(db, (d) => d.prepare(`SELECT origin, message FROM problems`).all() as { origin: string; message: string }[]);
  const results: string[] = [];
  for (const [threads, batch] of [['0', '5'], ['2', '1'], ['2', '3']]) {
    const db = newDb('bad-date');
    const r = amana(['scan', input, '--db', db, '--threads', threads, '--batch', batch, '-q']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(withDb(db, (d) => d.prepare(`SELECT date FROM articles WHERE id = ?`).pluck().get(bad.id)), null);
    const p = problemsOf(db);
    results.push(`--threads ${threads} --batch ${batch}: ${JSON.stringify(p)}`);
  }
  for (const line of results) assert.match(line, /bad-date\.jsonl:21.*2024-13-45.*kept without a date/u, results.join('\n'));
});

// ---------------------------------------------------------------------------------------------
// 4, 5. Interrupted scans

const BIG_N = 600;
const BIG = writeFile(join(TMP, 'big.jsonl'), jsonlCorpus(BIG_N));
const BIG_IDS = jsonlCorpus(BIG_N)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l).id as string)
  .sort();
let reference: string | null = null;
/** The big corpus scanned in one go, made once for tests 4 and 5. */
function referenceDb(): string {
  if (reference) return reference;
  const db = newDb('reference');
  const r = amana(['scan', BIG, '--db', db, '--threads', '2', '--batch', '25', '-q']);
  assert.equal(r.status, 0, r.stderr);
  reference = db;
  return db;
}

test('kill -9 during a scan leaves a consistent database; scanning again completes it as if run once', async () => {
  const ref = referenceDb();
  assert.equal(rowCounts(ref).articles, BIG_N);
  const db = newDb('killed');
  const run = spawnScan([BIG, '--db', db, '--threads', '2', '--batch', '25']);
  await waitForArticles(db, 50, run);
  run.child.kill('SIGKILL');
  const killed = await run.exit;
  assert.equal(killed.signal, 'SIGKILL');

  // What the kill left: whole batches only, each article with all its rows.
  const { articles } = assertConsistent(db);
  assert.ok(articles >= 50 && articles < BIG_N, `${articles} articles stored when killed`);
  assert.equal(articles % 25, 0, `whole batches of 25 only: ${articles}`);

  const r = amana(['scan', BIG, '--db', db, '--threads', '2', '--batch', '25']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`\\b${BIG_N - articles} articles? analysed, ${articles} already stored, 0 skipped with a problem\\b`, 'u'));
  assertConsistent(db);
  withDb(db, (d) => assert.deepEqual(d.prepare(`SELECT id FROM articles ORDER BY id`).pluck().all(), BIG_IDS));
  assertSameContent(db, ref);
});

test('Ctrl-C once: the scan writes what was in flight and exits 130; running it again completes it', async () => {
  const ref = referenceDb();
  const db = newDb('interrupted');
  const run = spawnScan([BIG, '--db', db, '--threads', '2', '--batch', '25']);
  const seen = await waitForArticles(db, 50, run);
  run.child.kill('SIGINT');
  const stopped = await run.exit;
  assert.equal(stopped.code, 130, stopped.stderr);
  assert.match(stopped.stderr, /^amana: stopping/mu);
  assert.match(stopped.stderr, /interrupted: run again to resume/u);
  assert.ok(!stopped.stderr.includes('    at '), 'no stack trace');
  // Every article it analysed was written, not only the full batches.
  const analysed = Number(/\b(\d+) articles? analysed, 0 already stored, 0 skipped with a problem/u.exec(stopped.stderr)?.[1]);
  const { articles } = assertConsistent(db);
  assert.equal(articles, analysed, stopped.stderr);
  assert.ok(articles >= seen && articles < BIG_N, `${articles} stored after Ctrl-C`);

  const r = amana(['scan', BIG, '--db', db, '--threads', '2', '--batch', '25']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`\\b${BIG_N - articles} articles? analysed, ${articles} already stored, 0 skipped with a problem\\b`, 'u'));
  assertSameContent(db, ref);
});

// ---------------------------------------------------------------------------------------------
// 6. Input errors

test('input errors exit 2 with one amana: line and touch no database', () => {
  const db = newDb('errors');
  assertInputError(amana(['scan', '--db', db]), /input/u);
  assertInputError(amana(['scan', join(TMP, 'no-such-dir'), '--db', db]), /no-such-dir: no such file or directory/u);
  assertInputError(amana(['scan', '-', '-', '--db', db], ''), /stdin/u);
  assertInputError(amana(['scan', CORPUS_DIR]), /--db/u);
  assertInputError(amana(['scan', CORPUS_DIR, '--db', db, '--threads', 'two']), /whole number/u);
  assert.ok(!existsSync(db), 'no database is created for a command that fails');

  // A SQLite file of another program is refused and left as it was.
  const other = join(TMP, 'other.sqlite');
  const o = new Database(other);
  o.exec(`CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('keep me')`);
  o.close();
  const bytes = readFileSync(other);
  assertInputError(amana(['scan', CORPUS_DIR, '--db', other, '--threads', '0']), /not an amana scan database/u);
  assertInputError(amana(['report', '--db', other]), /not an amana scan database/u);
  assert.deepEqual(readFileSync(other), bytes);
  assert.ok(!existsSync(`${other}-wal`));
  // A file that is not SQLite at all.
  const textFile = writeFile(join(TMP, 'notes.db'), 'هذا ليس ملف قاعدة بيانات\n');
  assertInputError(amana(['scan', CORPUS_DIR, '--db', textFile, '--threads', '0']), /not an amana scan database/u);
  assert.equal(readFileSync(textFile, 'utf8'), 'هذا ليس ملف قاعدة بيانات\n');

  // report and show on a missing database: refused, not created.
  const missing = join(TMP, 'missing.db');
  assertInputError(amana(['report', '--db', missing]), /missing\.db/u);
  assertInputError(amana(['show', '--db', missing, '1']), /missing\.db/u);
  assert.ok(!existsSync(missing));
  // show of an unknown article or cluster.
  assertInputError(amana(['show', '--db', DIR_DB, 'no/such/article.txt']), /no\/such\/article\.txt: no such article or cluster/u);
  assertInputError(amana(['show', '--db', DIR_DB, '99']), /99: no such/u);
  assertInputError(amana(['show', '--db', DIR_DB, '--cluster', 'story/a-wire.txt']), /no such cluster/u);
});

// ---------------------------------------------------------------------------------------------
// 7. stdin

test('scan - reads JSONL from stdin', () => {
  const db = newDb('stdin');
  const jsonl = jsonlCorpus(24);
  const r = amana(['scan', '-', '--db', db, '--threads', '0'], jsonl);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /\b24 articles analysed, 0 already stored, 0 skipped with a problem\b/u);
  withDb(db, (d) => {
    assert.equal(d.prepare(`SELECT COUNT(*) FROM articles`).pluck().get(), 24);
    assert.equal(d.prepare(`SELECT origin FROM articles WHERE id = 'g0000'`).pluck().get(), 'stdin:1');
    assert.equal(d.prepare(`SELECT text FROM articles WHERE id = 'g0005'`).pluck().get(), generated(5));
    assert.deepEqual(d.prepare(`SELECT original_id, size FROM clusters`).all(), [{ original_id: 'story-a', size: 4 }]);
    assert.equal(d.prepare(`SELECT verdict FROM diffs WHERE copy_id = 'story-b'`).pluck().get(), 'manipulated');
  });
  // The same lines again on stdin: all already stored.
  const again = amana(['scan', '-', '--db', db, '--threads', '0'], jsonl);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /\b0 articles analysed, 24 already stored, 0 skipped with a problem\b/u);
});

test('Ctrl-C while stdin is open but idle: the scan stops without waiting for another line', async () => {
  // `tail -f feed.jsonl | amana scan - --db x.db`: the user presses Ctrl-C between two lines.
  const db = newDb('stdin-sigint');
  const run = spawnScan(['-', '--db', db, '--threads', '0', '--batch', '1'], 'pipe');
  run.child.stdin!.write(jsonlCorpus(3));
  await waitForArticles(db, 3, run);
  run.child.kill('SIGINT');
  const timer = setTimeout(() => run.child.kill('SIGKILL'), 5_000);
  const stopped = await run.exit;
  clearTimeout(timer);
  run.child.stdin!.destroy();
  assert.equal(stopped.signal, null, `still running 5 s after Ctrl-C (killed); stderr: ${stopped.stderr}`);
  assert.equal(stopped.code, 130, stopped.stderr);
  assert.equal(assertConsistent(db).articles, 3);
});
