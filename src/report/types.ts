import type { Category, Severity } from '../lexicon/schema.js';
import type { Signal } from '../analysis/signals.js';
import type { Voice } from '../analysis/voice/index.js';

export type { Voice } from '../analysis/voice/index.js';
import type { ExtractReport } from './extract-types.js';

/** Version of the report format. Bumped on any incompatible change; documented in docs/report.md. */
export const CHECK_REPORT_SCHEMA = 'amana-check/2';

/** A range of the original input: input.slice(start, end) === text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Target extends Span {
  kind: 'person' | 'group' | 'organisation' | 'addressee';
  /** For identity groups, the group's id in data/context/people.json. */
  group: string | null;
}

export interface Suggestion {
  /** remove: delete the word; replace: use `replacement`; review: an editor should decide; keep: nothing to do. */
  action: 'remove' | 'replace' | 'review' | 'keep';
  replacement: string | null;
  reason: string;
}

export interface Finding extends Span {
  id: string;
  /** The lexicon lemma matched. */
  lexeme: string;
  /** The lexicon entry id (data/lexicon/*.json). */
  entry: string;
  gloss: string;
  category: Category;
  subcategory: string;
  severity: Severity;
  /**
   * Whose words: the narrator's; reported (someone's words paraphrased by the narrator:
   * «قال إن …», «وصفه بـ», «ما أسماه»); or quoted (inside quotation marks, or after «قال …:»).
   */
  voice: Voice;
  target: Target | null;
  sense: 'epithet' | 'literal';
  /** The word carries an insertion trace (a spelling disguise, or a place no such word can stand in). */
  inserted: boolean;
  signals: Signal[];
  /** Why each decision was made, in plain words, for the editor to check. */
  evidence: string[];
  suggestion: Suggestion;
  /** Groups or sides the term is used against, from the lexicon. */
  aimed_at: string[];
}

/** A change the cleaned text applies, in original offsets. */
export interface Edit extends Span {
  finding: string;
  replacement: string;
}

export interface CheckReport {
  schema: typeof CHECK_REPORT_SCHEMA;
  tool: { name: 'amana'; version: string };
  profile: string;
  length: number;
  findings: Finding[];
  edits: Edit[];
  cleaned: string;
  summary: {
    findings: number;
    by_severity: Record<Severity, number>;
    by_category: Record<Category, number>;
    by_voice: Record<Voice, number>;
    /** The highest severity among findings, or null when there are none. */
    max_severity: Severity | null;
  };
  /** With `extract: true` (CLI: `check --extract`): the extraction of the same text (docs/report.md). */
  extract?: Omit<ExtractReport, 'schema' | 'tool' | 'length'>;
}
