/**
 * The pieces of `amana scan` and the contracts between them. The work queue and the store are
 * interfaces with one implementation each (worker threads through piscina, SQLite through
 * better-sqlite3), so that a later version can put them on a distributed engine.
 */

/** One article as read from the input (a file of a directory, a JSONL line, stdin). */
export interface ArticleInput {
  /** Unique in the corpus: the JSONL `id`, or the file's path relative to the input directory. */
  id: string;
  text: string;
  source: string | null;
  url: string | null;
  /** Publication date, YYYY-MM-DD, or null. */
  date: string | null;
  title: string | null;
  /** Where it was read from (file path, or `file.jsonl:LINE`), for messages. */
  origin: string;
}

/** An input that could not be read (corrupt, binary, invalid JSON line…): reported and skipped. */
export interface InputProblem {
  origin: string;
  message: string;
}

/** What a worker returns for one article: everything the store keeps about it. */
export interface ArticleResult {
  id: string;
  /** The check report with its extract section (docs/report.md), as JSON text. */
  report: string;
  findings: {
    start: number;
    end: number;
    text: string;
    category: string;
    severity: string;
    voice: string;
    lexeme: string;
    entry: string;
    /** The target's text, its kind (person, group, organisation, addressee) and identity group id. */
    target: string | null;
    target_kind: string | null;
    target_group: string | null;
  }[];
  entities: { entity_id: string; type: string; name: string; mentions: number; gazetteer_id: string | null }[];
  quotes: { start: number; end: number; text: string; kind: string; speaker: string | null; source: string | null }[];
  /** MinHash signature of the article's normalized word shingles (src/cluster). */
  signature: Uint32Array;
  /** The shingle set itself (sorted hashes), for verifying candidate pairs by their real similarity. */
  shingles: Uint32Array;
  /** Highest finding severity, or null. */
  maxSeverity: string | null;
  /** Credited agencies (credits of kind agency), for picking a cluster's original. */
  agencies: string[];
}

/** A pair to diff: a copy against the cluster's likely original. */
export interface DiffJob {
  clusterId: number;
  originalId: string;
  copyId: string;
  original: string;
  copy: string;
}

export interface DiffResult {
  clusterId: number;
  originalId: string;
  copyId: string;
  similarity: number;
  verdict: string;
  /** The diff report (amana-diff/1) as JSON text. */
  report: string;
  /** Each change's category, its text on each side, and the epithet's target (CHANGE.target.text). */
  changes: { category: string; original: string | null; copy: string | null; target: string | null }[];
}

/** Runs analyses on all cores. */
export interface WorkQueue {
  analyze(article: ArticleInput): Promise<ArticleResult>;
  diff(job: DiffJob): Promise<DiffResult>;
  /** Jobs submitted and not yet finished. */
  readonly pending: number;
  /** Jobs it runs at once (its threads): the caller keeps a few times this many in flight. */
  readonly concurrency: number;
  close(): Promise<void>;
}
