/**
 * What the editor reads about one finding: category and severity, voice, target, meaning,
 * insertion traces, evidence and the suggestion, with the Accept / Reject buttons when the
 * finding has an edit to apply. The popover shows all of it; the findings list reuses the
 * chips and the buttons.
 */
import { append, arQuote, cls, el, evidenceText } from './dom.js';
import { t } from './i18n.js';
import type { Finding } from './types.js';

export type Decision = 'pending' | 'accepted' | 'rejected';

export interface DecisionHandlers {
  decide(id: string, decision: Decision): void;
}

/** The severity and category chips: colour plus words, never colour alone. */
export function findingChips(f: Finding): HTMLElement {
  const s = t();
  return el('span', { class: 'chips' }, [
    el('span', { class: `chip sev-chip sev-${f.severity}`, text: s.severity[f.severity] }),
    el('span', { class: `chip cat-chip cat-${f.category}`, text: s.category[f.category] }),
  ]);
}

/** "remove", "replace with «إسرائيل»", "review", "keep". */
function suggestionLine(f: Finding): HTMLElement {
  const s = t();
  const line = el('span', { class: `suggestion act-${f.suggestion.action}` }, [el('strong', { text: s.action[f.suggestion.action] })]);
  if (f.suggestion.action === 'replace' && f.suggestion.replacement) {
    append(line, [' ', arQuote(f.suggestion.replacement)]);
  }
  return line;
}

function targetLine(f: Finding): Node {
  const s = t();
  if (!f.target) return el('span', { class: 'muted', text: s.noTarget });
  return el('span', {}, [arQuote(f.target.text), ' ', el('span', { class: 'muted', text: `(${s.targetKind[f.target.kind]})` })]);
}

/**
 * The Accept and Reject buttons of one finding. aria-pressed says which decision holds;
 * pressing the held one again undoes it (back to pending).
 */
export function decisionButtons(f: Finding, decision: Decision, handlers: DecisionHandlers): HTMLElement {
  const s = t();
  const accept = el('button', {
    class: 'btn btn-accept',
    text: s.accept,
    attrs: { type: 'button', 'aria-pressed': decision === 'accepted' ? 'true' : 'false', 'aria-label': s.acceptLabel(f.text), 'data-testid': 'accept' },
    data: { findingId: f.id },
  });
  const reject = el('button', {
    class: 'btn btn-reject',
    text: s.reject,
    attrs: { type: 'button', 'aria-pressed': decision === 'rejected' ? 'true' : 'false', 'aria-label': s.rejectLabel(f.text), 'data-testid': 'reject' },
    data: { findingId: f.id },
  });
  accept.addEventListener('click', () => handlers.decide(f.id, decision === 'accepted' ? 'pending' : 'accepted'));
  reject.addEventListener('click', () => handlers.decide(f.id, decision === 'rejected' ? 'pending' : 'rejected'));
  const state = el('span', {
    class: cls('decision-state', `state-${decision}`),
    text: decision === 'accepted' ? s.stateAccepted : decision === 'rejected' ? s.stateRejected : s.statePending,
  });
  return el('div', { class: 'decision' }, [accept, reject, state]);
}

/** The fields of one finding as a description list, its evidence, and its decision buttons. */
function findingDetails(f: Finding, decision: Decision | null, handlers: DecisionHandlers): HTMLElement {
  const s = t();
  const rows: Array<[string, Node]> = [
    [s.fieldCategory, el('span', {}, [s.category[f.category], ' ', el('span', { class: 'muted', attrs: { dir: 'ltr', lang: 'en' }, text: `(${f.subcategory})` })])],
    [s.fieldSeverity, el('span', { text: s.severityLong[f.severity] })],
    [s.fieldVoice, el('span', { text: s.voice[f.voice] })],
    [s.fieldTarget, targetLine(f)],
    [s.fieldGloss, el('span', { class: 'en-prose', attrs: { dir: 'ltr', lang: 'en' }, text: f.gloss })],
  ];
  if (f.sense === 'literal') rows.push([s.fieldSense, el('span', { text: s.sense.literal })]);
  if (f.signals.length) {
    rows.push([s.fieldSignals, el('ul', { class: 'inline-list' }, f.signals.map((sig) => el('li', { text: s.signal[sig] ?? sig })))]);
  }
  rows.push([
    s.fieldSuggestion,
    el('span', {}, [suggestionLine(f), el('br'), el('span', { class: 'reason' }, [evidenceText(f.suggestion.reason)])]),
  ]);

  const list = el('dl', { class: 'fields' });
  for (const [term, value] of rows) append(list, [el('dt', { text: term }), el('dd', {}, [value])]);

  const evidence = el('ul', { class: 'evidence', attrs: { dir: 'ltr', lang: 'en' } }, f.evidence.map((line) => el('li', {}, [evidenceText(line)])));
  const evidenceTitle = s.inEnglish ? `${s.fieldEvidence} ${s.inEnglish}` : s.fieldEvidence;
  return el('div', { class: 'finding-details' }, [
    list,
    el('div', { class: 'evidence-block' }, [el('h4', { text: evidenceTitle }), evidence]),
    decision ? decisionButtons(f, decision, handlers) : null,
  ]);
}

/** The popover's content for the findings under one highlight (usually one). */
export function findingPopover(findings: readonly Finding[], decisionOf: (id: string) => Decision | null, handlers: DecisionHandlers): HTMLElement {
  const s = t();
  const box = el('div', { class: 'popover-findings' });
  for (const f of findings) {
    append(box, [
      el('section', { class: `popover-finding sev-border-${f.severity}`, data: { findingId: f.id } }, [
        el('header', { class: 'popover-head' }, [findingChips(f), el('span', { class: 'popover-word', attrs: { lang: 'ar', dir: 'rtl' }, text: f.text })]),
        findingDetails(f, decisionOf(f.id), handlers),
      ]),
    ]);
  }
  append(box, [el('p', { class: 'popover-hint muted', text: s.popoverHint })]);
  return box;
}

/** A one-sentence description for screen readers (the highlight's aria-describedby). */
export function findingDescription(f: Finding): string {
  const s = t();
  // Arabic punctuation in the Arabic interface, Latin in the English one.
  const [comma, semicolon] = s.dir === 'rtl' ? ['، ', '؛ '] : [', ', '; '];
  const target = f.target ? `${f.target.text} (${s.targetKind[f.target.kind]})` : s.noTarget;
  const replacement = f.suggestion.replacement ? ` «${f.suggestion.replacement}»` : '';
  return [
    `${s.category[f.category]}${comma}${s.severityLong[f.severity]}`,
    `${s.fieldVoice}: ${s.voice[f.voice]}`,
    `${s.fieldTarget}: ${target}`,
    `${s.fieldSuggestion}: ${s.action[f.suggestion.action]}${replacement}`,
  ].join(semicolon);
}
