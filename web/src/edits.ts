/**
 * The cleaned text an editor builds by accepting suggestions. Pure (no DOM).
 *
 * The report's `edits` are in text order and never overlap, and applying all of them gives
 * the report's `cleaned`. Applying a subset must keep every other character, so the edits
 * are applied from the end of the text backwards: an edit never moves the offsets of the
 * edits before it.
 */
import type { Edit, Finding } from './types.js';

/** `text` with the edits of the accepted findings applied. */
export function applyAccepted(text: string, edits: readonly Edit[], accepted: ReadonlySet<string>): string {
  const chosen = edits.filter((e) => accepted.has(e.finding)).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of chosen) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

/**
 * The findings an editor can accept: a `remove` or `replace` suggestion, or any finding the
 * report has an edit for (so that accepting everything always reproduces `cleaned`).
 */
export function actionableIds(findings: readonly Finding[], edits: readonly Edit[]): Set<string> {
  const withEdit = new Set(edits.map((e) => e.finding));
  return new Set(
    findings
      .filter((f) => withEdit.has(f.id) || f.suggestion.action === 'remove' || f.suggestion.action === 'replace')
      .map((f) => f.id),
  );
}
