/**
 * Check mode: the form (paste or open a .txt, profile, publication date), the request to
 * /v1/check, and the results: summary, highlighted article, findings with Accept / Reject,
 * the cleaned text, and the extraction panel. The state is the text exactly as sent (every
 * offset in the report points into it), the report, and the editor's decisions; every part
 * renders from it, so a language switch or a decision never loses anything.
 */
import { postCheck } from './api.js';
import { findingsAt, focusFinding, HIGHLIGHT_SELECTOR, renderArticle, updateDecisions } from './article-view.js';
import { renderCleaned } from './cleaned-view.js';
import { append, byId, clear, el, preserveFocus } from './dom.js';
import { actionableIds, applyAccepted } from './edits.js';
import { announce, LatestRequest, setBusy, showProblem, type Problem } from './feedback.js';
import { findingPopover, type Decision, type DecisionHandlers } from './finding-details.js';
import { renderFindingsList } from './findings-list.js';
import { onLangChange, t } from './i18n.js';
import { renderPanel } from './panel.js';
import type { Popover } from './popover.js';
import { renderSummary } from './summary.js';
import { CATEGORIES, SEVERITIES, type CheckReport, type Finding } from './types.js';

interface Analysis {
  /** The text exactly as sent: the report's offsets point into this string, not the textarea. */
  text: string;
  report: CheckReport;
  decisions: Map<string, Decision>;
  actionable: Set<string>;
  sourceName: string | null;
}

export class CheckView {
  private readonly form = byId<HTMLFormElement>('check-form');
  private readonly textarea = byId<HTMLTextAreaElement>('check-text');
  private readonly fileInput = byId<HTMLInputElement>('check-file');
  private readonly fileStatus = byId('check-file-status');
  private readonly profile = byId<HTMLSelectElement>('check-profile');
  private readonly date = byId<HTMLInputElement>('check-date');
  private readonly submit = byId<HTMLButtonElement>('check-submit');
  private readonly problemBox = byId('check-problem');
  private readonly status = byId('check-status');
  private readonly stale = byId('check-stale');
  private readonly results = byId('check-results');
  private readonly summary = byId('check-summary');
  private readonly summaryHeading = byId('check-summary-heading');
  private readonly tools = byId('check-article-tools');
  private readonly article = byId('check-article');
  private readonly findings = byId('check-findings');
  private readonly cleaned = byId('check-cleaned');
  private readonly panel = byId('check-panel');

  private analysis: Analysis | null = null;
  private problem: Problem | null = null;
  private showInfo = false;
  private busy = false;
  private fileName: string | null = null;
  private fileMessage: (() => string) | null = null;
  private readonly requests = new LatestRequest({ busy: (on) => this.setBusy(on), problem: (p) => this.setProblem(p) });
  private readonly handlers: DecisionHandlers = { decide: (id, decision) => this.decide(id, decision) };

  constructor(private readonly popover: Popover) {
    this.form.addEventListener('submit', (event) => {
      // The page's CSP forbids form submission (form-action 'none'): it is always handled here.
      event.preventDefault();
      void this.run();
    });
    this.textarea.addEventListener('input', () => this.updateStale());
    this.fileInput.addEventListener('change', () => this.openFile());
    this.popover.attach(this.article, HIGHLIGHT_SELECTOR, {
      content: (anchor) => findingPopover(findingsAt(anchor, this.visibleFindings()), (id) => this.decisionOf(id), this.handlers),
      label: (anchor) => findingsAt(anchor, this.visibleFindings()).map((f) => `${t().category[f.category]}: ${f.text}`).join(t().comma),
    }, { enterMovesFocus: true });
    onLangChange(() => this.rerender());
  }

  private decisionOf(id: string): Decision | null {
    if (!this.analysis?.actionable.has(id)) return null;
    return this.analysis.decisions.get(id) ?? 'pending';
  }

  /** Info findings (literal uses) are in the report for the record, shown only on request. */
  private visibleFindings(): Finding[] {
    const all = this.analysis?.report.findings ?? [];
    return this.showInfo ? all : all.filter((f) => f.severity !== 'info');
  }

  private openFile(): void {
    const file = this.fileInput.files?.[0];
    if (!file) return;
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      const text = typeof reader.result === 'string' ? reader.result : '';
      this.textarea.value = text;
      this.fileName = file.name;
      // The decoder puts U+FFFD for each byte that is not UTF-8 (a Windows-1256 file, say).
      this.fileMessage = text.includes('\uFFFD') ? () => t().fileNotUtf8(file.name) : () => t().fileLoaded(file.name);
      this.fileStatus.textContent = this.fileMessage();
      this.fileStatus.classList.toggle('warn', text.includes('\uFFFD'));
      this.updateStale();
    });
    reader.addEventListener('error', () => {
      this.fileMessage = () => t().fileReadError(file.name);
      this.fileStatus.textContent = this.fileMessage();
      this.fileStatus.classList.add('warn');
    });
    reader.readAsText(file, 'utf-8');
    // The same file can be opened again after editing the textarea.
    this.fileInput.value = '';
  }

  private updateStale(): void {
    this.stale.hidden = !this.analysis || this.textarea.value === this.analysis.text;
  }

  private async run(): Promise<void> {
    const text = this.textarea.value;
    if (!text.trim()) {
      this.setProblem({ kind: 'empty', message: () => t().emptyText });
      this.textarea.focus();
      return;
    }
    const profile = this.profile.value === 'opinion' ? 'opinion' : 'wire';
    const date = this.date.value ? { date: this.date.value } : {};
    await this.requests.run(
      (signal) => postCheck({ text, profile, extract: true, ...date }, signal),
      (report) => {
        this.analysis = {
          text,
          report,
          decisions: new Map(),
          actionable: actionableIds(report.findings, report.edits),
          sourceName: this.fileName,
        };
        this.showInfo = false;
        this.popover.hide();
        this.rerender();
        this.results.hidden = false;
        this.updateStale();
        announce(this.status, t().analysisDone(report.summary.findings));
        this.summaryHeading.focus({ preventScroll: true });
        this.results.scrollIntoView({ block: 'start', behavior: 'smooth' });
      },
    );
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    const s = t();
    setBusy(this.submit, this.results, busy, s.analysing, s.analyse);
  }

  private setProblem(problem: Problem | null): void {
    this.problem = problem;
    showProblem(this.problemBox, problem);
  }

  private decide(id: string, decision: Decision): void {
    const analysis = this.analysis;
    if (!analysis || !analysis.actionable.has(id)) return;
    analysis.decisions.set(id, decision);
    this.renderDecisions();
    const f = analysis.report.findings.find((x) => x.id === id);
    if (f && decision !== 'pending') announce(this.status, t().decisionAnnounce(f.text, decision === 'accepted'));
  }

  private decideAll(decision: Decision): void {
    const analysis = this.analysis;
    if (!analysis) return;
    for (const id of analysis.actionable) analysis.decisions.set(id, decision);
    this.renderDecisions();
  }

  /** After a decision: classes in the article, the list, the cleaned text, the open popover. */
  private renderDecisions(): void {
    const analysis = this.analysis;
    if (!analysis) return;
    updateDecisions(this.article, analysis.report.findings, analysis.decisions);
    this.renderFindings();
    this.renderCleanedText();
    this.popover.refresh();
  }

  private renderFindings(): void {
    const analysis = this.analysis;
    if (!analysis) return;
    preserveFocus(this.findings, () =>
      renderFindingsList(this.findings, this.visibleFindings(), {
        decisions: analysis.decisions,
        handlers: this.handlers,
        actionable: analysis.actionable,
        onShow: (id) => {
          if (!focusFinding(this.article, id) && !this.showInfo) {
            // An info finding is hidden until asked for: show them, then go to it.
            this.showInfo = true;
            this.rerender();
            focusFinding(this.article, id);
          }
        },
        onAll: (decision) => this.decideAll(decision),
      }),
    );
  }

  private renderCleanedText(): void {
    const analysis = this.analysis;
    if (!analysis) return;
    const accepted = new Set([...analysis.decisions].filter(([, d]) => d === 'accepted').map(([id]) => id));
    const text = applyAccepted(analysis.text, analysis.report.edits, accepted);
    const all = analysis.actionable.size > 0 && [...analysis.actionable].every((id) => accepted.has(id));
    if (all && text !== analysis.report.cleaned) {
      // The edits are the report's own: a difference is a bug in the report or here.
      console.warn('amana: the accepted edits do not reproduce the report’s cleaned text');
    }
    preserveFocus(this.cleaned, () =>
      renderCleaned(this.cleaned, {
        text,
        accepted: [...accepted].filter((id) => analysis.actionable.has(id)).length,
        total: analysis.actionable.size,
        matchesReport: all && text === analysis.report.cleaned,
        sourceName: analysis.sourceName,
      }),
    );
  }

  private renderTools(): void {
    const analysis = this.analysis;
    clear(this.tools);
    if (!analysis) return;
    const s = t();
    const infoCount = analysis.report.summary.by_severity.info ?? 0;
    if (infoCount) {
      const box = el('input', { attrs: { type: 'checkbox', id: 'show-info', 'data-testid': 'show-info' } });
      box.checked = this.showInfo;
      box.addEventListener('change', () => {
        this.showInfo = box.checked;
        this.popover.hide();
        this.renderArticleOnly();
        this.renderFindings();
      });
      append(this.tools, [el('div', { class: 'check' }, [box, el('label', { attrs: { for: 'show-info' }, text: s.showInfo(infoCount) })])]);
    }
    append(this.tools, [legend()]);
  }

  private renderArticleOnly(): void {
    const analysis = this.analysis;
    if (!analysis) return;
    renderArticle(this.article, analysis.text, this.visibleFindings(), analysis.decisions);
  }

  /** Everything, from the state: after a new report and after a language switch. */
  private rerender(): void {
    if (this.busy) this.setBusy(true);
    showProblem(this.problemBox, this.problem);
    if (this.fileMessage) this.fileStatus.textContent = this.fileMessage();
    const analysis = this.analysis;
    if (!analysis) return;
    this.popover.hide();
    renderSummary(this.summary, analysis.report);
    this.renderTools();
    this.renderArticleOnly();
    this.renderFindings();
    this.renderCleanedText();
    renderPanel(this.panel, analysis.report);
  }
}

/** Severity colours and category underlines, explained (colour is never the only cue). */
function legend(): HTMLElement {
  const s = t();
  return el('details', { class: 'legend' }, [
    el('summary', { text: s.legendHeading }),
    el('ul', { class: 'legend-list' }, [
      ...SEVERITIES.map((sev) => el('li', {}, [el('mark', { class: `hl-sample sev-${sev} cat-insult`, text: 'ـــــ', attrs: { 'aria-hidden': 'true' } }), ' ', s.severityLong[sev]])),
      ...CATEGORIES.map((cat) => el('li', {}, [el('span', { class: `hl-sample line-sample cat-${cat}`, text: 'ـــــ', attrs: { 'aria-hidden': 'true' } }), ' ', s.category[cat]])),
    ]),
  ]);
}
