/**
 * Diff mode: two texts, the request to /v1/diff, and the results: the verdict on top, the
 * two versions side by side with their changes highlighted, the legend, and the list of
 * changes. Selecting a change (in the list, in the deciding changes, or by clicking a
 * highlight) marks it everywhere and brings its highlights into view. Cosmetic changes (a
 * copy from another outlet can have hundreds) are hidden until asked for, except moved text.
 */
import { postDiff } from './api.js';
import { CHANGE_SELECTOR, changePopover, renderChangeList, renderLegend, renderSide, renderVerdict } from './diff-render.js';
import { append, byId, clear, el, preserveFocus } from './dom.js';
import { announce, LatestRequest, setBusy, showProblem, type Problem } from './feedback.js';
import { onLangChange, t } from './i18n.js';
import type { Popover } from './popover.js';
import type { Change, DiffReport } from './types.js';

interface Comparison {
  /** The texts exactly as sent: the spans point into them. */
  original: string;
  copy: string;
  report: DiffReport;
}

/** Cosmetic changes other than moved text: the ones behind the toggle. */
const isHideable = (c: Change) => c.category === 'cosmetic' && c.kind !== 'moved';

export class DiffView {
  private readonly form = byId<HTMLFormElement>('diff-form');
  private readonly originalInput = byId<HTMLTextAreaElement>('diff-original');
  private readonly copyInput = byId<HTMLTextAreaElement>('diff-copy');
  private readonly submit = byId<HTMLButtonElement>('diff-submit');
  private readonly problemBox = byId('diff-problem');
  private readonly status = byId('diff-status');
  private readonly stale = byId('diff-stale');
  private readonly results = byId('diff-results');
  private readonly verdict = byId('diff-verdict');
  private readonly legend = byId('diff-legend');
  private readonly tools = byId('diff-tools');
  private readonly originalView = byId('diff-original-view');
  private readonly copyView = byId('diff-copy-view');
  private readonly list = byId('diff-changes');

  private comparison: Comparison | null = null;
  private problem: Problem | null = null;
  private showCosmetic = false;
  private selected: string | null = null;
  private busy = false;
  private readonly requests = new LatestRequest({ busy: (on) => this.setBusy(on), problem: (p) => this.setProblem(p) });

  constructor(private readonly popover: Popover) {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    for (const input of [this.originalInput, this.copyInput]) input.addEventListener('input', () => this.updateStale());
    for (const view of [this.originalView, this.copyView]) {
      this.popover.attach(view, CHANGE_SELECTOR, {
        content: (anchor) => changePopover(this.changesAt(anchor)),
        label: (anchor) => this.changesAt(anchor).map((c) => `${c.id}: ${t().changeCategory[c.category]}`).join(t().comma),
      }, { enterMovesFocus: false });
      view.addEventListener('click', (event) => {
        const mark = event.target instanceof Element ? event.target.closest<HTMLElement>(CHANGE_SELECTOR) : null;
        if (mark?.dataset.changeId) this.select(mark.dataset.changeId, { focusHighlight: false, revealInList: true });
      });
      view.addEventListener('keydown', (event) => {
        // From a highlight reached through the list, Escape goes back to the list.
        const mark = event.target instanceof Element ? event.target.closest<HTMLElement>(CHANGE_SELECTOR) : null;
        if (event.key !== 'Escape' || !mark) return;
        this.popover.hide();
        this.list.querySelector<HTMLElement>(`[data-testid="select-change"][data-change-id="${CSS.escape(mark.dataset.changeId ?? '')}"]`)?.focus();
      });
    }
    onLangChange(() => this.rerender());
  }

  private changesAt(anchor: HTMLElement): Change[] {
    const ids = (anchor.dataset.changeIds ?? '').split(' ');
    const byId = new Map((this.comparison?.report.changes ?? []).map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id)).filter((c): c is Change => Boolean(c));
  }

  private visibleChanges(): Change[] {
    const all = this.comparison?.report.changes ?? [];
    return this.showCosmetic ? all : all.filter((c) => !isHideable(c));
  }

  private updateStale(): void {
    const c = this.comparison;
    this.stale.hidden = !c || (this.originalInput.value === c.original && this.copyInput.value === c.copy);
  }

  private async run(): Promise<void> {
    const original = this.originalInput.value;
    const copy = this.copyInput.value;
    if (!original.trim() || !copy.trim()) {
      this.setProblem({ kind: 'empty', message: () => t().emptyDiff });
      (original.trim() ? this.copyInput : this.originalInput).focus();
      return;
    }
    await this.requests.run(
      (signal) => postDiff({ original, copy }, signal),
      (report) => {
        this.comparison = { original, copy, report };
        this.selected = null;
        // A copy judged cosmetic is all cosmetic changes: hiding them would hide the reason.
        this.showCosmetic = report.verdict === 'cosmetic';
        this.rerender();
        this.results.hidden = false;
        this.updateStale();
        announce(this.status, t().diffDone(t().verdict[report.verdict]));
        this.verdict.focus({ preventScroll: true });
        this.results.scrollIntoView({ block: 'start', behavior: 'smooth' });
      },
    );
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    const s = t();
    setBusy(this.submit, this.results, busy, s.comparing, s.compare);
  }

  private setProblem(problem: Problem | null): void {
    this.problem = problem;
    showProblem(this.problemBox, problem);
  }

  /**
   * Selects a change: marked in the list and in both texts, its highlights scrolled into
   * view (each column scrolls on its own on a wide screen), and focused when asked.
   */
  select(id: string, options: { focusHighlight: boolean; revealInList: boolean }): void {
    const change = this.comparison?.report.changes.find((c) => c.id === id);
    if (!change) return;
    if (isHideable(change) && !this.showCosmetic) {
      this.showCosmetic = true;
      this.selected = id;
      this.rerender();
    } else {
      this.selected = id;
      this.renderList();
    }
    const marks = (view: HTMLElement) => [...view.querySelectorAll<HTMLElement>(CHANGE_SELECTOR)].filter((m) => (m.dataset.changeIds ?? '').split(' ').includes(id));
    for (const view of [this.originalView, this.copyView]) {
      for (const m of view.querySelectorAll<HTMLElement>(CHANGE_SELECTOR)) m.classList.remove('selected');
    }
    const inOriginal = marks(this.originalView);
    const inCopy = marks(this.copyView);
    for (const m of [...inOriginal, ...inCopy]) m.classList.add('selected');
    // The original first, so that the copy's highlight ends up where the page is scrolled.
    inOriginal[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    inCopy[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (options.focusHighlight) (inCopy[0] ?? inOriginal[0])?.focus({ preventScroll: true });
    if (options.revealInList) {
      this.list.querySelector<HTMLElement>(`[data-testid="change-item"][data-change-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }

  private renderList(): void {
    preserveFocus(this.list, () => renderChangeList(this.list, this.visibleChanges(), this.selected, (id) => this.select(id, { focusHighlight: true, revealInList: false })));
  }

  private renderTools(report: DiffReport): void {
    clear(this.tools);
    const hideable = report.changes.filter(isHideable).length;
    if (!hideable) return;
    const box = el('input', { attrs: { type: 'checkbox', id: 'show-cosmetic', 'data-testid': 'show-cosmetic' } });
    box.checked = this.showCosmetic;
    box.addEventListener('change', () => {
      this.showCosmetic = box.checked;
      if (!this.showCosmetic && this.selected && report.changes.some((c) => c.id === this.selected && isHideable(c))) this.selected = null;
      this.rerender();
      document.getElementById('show-cosmetic')?.focus();
    });
    append(this.tools, [el('div', { class: 'check' }, [box, el('label', { attrs: { for: 'show-cosmetic' }, text: t().showCosmetic(hideable) })])]);
  }

  private rerender(): void {
    if (this.busy) this.setBusy(true);
    showProblem(this.problemBox, this.problem);
    const c = this.comparison;
    if (!c) return;
    this.popover.hide();
    const visible = this.visibleChanges();
    renderVerdict(this.verdict, c.report, (id) => this.select(id, { focusHighlight: true, revealInList: true }));
    renderLegend(this.legend, c.report);
    this.renderTools(c.report);
    renderSide(this.originalView, 'original', c.original, visible);
    renderSide(this.copyView, 'copy', c.copy, visible);
    this.renderList();
    if (this.selected) {
      for (const view of [this.originalView, this.copyView]) {
        for (const m of view.querySelectorAll<HTMLElement>(CHANGE_SELECTOR)) m.classList.toggle('selected', (m.dataset.changeIds ?? '').split(' ').includes(this.selected));
      }
    }
  }
}
