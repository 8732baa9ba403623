import type { Doc } from '../analysis/document.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Span } from '../report/types.js';
import type { DateValue, ExtractReport, TimelineEvent } from '../report/extract-types.js';
import type { DateVocabulary } from '../dates/vocabulary.js';
import { firstTokenAt } from '../text/tokenize.js';
import { bylineName, creditSegments, findCredits } from './credits.js';
import { findDates } from './dates.js';
import { linkEntities, type EntityRecord, type LinkedMention } from './entities.js';
import { findPeople } from './people.js';
import { findPlacesAndOrgs } from './places-orgs.js';
import { findQuotations } from './quotes.js';

/** Person ids for byline writers, apart from the analysis's own person ids. */
const BYLINE_PERSON = 1_000_000;

/** The content of an extraction report (without the envelope), built from an analysed document. */
export type Extraction = Omit<ExtractReport, 'schema' | 'tool' | 'length' | 'publication_date'>;

/**
 * Run the extraction stages on a document analysed in whole-text mode: dates first (so no
 * stage reads a date as a name), then places and organisations, people and their roles,
 * linking of mentions into entities, quotations with speakers, credits, and the timeline.
 */
export function extractFromDoc(doc: Doc, gazetteer: Gazetteer, vocabulary: DateVocabulary, publication: string | null): Extraction {
  const span = (start: number, end: number): Span => ({ start, end, text: doc.input.slice(start, end) });
  const dates = findDates(doc.input, doc.tokens, vocabulary, publication);
  const blocked = new Uint8Array(doc.tokens.length);
  for (const d of dates) {
    for (let k = firstTokenAt(doc.tokens, d.start); k < doc.tokens.length && doc.tokens[k].end <= d.end; k++) blocked[k] = 1;
  }

  // Credit positions first: an agency's short name there («(قنا)», «المنامة - بنا:») is a cue.
  const segments = creditSegments(doc);
  const cues = new Uint8Array(doc.tokens.length);
  for (const s of segments) cues.fill(1, s.from, s.to);
  const others = findPlacesAndOrgs(doc, gazetteer, blocked, cues);
  // A «name» that is a date («ربيع الأول», «جوان الماضي») is the date.
  const people = findPeople(doc, gazetteer).filter((p) => {
    for (let k = p.from; k < p.to; k++) if (blocked[k]) return false;
    return true;
  });
  // A byline's writer is a person: «كتب: أحمد سمير».
  segments.forEach((seg, n) => {
    const name = bylineName(doc, seg);
    if (!name || people.some((p) => p.from < name.to && p.to > name.from)) return;
    const t = doc.tokens;
    people.push({
      type: 'person', from: name.from, to: name.to, start: t[name.from].start, end: t[name.to - 1].end, key: t.slice(name.from, name.to).map((x) => x.norm).join(' '),
      gazetteer: null, subtype: null, country: null, role: null, personId: BYLINE_PERSON + n, via: 'byline', actor: false,
    });
  });
  const { mentions, entities } = linkEntities(doc, gazetteer, people, others);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const quotes = findQuotations(doc, mentions, blocked);
  const credits = findCredits(doc, segments, mentions);

  const roleOf = (e: EntityRecord | undefined) => e?.roles[0] ?? null;
  const speakerOf = (m: LinkedMention | null) => {
    if (!m) return null;
    const e = byId.get(m.entityId);
    return { ...span(m.start, m.end), entity_id: m.entityId, type: m.type, role: roleOf(e) };
  };
  // Each sentence's original range, from its first to its last token (newlines excluded).
  const sentenceStart = new Map<number, number>();
  const sentenceEnd = new Map<number, number>();
  for (const t of doc.tokens) {
    if (t.norm === '\n') continue;
    if (!sentenceStart.has(t.sentence)) sentenceStart.set(t.sentence, t.start);
    sentenceEnd.set(t.sentence, t.end);
  }
  const sentenceSpan = (sentence: number): Span => span(sentenceStart.get(sentence) ?? 0, sentenceEnd.get(sentence) ?? 0);
  const dateValues: DateValue[] = dates.map((d) => ({ ...span(d.start, d.end), value: d.value, granularity: d.granularity, relative: d.relative, calendar: d.calendar, hijri: d.hijri, part: d.part }));
  const timeline: TimelineEvent[] = dates
    .filter((d) => d.value !== null)
    .map((d) => ({ value: d.value!, date: span(d.start, d.end), sentence: sentenceSpan(d.sentence) }))
    .sort((a, b) => compareValues(a.value, b.value) || a.date.start - b.date.start);

  return {
    entities: mentions.map((m) => ({
      type: m.type, ...span(m.start, m.end), entity_id: m.entityId, role: m.role ? span(m.role.start, m.role.end) : null,
      subtype: m.subtype, country: m.country, stands_for: m.standsFor, via: m.via,
    })),
    entity_index: entities.map((e) => ({
      entity_id: e.id, type: e.type, name: e.name, roles: e.roles, subtype: e.subtype, country: e.country, gazetteer_id: e.gazetteerId, mentions: e.mentions.length,
    })),
    quotes: quotes.map((q) => ({
      kind: q.kind, ...span(q.start, q.end), speaker: speakerOf(q.speaker), source: q.source ? span(q.source.start, q.source.end) : null,
      attribution: q.how, verb: q.verb ? span(q.verb.start, q.verb.end) : null, channel: q.channel ? span(q.channel.start, q.channel.end) : null,
    })),
    dates: dateValues,
    timeline,
    credits: credits.map((c) => ({ kind: c.kind, ...span(c.start, c.end), entity_id: c.mention?.entityId ?? null })),
  };
}


/** Order ISO values by their start, then the shorter (more precise) first. */
function compareValues(a: string, b: string): number {
  const sa = a.split('..')[0];
  const sb = b.split('..')[0];
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.length - b.length;
}
