/**
 * The counts on top of a check: how many findings at each severity, and in whose voice.
 * Every severity is listed, zero included, so that "no high finding" reads at a glance.
 */
import { append, clear, el } from './dom.js';
import { t } from './i18n.js';
import { SEVERITIES, type CheckReport } from './types.js';

export function renderSummary(container: HTMLElement, report: CheckReport): void {
  const s = t();
  clear(container);
  const total = report.summary.findings;
  const headline = el('p', {
    class: `summary-total${report.summary.max_severity ? ` max-${report.summary.max_severity}` : ' clean'}`,
    attrs: { 'data-testid': 'summary-total' },
    text: total ? s.summaryTotal(total) : s.summaryNone,
  });
  const counts = el(
    'ul',
    { class: 'severity-counts', attrs: { 'data-testid': 'severity-counts' } },
    SEVERITIES.map((sev) => {
      const n = report.summary.by_severity[sev] ?? 0;
      return el('li', { class: `count sev-chip sev-${sev}${n ? '' : ' zero'}`, data: { severity: sev, count: n } }, [
        el('span', { class: 'count-label', text: s.severity[sev] }),
        el('span', { class: 'count-n', text: String(n) }),
      ]);
    }),
  );
  append(container, [headline, counts]);
  if (total) append(container, [el('p', { class: 'muted', text: s.summaryVoice(report.summary.by_voice.narrator, report.summary.by_voice.reported, report.summary.by_voice.quoted) })]);
}
