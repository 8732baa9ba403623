import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openSqliteStore, SCHEMA_VERSION, type Store } from '../src/cli/scan/store.js';
import type { ArticleInput, ArticleResult, DiffResult } from '../src/cli/scan/types.js';

// ---------------------------------------------------------------------------------------------
// Hand-made records: what a worker would return, small enough to read.

function tempDir(): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'amana-store-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

interface FindingSpec {
  word: string;
  category?: string;
  severity?: string;
  voice?: string;
  lexeme: string;
  entry: string;
  target?: { text: string; kind: string; group?: string | null } | null;
}

function input(id: string, text: string, source: string | null, date: string | null = '2024-03-01'): ArticleInput {
  return { id, text, source, url: source ? `https://example.test/${id}` : null, date, title: text.split(/[.،]/u)[0], origin: `corpus.jsonl:${id}` };
}

/** A result whose report is a small amana-check/2 object with the same findings (spans located in the text). */
function result(article: ArticleInput, specs: FindingSpec[] = [], opts: { agencies?: string[]; seed?: number } = {}): ArticleResult {
  const findings = specs.map((s) => {
    const start = article.text.indexOf(s.word);
    assert.ok(start >= 0, `${s.word} is in ${article.id}`);
    return {
      start,
      end: start + s.word.length,
      text: s.word,
      category: s.category ?? 'insult',
      severity: s.severity ?? 'high',
      voice: s.voice ?? 'narrator',
      lexeme: s.lexeme,
      entry: s.entry,
      target: s.target ? s.target.text : null,
      target_kind: s.target ? s.target.kind : null,
      target_group: s.target ? (s.target.group ?? null) : null,
    };
  });
  const report = {
    schema: 'amana-check/2',
    length: article.text.length,
    findings: findings.map((f, i) => {
      const t = specs[i].target;
      const ts = t ? article.text.indexOf(t.text) : -1;
      return { id: `f${i + 1}`, ...f, target: t ? { start: ts, end: ts + t.text.length, text: t.text, kind: t.kind, group: t.group ?? null } : null };
    }),
    summary: { findings: findings.length, max_severity: findings.length ? findings[0].severity : null },
    extract: { entity_index: [], quotes: [], credits: [] },
  };
  const seed = opts.seed ?? [...article.id].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
  return {
    id: article.id,
    report: JSON.stringify(report),
    findings,
    entities: [{ entity_id: 'person-1', type: 'person', name: 'وزير الخارجية', mentions: 1, gazetteer_id: null }],
    quotes: [{ start: 0, end: 3, text: article.text.slice(0, 3), kind: 'indirect', speaker: 'وزير الخارجية', source: null }],
    // Values past 2^31 check that the blob round-trips them unsigned.
    signature: Uint32Array.from({ length: 16 }, (_, i) => (seed * (i + 1) * 2654435761) >>> 0),
    shingles: Uint32Array.from({ length: 8 }, (_, i) => (seed * (i + 3) * 40503) >>> 0).sort(),
    maxSeverity: findings.length ? findings[0].severity : null,
    agencies: opts.agencies ?? [],
  };
}

const item = (article: ArticleInput, r: ArticleResult = result(article)) => ({ article, result: r });

const MINISTER = { text: 'وزير الخارجية', kind: 'person' };
const REFUGEES = { text: 'اللاجئين', kind: 'group', group: 'refugees' };
const KHAIN = { word: 'الخائن', lexeme: 'خائن', entry: 'insult/treason/khain', target: MINISTER };

// A small corpus: two stories, each an agency original and copies from three outlets.
const o1 = input('o1', 'قال وزير الخارجية إن المحادثات مع الوفد ستستمر غدا في القاهرة.', 'وكالة الأنباء', '2024-03-01');
const c1 = input('c1', 'قال وزير الخارجية الخائن إن المحادثات مع الوفد ستستمر غدا في القاهرة.', 'صحيفة الفجر', '2024-03-02');
const c2 = input('c2', 'قال وزير الخارجية إن المحادثات مع الوفد ستستمر غدا في القاهرة.', 'موقع النهار', '2024-03-02');
const o2 = input('o2', 'وصل مئات اللاجئين إلى المخيم الحدودي خلال الليل بحسب الأمم المتحدة.', 'وكالة الأنباء', '2024-03-05');
const c3 = input('c3', 'وصل آلاف اللاجئين الغوغاء إلى المخيم الحدودي خلال الليل.', 'صحيفة الفجر', '2024-03-06');
const c4 = input('c4', 'وصل مئات اللاجئين إلى المخيم الحدودي خلال الليل بحسب الأمم المتحدة. وتابع المراسل التطورات.', 'موقع النهار', '2024-03-06');
const lone = input('lone', 'افتتح المعرض الدولي للكتاب أبوابه أمس بمشاركة واسعة.', null, null);

const corpus = () => [
  item(o1, result(o1, [], { agencies: ['رويترز'] })),
  item(c1, result(c1, [KHAIN])),
  item(c2),
  item(o2, result(o2, [], { agencies: ['رويترز'] })),
  item(c3, result(c3, [{ word: 'الغوغاء', category: 'dehumanization', lexeme: 'غوغاء', entry: 'dehumanization/mob/ghawgha', target: REFUGEES }])),
  item(c4),
  item(lone),
];

function diffResult(clusterId: number, original: ArticleInput, copy: ArticleInput, verdict: string, spans: Omit<DiffResult['changes'][number], 'target'>[], targets: (string | null)[] = []): DiffResult {
  const changes = spans.map((c, i) => ({ ...c, target: targets[i] ?? null }));
  const report = {
    schema: 'amana-diff/1',
    similarity: 0.9,
    verdict,
    changes: changes.map((c, i) => ({ id: `c${i + 1}`, category: c.category, original: null, copy: null, target: targets[i] ? { start: 0, end: 1, text: targets[i] } : null })),
  };
  return { clusterId, originalId: original.id, copyId: copy.id, similarity: 0.9, verdict, report: JSON.stringify(report), changes };
}

const clusterSpecs = () => [
  { members: ['o1', 'c1', 'c2'], original: 'o1', why: 'credits رويترز' },
  { members: ['o2', 'c3', 'c4'], original: 'o2', why: 'credits رويترز' },
];

const diffsFor = (ids: { o1: number; o2: number }) => [
  diffResult(ids.o1, o1, c1, 'manipulated', [{ category: 'inserted-epithet', original: null, copy: 'الخائن' }], ['وزير الخارجية']),
  diffResult(ids.o1, o1, c2, 'faithful', []),
  diffResult(ids.o2, o2, c3, 'manipulated', [
    { category: 'number-change', original: 'مئات', copy: 'آلاف' },
    { category: 'inserted-epithet', original: null, copy: 'الغوغاء' },
    { category: 'attribution-removed', original: 'بحسب الأمم المتحدة', copy: null },
  ], [null, 'اللاجئين', null]),
  diffResult(ids.o2, o2, c4, 'edited', [{ category: 'sentence-added', original: null, copy: 'وتابع المراسل التطورات.' }]),
];

/** Every table's rows, in a total order: equal dumps mean equal content. */
function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
    for (const t of tables) {
      const n = (db.prepare(`SELECT COUNT(*) FROM pragma_table_info(?)`).pluck().get(t) as number);
      const order = Array.from({ length: n }, (_, i) => i + 1).join(', ');
      out[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY ${order}`).all();
    }
    return out;
  } finally {
    db.close();
  }
}

function withStore(fn: (store: Store, path: string, dir: string) => void): void {
  const { dir, done } = tempDir();
  const path = join(dir, 'scan.db');
  const store = openSqliteStore(path);
  try {
    fn(store, path, dir);
  } finally {
    store.close();
    done();
  }
}

// ---------------------------------------------------------------------------------------------

test('a written batch reads back: has, article, signatures in id order, counts, show', () => {
  withStore((store) => {
    const batch = corpus();
    assert.equal(store.has('c1'), false);
    store.writeArticles(batch);
    for (const { article } of batch) assert.equal(store.has(article.id), true);
    assert.equal(store.has('nope'), false);

    const a = store.article('c1');
    assert.deepEqual(a, { id: 'c1', text: c1.text, source: 'صحيفة الفجر', date: '2024-03-02', agencies: [], findings: 1, high: 1 });
    assert.deepEqual(store.article('o1')?.agencies, ['رويترز']);
    assert.equal(store.article('nope'), null);

    const sigs = [...store.signatures()];
    assert.deepEqual(sigs.map((s) => s.id), batch.map((b) => b.article.id).sort());
    for (const s of sigs) {
      const written = batch.find((b) => b.article.id === s.id)!.result.signature;
      assert.ok(s.signature instanceof Uint32Array);
      assert.deepEqual([...s.signature], [...written]);
      assert.deepEqual([...store.shingles(s.id)!], [...batch.find((b) => b.article.id === s.id)!.result.shingles]);
    }
    assert.ok(sigs.some((s) => s.signature.some((v) => v >= 2 ** 31)), 'the test covers values past 2^31');
    assert.equal(store.shingles('nope'), null);

    assert.deepEqual(store.counts(), { articles: 7, problems: 0, findings: 2, clusters: 0, diffs: 0 });

    const shown = store.showArticle('c1')!;
    assert.equal(shown.text, c1.text);
    assert.equal(shown.article.bytes, Buffer.byteLength(c1.text));
    assert.equal(shown.article.max_severity, 'high');
    assert.equal((shown.report as { schema: string }).schema, 'amana-check/2');
    assert.equal(shown.findings.length, 1);
    // The target's kind comes from the report, which the flat finding record lacks.
    assert.deepEqual({ ...shown.findings[0] }, { ...result(c1, [KHAIN]).findings[0], target_kind: 'person', target_group: null });
    assert.equal(shown.cluster, null);
    assert.equal(shown.diff, null);
    assert.equal(store.showArticle('nope'), null);
  });
});

test('signatures() pages through a large table and lets the caller write between items', () => {
  withStore((store) => {
    const many = Array.from({ length: 4500 }, (_, i) => input(`n${String(i).padStart(5, '0')}`, `خبر رقم ${i} عن الطقس في المدينة.`, 'موقع النهار'));
    store.writeArticles(many.map((a) => item(a)));
    let seen = 0;
    let last = '';
    for (const { id } of store.signatures()) {
      assert.ok(id > last);
      last = id;
      // A write mid-iteration: an open better-sqlite3 iterator would make this throw "busy".
      if (seen === 10) store.writeProblems([{ origin: 'x.jsonl:1', message: 'invalid JSON' }]);
      seen++;
    }
    assert.equal(seen, 4500);
  });
});

test('a batch that fails mid-way leaves nothing of itself, and the store goes on working', () => {
  withStore((store) => {
    store.writeArticles([item(lone)]);
    const before = store.counts();
    const good = item(o1, result(o1, [], { agencies: ['رويترز'] }));
    const bad = item(c1, result(c1, [KHAIN]));
    // A worker bug: a span start that is not a number. The STRICT table rejects it.
    (bad.result.findings[0] as { start: unknown }).start = 'سبعة';
    const after = item(c2);
    assert.throws(() => store.writeArticles([good, bad, after]), /INTEGER/u);
    assert.equal(store.has('o1'), false, 'the article written before the failure is rolled back');
    assert.equal(store.has('c1'), false);
    assert.equal(store.has('c2'), false);
    assert.deepEqual(store.counts(), before);
    assert.equal([...store.signatures()].length, 1);

    // A bad article row itself (no origin) fails the batch too, rather than being skipped as if stored.
    const nowhere = item({ ...c2, origin: null as unknown as string }, result(c2));
    assert.throws(() => store.writeArticles([good, nowhere]), /NOT NULL constraint failed: articles\.origin/u);
    assert.equal(store.has('o1'), false);
    assert.equal(store.has('c2'), false);

    // A mismatched result is refused the same way.
    assert.throws(() => store.writeArticles([good, { article: c2, result: result(c1) }]), /does not belong/u);
    assert.equal(store.has('o1'), false);

    store.writeArticles([good, item(c1, result(c1, [KHAIN])), after]);
    assert.deepEqual(store.counts(), { ...before, articles: 4, findings: 1 });
  });
});

test('resume: writing the same batch again keeps one copy of everything', () => {
  withStore((store, path) => {
    store.writeArticles(corpus());
    const once = dump(path);
    store.writeArticles(corpus());
    store.writeArticles(corpus().slice(2, 4));
    assert.deepEqual(dump(path), once);
    assert.deepEqual(store.counts(), { articles: 7, problems: 0, findings: 2, clusters: 0, diffs: 0 });
  });
});

test('problems are stored once per origin, and cleared when asked (the origin read cleanly)', () => {
  withStore((store) => {
    store.writeProblems([
      { origin: 'corpus.jsonl:c2', message: 'invalid JSON' },
      { origin: 'bad.html', message: 'binary file' },
    ]);
    store.writeProblems([{ origin: 'bad.html', message: 'binary file' }]);
    assert.equal(store.counts().problems, 2);
    // corpus.jsonl:c2 is c2's origin: fixed and read this time, the scan clears it (writing
    // the article itself does not: a kept article may carry a problem of this run).
    store.writeArticles([item(c2)]);
    assert.equal(store.counts().problems, 2);
    store.clearProblems(['corpus.jsonl:c2']);
    assert.equal(store.counts().problems, 1);
    assert.equal(store.report().totals.problems, 1);
  });
});

test('the same input in any order gives the same database content', () => {
  const { dir, done } = tempDir();
  try {
    const build = (path: string, reverse: boolean) => {
      const store = openSqliteStore(path);
      let items = corpus();
      if (reverse) items = items.reverse();
      // Different batch boundaries too: workers finish in any order.
      const cut = reverse ? 2 : 5;
      store.writeArticles(items.slice(0, cut));
      store.writeProblems([{ origin: reverse ? 'b.txt' : 'a.txt', message: 'binary file' }]);
      store.writeArticles(items.slice(cut));
      store.writeProblems([{ origin: reverse ? 'a.txt' : 'b.txt', message: 'binary file' }]);
      let specs = clusterSpecs();
      if (reverse) specs = specs.reverse().map((c) => ({ ...c, members: [...c.members].reverse() }));
      const ids = store.writeClusters(specs);
      const byOriginal = { o1: ids[specs.findIndex((c) => c.original === 'o1')], o2: ids[specs.findIndex((c) => c.original === 'o2')] };
      let diffs = diffsFor(byOriginal);
      if (reverse) diffs = diffs.reverse();
      store.writeDiffs(diffs.slice(0, 1));
      store.writeDiffs(diffs.slice(1));
      const report = store.report();
      store.close();
      return report;
    };
    const r1 = build(join(dir, 'a.db'), false);
    const r2 = build(join(dir, 'b.db'), true);
    const d1 = dump(join(dir, 'a.db'));
    assert.deepEqual(dump(join(dir, 'b.db')), d1);
    assert.deepEqual(r2, r1);
    assert.ok(d1.diff_changes.length === 5 && d1.clusters.length === 2, 'the dump covers clusters and diffs');
    assert.deepEqual(d1.meta, [{ key: 'schema', value: SCHEMA_VERSION }]);
  } finally {
    done();
  }
});

test('clusters and diffs: report ranks outlets, targets and clusters; show lists copies with verdicts', () => {
  withStore((store) => {
    store.writeArticles(corpus());
    // Given in reverse: ids still follow the smallest member id (c1 < c3).
    const ids = store.writeClusters(clusterSpecs().reverse());
    assert.deepEqual(ids, [2, 1]);
    const idOf = { o1: 1, o2: 2 };
    store.writeDiffs(diffsFor(idOf));
    assert.equal(store.hasDiff('c1'), true);
    assert.equal(store.hasDiff('o1'), false);
    assert.deepEqual(store.counts(), { articles: 7, problems: 0, findings: 2, clusters: 2, diffs: 4 });

    const r = store.report();
    assert.equal(r.schema, 'amana-scan-report/1');
    assert.deepEqual(r.totals, {
      articles: 7,
      bytes: corpus().reduce((n, b) => n + Buffer.byteLength(b.article.text), 0),
      problems: 0,
      sources: 3,
      articles_with_findings: 2,
      articles_with_high: 2,
      findings: 2,
      by_severity: { high: 2 },
      by_category: { dehumanization: 1, insult: 1 },
      clusters: 2,
      copies: 4,
      diffs: 4,
      by_verdict: { edited: 1, faithful: 1, manipulated: 2 },
    });
    assert.deepEqual(r.outlets_by_high, [
      { source: 'صحيفة الفجر', articles: 2, articles_with_high: 2, high_findings: 2, copies_diffed: 2, manipulated_copies: 2, edited_copies: 0 },
    ]);
    assert.deepEqual(r.outlets_by_manipulated.map((o) => [o.source, o.manipulated_copies]), [['صحيفة الفجر', 2]]);
    assert.deepEqual(
      r.targets.map((t) => [t.target, t.kind, t.group, t.articles, t.by_category]),
      [
        ['اللاجئين', 'group', 'refugees', 1, { dehumanization: 1 }],
        ['وزير الخارجية', 'person', null, 1, { insult: 1 }],
      ],
    );
    // Both clusters have one manipulated copy; o2's also has an edited one, so it ranks first.
    assert.deepEqual(
      r.clusters.map((c) => [c.id, c.original_id, c.original_source, c.manipulated, c.edited, c.faithful]),
      [
        [2, 'o2', 'وكالة الأنباء', 1, 1, 0],
        [1, 'o1', 'وكالة الأنباء', 1, 0, 1],
      ],
    );
    assert.deepEqual(store.report(1).clusters.length, 1);

    const shown = store.showCluster(2)!;
    assert.equal(shown.original.id, 'o2');
    assert.equal(shown.size, 3);
    assert.deepEqual(shown.copies.map((c) => [c.article.id, c.article.source, c.diff?.verdict]), [
      ['c3', 'صحيفة الفجر', 'manipulated'],
      ['c4', 'موقع النهار', 'edited'],
    ]);
    assert.deepEqual(shown.copies[0].diff!.changes.map((c) => [c.category, c.target]), [
      ['number-change', null],
      ['inserted-epithet', 'اللاجئين'],
      ['attribution-removed', null],
    ]);
    assert.equal((shown.copies[0].diff!.report as { schema: string }).schema, 'amana-diff/1');
    assert.equal(store.showCluster(99), null);

    const copy = store.showArticle('c1')!;
    assert.deepEqual(copy.cluster, { id: 1, size: 3, original_id: 'o1', why: 'credits رويترز', role: 'copy' });
    assert.equal(copy.diff?.verdict, 'manipulated');
    assert.equal(store.showArticle('o1')!.cluster?.role, 'original');
  });
});

test('diffs are checked against the clusters, and survive re-clustering only while still valid', () => {
  withStore((store, path) => {
    store.writeArticles(corpus());
    store.writeClusters(clusterSpecs());
    // c1 against the wrong original, and an unclustered article, are refused (nothing written).
    assert.throws(() => store.writeDiffs([diffsFor({ o1: 1, o2: 2 })[1], diffResult(1, o2, c1, 'edited', [])]), /not a copy/u);
    assert.throws(() => store.writeDiffs([diffResult(1, o1, lone, 'edited', [])]), /not a copy/u);
    assert.equal(store.counts().diffs, 0);
    store.writeDiffs(diffsFor({ o1: 1, o2: 2 }));
    // Written again (a resumed scan that diffed them anyway): kept once.
    store.writeDiffs(diffsFor({ o1: 1, o2: 2 }));
    assert.equal(store.counts().diffs, 4);

    // A later run finds `lone` is a copy of story 1 too (it sorts after c1, so story 2 keeps id 2),
    // and story 2 gets another original: the diffs of story 1 stay, those of story 2 go.
    const ids = store.writeClusters([
      { members: ['o1', 'c1', 'c2', 'lone'], original: 'o1', why: 'credits رويترز' },
      { members: ['o2', 'c3', 'c4'], original: 'c4', why: 'earliest date' },
    ]);
    assert.deepEqual(ids, [1, 2]);
    assert.equal(store.hasDiff('c1'), true);
    assert.equal(store.hasDiff('c3'), false);
    assert.equal(store.hasDiff('c4'), false);
    const d = dump(path);
    assert.deepEqual(new Set(d.diff_changes.map((r) => (r as { copy_id: string }).copy_id)), new Set(['c1']));

    // Renumbered: story 1 now sorts after story 2 (c0 < c1); the kept diffs follow their cluster.
    store.writeArticles([item(input('c0', o1.text, 'موقع النهار'))]);
    store.writeClusters([
      { members: ['o2', 'c3', 'c4'], original: 'c4', why: 'earliest date' },
      { members: ['o1', 'c1', 'c2', 'c0'], original: 'o1', why: 'credits رويترز' },
    ]);
    assert.equal(store.showArticle('c1')!.diff?.cluster_id, 1);
    assert.equal(store.showCluster(1)!.original.id, 'o1');

    assert.throws(() => store.writeClusters([{ members: ['o1', 'c1'], original: 'c2', why: '' }]), /not one of its members/u);
    assert.throws(() => store.writeClusters([{ members: ['o1', 'c1'], original: 'o1', why: '' }, { members: ['c1', 'c2'], original: 'c2', why: '' }]), /UNIQUE/u);
    assert.throws(() => store.writeClusters([{ members: ['o1', 'ghost'], original: 'o1', why: '' }]), /FOREIGN KEY/u);
    assert.equal(store.counts().clusters, 2, 'a refused clustering leaves the previous one');
  });
});

test('opening a file that is not an amana scan database fails clearly and leaves it untouched', () => {
  const { dir, done } = tempDir();
  try {
    const other = join(dir, 'other.db');
    const db = new Database(other);
    db.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('ملاحظة')`);
    db.close();
    assert.throws(() => openSqliteStore(other), /other\.db is a SQLite database but not an amana scan database/u);
    const after = new Database(other, { readonly: true });
    assert.equal(after.pragma('journal_mode', { simple: true }), 'delete', 'not switched to WAL');
    after.close();

    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'هذا ملف نصي وليس قاعدة بيانات. '.repeat(200));
    assert.throws(() => openSqliteStore(text), /notes\.txt is not an amana scan database/u);

    const future = join(dir, 'future.db');
    const f = new Database(future);
    f.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema', 'amana-scan/9')`);
    f.close();
    assert.throws(() => openSqliteStore(future), /holds schema amana-scan\/9; this amana reads amana-scan\/3/u);

    assert.throws(() => openSqliteStore(join(dir, 'missing.db'), { readonly: true }), /cannot open/u);
  } finally {
    done();
  }
});

test('WAL mode, foreign keys, and a read-only reopen for report and show', () => {
  withStore((store, path) => {
    store.writeArticles(corpus());
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    const views = raw.prepare(`SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name`).pluck().all();
    assert.deepEqual(views, ['v_clusters', 'v_manipulations', 'v_outlets', 'v_targets']);
    raw.close();
    store.close();

    const again = openSqliteStore(path);
    assert.equal(again.counts().articles, 7, 'reopened: the schema is recognised');
    again.close();

    const ro = openSqliteStore(path, { readonly: true });
    try {
      assert.equal(ro.report().totals.articles, 7);
      assert.throws(() => ro.writeProblems([]), /read-only/u);
    } finally {
      ro.close();
    }
  });
});

test('the views answer a researcher\'s questions', () => {
  withStore((store, path) => {
    store.writeArticles(corpus());
    store.writeClusters(clusterSpecs());
    store.writeDiffs(diffsFor({ o1: 1, o2: 2 }));
    const db = new Database(path, { readonly: true });
    try {
      // The query of docs/scan.md: which outlets insert epithets into which stories, about whom.
      const rows = db
        .prepare(
          `SELECT m.copy_source, m.cluster_id, m.copy AS epithet, m.target
           FROM v_manipulations m WHERE m.category = 'inserted-epithet' ORDER BY m.copy_source, m.cluster_id`,
        )
        .all();
      assert.deepEqual(rows, [
        { copy_source: 'صحيفة الفجر', cluster_id: 1, epithet: 'الخائن', target: 'وزير الخارجية' },
        { copy_source: 'صحيفة الفجر', cluster_id: 2, epithet: 'الغوغاء', target: 'اللاجئين' },
      ]);
      const outlets = db.prepare(`SELECT source, articles, high_findings, copies_diffed, manipulated_copies FROM v_outlets ORDER BY source`).all();
      assert.deepEqual(outlets, [
        { source: null, articles: 1, high_findings: 0, copies_diffed: 0, manipulated_copies: 0 },
        { source: 'صحيفة الفجر', articles: 2, high_findings: 2, copies_diffed: 2, manipulated_copies: 2 },
        { source: 'موقع النهار', articles: 2, high_findings: 0, copies_diffed: 2, manipulated_copies: 0 },
        { source: 'وكالة الأنباء', articles: 2, high_findings: 0, copies_diffed: 0, manipulated_copies: 0 },
      ]);
      const kinds = db.prepare(`SELECT category, COUNT(*) AS n FROM v_manipulations GROUP BY category ORDER BY category`).all();
      assert.deepEqual(kinds, [
        { category: 'attribution-removed', n: 1 },
        { category: 'inserted-epithet', n: 2 },
        { category: 'number-change', n: 1 },
      ]);
    } finally {
      db.close();
    }
  });
});

test('a process killed mid-scan leaves whole batches only', async () => {
  const { dir, done } = tempDir();
  try {
    const path = join(dir, 'killed.db');
    const storeUrl = pathToFileURL(join(fileURLToPath(new URL('.', import.meta.url)), '..', 'src', 'cli', 'scan', 'store.js')).href;
    // The child writes batches of 25 as fast as it can and says so after each commit; it is
    // killed (SIGKILL: no handler runs) at a random point, usually inside a transaction.
    const child = `
      import { openSqliteStore } from ${JSON.stringify(storeUrl)};
      const store = openSqliteStore(${JSON.stringify(path)});
      for (let b = 0; ; b++) {
        const batch = [];
        for (let i = 0; i < 25; i++) {
          const id = 'k' + String(b * 25 + i).padStart(7, '0');
          const text = 'خبر رقم ' + (b * 25 + i) + ' عن المجرم والطقس في المدينة.';
          const start = text.indexOf('المجرم');
          batch.push({
            article: { id, text, source: 'موقع', url: null, date: null, title: null, origin: id },
            result: {
              id, report: JSON.stringify({ findings: [{ start, end: start + 6, target: null }] }),
              findings: [{ start, end: start + 6, text: 'المجرم', category: 'insult', severity: 'medium', voice: 'narrator', lexeme: 'مجرم', entry: 'insult/crime/mujrim', target: null, target_kind: null, target_group: null }],
              entities: [], quotes: [{ start: 0, end: 3, text: 'خبر', kind: 'direct', speaker: null, source: null }],
              signature: Uint32Array.of(b, i, 3), shingles: Uint32Array.of(i, b + 100), maxSeverity: 'medium', agencies: [],
            },
          });
        }
        store.writeArticles(batch);
        process.stdout.write('batch\\n');
      }
    `;
    const proc = spawn(process.execPath, ['--input-type=module', '-e', child], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d));
    await new Promise<void>((resolve, reject) => {
      let batches = 0;
      proc.stdout.on('data', (d: Buffer) => {
        batches += d.toString().split('\n').length - 1;
        if (batches >= 8) {
          // A little later than the 8th commit, at no particular point of the next batch.
          setTimeout(() => proc.kill('SIGKILL'), Math.floor(Math.random() * 5));
          resolve();
        }
      });
      proc.on('exit', (code) => (code !== null ? reject(new Error(`child exited ${code}: ${stderr}`)) : undefined));
    });
    await new Promise((resolve) => proc.on('close', resolve));

    const store = openSqliteStore(path);
    try {
      const c = store.counts();
      assert.ok(c.articles >= 8 * 25, `${c.articles} articles`);
      assert.equal(c.articles % 25, 0, 'whole batches only');
      assert.equal(c.findings, c.articles, 'every article has its finding');
      assert.equal([...store.signatures()].length, c.articles, 'and its signature');
    } finally {
      store.close();
    }
    const raw = new Database(path, { readonly: true });
    try {
      assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
      assert.deepEqual(raw.pragma('foreign_key_check'), []);
      assert.equal(raw.prepare(`SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.article_id = a.id) OR NOT EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id)`).pluck().get(), 0);
    } finally {
      raw.close();
    }
  } finally {
    done();
  }
});
