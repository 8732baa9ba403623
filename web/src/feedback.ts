/**
 * Loading and error states shared by both modes: a busy button, a polite status line for
 * screen readers, and an error box that shows the server's own message verbatim (it is
 * data: set as text, in its own direction).
 */
import { ApiError } from './api.js';
import { append, clear, el } from './dom.js';
import { t } from './i18n.js';

/** What a failed request tells the editor, kept so it can be re-rendered in another language. */
export type Problem = { kind: 'empty'; message: () => string } | { kind: 'error'; error: unknown };

export function showProblem(box: HTMLElement, problem: Problem | null): void {
  clear(box);
  box.hidden = problem === null;
  if (!problem) return;
  const s = t();
  if (problem.kind === 'empty') {
    append(box, [el('p', { text: problem.message() })]);
    return;
  }
  const error = problem.error;
  append(box, [el('p', { class: 'problem-title', text: s.errorHeading })]);
  if (error instanceof ApiError && error.kind === 'network') {
    append(box, [el('p', { text: s.networkError })]);
  } else if (error instanceof ApiError && error.kind === 'server') {
    append(box, [
      el('p', {}, [
        `${s.serverError} `,
        el('span', { class: 'server-message', attrs: { dir: 'auto', 'data-testid': 'server-message' }, text: error.message }),
        error.code ? el('code', { class: 'muted small', attrs: { dir: 'ltr' }, text: ` (${error.code}${error.status ? `, ${error.status}` : ''})` }) : null,
      ]),
    ]);
  } else {
    const detail = error instanceof Error ? error.message : String(error);
    append(box, [el('p', {}, [`${s.badResponse} `, el('span', { attrs: { dir: 'auto' }, text: detail })])]);
  }
}

/** Puts a submit button in its busy state (disabled, label changed, aria-busy on the results). */
export function setBusy(button: HTMLButtonElement, region: HTMLElement, busy: boolean, busyLabel: string, idleLabel: string): void {
  button.disabled = busy;
  button.classList.toggle('busy', busy);
  const label = button.querySelector('.btn-label');
  if (label) label.textContent = busy ? busyLabel : idleLabel;
  region.setAttribute('aria-busy', busy ? 'true' : 'false');
}

export function announce(region: HTMLElement, message: string): void {
  // Emptied first so that the same message twice is announced twice.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 30);
}

/**
 * The requests of one form, the latest winning: a new one cancels the one in flight, an answer
 * that arrives after a newer request is dropped, and the form's busy and problem states follow
 * the latest request only. Both modes use it.
 */
export class LatestRequest {
  private current: AbortController | null = null;

  constructor(private readonly form: { busy(on: boolean): void; problem(problem: Problem | null): void }) {}

  /** Send `request`; hand its answer to `done` if no newer request was made meanwhile. */
  async run<T>(request: (signal: AbortSignal) => Promise<T>, done: (answer: T) => void): Promise<void> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    this.form.problem(null);
    this.form.busy(true);
    try {
      const answer = await request(controller.signal);
      if (controller === this.current) done(answer);
    } catch (error) {
      const cancelled = error instanceof ApiError && error.kind === 'aborted';
      if (controller === this.current && !cancelled) this.form.problem({ kind: 'error', error });
    } finally {
      if (controller === this.current) {
        this.current = null;
        this.form.busy(false);
      }
    }
  }
}
