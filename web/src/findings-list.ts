/**
 * The findings as a list beside the article: what keyboard and screen-reader users work
 * from, and what the tests drive. Each item names the word, its severity and category, whom
 * it targets, the suggestion, and the Accept / Reject buttons; "show in text" focuses the
 * highlight (which opens its popover).
 */
import { append, arQuote, clear, el, evidenceText } from './dom.js';
import { decisionButtons, findingChips, type Decision, type DecisionHandlers } from './finding-details.js';
import { t } from './i18n.js';
import type { Finding } from './types.js';

export interface FindingsListOptions {
  decisions: ReadonlyMap<string, Decision>;
  handlers: DecisionHandlers;
  onShow(id: string): void;
  /** Accept or undo every actionable finding at once. */
  onAll(decision: Decision): void;
  actionable: ReadonlySet<string>;
}

function item(f: Finding, options: FindingsListOptions): HTMLElement {
  const s = t();
  const show = el('button', {
    class: 'word-link',
    attrs: { type: 'button', 'data-testid': 'show-in-text', title: s.showInText, 'aria-label': `${s.showInText}: ${f.text}` },
    data: { findingId: f.id },
  }, [el('span', { attrs: { lang: 'ar', dir: 'rtl' }, text: f.text })]);
  show.addEventListener('click', () => options.onShow(f.id));

  const meta = el('p', { class: 'finding-meta' }, [
    el('span', { text: s.voice[f.voice] }),
    ' · ',
    f.target ? el('span', {}, [`${s.fieldTarget}: `, arQuote(f.target.text)]) : el('span', { class: 'muted', text: `${s.fieldTarget}: ${s.noTarget}` }),
  ]);
  // The gloss is English: a line of its own, so that it never wraps into the Arabic line.
  const gloss = el('p', { class: 'finding-meta' }, [`${s.fieldGloss}: `, el('span', { class: 'en-prose', attrs: { dir: 'ltr', lang: 'en' }, text: f.gloss })]);

  const suggestion = el('p', { class: `finding-suggestion act-${f.suggestion.action}` }, [el('strong', { text: `${s.fieldSuggestion}: ${s.action[f.suggestion.action]}` })]);
  if (f.suggestion.action === 'replace' && f.suggestion.replacement) append(suggestion, [' ', arQuote(f.suggestion.replacement)]);
  append(suggestion, [el('br'), el('span', { class: 'reason' }, [evidenceText(f.suggestion.reason)])]);

  const signals = f.signals.length ? el('p', { class: 'finding-signals' }, [`${s.fieldSignals}: `, f.signals.map((x) => s.signal[x] ?? x).join(s.comma)]) : null;
  const evidenceTitle = s.inEnglish ? `${s.fieldEvidence} ${s.inEnglish}` : s.fieldEvidence;
  const evidence = el('details', { class: 'evidence-details' }, [
    el('summary', { text: evidenceTitle }),
    el('ul', { class: 'evidence', attrs: { dir: 'ltr', lang: 'en' } }, f.evidence.map((line) => el('li', {}, [evidenceText(line)]))),
  ]);

  const decision = options.actionable.has(f.id) ? decisionButtons(f, options.decisions.get(f.id) ?? 'pending', options.handlers) : null;
  return el('li', {
    class: `finding-item sev-border-${f.severity}`,
    attrs: { 'data-testid': 'finding-item' },
    data: { findingId: f.id, severity: f.severity, category: f.category },
  }, [el('div', { class: 'finding-head' }, [findingChips(f), show]), meta, gloss, signals, suggestion, decision, evidence]);
}

export function renderFindingsList(container: HTMLElement, findings: readonly Finding[], options: FindingsListOptions): void {
  const s = t();
  clear(container);
  if (!findings.length) {
    append(container, [el('p', { class: 'muted', text: s.findingsEmpty })]);
    return;
  }
  if (options.actionable.size) {
    const acceptAll = el('button', { class: 'btn', text: s.acceptAll, attrs: { type: 'button', 'data-testid': 'accept-all' } });
    const undoAll = el('button', { class: 'btn btn-quiet', text: s.undoAll, attrs: { type: 'button', 'data-testid': 'undo-all' } });
    acceptAll.addEventListener('click', () => options.onAll('accepted'));
    undoAll.addEventListener('click', () => options.onAll('pending'));
    append(container, [el('div', { class: 'toolbar' }, [acceptAll, undoAll])]);
  }
  append(container, [el('ol', { class: 'findings-list', attrs: { 'data-testid': 'findings-list' } }, findings.map((f) => item(f, options)))]);
}
