/**
 * The client of this server's /v1 API, the only thing the page fetches. Errors come back as
 * an `ApiError` with what to tell the editor: the server's own `error.message` when it sent
 * one (`{"error": {"code", "message"}}`), else a network or protocol failure.
 */
import type { CheckReport, DiffReport } from './types.js';

export type ApiErrorKind = 'server' | 'network' | 'protocol' | 'aborted';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface CheckRequest {
  text: string;
  profile?: 'wire' | 'opinion';
  date?: string;
  extract?: boolean;
}

export interface DiffRequest {
  original: string;
  copy: string;
  profile?: 'wire' | 'opinion';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `{"error": {"code", "message"}}` body of a failed request, when it is one. */
function errorBody(value: unknown): { code: string | null; message: string } | null {
  if (!isRecord(value) || !isRecord(value.error)) return null;
  const { code, message } = value.error;
  if (typeof message !== 'string' || !message) return null;
  return { code: typeof code === 'string' ? code : null, message };
}

async function postJson(path: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal,
      // Same origin only; nothing to send but the text.
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    if (signal?.aborted) throw new ApiError('aborted', 'aborted');
    throw new ApiError('network', error instanceof Error ? error.message : String(error));
  }
  let parsed: unknown = null;
  const raw = await response.text().catch(() => '');
  try {
    parsed = raw ? JSON.parse(raw) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    const err = errorBody(parsed);
    // A proxy or crash can answer with HTML or nothing: then the status line is all we have.
    throw new ApiError('server', err?.message ?? `HTTP ${response.status} ${response.statusText}`.trim(), response.status, err?.code ?? null);
  }
  if (parsed === null) throw new ApiError('protocol', `HTTP ${response.status}: not JSON`, response.status);
  return parsed;
}

export async function postCheck(request: CheckRequest, signal?: AbortSignal): Promise<CheckReport> {
  const body = await postJson('/v1/check', request, signal);
  if (!isRecord(body) || !Array.isArray(body.findings) || !Array.isArray(body.edits) || typeof body.cleaned !== 'string') {
    throw new ApiError('protocol', 'the check report lacks findings, edits or cleaned');
  }
  return body as unknown as CheckReport;
}

export async function postDiff(request: DiffRequest, signal?: AbortSignal): Promise<DiffReport> {
  const body = await postJson('/v1/diff', request, signal);
  if (!isRecord(body) || !Array.isArray(body.changes) || typeof body.verdict !== 'string') {
    throw new ApiError('protocol', 'the diff report lacks changes or a verdict');
  }
  return body as unknown as DiffReport;
}
