/**
 * The OpenAPI 3.1 document served at /openapi.json, generated from the zod schemas that
 * validate the requests (and describe the responses): one source for both.
 */
import { z } from 'zod';
import { VERSION } from '../index.js';
import { CheckReportSchema, DiffReportSchema, ErrorSchema, ExtractReportSchema, HealthSchema, type RequestSchemas } from './schemas.js';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });

const ERRORS = {
  '400': 'The body is not valid JSON, or a field is missing, of the wrong type or unknown.',
  '413': 'The body is larger than the server accepts (`amana serve --body-limit`).',
  '415': 'The body is not `application/json`.',
  '503': 'The server is busy (`busy`: every analysis thread and queue place taken) or the analysis ran out of time (`timeout`).',
};

function analysisPath(summary: string, description: string, request: string, response: string) {
  return {
    post: {
      summary,
      description,
      requestBody: { required: true, content: json(ref(request)) },
      responses: {
        '200': { description: 'The report, exactly as the CLI prints it with `--format json`.', content: json(ref(response)) },
        ...Object.fromEntries(Object.entries(ERRORS).map(([status, text]) => [status, { description: text, content: json(ref('Error')) }])),
      },
    },
  };
}

export function openApiDocument(requests: RequestSchemas, limits: { bodyLimit: number; timeoutMs: number }): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'amana',
      version: VERSION,
      description:
        'Offline analysis of Arabic news articles: insults, slurs, dehumanization and loaded terms with voice, target and evidence (check); people, quotations and dates (extract); how a republished copy differs from the original (diff). ' +
        `Every span is {start, end, text} with text === input.slice(start, end) in UTF-16 code units. Limits of this server: bodies up to ${limits.bodyLimit} bytes, ${limits.timeoutMs / 1000} s per analysis.`,
      license: { name: 'MIT' },
    },
    paths: {
      '/v1/check': analysisPath('Check an article', 'Findings with category, severity, voice, target, evidence and a suggested edit; the cleaned text; with `extract` (default), the extraction as well.', 'CheckRequest', 'CheckReport'),
      '/v1/extract': analysisPath('Extract people, organisations, places, quotations, dates', 'People with titles and roles, organisations, places, quotations with speakers, dates with a timeline, credits.', 'ExtractRequest', 'ExtractReport'),
      '/v1/diff': analysisPath('Compare an original with a copy', 'Every change between the two versions, classified, with a verdict.', 'DiffRequest', 'DiffReport'),
      '/health': { get: { summary: 'Liveness and load', responses: { '200': { description: 'The server is up.', content: json(ref('Health')) } } } },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      schemas: {
        CheckRequest: jsonSchema(requests.check, 'input'),
        ExtractRequest: jsonSchema(requests.extract, 'input'),
        DiffRequest: jsonSchema(requests.diff, 'input'),
        CheckReport: jsonSchema(CheckReportSchema, 'output'),
        ExtractReport: jsonSchema(ExtractReportSchema, 'output'),
        DiffReport: jsonSchema(DiffReportSchema, 'output'),
        Error: jsonSchema(ErrorSchema, 'output'),
        Health: jsonSchema(HealthSchema, 'output'),
      },
    },
  };
}
