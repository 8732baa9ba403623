/**
 * The report shapes the page reads are the library's own types, taken from its declaration
 * files (dist/src/*.d.ts, built before the page: `npm run build` runs tsc on the library first),
 * so the page cannot drift from the reports. Declaration files do not pull the library's
 * sources into this build (its rootDir is web/src); only `import type` is allowed from there,
 * since the page loads nothing but its own modules. The few values the page needs at run time
 * (the lists of categories) are copied below; a unit test (e2e/web-units.test.ts) fails if they
 * differ from the library's.
 */
import type { Category, ChangeCategory, CheckReport, Severity, Suggestion } from '../../dist/src/index.js';

export type {
  Category,
  Change,
  ChangeCategory,
  CheckReport,
  Credit,
  DateValue,
  DiffReport,
  Edit,
  EntityMention,
  EntitySummary,
  EntityType,
  Finding,
  Quotation,
  Severity,
  Span,
  Speaker,
  Suggestion,
  Target,
  TimelineEvent,
  Verdict,
} from '../../dist/src/index.js';

export type SuggestionAction = Suggestion['action'];
export type ExtractSection = NonNullable<CheckReport['extract']>;

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];
export const CATEGORIES: readonly Category[] = ['dehumanization', 'insult', 'slur', 'profanity', 'curse', 'loaded'];

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

