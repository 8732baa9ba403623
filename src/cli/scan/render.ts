import type { ScanReport, ShownArticle, ShownCluster } from './store.js';

/** Readable views of `amana report` and `amana show`; Arabic runs are bidi-isolated. */
const iso = (s: string | null | undefined) => `\u2068${(s ?? '—').replace(/\s+/gu, ' ')}\u2069`;
const pct = (n: number, d: number) => (d > 0 ? `${((100 * n) / d).toFixed(1)}%` : '—');
/** "1 article", "2 articles". */
export const count = (n: number, word: string, plural = `${word}s`) => `${n} ${n === 1 ? word : plural}`;
/** A distorting change, with the person or group an epithet is aimed at when known. */
const change = (c: { category: string; original: string | null; copy: string | null; target?: string | null }) =>
  `${c.category}: ${iso(c.original ?? '∅')} → ${iso(c.copy ?? '∅')}${c.target ? `, aimed at ${iso(c.target)}` : ''}`;

export function renderScanReport(r: ScanReport): string {
  const t = r.totals;
  const out = [
    `articles: ${t.articles} (${(t.bytes / 1e6).toFixed(1)} MB, ${count(t.sources, 'outlet')}), ${count(t.problems, 'input')} skipped with a problem`,
    `findings: ${t.findings} in ${count(t.articles_with_findings, 'article')}; ${count(t.articles_with_high, 'article')} (${pct(t.articles_with_high, t.articles)}) with a high finding`,
    `  by severity: ${Object.entries(t.by_severity).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  by category: ${Object.entries(t.by_category).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `copies: ${count(t.clusters, 'story', 'stories')} with copies, ${count(t.copies, 'copy', 'copies')}, ${t.diffs} diffed: ${Object.entries(t.by_verdict).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    '',
    'Outlets by high findings',
    ...r.outlets_by_high.map((o) => `  ${iso(o.source ?? '(no source)')}  ${count(o.high_findings, 'high finding')} in ${o.articles_with_high} of ${count(o.articles, 'article')}`),
    '',
    'Outlets by manipulated copies',
    ...r.outlets_by_manipulated.map((o) => `  ${iso(o.source ?? '(no source)')}  ${o.manipulated_copies} manipulated, ${o.edited_copies} edited, of ${count(o.copies_diffed, 'copy', 'copies')}`),
    '',
    'Most targeted people and groups',
    ...r.targets.map((x) => `  ${iso(x.target)}${x.kind ? ` (${x.kind}${x.group ? `: ${x.group}` : ''})` : ''}  ${count(x.findings, 'finding')} (${x.high} high) in ${count(x.articles, 'article')} from ${count(x.sources, 'outlet')}; ${Object.entries(x.by_category).map(([k, v]) => `${k} ${v}`).join(', ')}`),
    '',
    'Stories with the most altered copies',
    ...r.clusters.map((c) => `  cluster ${c.id}: ${count(c.size, 'article')}, original ${c.original_id} (${c.original_source ?? 'no source'}; ${c.why}); ${c.manipulated} manipulated, ${c.edited} edited, ${c.cosmetic} cosmetic, ${c.faithful} faithful  ${iso(c.original_title)}`),
  ];
  return out.join('\n') + '\n';
}

export function renderShownArticle(a: ShownArticle): string {
  const s = a.article;
  const out = [
    `article ${s.id}  ${s.source ?? 'no source'}  ${s.date ?? 'no date'}  ${iso(s.title)}`,
    `  ${count(s.findings, 'finding')} (${s.high} high)${s.agencies.length ? `; credits ${s.agencies.map(iso).join(', ')}` : ''}; read from ${s.origin}`,
  ];
  for (const f of a.findings) out.push(`  ${f.severity.toUpperCase()} ${f.category}  ${iso(f.text)} [${f.start}–${f.end}]  ${f.voice}${f.target ? `, aimed at ${iso(f.target)}` : ''}`);
  if (a.cluster) out.push(`  cluster ${a.cluster.id} (${count(a.cluster.size, 'article')}): ${a.cluster.role === 'original' ? 'its likely original' : `a copy of ${a.cluster.original_id}`} (${a.cluster.why})`);
  if (a.diff) {
    out.push(`  against ${a.diff.original_id}: ${a.diff.verdict}, similarity ${(100 * a.diff.similarity).toFixed(1)}%`);
    for (const c of a.diff.changes) if (c.category !== 'cosmetic') out.push(`    ${change(c)}`);
  }
  return out.join('\n') + '\n';
}

export function renderShownCluster(c: ShownCluster): string {
  const out = [`cluster ${c.id}: ${count(c.size, 'article')}; original ${c.original.id} (${c.original.source ?? 'no source'}, ${c.original.date ?? 'no date'}; ${c.why})  ${iso(c.original.title)}`];
  for (const k of c.copies) {
    const d = k.diff;
    out.push(`  ${k.article.id}  ${k.article.source ?? 'no source'}  ${d ? `${d.verdict}, similarity ${(100 * d.similarity).toFixed(1)}%` : 'not diffed yet'}`);
    if (d) for (const ch of d.changes) if (ch.category !== 'cosmetic') out.push(`    ${change(ch)}`);
  }
  return out.join('\n') + '\n';
}
