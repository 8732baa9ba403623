/**
 * The HTTP application (fastify): the three analyses, health, the OpenAPI document and the web
 * page. Thin: every request body is validated by its zod schema, the analysis runs on the pool's
 * threads, and the report comes back exactly as the CLI prints it. Errors are one JSON shape
 * ({"error": {"code", "message"}}) with no stack trace, whatever went wrong.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { defaultResources, VERSION } from '../index.js';
import type { AnalysisPool } from './analysis-pool.js';
import { PoolRefusal } from './analysis-pool.js';
import type { AnalysisTask } from './analysis-types.js';
import { openApiDocument } from './openapi.js';
import { requestSchemas, type ErrorCode } from './schemas.js';
import { StaticFiles } from './static-files.js';

export interface AppOptions {
  pool: AnalysisPool;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** The pool's time limit, for the OpenAPI document. */
  timeoutMs: number;
  /** Where the web page's files are (tests may point elsewhere). */
  staticFiles?: StaticFiles;
}

/**
 * The page may load only this server's own scripts and styles, never inline ones, and may
 * connect only back to it; nothing may frame it. Sent on every response, API ones included.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  unsupported_media_type: 415,
  body_too_large: 413,
  not_found: 404,
  method_not_allowed: 405,
  busy: 503,
  timeout: 503,
  internal: 500,
};

function sendError(reply: FastifyReply, code: ErrorCode, message: string): FastifyReply {
  if (code === 'busy' || code === 'timeout') reply.header('retry-after', '1');
  return reply.code(STATUS[code]).type('application/json; charset=utf-8').send({ error: { code, message } });
}

/** The first problem zod found, as one line a person can act on. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : 'body';
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return `"${field}" is required`;
    if (issue.path.length === 0) return `the body must be a JSON object, got ${describeValue(issue.input)}`;
    return `"${field}" must be a ${issue.expected}, got ${describeValue(issue.input)}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value') return `"${field}" must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return `"${field}": ${issue.message}`;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Fastify's own refusals (body parsing, size, media type) mapped to the API's error codes. */
function fastifyErrorCode(e: FastifyError): ErrorCode | null {
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'body_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'invalid_json';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'bad_request';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'invalid_json';
  }
  if (e instanceof SyntaxError) return 'invalid_json';
  if (e.statusCode === 400) return 'bad_request';
  if (e.statusCode === 413) return 'body_too_large';
  if (e.statusCode === 415) return 'unsupported_media_type';
  return null;
}

const FRIENDLY: Partial<Record<ErrorCode, (limit: number) => string>> = {
  body_too_large: (limit) => `the body is larger than this server's limit of ${limit} bytes`,
  unsupported_media_type: () => 'send the body as JSON with "Content-Type: application/json"',
  invalid_json: () => 'the body is not valid JSON (send one JSON object)',
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const resources = defaultResources();
  const schemas = requestSchemas(Object.keys(resources.profiles.profiles));
  const openapi = JSON.stringify(openApiDocument(schemas, { bodyLimit: options.bodyLimit, timeoutMs: options.timeoutMs }));
  const files = options.staticFiles ?? new StaticFiles();
  const { pool } = options;

  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit,
    // A client that trickles its request in is cut off rather than holding a connection.
    requestTimeout: 30_000,
    return503OnClosing: true,
  });

  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    if (!request.url.startsWith('/js/') && !/\.(css|svg|png|ico)$/u.test(request.url)) reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const code = fastifyErrorCode(error);
    if (code) return sendError(reply, code, FRIENDLY[code]?.(options.bodyLimit) ?? error.message.split('\n')[0]);
    // A bug: nothing of it reaches the client but a one-line notice; the detail goes to stderr.
    process.stderr.write(`amana serve: internal error: ${error.stack ?? error.message}\n`);
    return sendError(reply, 'internal', 'internal error while handling the request');
  });

  const ROUTES: Record<string, string> = { '/v1/check': 'POST', '/v1/extract': 'POST', '/v1/diff': 'POST', '/health': 'GET', '/openapi.json': 'GET' };
  const noRoute = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (ROUTES[path]) return sendError(reply.header('allow', ROUTES[path]), 'method_not_allowed', `${request.method} is not allowed on ${path}: use ${ROUTES[path]}`);
    return sendError(reply, 'not_found', `no such path: ${path}`);
  };
  app.setNotFoundHandler(noRoute);
  // JSON only: fastify would otherwise hand a text/plain body to the handlers as a string.
  app.removeContentTypeParser('text/plain');

  /** Validate, analyse on the pool, forward the serialized report. */
  const analysis = <S extends z.ZodType>(schema: S, toTask: (body: z.infer<S>) => AnalysisTask) => async (request: FastifyRequest, reply: FastifyReply) => {
    const parsed = schema.safeParse(request.body, { reportInput: true });
    if (!parsed.success) return sendError(reply, 'bad_request', describeIssue(parsed.error));
    // A client that goes away stops its analysis too.
    const gone = new AbortController();
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) gone.abort();
    });
    try {
      const outcome = await pool.run(toTask(parsed.data), gone.signal);
      if (!outcome.ok) return sendError(reply, 'bad_request', outcome.message);
      return reply.type('application/json; charset=utf-8').send(outcome.body);
    } catch (e) {
      if (e instanceof PoolRefusal) return sendError(reply, e.reason, e.message);
      throw e;
    }
  };

  app.post('/v1/check', analysis(schemas.check, (b) => ({ kind: 'check', text: b.text, profile: b.profile, date: b.date, extract: b.extract })));
  app.post('/v1/extract', analysis(schemas.extract, (b) => ({ kind: 'extract', text: b.text, date: b.date })));
  app.post('/v1/diff', analysis(schemas.diff, (b) => ({ kind: 'diff', original: b.original, copy: b.copy, profile: b.profile })));

  app.get('/health', async () => ({ status: 'ok', version: VERSION, threads: pool.threads, queued: pool.queued, running: pool.running }));
  app.get('/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(openapi));

  // The web page: GET only, files by plain name (static-files.ts), 404 for anything else.
  app.get('/*', async (request, reply) => {
    const file = await files.get(request.url);
    if (!file) return noRoute(request, reply);
    return reply.type(file.type).send(file.body);
  });

  return app;
}
