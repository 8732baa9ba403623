/**
 * The HTTP API's schemas, in zod: the request schemas validate every request body, and the
 * OpenAPI document (/openapi.json) is generated from these same objects, so the two cannot
 * disagree. The response schemas describe the reports the CLI prints with `--format json`
 * (docs/report.md); the API tests validate real responses against them.
 */
import { z } from 'zod';
import { CATEGORIES, CHANGE_CATEGORIES, CHECK_REPORT_SCHEMA, DIFF_REPORT_SCHEMA, EXTRACT_REPORT_SCHEMA, SEVERITIES, VERDICTS } from '../index.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** A calendar day YYYY-MM-DD that exists (2026-02-30 does not). */
const publicationDate = z
  .string()
  .regex(ISO_DAY, 'expected a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar day')
  .describe('Publication date (YYYY-MM-DD) that relative dates («أمس», «الشهر الماضي») are resolved against.');

const article = z.string().describe('The article text (UTF-16 offsets in the response point into exactly this string).');

/** Request schemas need the profile names of the resources the server runs with. */
export function requestSchemas(profiles: readonly string[]) {
  const profile = z.enum(profiles as [string, ...string[]]).describe('Severity profile (data/profiles/profiles.json); the default profile when absent.');
  return {
    check: z
      .object({
        text: article,
        profile: profile.optional(),
        date: publicationDate.optional(),
        extract: z.boolean().default(true).describe('Add the extraction (people, quotations, dates…) as the report\'s `extract` section.'),
      })
      .strict(),
    extract: z.object({ text: article, date: publicationDate.optional() }).strict(),
    diff: z
      .object({
        original: z.string().describe('The original version (for example the wire copy).'),
        copy: z.string().describe('The republished copy to compare with it.'),
        profile: profile.optional(),
      })
      .strict(),
  };
}

export type RequestSchemas = ReturnType<typeof requestSchemas>;
export type CheckRequest = z.infer<RequestSchemas['check']>;
export type ExtractRequest = z.infer<RequestSchemas['extract']>;
export type DiffRequest = z.infer<RequestSchemas['diff']>;

// ------------------------------------------------------------------ responses

const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() };
const Span = z.object(span);
const tool = z.object({ name: z.literal('amana'), version: z.string() });

const Finding = z.looseObject({
  ...span,
  id: z.string(),
  lexeme: z.string(),
  entry: z.string(),
  gloss: z.string(),
  category: z.enum(CATEGORIES),
  subcategory: z.string(),
  severity: z.enum(SEVERITIES),
  voice: z.enum(['narrator', 'reported', 'quoted']),
  target: z.object({ ...span, kind: z.enum(['person', 'group', 'organisation', 'addressee']), group: z.string().nullable() }).nullable(),
  sense: z.enum(['epithet', 'literal']),
  inserted: z.boolean(),
  signals: z.array(z.string()),
  evidence: z.array(z.string()),
  suggestion: z.object({ action: z.enum(['remove', 'replace', 'review', 'keep']), replacement: z.string().nullable(), reason: z.string() }),
  aimed_at: z.array(z.string()),
});

const extraction = {
  publication_date: z.string().nullable(),
  entities: z.array(z.looseObject({ ...span, type: z.string(), entity_id: z.string() })),
  entity_index: z.array(z.looseObject({ entity_id: z.string(), type: z.string(), name: z.string(), mentions: z.number().int() })),
  quotes: z.array(z.looseObject({ ...span, kind: z.string() })),
  dates: z.array(z.looseObject({ ...span })),
  timeline: z.array(z.looseObject({})),
  credits: z.array(z.looseObject({ ...span, kind: z.string() })),
};

export const ExtractReportSchema = z.looseObject({ schema: z.literal(EXTRACT_REPORT_SCHEMA), tool, length: z.number().int(), ...extraction }).describe('amana-extract/1 (docs/report.md)');

export const CheckReportSchema = z
  .looseObject({
    schema: z.literal(CHECK_REPORT_SCHEMA),
    tool,
    profile: z.string(),
    length: z.number().int(),
    findings: z.array(Finding),
    edits: z.array(z.object({ ...span, finding: z.string(), replacement: z.string() })),
    cleaned: z.string(),
    summary: z.looseObject({
      findings: z.number().int(),
      by_severity: z.record(z.enum(SEVERITIES), z.number().int()),
      by_category: z.record(z.enum(CATEGORIES), z.number().int()),
      by_voice: z.object({ narrator: z.number().int(), reported: z.number().int(), quoted: z.number().int() }),
      max_severity: z.enum(SEVERITIES).nullable(),
    }),
    extract: z.looseObject(extraction).optional(),
  })
  .describe('amana-check/2 (docs/report.md)');

export const DiffReportSchema = z
  .looseObject({
    schema: z.literal(DIFF_REPORT_SCHEMA),
    tool,
    similarity: z.number().min(0).max(1),
    verdict: z.enum(VERDICTS),
    deciding: z.array(z.string()),
    original_length: z.number().int(),
    copy_length: z.number().int(),
    changes: z.array(
      z.looseObject({
        id: z.string(),
        category: z.enum(CHANGE_CATEGORIES),
        original: Span.nullable(),
        copy: Span.nullable(),
        kind: z.string().nullable(),
        evidence: z.array(z.string()),
        values: z.tuple([z.string().nullable(), z.string().nullable()]).nullable(),
        lexicon: z.array(z.looseObject({ entry: z.string(), lexeme: z.string(), category: z.string(), side: z.enum(['original', 'copy']) })),
        target: Span.nullable(),
      }),
    ),
    summary: z.looseObject({ changes: z.number().int(), by_category: z.record(z.enum(CHANGE_CATEGORIES), z.number().int()) }),
    warning: z.string().nullable(),
  })
  .describe('amana-diff/1 (docs/report.md)');

export const ERROR_CODES = ['bad_request', 'invalid_json', 'unsupported_media_type', 'body_too_large', 'not_found', 'method_not_allowed', 'busy', 'timeout', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorSchema = z
  .object({ error: z.object({ code: z.enum(ERROR_CODES), message: z.string().describe('One line, for a person: what was wrong and how to fix it.') }) })
  .describe('Every 4xx and 5xx response.');

export const HealthSchema = z.object({ status: z.literal('ok'), version: z.string(), threads: z.number().int(), queued: z.number().int(), running: z.number().int() });
