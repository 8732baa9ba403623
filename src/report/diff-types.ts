import type { Span } from './types.js';

/** Version of the diff report format; documented in docs/report.md. */
export const DIFF_REPORT_SCHEMA = 'amana-diff/1';

/** What kind of change a copy made; named as issue 4 and docs/report.md define them. */
export const CHANGE_CATEGORIES = [
  'cosmetic',
  'inserted-epithet',
  'removed-epithet',
  'loaded-substitution',
  'number-change',
  'date-change',
  'quote-change',
  'speaker-change',
  'attribution-removed',
  'attribution-added',
  'sentence-added',
  'sentence-removed',
  'reworded',
] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

/**
 * The changes that distort what the original said: any one of them makes a copy `manipulated`.
 * The others (added sentences, rewording, an added attribution) are editorial: `edited`.
 */
export const DISTORTING: ReadonlySet<ChangeCategory> = new Set<ChangeCategory>([
  'inserted-epithet',
  'removed-epithet',
  'loaded-substitution',
  'number-change',
  'date-change',
  'quote-change',
  'speaker-change',
  'attribution-removed',
]);

export const VERDICTS = ['faithful', 'cosmetic', 'edited', 'manipulated'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Change {
  /** c1, c2, … in the order of the copy (removed text in the order of the original). */
  id: string;
  category: ChangeCategory;
  /** The changed text in the original, or null when the copy added it. */
  original: Span | null;
  /** The changed text in the copy, or null when the copy removed it. */
  copy: Span | null;
  /**
   * A finer kind inside the category, when one applies: for `cosmetic` one of `diacritics`,
   * `spelling`, `digits`, `punctuation`, `whitespace`, `moved`, `boilerplate`; for
   * `number-change` / `date-change` nothing; otherwise null.
   */
  kind: string | null;
  /** Why it was classified so, in plain words, for the editor to check. */
  evidence: string[];
  /** Normalized values compared, for number and date changes: [original, copy]. */
  values: [string | null, string | null] | null;
  /** The lexicon entry behind an epithet or a loaded substitution, and the finding's category. */
  lexicon: { entry: string; lexeme: string; category: string; side: 'original' | 'copy' }[];
  /** The person or group the epithet is aimed at, from check's findings, when known. */
  target: Span | null;
}

export interface DiffReport {
  schema: typeof DIFF_REPORT_SCHEMA;
  tool: { name: 'amana'; version: string };
  /** Share of the original's words found in the copy (unchanged, cosmetically changed or moved), 0 to 1. */
  similarity: number;
  verdict: Verdict;
  /** The ids of the changes that decided the verdict (all of the most serious class). */
  deciding: string[];
  /** Lengths of the two texts the spans point into. */
  original_length: number;
  copy_length: number;
  changes: Change[];
  summary: {
    changes: number;
    by_category: Record<ChangeCategory, number>;
    /** Words in each version, and the original's words kept in the copy. */
    words: { original: number; copy: number; kept: number };
  };
  /** Set when the two texts share too little to be versions of one story. */
  warning: string | null;
}
