import { CHANGE_CATEGORIES, DISTORTING, type Change, type ChangeCategory, type DiffReport, type Verdict } from './diff-types.js';
import { snapSpan } from '../text/spans.js';

/**
 * `amana diff --format html`: one self-contained page (inline CSS, no script, no external
 * resource) showing the two versions side by side with every change marked, and a table of
 * the changes. Pure string building, so it runs in browsers as well as in Node.
 */
export interface DiffHtmlOptions {
  title?: string;
  /** Language of the page's own labels; the article columns stay Arabic, right to left. */
  lang?: 'ar' | 'en';
}

type Lang = 'ar' | 'en';

const CATEGORY_AR: Record<ChangeCategory, string> = {
  cosmetic: 'تجميلي',
  'inserted-epithet': 'نعت مضاف',
  'removed-epithet': 'نعت محذوف',
  'loaded-substitution': 'استبدال بمصطلح مشحون',
  'number-change': 'تغيير رقم',
  'date-change': 'تغيير تاريخ',
  'quote-change': 'تغيير في اقتباس',
  'speaker-change': 'تغيير المتحدث',
  'attribution-removed': 'حذف الإسناد',
  'attribution-added': 'إضافة إسناد',
  'sentence-added': 'جملة مضافة',
  'sentence-removed': 'جملة محذوفة',
  reworded: 'إعادة صياغة',
};

const VERDICT_AR: Record<Verdict, string> = {
  faithful: 'أمينة',
  cosmetic: 'تغييرات شكلية',
  edited: 'محررة',
  manipulated: 'محرفة',
};

const UI = {
  ar: {
    title: 'مقارنة النسخة بالأصل',
    verdict: 'الحكم',
    similarity: 'التطابق',
    words: (o: number, c: number, k: number) => `كلمات الأصل ${o}، كلمات النسخة ${c}، المحفوظ منها ${k}`,
    changes: 'التغييرات',
    noChanges: 'لا تغييرات',
    deciding: 'التغييرات الحاسمة',
    original: 'الأصل',
    copy: 'النسخة',
    id: 'الرقم',
    category: 'الفئة',
    evidence: 'الأدلة',
    warning: 'تنبيه',
  },
  en: {
    title: 'Copy compared with the original',
    verdict: 'Verdict',
    similarity: 'Similarity',
    words: (o: number, c: number, k: number) => `${o} words in the original, ${c} in the copy, ${k} kept`,
    changes: 'Changes',
    noChanges: 'no changes',
    deciding: 'Deciding changes',
    original: 'Original',
    copy: 'Copy',
    id: 'Id',
    category: 'Category',
    evidence: 'Evidence',
    warning: 'Warning',
  },
} as const;

/**
 * Which category styles a stretch of text covered by several changes. CHANGE_CATEGORIES is
 * not ordered by seriousness, so: what distorts first, then editorial changes, cosmetic last.
 */
const SERIOUSNESS: readonly ChangeCategory[] = [
  ...CHANGE_CATEGORIES.filter((c) => DISTORTING.has(c)),
  'sentence-added',
  'sentence-removed',
  'reworded',
  'attribution-added',
  'cosmetic',
];
const seriousness = (c: ChangeCategory) => {
  const i = SERIOUSNESS.indexOf(c);
  return i < 0 ? SERIOUSNESS.length - 1 : i; // an unknown category sorts just before cosmetic
};

/**
 * Background tint, underline colour and underline style per category: Okabe–Ito hues (told
 * apart by most colour-blind readers), with solid/dashed/dotted lines as a second cue.
 */
const CATEGORY_STYLE: Record<ChangeCategory, [string, string, 'solid' | 'dashed' | 'dotted']> = {
  'inserted-epithet': ['#f6d5c0', '#d55e00', 'solid'],
  'removed-epithet': ['#f6d5c0', '#d55e00', 'dashed'],
  'loaded-substitution': ['#f3dcea', '#cc79a7', 'solid'],
  'attribution-removed': ['#f3dcea', '#cc79a7', 'dashed'],
  'number-change': ['#fbe6b8', '#e69f00', 'solid'],
  'date-change': ['#fbe6b8', '#e69f00', 'dashed'],
  'quote-change': ['#faf5c4', '#b3a600', 'solid'],
  'speaker-change': ['#faf5c4', '#b3a600', 'dashed'],
  'attribution-added': ['#d9eefa', '#56b4e9', 'solid'],
  'sentence-added': ['#c9ecdf', '#009e73', 'solid'],
  'sentence-removed': ['#c9ecdf', '#009e73', 'dashed'],
  reworded: ['#cfe3f1', '#0072b2', 'solid'],
  cosmetic: ['#ececec', '#8c959f', 'dotted'],
};

const VERDICT_COLOR: Record<Verdict, string> = {
  faithful: '#1a7f37',
  cosmetic: '#57606a',
  edited: '#9a6700',
  manipulated: '#cf222e',
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every string from the report or the texts goes through this: the article is never markup. */
const esc = (s: string) => String(s).replace(/[&<>"']/gu, (c) => ESCAPES[c]);
/** For attribute values that hold several lines (tooltips). */
const escLines = (s: string) => esc(s).replace(/\r?\n/gu, '&#10;');

const categoryName = (c: ChangeCategory, lang: Lang) =>
  lang === 'ar' && CATEGORY_AR[c] ? `${esc(CATEGORY_AR[c])} <span class="en" dir="ltr">${esc(c)}</span>` : esc(c);
const categoryPlain = (c: ChangeCategory, lang: Lang) => (lang === 'ar' && CATEGORY_AR[c] ? `${CATEGORY_AR[c]} (${c})` : c);

/** 0.857 → "85.7%": one decimal, and never 100% unless every word was kept. */
function formatSimilarity(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return `${x < 1 ? Math.min(99.9, Math.round(x * 1000) / 10) : Math.round(x * 1000) / 10}%`;
}


interface Cover {
  change: Change;
  start: number;
  end: number;
}

/** A run of text covered by the same changes (most serious first), or a paragraph break. */
interface Piece {
  text: string;
  brk: boolean;
  cover: Cover[];
}

const BREAK = /[^\S\n]*\n\s*/gu;

/**
 * Cuts one side's text at every span boundary (spans may overlap: a cosmetic change inside
 * a moved or reworded one) and at paragraph breaks, so marks never nest and never cross a <p>.
 */
function pieces(text: string, side: 'original' | 'copy', changes: Change[]): Piece[] {
  const covers: Cover[] = [];
  for (const change of changes) {
    const span = change[side];
    if (!span) continue;
    const [start, end] = snapSpan(text, span.start, span.end);
    if (end > start) covers.push({ change, start, end });
  }
  const cuts = [...new Set([0, text.length, ...covers.flatMap((c) => [c.start, c.end])])].sort((x, y) => x - y);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const cover = covers
      .filter((c) => c.start <= a && c.end >= b)
      .sort((x, y) => seriousness(x.change.category) - seriousness(y.change.category));
    const part = text.slice(a, b);
    let last = 0;
    for (const m of part.matchAll(BREAK)) {
      if (m.index > last) out.push({ text: part.slice(last, m.index), brk: false, cover });
      out.push({ text: m[0], brk: true, cover });
      last = m.index + m[0].length;
    }
    if (last < part.length) out.push({ text: part.slice(last), brk: false, cover });
  }
  return out;
}

const refNumber = (id: string) => (/^c\d+$/u.test(id) ? id.slice(1) : id);

function tooltip(cover: Cover[], lang: Lang): string {
  return cover
    .map(({ change: c }) => `${c.id} · ${categoryPlain(c.category, lang)}${c.evidence.length ? ': ' + c.evidence.join('; ') : ''}`)
    .join('\n');
}

/** One article column: paragraphs, with each change's text in a <mark> and a reference after it. */
function renderColumn(text: string, side: 'original' | 'copy', changes: Change[], lang: Lang): string {
  const prefix = side === 'original' ? 'o' : 'k';
  const list = pieces(text, side, changes);
  const first = new Map<Change, number>();
  const last = new Map<Change, number>();
  list.forEach((p, i) => {
    for (const { change } of p.cover) {
      if (!first.has(change)) first.set(change, i);
      last.set(change, i);
    }
  });
  const paragraphs: string[] = [];
  let para = '';
  list.forEach((p, i) => {
    if (p.cover.length) {
      // One element carries one id: the most serious change starting here gets the <mark>'s,
      // any other change starting here an empty anchor, so every o-/k- link has a target.
      const starting = p.cover.filter((c) => first.get(c.change) === i);
      const owner = starting[0];
      for (const c of starting.slice(1)) para += `<span class="anchor" id="${prefix}-${esc(c.change.id)}"></span>`;
      const id = owner ? ` id="${prefix}-${esc(owner.change.id)}"` : '';
      // A break inside a change (e.g. a whitespace fix) would vanish; a pilcrow keeps it visible.
      const body = p.brk ? '¶' : esc(p.text);
      para += `<mark class="c-${esc(p.cover[0].change.category)}"${id} title="${escLines(tooltip(p.cover, lang))}">${body}</mark>`;
      for (const c of p.cover) {
        if (last.get(c.change) === i) para += `<sup class="ref"><a href="#row-${esc(c.change.id)}">${esc(refNumber(c.change.id))}</a></sup>`;
      }
    } else if (!p.brk) {
      para += esc(p.text);
    }
    if (p.brk && para) {
      paragraphs.push(para);
      para = '';
    }
  });
  if (para) paragraphs.push(para);
  return paragraphs.map((p) => `<p>${p}</p>`).join('\n');
}

function renderHeader(report: DiffReport, title: string, lang: Lang): string {
  const t = UI[lang];
  const v = report.verdict;
  const verdict = lang === 'ar' && VERDICT_AR[v] ? `${esc(VERDICT_AR[v])} <span class="en" dir="ltr">${esc(v)}</span>` : esc(v);
  const counted = CHANGE_CATEGORIES.filter((c) => (report.summary.by_category[c] ?? 0) > 0);
  const counts = counted.length
    ? `<ul class="counts">${counted.map((c) => `<li><span class="chip c-${c}">${categoryName(c, lang)}</span> ${esc(String(report.summary.by_category[c]))}</li>`).join('')}</ul>`
    : `<p class="counts">${t.noChanges}</p>`;
  const byId = new Map(report.changes.map((c) => [c.id, c]));
  const deciding = report.deciding
    .map((id) => {
      const c = byId.get(id);
      return `<li><a href="#row-${esc(id)}">${esc(id)}</a>${c ? ' ' + categoryName(c.category, lang) : ''}</li>`;
    })
    .join('');
  const w = report.summary.words;
  return [
    `<header>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="verdict">${t.verdict}: <span class="badge v-${esc(v)}">${verdict}</span></p>`,
    `<p>${t.similarity}: <strong dir="ltr">${esc(formatSimilarity(report.similarity))}</strong> <span class="muted">(${esc(t.words(w.original, w.copy, w.kept))})</span></p>`,
    report.warning ? `<p class="warning"><strong>${t.warning}:</strong> ${esc(report.warning)}</p>` : '',
    `<h2>${t.changes} (${report.changes.length})</h2>`,
    counts,
    deciding ? `<h2>${t.deciding}</h2><ul class="deciding">${deciding}</ul>` : '',
    `</header>`,
  ]
    .filter(Boolean)
    .join('\n');
}

function textCell(text: string, span: Change['original'], link: string): string {
  if (!span) return '<td class="none">—</td>';
  const [a, b] = snapSpan(text, span.start, span.end);
  return `<td dir="rtl" lang="ar"><a href="#${link}">${esc(text.slice(a, b))}</a></td>`;
}

function renderTable(report: DiffReport, original: string, copy: string, lang: Lang): string {
  const t = UI[lang];
  const rows = report.changes.map((c) => {
    const kind = c.kind ? ` <span class="kind">· ${esc(c.kind)}</span>` : '';
    return [
      `<tr id="row-${esc(c.id)}">`,
      `<td class="id">${esc(c.id)}</td>`,
      `<td><span class="chip c-${esc(c.category)}">${categoryName(c.category, lang)}</span>${kind}</td>`,
      textCell(original, c.original, `o-${esc(c.id)}`),
      textCell(copy, c.copy, `k-${esc(c.id)}`),
      `<td class="evidence" dir="ltr">${c.evidence.map(evidenceLine).join('<br>')}</td>`,
      `</tr>`,
    ].join('');
  });
  return [
    `<table class="changes">`,
    `<thead><tr><th>${t.id}</th><th>${t.category}</th><th>${t.original}</th><th>${t.copy}</th><th>${t.evidence}</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
  ].join('\n');
}

function css(): string {
  const categories = (Object.keys(CATEGORY_STYLE) as ChangeCategory[])
    .map((c) => {
      const [bg, line, style] = CATEGORY_STYLE[c];
      return `.c-${c}{background:${bg};border-bottom:2px ${style} ${line}}`;
    })
    .join('\n');
  const verdicts = (Object.keys(VERDICT_COLOR) as Verdict[]).map((v) => `.v-${v}{background:${VERDICT_COLOR[v]}}`).join('\n');
  return `*{box-sizing:border-box}
body{margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#1f2328;background:#fff;line-height:1.8;font-family:"Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,Arial,sans-serif}
header{border-bottom:1px solid #d0d7de;margin-bottom:1rem}
h1{font-size:1.4rem}
h2{font-size:1.1rem;margin:.8rem 0 .3rem}
.en,.kind,.id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
.en{color:#57606a}
.muted{color:#57606a}
.badge{display:inline-block;padding:0 .6em;border-radius:.4em;font-weight:bold;color:#fff}
.badge .en{color:#fff}
${verdicts}
.counts,.deciding{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.chip{padding:0 .3em;border-radius:.2em}
.warning{background:#fff8c5;border:1px solid #d4a72c;padding:.4em .6em}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
@media (max-width:760px){.sides{grid-template-columns:1fr}}
.side h2{border-bottom:1px solid #d0d7de}
.text{font-size:1.1rem}
.text p{margin:0 0 .8em}
mark{color:inherit;border-radius:.15em;padding:0 .05em}
.orig-text mark{text-decoration:line-through;text-decoration-thickness:1.5px}
.copy-text mark{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.3em}
.text mark.c-cosmetic{text-decoration:none}
sup.ref{font-size:.7em;line-height:0}
sup.ref a{color:#0969da;text-decoration:none;padding:0 .1em}
mark:target,.anchor:target+mark,tr:target{outline:2px solid #0969da}
table{border-collapse:collapse;width:100%;margin:1.5rem 0}
th,td{border:1px solid #d0d7de;padding:.3em .5em;vertical-align:top;text-align:start}
th{background:#f6f8fa}
td a{color:inherit;text-decoration:none}
.none{color:#8c959f;text-align:center}
${categories}`;
}

/** The whole page. The texts are the ones the report's spans point into. */
/**
 * Evidence is English prose quoting Arabic: laid out left to right, the text inside each «…»
 * isolated so that its right-to-left run cannot reorder the sentence (or the marks) around it.
 */
function evidenceLine(line: string): string {
  return esc(line).replace(/«([^«»]*)»/gu, (_, q: string) => `«<bdi>${q}</bdi>»`);
}

export function renderDiffHtml(report: DiffReport, original: string, copy: string, options: DiffHtmlOptions = {}): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'ar';
  const t = UI[lang];
  const title = options.title ?? t.title;
  // The page follows its labels' language; the columns are always Arabic, right to left, and
  // their container is rtl too, so the original sits on the right in both languages.
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">
<title>${esc(title)}</title>
<style>
${css()}
</style>
</head>
<body>
${renderHeader(report, title, lang)}
<main class="sides" dir="rtl">
<section class="side">
<h2>${t.original}</h2>
<div class="text orig-text" dir="rtl" lang="ar">
${renderColumn(original, 'original', report.changes, lang)}
</div>
</section>
<section class="side">
<h2>${t.copy}</h2>
<div class="text copy-text" dir="rtl" lang="ar">
${renderColumn(copy, 'copy', report.changes, lang)}
</div>
</section>
</main>
${renderTable(report, original, copy, lang)}
</body>
</html>
`;
}
