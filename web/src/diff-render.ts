/**
 * The parts of a diff report: the verdict card, the legend, one version of the text with its
 * changes highlighted, the list of changes, and the popover content for a highlight. Each
 * function renders from the report alone; diff-view.ts owns the state and the selection.
 */
import { append, bdi, clear, el, evidenceText } from './dom.js';
import { formatPercent, t } from './i18n.js';
import { segmentText } from './segments.js';
import { CHANGE_CATEGORIES, DISTORTING, type Change, type ChangeCategory, type DiffReport } from './types.js';

/**
 * Which category styles text covered by several changes, and the order of the legend: what
 * distorts first, then editorial changes, cosmetic last (as the library's HTML page does).
 */
export const SERIOUSNESS: readonly ChangeCategory[] = [
  ...CHANGE_CATEGORIES.filter((c) => DISTORTING.has(c)),
  'sentence-added',
  'sentence-removed',
  'reworded',
  'attribution-added',
  'cosmetic',
];

export const seriousness = (c: ChangeCategory): number => {
  const i = SERIOUSNESS.indexOf(c);
  return i < 0 ? SERIOUSNESS.length - 1 : i;
};

export const CHANGE_SELECTOR = 'mark.chg';

const descriptionId = (side: 'original' | 'copy', id: string) => `cdesc-${side}-${id}`;

/** A category name with its severity class: distorting categories carry a warning sign. */
export function categoryChip(category: ChangeCategory): HTMLElement {
  const distorting = DISTORTING.has(category);
  return el('span', { class: `chip chg-chip chg-${category}${distorting ? ' distorting' : ''}`, data: { category } }, [
    distorting ? el('span', { class: 'warn-sign', attrs: { 'aria-hidden': 'true' }, text: '⚠ ' }) : null,
    t().changeCategory[category] ?? category,
  ]);
}

/** The category, and for a cosmetic change its kind: «تغيير شكلي · كتابة الأرقام». */
function categoryLabel(c: Change): string {
  const s = t();
  const name = s.changeCategory[c.category] ?? c.category;
  return c.kind ? `${name} · ${s.cosmeticKind[c.kind] ?? c.kind}` : name;
}

export function renderVerdict(container: HTMLElement, report: DiffReport, onSelect: (id: string) => void): void {
  const s = t();
  clear(container);
  const byId = new Map(report.changes.map((c) => [c.id, c]));
  const w = report.summary.words;
  const card = el('div', { class: `verdict-card verdict-${report.verdict}`, attrs: { 'data-testid': 'verdict' }, data: { verdict: report.verdict } }, [
    el('div', { class: 'verdict-main' }, [
      el('p', { class: 'verdict-label', text: s.verdictHeading }),
      el('p', { class: 'verdict-value', attrs: { 'data-testid': 'verdict-value' }, text: s.verdict[report.verdict] }),
      el('p', { class: 'verdict-explain', text: s.verdictExplain[report.verdict] }),
    ]),
    el('div', { class: 'verdict-stats' }, [
      el('p', { class: 'verdict-label', text: s.similarity }),
      // The figure isolated left to right, the paragraph aligned with the interface.
      el('p', { class: 'similarity', attrs: { 'data-testid': 'similarity' } }, [el('bdi', { attrs: { dir: 'ltr' }, text: formatPercent(report.similarity) })]),
      el('p', { class: 'muted small', text: s.words(w.original, w.copy, w.kept) }),
    ]),
  ]);
  append(container, [card]);
  if (report.warning) {
    append(container, [el('p', { class: 'warning-box', attrs: { role: 'note' } }, [el('strong', { text: `${s.warning}: ` }), evidenceText(report.warning)])]);
  }
  if (report.deciding.length) {
    const buttons = report.deciding
      .map((id) => byId.get(id))
      .filter((c): c is Change => Boolean(c))
      .map((c) => {
        const button = el('button', { class: 'deciding-button', attrs: { type: 'button', 'data-testid': 'deciding-change', 'aria-label': s.selectChange(c.id) }, data: { changeId: c.id } }, [
          categoryChip(c.category),
          el('span', { class: 'change-id', attrs: { dir: 'ltr' }, text: c.id }),
        ]);
        button.addEventListener('click', () => onSelect(c.id));
        return el('li', {}, [button]);
      });
    append(container, [el('div', { class: 'deciding' }, [el('h3', { text: s.deciding }), el('ul', { class: 'deciding-list' }, buttons)])]);
  }
}

/** The categories of this report, most serious first, with their counts. */
export function renderLegend(container: HTMLElement, report: DiffReport): void {
  const s = t();
  clear(container);
  const present = SERIOUSNESS.filter((c) => (report.summary.by_category[c] ?? 0) > 0);
  if (!present.length) return;
  append(container, [
    el('h3', { class: 'legend-title', text: s.legend }),
    el(
      'ul',
      { class: 'legend-list', attrs: { 'data-testid': 'diff-legend' } },
      present.map((c) => {
        const note = DISTORTING.has(c) ? s.distorting : c === 'cosmetic' ? null : s.editorial;
        return el('li', {}, [categoryChip(c), el('span', { class: 'muted small', text: ` ${report.summary.by_category[c]}${note ? ` · ${note}` : ''}` })]);
      }),
    ),
  ]);
}

/**
 * One version with its changes highlighted. The original's changed words are struck through,
 * the copy's underlined; a piece covered by several changes takes the most serious one's
 * colour and lists them all in data-change-ids.
 */
export function renderSide(container: HTMLElement, side: 'original' | 'copy', text: string, changes: readonly Change[]): void {
  clear(container);
  const byId = new Map(changes.map((c) => [c.id, c]));
  const ranges = changes.flatMap((c) => {
    const span = c[side];
    return span ? [{ id: c.id, start: span.start, end: span.end, rank: seriousness(c.category) }] : [];
  });
  const descriptions = el('div', { attrs: { hidden: true } });
  for (const r of ranges) {
    const c = byId.get(r.id);
    if (c) append(descriptions, [el('span', { attrs: { id: descriptionId(side, c.id) }, text: `${c.id}: ${categoryLabel(c)}` })]);
  }
  const body = el('div', { class: 'article-body' });
  for (const line of segmentText(text, ranges)) {
    if (line.end === line.start) continue;
    const p = el('p', { attrs: { dir: 'auto' } });
    for (const seg of line.segments) {
      const piece = text.slice(seg.start, seg.end);
      const owner = seg.covers.length ? byId.get(seg.covers[0]) : undefined;
      if (!owner) {
        append(p, [piece]);
        continue;
      }
      append(p, [
        el('mark', {
          class: `chg chg-${owner.category}${DISTORTING.has(owner.category) ? ' distorting' : ''} side-${side}`,
          text: piece,
          attrs: { tabindex: -1, 'data-testid': 'change-highlight', 'aria-describedby': seg.covers.map((id) => descriptionId(side, id)).join(' ') },
          data: { changeId: owner.id, changeIds: seg.covers.join(' '), category: owner.category, side },
        }),
      ]);
    }
    append(body, [p]);
  }
  append(container, [descriptions, body]);
}

/** «original» → «copy», with "nothing opposite" where the copy added or removed the text. */
function texts(c: Change): HTMLElement {
  const s = t();
  const part = (span: Change['original'], empty: string, cls: string) =>
    span ? el('span', { class: `change-text ${cls}`, attrs: { lang: 'ar', dir: 'rtl' }, text: span.text }) : el('span', { class: 'muted small', text: empty });
  return el('p', { class: 'change-texts' }, [
    part(c.original, s.addedText, 'from'),
    el('span', { class: 'arrow', attrs: { 'aria-hidden': 'true' }, text: s.dir === 'rtl' ? ' ← ' : ' → ' }),
    part(c.copy, s.removedText, 'to'),
  ]);
}

export function renderChangeList(container: HTMLElement, changes: readonly Change[], selected: string | null, onSelect: (id: string) => void): void {
  const s = t();
  clear(container);
  if (!changes.length) {
    append(container, [el('p', { class: 'muted', text: s.noChanges })]);
    return;
  }
  const items = changes.map((c) => {
    const button = el('button', {
      class: 'change-select',
      attrs: { type: 'button', 'data-testid': 'select-change', 'aria-label': s.selectChange(c.id), 'aria-pressed': c.id === selected ? 'true' : 'false' },
      data: { changeId: c.id },
    }, [categoryChip(c.category), c.kind ? el('span', { class: 'muted small', text: ` ${s.cosmeticKind[c.kind] ?? c.kind}` }) : null, el('span', { class: 'change-id', attrs: { dir: 'ltr' }, text: c.id })]);
    button.addEventListener('click', () => onSelect(c.id));
    return el('li', {
      class: `change-item${DISTORTING.has(c.category) ? ' distorting' : ''}${c.id === selected ? ' selected' : ''}`,
      attrs: { 'data-testid': 'change-item', 'aria-current': c.id === selected ? 'true' : null },
      data: { changeId: c.id, category: c.category },
    }, [button, texts(c), el('ul', { class: 'evidence', attrs: { dir: 'ltr', lang: 'en' } }, c.evidence.map((line) => el('li', {}, [evidenceText(line)])))]);
  });
  append(container, [el('ol', { class: 'change-list', attrs: { 'data-testid': 'changes-list' } }, items)]);
}

/** Popover content for a highlight: every change covering it. */
export function changePopover(changes: readonly Change[]): HTMLElement {
  const s = t();
  return el(
    'div',
    { class: 'popover-changes' },
    changes.map((c) =>
      el('section', { class: 'popover-change' }, [
        el('header', { class: 'popover-head' }, [
          categoryChip(c.category),
          c.kind ? el('span', { class: 'muted small', text: s.cosmeticKind[c.kind] ?? c.kind }) : null,
          el('span', { class: 'change-id', attrs: { dir: 'ltr' }, text: c.id }),
        ]),
        texts(c),
        c.values && (c.values[0] || c.values[1])
          ? el('p', { class: 'small', attrs: { dir: 'ltr' } }, [bdi(c.values[0] ?? '—'), ' → ', bdi(c.values[1] ?? '—')])
          : null,
        el('ul', { class: 'evidence', attrs: { dir: 'ltr', lang: 'en' } }, c.evidence.map((line) => el('li', {}, [evidenceText(line)]))),
      ]),
    ),
  );
}
