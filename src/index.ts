/**
 * amana: the public API. Everything the CLI (and later the server and web page) uses comes
 * from here. The library is pure: no file system, no network, runs in Node and browsers.
 */
export { check, UnknownProfileError, type CheckOptions } from './check.js';
export { extract, parsePublicationDate, InvalidDateError, type ExtractOptions } from './extract.js';
export { diff, type DiffOptions } from './diff.js';
export { buildDiffVocabulary, defaultDiffVocabulary, diffVocabularyWith, type DiffVocabulary } from './diff/vocabulary.js';
export { DIFF_REPORT_SCHEMA, CHANGE_CATEGORIES, DISTORTING, VERDICTS } from './report/diff-types.js';
export { renderDiffHtml, type DiffHtmlOptions } from './report/diff-html.js';
export type { DiffReport, Change, ChangeCategory, Verdict } from './report/diff-types.js';
export { EXTRACT_REPORT_SCHEMA } from './report/extract-types.js';
export type { ExtractReport, EntityMention, EntitySummary, Quotation, Speaker, DateValue, TimelineEvent, Credit, EntityType } from './report/extract-types.js';
export { createResources, defaultResources, bundledLexiconEntries, type Resources } from './resources.js';
export { DataError } from './lexicon/load.js';
export { CATEGORIES, SEVERITIES, type Category, type Severity, type LexiconEntry } from './lexicon/schema.js';
export { severityRank } from './analysis/policy.js';
export { normalizeForMatching, foldWord, type MatchingText } from './text/normalize.js';
export { tokenize, type Token } from './text/tokenize.js';
export { analyses } from './text/clitics.js';
export { findQuotes } from './text/quotes.js';
export { snapSpan } from './text/spans.js';
export { wordShingles, MinHasher, estimateJaccard, LshIndex, UnionFind, jaccard, containment, copySimilarity, clusterDocuments, exactPairs, lshRecall, type ClusterDoc } from './cluster/index.js';
export { VERSION } from './version.js';
export type { CheckReport, Finding, Span, Target, Suggestion, Edit, Voice } from './report/types.js';
export { CHECK_REPORT_SCHEMA } from './report/types.js';
