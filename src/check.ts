import { analyze } from './analysis/pipeline.js';
import { buildFindings } from './analysis/findings.js';
import { applyEdits, planEdits } from './analysis/clean.js';
import { severityRank } from './analysis/policy.js';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from './lexicon/schema.js';
import { defaultResources, type Resources } from './resources.js';
import { CHECK_REPORT_SCHEMA, type CheckReport } from './report/types.js';
import { VERSION } from './version.js';
import { extractFromDoc } from './extract/extract.js';
import { parsePublicationDate } from './extract.js';

export interface CheckOptions {
  /** Severity profile name (data/profiles/profiles.json): `wire` (default) or `opinion`. */
  profile?: string;
  /** Resources from `createResources` (user lexicons); the bundled ones by default. */
  resources?: Resources;
  /**
   * Analyze every word of the text instead of letting the prefilter skip words and paragraphs
   * that cannot match. Same report, slower; for testing the prefilter.
   */
  exhaustive?: boolean;
  /**
   * Also extract people, organisations, places, quotations, dates and credits into the
   * report's `extract` section (the findings are the same either way).
   */
  extract?: boolean;
  /** Publication date (YYYY-MM-DD) for resolving relative dates in the `extract` section. */
  date?: string | null;
}

export class UnknownProfileError extends Error {
  constructor(name: string, known: readonly string[]) {
    super(`unknown profile "${name}" (known: ${known.join(', ')})`);
    this.name = 'UnknownProfileError';
  }
}

/** Check an Arabic news text: findings with voice, target, sense, signals and suggestions, and a cleaned text. */
export function check(text: string, options: CheckOptions = {}): CheckReport {
  const resources = options.resources ?? defaultResources();
  const profileName = options.profile ?? resources.profiles.default;
  const profile = resources.profiles.profiles[profileName];
  if (!profile) throw new UnknownProfileError(profileName, Object.keys(resources.profiles.profiles));
  const publication = options.extract ? parsePublicationDate(options.date) : null;
  // The prefilter proves most texts clean. A text with something to find is analysed whole,
  // the way extraction reads it: people, their names and their other mentions anywhere in the text
  // decide targets, names and traces («وأكد الجزار» names the man «محمد الجزار» far from any
  // match). The same document then serves the extract section.
  const doc = analyze(text, resources, options.exhaustive ?? false, options.extract ? true : 'if-any');
  const findings = buildFindings(doc, profile);
  // Nothing inside quotation marks is ever edited, whatever the voice decision.
  const edits = planEdits(text, findings, doc.quotes);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const byVoice = { narrator: 0, reported: 0, quoted: 0 };
  let max: Severity | null = null;
  for (const f of findings) {
    bySeverity[f.severity]++;
    byCategory[f.category]++;
    byVoice[f.voice]++;
    if (max === null || severityRank(f.severity) > severityRank(max)) max = f.severity;
  }
  return {
    schema: CHECK_REPORT_SCHEMA,
    tool: { name: 'amana', version: VERSION },
    profile: profileName,
    length: text.length,
    findings,
    edits,
    cleaned: applyEdits(text, edits),
    summary: { findings: findings.length, by_severity: bySeverity, by_category: byCategory, by_voice: byVoice, max_severity: max },
    ...(options.extract ? { extract: { publication_date: publication, ...extractFromDoc(doc, resources.gazetteer, resources.dates, publication) } } : {}),
  };
}
