/**
 * The analysed article with every finding highlighted in place. Findings are cut into
 * segments (segments.ts) so that overlapping findings never break the text; each piece is
 * styled by its most severe finding and carries the ids of all the findings covering it.
 *
 * One highlight per finding is a tab stop (its first piece): it opens the shared popover on
 * hover or focus, and its hidden description (aria-describedby) gives screen readers the same
 * facts. Accept / Reject only change classes here (`updateDecisions`), so that the element the
 * editor is on, and the popover anchored to it, survive the decision.
 */
import { append, clear, el } from './dom.js';
import type { Decision } from './finding-details.js';
import { findingDescription } from './finding-details.js';
import { segmentText } from './segments.js';
import { SEVERITIES, type Finding } from './types.js';

const severityRank = (f: Finding) => SEVERITIES.indexOf(f.severity);

export const HIGHLIGHT_SELECTOR = 'mark.hl';

/** The id of the element holding a finding's screen-reader description. */
const descriptionId = (id: string) => `fdesc-${id}`;

export function renderArticle(container: HTMLElement, text: string, findings: readonly Finding[], decisions: ReadonlyMap<string, Decision>): void {
  clear(container);
  const byId = new Map(findings.map((f) => [f.id, f]));
  const lines = segmentText(
    text,
    findings.map((f) => ({ id: f.id, start: f.start, end: f.end, rank: severityRank(f) })),
  );

  // Which piece is each finding's first and last: the first is its tab stop, the last shows
  // the replacement once accepted.
  const firstPiece = new Map<string, string>();
  const lastPiece = new Map<string, string>();
  lines.forEach((line, li) =>
    line.segments.forEach((seg, si) => {
      for (const id of seg.covers) {
        if (!firstPiece.has(id)) firstPiece.set(id, `${li}:${si}`);
        lastPiece.set(id, `${li}:${si}`);
      }
    }),
  );

  const descriptions = el('div', { attrs: { hidden: true } });
  for (const f of findings) append(descriptions, [el('span', { attrs: { id: descriptionId(f.id) }, text: findingDescription(f) })]);

  const body = el('div', { class: 'article-body' });
  lines.forEach((line, li) => {
    // Blank lines separate paragraphs; the paragraphs' margins show that already.
    if (line.end === line.start) return;
    // Each paragraph finds its own direction: an Arabic paragraph right to left, a line of
    // Latin (a credit, pasted markup) left to right, whatever the interface language.
    const p = el('p', { attrs: { dir: 'auto' } });
    line.segments.forEach((seg, si) => {
      const piece = text.slice(seg.start, seg.end);
      if (!seg.covers.length) {
        append(p, [piece]);
        return;
      }
      const owner = byId.get(seg.covers[0]);
      if (!owner) return;
      const key = `${li}:${si}`;
      const isStop = firstPiece.get(owner.id) === key;
      const mark = el('mark', {
        class: `hl sev-${owner.severity} cat-${owner.category}${seg.covers.length > 1 ? ' multi' : ''}`,
        text: piece,
        attrs: {
          'data-testid': 'highlight',
          tabindex: isStop ? 0 : null,
          role: isStop ? 'button' : null,
          'aria-haspopup': isStop ? 'dialog' : null,
          'aria-expanded': isStop ? 'false' : null,
          'aria-describedby': seg.covers.map(descriptionId).join(' '),
        },
        data: {
          findingId: owner.id,
          findingIds: seg.covers.join(' '),
          severity: owner.severity,
          category: owner.category,
          last: lastPiece.get(owner.id) === key ? '1' : null,
        },
      });
      append(p, [mark]);
    });
    append(body, [p]);
  });
  append(container, [descriptions, body]);
  updateDecisions(container, findings, decisions);
}

/**
 * Marks accepted and rejected findings: an accepted removal is struck through, an accepted
 * replacement also shows its replacement (CSS, from data-replacement on the last piece).
 */
export function updateDecisions(container: HTMLElement, findings: readonly Finding[], decisions: ReadonlyMap<string, Decision>): void {
  const byId = new Map(findings.map((f) => [f.id, f]));
  for (const mark of container.querySelectorAll<HTMLElement>(HIGHLIGHT_SELECTOR)) {
    const id = mark.dataset.findingId ?? '';
    const decision = decisions.get(id) ?? null;
    mark.classList.toggle('is-accepted', decision === 'accepted');
    mark.classList.toggle('is-rejected', decision === 'rejected');
    const f = byId.get(id);
    const replacement = decision === 'accepted' && f?.suggestion.action === 'replace' && mark.dataset.last ? f.suggestion.replacement : null;
    if (replacement) mark.dataset.replacement = replacement;
    else delete mark.dataset.replacement;
  }
}

/** Focuses (and so opens the popover of) a finding's highlight; false when it is not shown. */
export function focusFinding(container: HTMLElement, id: string): boolean {
  const marks = [...container.querySelectorAll<HTMLElement>(HIGHLIGHT_SELECTOR)];
  const mark = marks.find((m) => m.dataset.findingId === id && m.tabIndex === 0) ?? marks.find((m) => (m.dataset.findingIds ?? '').split(' ').includes(id));
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  // A piece owned by a more severe finding is not a tab stop; make it focusable on demand.
  if (mark.tabIndex !== 0) mark.tabIndex = -1;
  mark.focus({ preventScroll: true });
  return true;
}

export function findingsAt(anchor: HTMLElement, findings: readonly Finding[]): Finding[] {
  const ids = (anchor.dataset.findingIds ?? anchor.dataset.findingId ?? '').split(' ').filter(Boolean);
  const byId = new Map(findings.map((f) => [f.id, f]));
  return ids.map((id) => byId.get(id)).filter((f): f is Finding => Boolean(f));
}
