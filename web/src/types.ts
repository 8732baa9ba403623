/**
 * The report shapes the page reads, declared here rather than imported: the library's type
 * files pull in its whole source tree (zod schemas, analysis stages), which cannot compile
 * under this project's rootDir. They mirror src/report/types.ts, extract-types.ts and
 * diff-types.ts (documented in docs/report.md) for the fields the page uses; the e2e build
 * checks that the library's reports are assignable to them (e2e/contract.ts), so a drift
 * breaks the build instead of the page.
 */

export type Severity = 'high' | 'medium' | 'low' | 'info';
export type Category = 'dehumanization' | 'insult' | 'slur' | 'profanity' | 'curse' | 'loaded';

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];
export const CATEGORIES: readonly Category[] = ['dehumanization', 'insult', 'slur', 'profanity', 'curse', 'loaded'];

/** A range of the text sent: text.slice(start, end) === text, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Target extends Span {
  kind: 'person' | 'group' | 'organisation' | 'addressee';
  group: string | null;
}

export type SuggestionAction = 'remove' | 'replace' | 'review' | 'keep';

export interface Suggestion {
  action: SuggestionAction;
  replacement: string | null;
  reason: string;
}

export interface Finding extends Span {
  id: string;
  lexeme: string;
  entry: string;
  gloss: string;
  category: Category;
  subcategory: string;
  severity: Severity;
  voice: 'narrator' | 'quoted';
  target: Target | null;
  sense: 'epithet' | 'literal';
  signals: string[];
  evidence: string[];
  suggestion: Suggestion;
  aimed_at: string[];
}

export interface Edit extends Span {
  finding: string;
  replacement: string;
}

export type EntityType = 'person' | 'org' | 'place';

export interface EntityMention extends Span {
  type: EntityType;
  entity_id: string;
  role: Span | null;
  subtype: string | null;
  country: string | null;
  stands_for: string | null;
  via: string;
}

export interface EntitySummary {
  entity_id: string;
  type: EntityType;
  name: string;
  roles: string[];
  subtype: string | null;
  country: string | null;
  gazetteer_id: string | null;
  mentions: number;
}

export interface Speaker extends Span {
  entity_id: string;
  type: EntityType;
  role: string | null;
}

export interface Quotation extends Span {
  kind: 'direct' | 'indirect';
  speaker: Speaker | null;
  source: Span | null;
  attribution: string | null;
  verb: Span | null;
  channel: Span | null;
}

export interface DateValue extends Span {
  value: string | null;
  relative: boolean;
}

export interface TimelineEvent {
  value: string;
  date: Span;
  sentence: Span;
}

export interface Credit extends Span {
  kind: 'agency' | 'outlet' | 'byline' | 'dateline' | 'agencies';
  entity_id: string | null;
}

/** The `extract` section of a check report (amana-extract/1 without schema, tool, length). */
export interface ExtractSection {
  publication_date: string | null;
  entities: EntityMention[];
  entity_index: EntitySummary[];
  quotes: Quotation[];
  dates: DateValue[];
  timeline: TimelineEvent[];
  credits: Credit[];
}

export interface CheckReport {
  schema: string;
  profile: string;
  length: number;
  findings: Finding[];
  edits: Edit[];
  cleaned: string;
  summary: {
    findings: number;
    by_severity: Record<Severity, number>;
    by_category: Record<Category, number>;
    by_voice: { narrator: number; quoted: number };
    max_severity: Severity | null;
  };
  extract?: ExtractSection;
}

/** The 13 change categories, in the order of src/report/diff-types.ts. */
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

/** Categories that make a copy `manipulated` (DISTORTING in src/report/diff-types.ts). */
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

export type Verdict = 'faithful' | 'cosmetic' | 'edited' | 'manipulated';

export interface Change {
  id: string;
  category: ChangeCategory;
  original: Span | null;
  copy: Span | null;
  kind: string | null;
  evidence: string[];
  values: [string | null, string | null] | null;
  target: Span | null;
}

export interface DiffReport {
  schema: string;
  similarity: number;
  verdict: Verdict;
  deciding: string[];
  original_length: number;
  copy_length: number;
  changes: Change[];
  summary: {
    changes: number;
    by_category: Record<ChangeCategory, number>;
    words: { original: number; copy: number; kept: number };
  };
  warning: string | null;
}
