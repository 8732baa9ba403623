import { analyze } from './analysis/pipeline.js';
import { extractFromDoc } from './extract/extract.js';
import { defaultResources, type Resources } from './resources.js';
import { EXTRACT_REPORT_SCHEMA, type ExtractReport } from './report/extract-types.js';
import { VERSION } from './version.js';

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) that relative dates («أمس», «الشهر الماضي») are resolved against. */
  date?: string | null;
  /** Resources from `createResources` (user gazetteers, date vocabulary, context); the bundled ones by default. */
  resources?: Resources;
}

export class InvalidDateError extends Error {
  constructor(value: string) {
    super(`invalid publication date "${value}" (expected YYYY-MM-DD)`);
    this.name = 'InvalidDateError';
  }
}

/** A publication date as YYYY-MM-DD, checked: «2021-02-30» is refused. A timestamp keeps its date part. */
export function parsePublicationDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u.exec(value.trim());
  if (!m) throw new InvalidDateError(value);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) throw new InvalidDateError(value);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * Extract the facts of an Arabic news text: people with roles, organisations and places
 * (linked across mentions), quotations with speakers and channels, dates with ISO values and a
 * timeline, credits and datelines. Every span is in original offsets.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractReport {
  const resources = options.resources ?? defaultResources();
  const publication = parsePublicationDate(options.date);
  const doc = analyze(text, resources, false, true);
  return {
    schema: EXTRACT_REPORT_SCHEMA,
    tool: { name: 'amana', version: VERSION },
    length: text.length,
    publication_date: publication,
    ...extractFromDoc(doc, resources.gazetteer, resources.dates, publication),
  };
}
