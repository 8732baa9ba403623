/**
 * The side panel of a check: the facts `extract` found in the article. People with their
 * roles (a role holding one of the findings, an epithet wedged into a title, is flagged),
 * organisations and places in brief, the quotations with their speakers, and the timeline.
 */
import { append, arQuote, clear, el } from './dom.js';
import { t } from './i18n.js';
import type { CheckReport, EntitySummary, ExtractSection, Finding, Quotation } from './types.js';

function section(title: string, testid: string, body: Node[], count?: number): HTMLElement {
  const heading = el('h3', {}, [title, count !== undefined ? el('span', { class: 'count-badge', text: String(count) }) : null]);
  return el('section', { class: 'panel-section', attrs: { 'data-testid': testid } }, [heading, ...body]);
}

function none(): HTMLElement {
  return el('p', { class: 'muted', text: t().noneFound });
}

/** Roles that contain a narrator-voice finding's words (e.g. «رئيس الأركان الهمج الإسرائيلي»). */
function flaggedRole(role: string, findings: readonly Finding[]): boolean {
  return findings.some((f) => f.voice === 'narrator' && (f.severity === 'high' || f.severity === 'medium') && role.includes(f.text));
}

function people(index: readonly EntitySummary[], findings: readonly Finding[]): HTMLElement {
  const s = t();
  const list = index.filter((e) => e.type === 'person');
  if (!list.length) return section(s.people, 'panel-people', [none()]);
  return section(
    s.people,
    'panel-people',
    [
      el(
        'ul',
        { class: 'entity-list' },
        list.map((p) =>
          el('li', { class: 'person' }, [
            el('span', { class: 'entity-name', attrs: { lang: 'ar', dir: 'rtl' }, text: p.name }),
            ' ',
            el('span', { class: 'muted mentions', text: s.mentions(p.mentions) }),
            p.roles.length
              ? el(
                  'ul',
                  { class: 'roles' },
                  p.roles.map((role) => {
                    const flagged = flaggedRole(role, findings);
                    return el('li', { class: flagged ? 'role flagged' : 'role', attrs: { lang: 'ar', dir: 'rtl' } }, [
                      flagged ? el('span', { class: 'flag', attrs: { role: 'img', 'aria-label': s.fieldSignals }, text: '⚠' }) : null,
                      role,
                    ]);
                  }),
                )
              : null,
          ]),
        ),
      ),
    ],
    list.length,
  );
}

/** Organisations or places as compact chips: name, and kind and country in small print. */
function brief(title: string, testid: string, list: readonly EntitySummary[]): HTMLElement {
  if (!list.length) return section(title, testid, [none()]);
  return section(
    title,
    testid,
    [
      el(
        'ul',
        { class: 'entity-chips' },
        list.map((e) => {
          const extra = [e.subtype, e.country].filter(Boolean).join(' · ');
          return el('li', { class: 'entity-chip' }, [
            el('span', { attrs: { lang: 'ar', dir: 'rtl' }, text: e.name }),
            extra ? el('span', { class: 'muted small', attrs: { dir: 'ltr' }, text: ` ${extra}` }) : null,
            e.mentions > 1 ? el('span', { class: 'muted small', text: ` ${t().mentions(e.mentions)}` }) : null,
          ]);
        }),
      ),
    ],
    list.length,
  );
}

function quotation(q: Quotation, names: ReadonlyMap<string, string>): HTMLElement {
  const s = t();
  const who: Node[] = [];
  if (q.speaker) {
    who.push(el('span', { class: 'speaker', attrs: { lang: 'ar', dir: 'rtl' }, text: names.get(q.speaker.entity_id) ?? q.speaker.text }));
    if (q.speaker.role) who.push(el('span', { class: 'muted', attrs: { lang: 'ar', dir: 'rtl' }, text: ` — ${q.speaker.role}` }));
  } else {
    who.push(el('span', { class: 'unattributed', text: s.unattributed }));
    if (q.source) append(who[0], [': ', arQuote(q.source.text)]);
  }
  const how = [q.verb?.text, q.channel?.text].filter(Boolean).join(' ');
  return el('li', { class: 'quote', data: { kind: q.kind } }, [
    el('p', { class: 'quote-who' }, [...who, el('span', { class: 'chip quote-kind', text: s.quoteKind[q.kind] })]),
    el('blockquote', { attrs: { lang: 'ar', dir: 'rtl' }, text: q.kind === 'direct' ? `«${q.text}»` : q.text }),
    how ? el('p', { class: 'muted small', attrs: { lang: 'ar', dir: 'rtl' }, text: how }) : null,
  ]);
}

function quotes(extract: ExtractSection): HTMLElement {
  const s = t();
  if (!extract.quotes.length) return section(s.quotations, 'panel-quotes', [none()]);
  const names = new Map(extract.entity_index.map((e) => [e.entity_id, e.name]));
  return section(s.quotations, 'panel-quotes', [el('ul', { class: 'quote-list' }, extract.quotes.map((q) => quotation(q, names)))], extract.quotes.length);
}

/** A sentence is context, not the point: long ones are cut around the date they hold. */
function excerpt(sentence: string, dateText: string, max = 140): string {
  if (sentence.length <= max) return sentence;
  const at = Math.max(0, sentence.indexOf(dateText));
  const start = Math.max(0, Math.min(at - Math.floor((max - dateText.length) / 2), sentence.length - max));
  return `${start > 0 ? '…' : ''}${sentence.slice(start, start + max).trim()}${start + max < sentence.length ? '…' : ''}`;
}

function timeline(extract: ExtractSection): HTMLElement {
  const s = t();
  const body: Node[] = [];
  if (extract.timeline.length) {
    body.push(
      el(
        'ol',
        { class: 'timeline' },
        extract.timeline.map((e) =>
          el('li', { class: 'event' }, [
            el('span', { class: 'event-value', attrs: { dir: 'ltr' }, text: e.value }),
            el('span', { class: 'event-date', attrs: { lang: 'ar', dir: 'rtl' }, text: e.date.text }),
            el('p', { class: 'event-sentence', attrs: { lang: 'ar', dir: 'rtl', title: e.sentence.text }, text: excerpt(e.sentence.text, e.date.text) }),
          ]),
        ),
      ),
    );
  } else {
    body.push(none());
  }
  const unresolved = extract.dates.filter((d) => d.value === null);
  if (unresolved.length) {
    body.push(
      el('h4', { text: s.unresolvedDates }),
      el('ul', { class: 'entity-chips' }, unresolved.map((d) => el('li', { class: 'entity-chip', attrs: { lang: 'ar', dir: 'rtl' }, text: d.text }))),
    );
    if (!extract.publication_date) body.push(el('p', { class: 'muted small', text: s.unresolvedHint }));
  }
  return section(s.timeline, 'panel-timeline', body, extract.timeline.length);
}

function credits(extract: ExtractSection): HTMLElement | null {
  if (!extract.credits.length) return null;
  return section(t().credits, 'panel-credits', [
    el('ul', { class: 'entity-chips' }, extract.credits.map((c) => el('li', { class: 'entity-chip' }, [el('span', { attrs: { lang: 'ar', dir: 'rtl' }, text: c.text }), el('span', { class: 'muted small', text: ` ${c.kind}` })]))),
  ]);
}

export function renderPanel(container: HTMLElement, report: CheckReport): void {
  clear(container);
  const extract = report.extract;
  if (!extract) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const s = t();
  append(container, [
    el('h2', { text: s.panelHeading }),
    people(extract.entity_index, report.findings),
    quotes(extract),
    timeline(extract),
    brief(s.organisations, 'panel-orgs', extract.entity_index.filter((e) => e.type === 'org')),
    brief(s.places, 'panel-places', extract.entity_index.filter((e) => e.type === 'place')),
    credits(extract),
  ]);
}
