import type { ExtractReport } from '../index.js';
import type { Style } from './render.js';

/** First-strong isolate … pop: keeps Arabic text from reordering the line around it. */
const isolate = (s: string) => `\u2068${s}\u2069`;
const flat = (s: string) => s.replace(/\s*\n\s*/gu, ' ⏎ ');
const short = (s: string, max = 110) => (s.length > max ? s.slice(0, max - 1) + '…' : s);

/** The readable report printed by `amana extract`: people, organisations, places, quotations, timeline, credits. */
export function renderExtraction(report: ExtractReport, _input: string, name: string, style: Style): string {
  const out: string[] = [];
  const byType = (t: string) => report.entity_index.filter((e) => e.type === t);
  const people = byType('person');
  const orgs = byType('org');
  const places = byType('place');
  out.push(style.bold(`${name}: ${people.length} people, ${orgs.length} organisations, ${places.length} places, ${report.quotes.length} quotations, ${report.dates.length} dates`) +
    style.dim(report.publication_date ? `  (published ${report.publication_date})` : '  (no publication date: relative dates unresolved; --date to give one)'));
  const names = new Map(report.entity_index.map((e) => [e.entity_id, e.name]));

  if (people.length) {
    out.push('', style.bold('People'));
    for (const p of people) out.push(`  ${isolate(p.name)}${p.roles.length ? ' — ' + p.roles.map(isolate).join('; ') : ''}  ${style.dim(`${p.entity_id}, ${p.mentions} mention${p.mentions === 1 ? '' : 's'}`)}`);
  }
  if (orgs.length) {
    out.push('', style.bold('Organisations'));
    for (const o of orgs) out.push(`  ${isolate(o.name)}  ${style.dim([o.subtype, o.country, `${o.mentions}×`].filter(Boolean).join(', '))}`);
  }
  if (places.length) {
    out.push('', style.bold('Places'));
    for (const p of places) {
      const standing = report.entities.filter((m) => m.entity_id === p.entity_id && m.stands_for).map((m) => names.get(m.stands_for!) ?? '');
      out.push(`  ${isolate(p.name)}  ${style.dim([p.subtype, p.country, `${p.mentions}×`].filter(Boolean).join(', '))}${standing.length ? `  speaks for ${isolate(standing[0])}` : ''}`);
    }
  }
  if (report.quotes.length) {
    out.push('', style.bold('Quotations'));
    for (const q of report.quotes) {
      const who = q.speaker ? `${isolate(names.get(q.speaker.entity_id) ?? q.speaker.text)}${q.speaker.role ? ` (${isolate(q.speaker.role)})` : ''}` : q.source ? `unnamed: ${isolate(q.source.text)}` : style.dim('unattributed');
      const via = [q.verb ? isolate(q.verb.text) : null, q.channel ? isolate(q.channel.text) : null].filter(Boolean).join(', ');
      out.push(`  ${q.kind === 'direct' ? '“' : '~'} ${who}${via ? style.dim(`  [${via}]`) : ''}`);
      out.push(`      ${isolate(short(flat(q.text)))}  ${style.dim(`[${q.start}–${q.end}]`)}`);
    }
  }
  if (report.dates.length) {
    out.push('', style.bold('Timeline'));
    for (const e of report.timeline) out.push(`  ${e.value.padEnd(22)} ${isolate(e.date.text)}  ${style.dim(isolate(short(flat(e.sentence.text), 90)))}`);
    const open = report.dates.filter((d) => d.value === null);
    if (open.length) out.push(`  ${style.dim('unresolved:')} ${open.map((d) => isolate(d.text)).join('، ')}`);
  }
  if (report.credits.length) {
    out.push('', style.bold('Credits'));
    out.push(`  ${report.credits.map((c) => `${isolate(c.text)} ${style.dim(`(${c.kind})`)}`).join('  ')}`);
  }
  return out.join('\n') + '\n';
}
