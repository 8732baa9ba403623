/**
 * Where `amana scan` keeps everything it learns about a corpus, and what `amana report` and
 * `amana show` read back. `Store` is the contract; `openSqliteStore` is its one implementation
 * today (SQLite through better-sqlite3, one file, WAL). A distributed engine can implement the
 * same interface later without touching the scanner. The schema is documented in docs/scan.md;
 * keep the two in step (and bump SCHEMA_VERSION on an incompatible change).
 */
// @types/better-sqlite3 declares `export =`; with esModuleInterop a default import is its value.
import Database from 'better-sqlite3';
import { DISTORTING } from '../../index.js';
import type { ArticleInput, ArticleResult, DiffResult, InputProblem } from './types.js';

/** Written to `meta` on creation and checked on every open: a database from another version is refused, never migrated silently. */
export const SCHEMA_VERSION = 'amana-scan/3';
/** The `schema` field of `report()`'s JSON. */
export const SCAN_REPORT_SCHEMA = 'amana-scan-report/1';

/** The diff change categories that make a copy `manipulated` (docs/report.md, Verdict), as an
 * SQL list for v_manipulations: taken from the library so the view cannot drift from diff. */
const DISTORTING_SQL = `(${[...DISTORTING].sort().map((c) => `'${c.replace(/'/gu, "''")}'`).join(', ')})`;

// ---------------------------------------------------------------------------------------------
// What report() and show*() return: plain JSON, snake_case like the other reports.

/** An article's stored metadata (no text). */
export interface ArticleSummary {
  id: string;
  source: string | null;
  url: string | null;
  date: string | null;
  title: string | null;
  origin: string;
  bytes: number;
  max_severity: string | null;
  /** Findings of every severity (the report's summary.findings). */
  findings: number;
  high: number;
  agencies: string[];
}

export interface OutletRow {
  /** null: articles that gave no source. */
  source: string | null;
  articles: number;
  articles_with_high: number;
  high_findings: number;
  /** Copies from this outlet diffed against their cluster's original (originals are not diffed). */
  copies_diffed: number;
  manipulated_copies: number;
  edited_copies: number;
}

export interface TargetRow {
  /** The target as the text writes it (docs/report.md, FINDING.target.text). */
  target: string;
  /** person, group, organisation, addressee (null when the report did not say). */
  kind: string | null;
  /** Identity group id from data/context/people.json, when known. */
  group: string | null;
  /** Findings aimed at it, of severity low and above (literal `info` uses are not attacks). */
  findings: number;
  high: number;
  articles: number;
  sources: number;
  /** Findings by category, categories in alphabetical order. */
  by_category: Record<string, number>;
}

export interface ClusterRow {
  id: number;
  size: number;
  original_id: string;
  original_source: string | null;
  original_title: string | null;
  why: string;
  copies_diffed: number;
  manipulated: number;
  edited: number;
  cosmetic: number;
  faithful: number;
}

export interface ScanReport {
  schema: typeof SCAN_REPORT_SCHEMA;
  totals: {
    articles: number;
    bytes: number;
    problems: number;
    sources: number;
    articles_with_findings: number;
    articles_with_high: number;
    findings: number;
    by_severity: Record<string, number>;
    by_category: Record<string, number>;
    clusters: number;
    /** Articles in a cluster that are not its original. */
    copies: number;
    diffs: number;
    by_verdict: Record<string, number>;
  };
  /** Outlets with at least one high finding, most high findings first. */
  outlets_by_high: OutletRow[];
  /** Outlets with at least one manipulated copy, most first. */
  outlets_by_manipulated: OutletRow[];
  /** The people and groups most findings are aimed at, by number of articles. */
  targets: TargetRow[];
  /** Clusters with at least one altered (manipulated or edited) copy, most manipulated first. */
  clusters: ClusterRow[];
}

/** A finding as a worker sends it, with the target's kind and identity group from the report. */
export type StoredFinding = ArticleResult['findings'][number] & {
  target_kind: string | null;
  target_group: string | null;
};

export interface StoredChange {
  category: string;
  original: string | null;
  copy: string | null;
  target: string | null;
}

export interface StoredDiff {
  cluster_id: number;
  original_id: string;
  similarity: number;
  verdict: string;
  changes: StoredChange[];
  /** The amana-diff/1 report, parsed. */
  report: unknown;
}

export interface ShownArticle {
  article: ArticleSummary;
  text: string;
  /** The amana-check/2 report with its extract section, parsed. */
  report: unknown;
  findings: StoredFinding[];
  /** The cluster it belongs to, if any, and whether it is that cluster's original. */
  cluster: { id: number; size: number; original_id: string; why: string; role: 'original' | 'copy' } | null;
  /** Its diff against its cluster's original, when it is a diffed copy. */
  diff: StoredDiff | null;
}

export interface ShownCluster {
  id: number;
  size: number;
  why: string;
  original: ArticleSummary;
  /** Every other member, in id order, with its diff (null while not yet diffed). */
  copies: { article: ArticleSummary; diff: StoredDiff | null }[];
}

// ---------------------------------------------------------------------------------------------

export interface Store {
  /** Ids already stored (for resuming): checked before work is queued. */
  has(id: string): boolean;
  /** One transaction: every article with its report, findings, entities, quotes, signature. All or nothing. */
  writeArticles(batch: { article: ArticleInput; result: ArticleResult }[]): void;
  /** Inputs that were skipped, with why (one transaction). */
  writeProblems(problems: InputProblem[]): void;
  /** Forget earlier runs' problems of inputs that read cleanly now (one transaction). */
  clearProblems(origins: string[]): void;
  /** The origins with a stored problem (few: read once at the start of a scan). */
  problemOrigins(): Set<string>;
  /** Every stored article's id and MinHash signature, in id order (streamed, page by page). */
  signatures(): IterableIterator<{ id: string; signature: Uint32Array }>;
  /** An article's shingle set (sorted hashes, src/cluster/shingles.ts), or null if not stored. */
  shingles(id: string): Uint32Array | null;
  /** What picking a cluster's original needs (no text: a cluster may be large). */
  articleSummary(id: string): { id: string; source: string | null; date: string | null; agencies: string[]; findings: number; high: number } | null;
  /** What picking a cluster's original needs, and the text for diffs. */
  article(id: string): { id: string; text: string; source: string | null; date: string | null; agencies: string[]; findings: number; high: number } | null;
  /**
   * Replace all clusters (one transaction): each with its members and the chosen original.
   * Ids are 1, 2, … in the order of each cluster's smallest member id, whatever order they
   * come in; the returned array gives each given cluster's id. Stored diffs stay only where
   * the copy is still a copy of the same original.
   */
  writeClusters(clusters: { members: string[]; original: string; why: string }[]): number[];
  /** Store diffs of copies against their cluster's original (one transaction). */
  writeDiffs(diffs: DiffResult[]): void;
  /** Ids of diffs already stored (copy id), so a resumed scan does not diff them again. */
  hasDiff(copyId: string): boolean;
  report(limit?: number): ScanReport;
  showArticle(id: string): ShownArticle | null;
  showCluster(clusterId: number): ShownCluster | null;
  counts(): { articles: number; problems: number; findings: number; clusters: number; diffs: number };
  close(): void;
}

export interface OpenOptions {
  /** For `amana report` and `amana show`: the file must exist and is never written. */
  readonly?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The schema. docs/scan.md documents every table, column and view.
//
// STRICT tables: a value of the wrong type is an error, not silently stored (a bug in a worker
// fails its batch instead of polluting the database). Child rows carry an ordinal `n` (their
// position in the report) in their primary key, so every row has a key that depends only on
// the input: the content is the same whatever order the batches were written in.

const SCHEMA_SQL = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE articles (
  id           TEXT PRIMARY KEY,
  source       TEXT,
  url          TEXT,
  date         TEXT,
  title        TEXT,
  origin       TEXT NOT NULL,
  text         TEXT NOT NULL,
  bytes        INTEGER NOT NULL,
  max_severity TEXT,
  findings     INTEGER NOT NULL,
  high         INTEGER NOT NULL,
  agencies     TEXT NOT NULL CHECK (json_valid(agencies))
) STRICT;
CREATE INDEX articles_source ON articles(source);

CREATE TABLE reports (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  report     TEXT NOT NULL CHECK (json_valid(report))
) STRICT;

CREATE TABLE findings (
  article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  n            INTEGER NOT NULL,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  category     TEXT NOT NULL,
  severity     TEXT NOT NULL,
  voice        TEXT NOT NULL,
  lexeme       TEXT NOT NULL,
  entry        TEXT NOT NULL,
  target       TEXT,
  target_kind  TEXT,
  target_group TEXT,
  PRIMARY KEY (article_id, n)
) STRICT, WITHOUT ROWID;
CREATE INDEX findings_target ON findings(target, category) WHERE target IS NOT NULL;
CREATE INDEX findings_category ON findings(category, severity);
CREATE INDEX findings_entry ON findings(entry);

CREATE TABLE entities (
  article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id    TEXT NOT NULL,
  type         TEXT NOT NULL,
  name         TEXT NOT NULL,
  mentions     INTEGER NOT NULL,
  gazetteer_id TEXT,
  PRIMARY KEY (article_id, entity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX entities_name ON entities(name, type);
CREATE INDEX entities_gazetteer ON entities(gazetteer_id) WHERE gazetteer_id IS NOT NULL;

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  n          INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  speaker    TEXT,
  source     TEXT,
  PRIMARY KEY (article_id, n)
) STRICT, WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker) WHERE speaker IS NOT NULL;

CREATE TABLE signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  minhash    BLOB NOT NULL,
  shingles   BLOB NOT NULL
) STRICT;

CREATE TABLE problems (
  origin  TEXT PRIMARY KEY,
  message TEXT NOT NULL
) STRICT;

CREATE TABLE clusters (
  id          INTEGER PRIMARY KEY,
  original_id TEXT NOT NULL REFERENCES articles(id),
  size        INTEGER NOT NULL,
  why         TEXT NOT NULL
) STRICT;
CREATE INDEX clusters_original ON clusters(original_id);

CREATE TABLE cluster_members (
  cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL UNIQUE REFERENCES articles(id),
  PRIMARY KEY (cluster_id, article_id)
) STRICT, WITHOUT ROWID;

-- cluster_id is checked at commit: writeClusters renumbers clusters and then re-points the
-- diffs it keeps, inside one transaction.
CREATE TABLE diffs (
  copy_id     TEXT PRIMARY KEY REFERENCES articles(id),
  cluster_id  INTEGER NOT NULL REFERENCES clusters(id) DEFERRABLE INITIALLY DEFERRED,
  original_id TEXT NOT NULL REFERENCES articles(id),
  similarity  REAL NOT NULL,
  verdict     TEXT NOT NULL,
  report      TEXT NOT NULL CHECK (json_valid(report))
) STRICT;
CREATE INDEX diffs_cluster ON diffs(cluster_id, verdict);
CREATE INDEX diffs_verdict ON diffs(verdict);

CREATE TABLE diff_changes (
  copy_id  TEXT NOT NULL REFERENCES diffs(copy_id) ON DELETE CASCADE,
  n        INTEGER NOT NULL,
  category TEXT NOT NULL,
  original TEXT,
  copy     TEXT,
  target   TEXT,
  PRIMARY KEY (copy_id, n)
) STRICT, WITHOUT ROWID;
CREATE INDEX diff_changes_category ON diff_changes(category);

CREATE VIEW v_outlets AS
SELECT a.source                                                       AS source,
       COUNT(*)                                                       AS articles,
       SUM(CASE WHEN a.high > 0 THEN 1 ELSE 0 END)                    AS articles_with_high,
       SUM(a.high)                                                    AS high_findings,
       SUM(CASE WHEN d.copy_id IS NOT NULL THEN 1 ELSE 0 END)         AS copies_diffed,
       SUM(CASE WHEN d.verdict = 'manipulated' THEN 1 ELSE 0 END)     AS manipulated_copies,
       SUM(CASE WHEN d.verdict = 'edited' THEN 1 ELSE 0 END)          AS edited_copies
FROM articles a LEFT JOIN diffs d ON d.copy_id = a.id
GROUP BY a.source;

CREATE VIEW v_targets AS
SELECT f.target                        AS target,
       f.target_kind                   AS target_kind,
       f.target_group                  AS target_group,
       f.category                      AS category,
       COUNT(*)                        AS findings,
       SUM(CASE WHEN f.severity = 'high' THEN 1 ELSE 0 END) AS high,
       COUNT(DISTINCT f.article_id)    AS articles,
       COUNT(DISTINCT a.source)        AS sources
FROM findings f JOIN articles a ON a.id = f.article_id
WHERE f.target IS NOT NULL AND f.severity <> 'info'
GROUP BY f.target, f.target_kind, f.target_group, f.category;

CREATE VIEW v_clusters AS
SELECT c.id                                                           AS cluster_id,
       c.size                                                         AS size,
       c.original_id                                                  AS original_id,
       o.source                                                       AS original_source,
       o.title                                                        AS original_title,
       o.date                                                         AS original_date,
       c.why                                                          AS why,
       (SELECT COUNT(*) FROM diffs d WHERE d.cluster_id = c.id)       AS copies_diffed,
       (SELECT COUNT(*) FROM diffs d WHERE d.cluster_id = c.id AND d.verdict = 'manipulated') AS manipulated,
       (SELECT COUNT(*) FROM diffs d WHERE d.cluster_id = c.id AND d.verdict = 'edited')      AS edited,
       (SELECT COUNT(*) FROM diffs d WHERE d.cluster_id = c.id AND d.verdict = 'cosmetic')    AS cosmetic,
       (SELECT COUNT(*) FROM diffs d WHERE d.cluster_id = c.id AND d.verdict = 'faithful')    AS faithful
FROM clusters c JOIN articles o ON o.id = c.original_id;

CREATE VIEW v_manipulations AS
SELECT d.copy_id     AS copy_id,
       a.source      AS copy_source,
       a.date        AS copy_date,
       d.cluster_id  AS cluster_id,
       d.original_id AS original_id,
       o.source      AS original_source,
       ch.n          AS change,
       ch.category   AS category,
       ch.original   AS original,
       ch.copy       AS copy,
       ch.target     AS target
FROM diffs d
JOIN diff_changes ch ON ch.copy_id = d.copy_id
JOIN articles a ON a.id = d.copy_id
JOIN articles o ON o.id = d.original_id
WHERE ch.category IN ${DISTORTING_SQL};
`;

// ---------------------------------------------------------------------------------------------

type Row = Record<string, unknown>;

/** Code-unit order, the one JS sorts by: only used to make orders independent of arrival. */
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * MinHash values and shingle hashes as little-endian uint32, whatever the machine: the file can
 * move between hosts (and a distributed engine may read it) and signatures must still compare.
 */
function signatureToBlob(signature: Uint32Array): Buffer {
  const buf = Buffer.allocUnsafe(signature.length * 4);
  for (let i = 0; i < signature.length; i++) buf.writeUInt32LE(signature[i], i * 4);
  return buf;
}

function blobToSignature(blob: Buffer): Uint32Array {
  const out = new Uint32Array(blob.length >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = blob.readUInt32LE(i * 4);
  return out;
}

function parseJson(text: string): unknown {
  return JSON.parse(text);
}

/** Counts as an object with keys in sorted order, so the JSON is the same for the same data. */
function countsObject(rows: Row[], key: string, value: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of [...rows].sort((a, b) => byString(String(a[key]), String(b[key])))) out[String(r[key])] = Number(r[value]);
  return out;
}

/** Pages of signatures read at a time: memory stays flat, and no statement is left open between pages. */
const SIGNATURE_PAGE = 2000;

export function openSqliteStore(path: string, options: OpenOptions = {}): Store {
  const readonly = !!options.readonly;
  let db: Database.Database;
  try {
    db = new Database(path, readonly ? { readonly: true, fileMustExist: true } : {});
  } catch (e) {
    throw new Error(`cannot open ${path}: ${(e as Error).message}`);
  }
  try {
    checkOrCreateSchema(db, path, readonly);
  } catch (e) {
    db.close();
    throw e;
  }
  return new SqliteStore(db, readonly);
}

/**
 * Refuse anything that is not an amana scan database of this version before changing a byte of
 * it: switching to WAL rewrites the file header, so the check comes first.
 */
function checkOrCreateSchema(db: Database.Database, path: string, readonly: boolean): void {
  let tables: string[];
  try {
    tables = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((r) => r.name);
  } catch (e) {
    // SQLITE_NOTADB and friends: a text file, an encrypted database, a truncated one.
    throw new Error(`${path} is not an amana scan database (not a readable SQLite file: ${(e as Error).message})`);
  }
  if (tables.length === 0) {
    if (readonly) throw new Error(`${path} is an empty database: run \`amana scan INPUT... --db ${path}\` first`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      db.exec(SCHEMA_SQL);
      db.prepare(`INSERT INTO meta (key, value) VALUES ('schema', ?)`).run(SCHEMA_VERSION);
    })();
    return;
  }
  if (!tables.includes('meta')) throw new Error(`${path} is a SQLite database but not an amana scan database (it has no meta table)`);
  let version: string | undefined;
  try {
    version = (db.prepare(`SELECT value FROM meta WHERE key = 'schema'`).get() as { value: string } | undefined)?.value;
  } catch (e) {
    throw new Error(`${path} is a SQLite database but not an amana scan database (${(e as Error).message})`);
  }
  if (version === undefined) throw new Error(`${path} is a SQLite database but not an amana scan database (its meta table names no schema)`);
  if (version !== SCHEMA_VERSION) throw new Error(`${path} holds schema ${version}; this amana reads ${SCHEMA_VERSION} only: scan into a new file`);
  if (!readonly) {
    // journal_mode persists in the file; synchronous and foreign_keys are per connection.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
}

class SqliteStore implements Store {
  private readonly s;

  constructor(
    private readonly db: Database.Database,
    readonly: boolean,
  ) {
    const p = (sql: string) => db.prepare(sql);
    // Prepared once, reused for every row: preparing is the costly part of a small insert.
    // A read-only store (report, show) has no writes to prepare.
    const writes = readonly
      ? null
      : {
          // ON CONFLICT (id) DO NOTHING, not INSERT OR IGNORE: OR IGNORE would also silently drop
          // a row that breaks NOT NULL or CHECK, and a worker bug must fail the batch instead.
          insertArticle: p(`INSERT INTO articles (id, source, url, date, title, origin, text, bytes, max_severity, findings, high, agencies) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`),
          insertReport: p(`INSERT INTO reports (article_id, report) VALUES (?, ?)`),
          insertFinding: p(`INSERT INTO findings (article_id, n, start, "end", text, category, severity, voice, lexeme, entry, target, target_kind, target_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
          insertEntity: p(`INSERT INTO entities (article_id, entity_id, type, name, mentions, gazetteer_id) VALUES (?, ?, ?, ?, ?, ?)`),
          insertQuote: p(`INSERT INTO quotes (article_id, n, start, "end", text, kind, speaker, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
          insertSignature: p(`INSERT INTO signatures (article_id, minhash, shingles) VALUES (?, ?, ?)`),
          clearProblem: p(`DELETE FROM problems WHERE origin = ?`),
          upsertProblem: p(`INSERT INTO problems (origin, message) VALUES (?, ?) ON CONFLICT (origin) DO UPDATE SET message = excluded.message`),
          insertCluster: p(`INSERT INTO clusters (id, original_id, size, why) VALUES (?, ?, ?, ?)`),
          insertMember: p(`INSERT INTO cluster_members (cluster_id, article_id) VALUES (?, ?)`),
          insertDiff: p(`INSERT INTO diffs (copy_id, cluster_id, original_id, similarity, verdict, report) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (copy_id) DO NOTHING`),
          insertChange: p(`INSERT INTO diff_changes (copy_id, n, category, original, copy, target) VALUES (?, ?, ?, ?, ?, ?)`),
        };
    this.s = {
      writes,
      has: p(`SELECT 1 FROM articles WHERE id = ?`).pluck(),
      hasDiff: p(`SELECT 1 FROM diffs WHERE copy_id = ?`).pluck(),
      signaturePage: p(`SELECT article_id AS id, minhash FROM signatures WHERE article_id > ? ORDER BY article_id LIMIT ${SIGNATURE_PAGE}`),
      firstSignaturePage: p(`SELECT article_id AS id, minhash FROM signatures ORDER BY article_id LIMIT ${SIGNATURE_PAGE}`),
      article: p(`SELECT id, text, source, date, agencies, findings, high FROM articles WHERE id = ?`),
      articleSummary: p(`SELECT id, source, date, agencies, findings, high FROM articles WHERE id = ?`),
      shingles: p(`SELECT shingles FROM signatures WHERE article_id = ?`).pluck(),
      summary: p(`SELECT id, source, url, date, title, origin, bytes, max_severity, findings, high, agencies FROM articles WHERE id = ?`),
      membership: p(`SELECT c.id, c.size, c.original_id, c.why FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id WHERE m.article_id = ?`),
      diff: p(`SELECT cluster_id, original_id, similarity, verdict, report FROM diffs WHERE copy_id = ?`),
      changes: p(`SELECT category, original, copy, target FROM diff_changes WHERE copy_id = ? ORDER BY n`),
    };
  }

  private w() {
    if (!this.s.writes) throw new Error('this database was opened read-only');
    return this.s.writes;
  }

  has(id: string): boolean {
    return this.s.has.get(id) !== undefined;
  }

  hasDiff(copyId: string): boolean {
    return this.s.hasDiff.get(copyId) !== undefined;
  }

  writeArticles(batch: { article: ArticleInput; result: ArticleResult }[]): void {
    const w = this.w();
    // db.transaction: BEGIN … COMMIT, and ROLLBACK if anything throws, so a failure anywhere in
    // the batch (a bad value, a full disk) leaves none of it; a crash before COMMIT likewise.
    this.db.transaction(() => {
      for (const { article, result } of batch) {
        if (result.id !== article.id) throw new Error(`result ${result.id} does not belong to article ${article.id}`);
        const high = result.findings.filter((f) => f.severity === 'high').length;
        const inserted = w.insertArticle.run(
          article.id,
          article.source,
          article.url,
          article.date,
          article.title,
          article.origin,
          article.text,
          Buffer.byteLength(article.text, 'utf8'),
          result.maxSeverity,
          result.findings.length,
          high,
          JSON.stringify(result.agencies),
        );
        // Already stored (a resumed scan, or the same id twice): the first copy stays whole, and
        // its children are not written a second time.
        if (inserted.changes === 0) continue;
        w.insertReport.run(article.id, result.report);
        result.findings.forEach((f, n) => {
          w.insertFinding.run(article.id, n, f.start, f.end, f.text, f.category, f.severity, f.voice, f.lexeme, f.entry, f.target, f.target_kind, f.target_group);
        });
        for (const e of result.entities) w.insertEntity.run(article.id, e.entity_id, e.type, e.name, e.mentions, e.gazetteer_id);
        result.quotes.forEach((q, n) => w.insertQuote.run(article.id, n, q.start, q.end, q.text, q.kind, q.speaker, q.source));
        w.insertSignature.run(article.id, signatureToBlob(result.signature), signatureToBlob(result.shingles));
        // An input that failed on an earlier run and reads now is no longer a problem.
      }
    })();
  }

  problemOrigins(): Set<string> {
    return new Set((this.db.prepare('SELECT origin FROM problems').all() as { origin: string }[]).map((r) => r.origin));
  }

  clearProblems(origins: string[]): void {
    const w = this.w();
    this.db.transaction(() => {
      for (const o of origins) w.clearProblem.run(o);
    })();
  }

  writeProblems(problems: InputProblem[]): void {
    const w = this.w();
    this.db.transaction(() => {
      for (const p of problems) w.upsertProblem.run(p.origin, p.message);
    })();
  }

  *signatures(): IterableIterator<{ id: string; signature: Uint32Array }> {
    // Keyset pages rather than one open iterate(): better-sqlite3 refuses every write on the
    // connection while a statement iterates, and the caller may write (or stop) between items.
    let page = this.s.firstSignaturePage.all() as { id: string; minhash: Buffer }[];
    while (page.length > 0) {
      for (const r of page) yield { id: r.id, signature: blobToSignature(r.minhash) };
      if (page.length < SIGNATURE_PAGE) return;
      page = this.s.signaturePage.all(page[page.length - 1].id) as { id: string; minhash: Buffer }[];
    }
  }

  shingles(id: string): Uint32Array | null {
    const blob = this.s.shingles.get(id) as Buffer | undefined;
    return blob ? blobToSignature(blob) : null;
  }

  articleSummary(id: string) {
    const r = this.s.articleSummary.get(id) as { id: string; source: string | null; date: string | null; agencies: string; findings: number; high: number } | undefined;
    if (!r) return null;
    return { id: r.id, source: r.source, date: r.date, agencies: parseJson(r.agencies) as string[], findings: r.findings, high: r.high };
  }

  article(id: string) {
    const r = this.s.article.get(id) as { id: string; text: string; source: string | null; date: string | null; agencies: string; findings: number; high: number } | undefined;
    if (!r) return null;
    return { id: r.id, text: r.text, source: r.source, date: r.date, agencies: parseJson(r.agencies) as string[], findings: r.findings, high: r.high };
  }

  writeClusters(clusters: { members: string[]; original: string; why: string }[]): number[] {
    const w = this.w();
    // Ids must not depend on the order clusters were found in (threads, LSH buckets): number
    // them by their smallest member, members in sorted order.
    const normal = clusters.map((c, given) => {
      const members = [...new Set(c.members)].sort(byString);
      if (!members.includes(c.original)) throw new Error(`cluster of ${members[0] ?? '(no members)'}: its original ${c.original} is not one of its members`);
      return { members, original: c.original, why: c.why, given };
    });
    const order = [...normal].sort((a, b) => byString(a.members[0], b.members[0]));
    const ids = new Array<number>(clusters.length);
    this.db.transaction(() => {
      this.db.exec(`DELETE FROM cluster_members; DELETE FROM clusters;`);
      order.forEach((c, i) => {
        const id = i + 1;
        ids[c.given] = id;
        w.insertCluster.run(id, c.original, c.members.length, c.why);
        // UNIQUE(article_id) rejects an article in two clusters; the FK, an unknown article.
        for (const m of c.members) w.insertMember.run(id, m);
      });
      // Keep a stored diff only while its copy is still a copy of the same original (a resumed
      // scan with more articles may regroup or pick another original); point it at the new id.
      this.db.exec(`
        DELETE FROM diffs WHERE NOT EXISTS (
          SELECT 1 FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id
          WHERE m.article_id = diffs.copy_id AND c.original_id = diffs.original_id AND c.original_id <> diffs.copy_id);
        UPDATE diffs SET cluster_id = (SELECT m.cluster_id FROM cluster_members m WHERE m.article_id = diffs.copy_id);
      `);
    })();
    return ids;
  }

  writeDiffs(diffs: DiffResult[]): void {
    const w = this.w();
    this.db.transaction(() => {
      for (const d of diffs) {
        const cluster = this.s.membership.get(d.copyId) as { id: number; original_id: string } | undefined;
        if (!cluster || cluster.original_id !== d.originalId || d.copyId === d.originalId) {
          throw new Error(`diff of ${d.copyId} against ${d.originalId}: the copy is not a copy in the cluster of that original`);
        }
        // The cluster id comes from the stored membership, the source of truth for ids.
        const inserted = w.insertDiff.run(d.copyId, cluster.id, d.originalId, d.similarity, d.verdict, d.report);
        if (inserted.changes === 0) continue; // already diffed against this original
        d.changes.forEach((c, n) => w.insertChange.run(d.copyId, n, c.category, c.original, c.copy, c.target));
      }
    })();
  }

  counts() {
    const one = (sql: string) => Number(this.db.prepare(sql).pluck().get());
    return {
      articles: one(`SELECT COUNT(*) FROM articles`),
      problems: one(`SELECT COUNT(*) FROM problems`),
      findings: one(`SELECT COUNT(*) FROM findings`),
      clusters: one(`SELECT COUNT(*) FROM clusters`),
      diffs: one(`SELECT COUNT(*) FROM diffs`),
    };
  }

  report(limit = 10): ScanReport {
    const all = (sql: string, ...params: unknown[]) => this.db.prepare(sql).all(...params) as Row[];
    const get = (sql: string) => this.db.prepare(sql).get() as Row;
    const num = (v: unknown) => Number(v ?? 0);
    const a = get(`SELECT COUNT(*) AS articles, TOTAL(bytes) AS bytes, COUNT(DISTINCT source) AS sources,
                          TOTAL(findings > 0) AS with_findings, TOTAL(high > 0) AS with_high FROM articles`);
    const c = get(`SELECT COUNT(*) AS clusters, TOTAL(size - 1) AS copies FROM clusters`);
    const outlet = (r: Row): OutletRow => ({
      source: (r.source as string | null) ?? null,
      articles: num(r.articles),
      articles_with_high: num(r.articles_with_high),
      high_findings: num(r.high_findings),
      copies_diffed: num(r.copies_diffed),
      manipulated_copies: num(r.manipulated_copies),
      edited_copies: num(r.edited_copies),
    });
    // Ties are broken down to the key, so the same database always prints the same report.
    const outletsByHigh = all(
      `SELECT * FROM v_outlets WHERE high_findings > 0 ORDER BY high_findings DESC, articles_with_high DESC, source IS NULL, source LIMIT ?`,
      limit,
    ).map(outlet);
    const outletsByManipulated = all(
      `SELECT * FROM v_outlets WHERE manipulated_copies > 0
       ORDER BY manipulated_copies DESC, CAST(manipulated_copies AS REAL) / copies_diffed DESC, source IS NULL, source LIMIT ?`,
      limit,
    ).map(outlet);
    const targets = all(
      `SELECT f.target, f.target_kind, f.target_group, COUNT(*) AS findings, TOTAL(f.severity = 'high') AS high,
              COUNT(DISTINCT f.article_id) AS articles, COUNT(DISTINCT a.source) AS sources
       FROM findings f JOIN articles a ON a.id = f.article_id
       WHERE f.target IS NOT NULL AND f.severity <> 'info'
       GROUP BY f.target, f.target_kind, f.target_group
       ORDER BY articles DESC, findings DESC, high DESC, f.target, f.target_kind IS NULL, f.target_kind, f.target_group IS NULL, f.target_group
       LIMIT ?`,
      limit,
    );
    const byCategory = this.db.prepare(
      `SELECT category, findings FROM v_targets WHERE target = ? AND target_kind IS ? AND target_group IS ?`,
    );
    const clusterRows = all(
      `SELECT * FROM v_clusters WHERE manipulated + edited > 0
       ORDER BY manipulated DESC, edited DESC, size DESC, cluster_id LIMIT ?`,
      limit,
    );
    return {
      schema: SCAN_REPORT_SCHEMA,
      totals: {
        articles: num(a.articles),
        bytes: num(a.bytes),
        problems: num(get(`SELECT COUNT(*) AS n FROM problems`).n),
        sources: num(a.sources),
        articles_with_findings: num(a.with_findings),
        articles_with_high: num(a.with_high),
        findings: num(get(`SELECT COUNT(*) AS n FROM findings`).n),
        by_severity: countsObject(all(`SELECT severity AS k, COUNT(*) AS n FROM findings GROUP BY severity`), 'k', 'n'),
        by_category: countsObject(all(`SELECT category AS k, COUNT(*) AS n FROM findings GROUP BY category`), 'k', 'n'),
        clusters: num(c.clusters),
        copies: num(c.copies),
        diffs: num(get(`SELECT COUNT(*) AS n FROM diffs`).n),
        by_verdict: countsObject(all(`SELECT verdict AS k, COUNT(*) AS n FROM diffs GROUP BY verdict`), 'k', 'n'),
      },
      outlets_by_high: outletsByHigh,
      outlets_by_manipulated: outletsByManipulated,
      targets: targets.map((r) => ({
        target: r.target as string,
        kind: (r.target_kind as string | null) ?? null,
        group: (r.target_group as string | null) ?? null,
        findings: num(r.findings),
        high: num(r.high),
        articles: num(r.articles),
        sources: num(r.sources),
        by_category: countsObject(byCategory.all(r.target, r.target_kind, r.target_group) as Row[], 'category', 'findings'),
      })),
      clusters: clusterRows.map((r) => ({
        id: num(r.cluster_id),
        size: num(r.size),
        original_id: r.original_id as string,
        original_source: (r.original_source as string | null) ?? null,
        original_title: (r.original_title as string | null) ?? null,
        why: r.why as string,
        copies_diffed: num(r.copies_diffed),
        manipulated: num(r.manipulated),
        edited: num(r.edited),
        cosmetic: num(r.cosmetic),
        faithful: num(r.faithful),
      })),
    };
  }

  private summaryOf(id: string): ArticleSummary | null {
    const r = this.s.summary.get(id) as (Omit<ArticleSummary, 'agencies'> & { agencies: string }) | undefined;
    return r ? { ...r, agencies: parseJson(r.agencies) as string[] } : null;
  }

  private diffOf(copyId: string): StoredDiff | null {
    const d = this.s.diff.get(copyId) as { cluster_id: number; original_id: string; similarity: number; verdict: string; report: string } | undefined;
    if (!d) return null;
    return {
      cluster_id: d.cluster_id,
      original_id: d.original_id,
      similarity: d.similarity,
      verdict: d.verdict,
      changes: this.s.changes.all(copyId) as StoredChange[],
      report: parseJson(d.report),
    };
  }

  showArticle(id: string): ShownArticle | null {
    const article = this.summaryOf(id);
    if (!article) return null;
    const text = this.article(id)!.text;
    const report = parseJson(this.db.prepare(`SELECT report FROM reports WHERE article_id = ?`).pluck().get(id) as string);
    const findings = this.db
      .prepare(`SELECT start, "end", text, category, severity, voice, lexeme, entry, target, target_kind, target_group FROM findings WHERE article_id = ? ORDER BY n`)
      .all(id) as StoredFinding[];
    const m = this.s.membership.get(id) as { id: number; size: number; original_id: string; why: string } | undefined;
    return {
      article,
      text,
      report,
      findings,
      cluster: m ? { id: m.id, size: m.size, original_id: m.original_id, why: m.why, role: m.original_id === id ? 'original' : 'copy' } : null,
      diff: this.diffOf(id),
    };
  }

  showCluster(clusterId: number): ShownCluster | null {
    const c = this.db.prepare(`SELECT id, original_id, size, why FROM clusters WHERE id = ?`).get(clusterId) as
      | { id: number; original_id: string; size: number; why: string }
      | undefined;
    if (!c) return null;
    const members = this.db
      .prepare(`SELECT article_id FROM cluster_members WHERE cluster_id = ? AND article_id <> ? ORDER BY article_id`)
      .pluck()
      .all(c.id, c.original_id) as string[];
    return {
      id: c.id,
      size: c.size,
      why: c.why,
      original: this.summaryOf(c.original_id)!,
      copies: members.map((m) => ({ article: this.summaryOf(m)!, diff: this.diffOf(m) })),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
