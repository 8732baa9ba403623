/** What the server sends to its analysis threads and gets back. */
export type AnalysisTask =
  | { kind: 'check'; text: string; profile?: string; date?: string; extract: boolean }
  | { kind: 'extract'; text: string; date?: string }
  | { kind: 'diff'; original: string; copy: string; profile?: string };

/**
 * The report already serialized to JSON on the worker thread (the main thread only forwards
 * it), or the library's one-line refusal of the request.
 */
export type AnalysisOutcome = { ok: true; body: string } | { ok: false; message: string };
