import { classAt, type Doc } from '../analysis/document.js';
import { WordClass } from '../context/lists.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { EntityType, MentionDraft } from './mentions.js';

/** A mention linked to its entity. */
export interface LinkedMention extends MentionDraft {
  entityId: string;
  /** For a capital or country named as an actor: the id of the country entity it stands for. */
  standsFor: string | null;
}

/** An entity: all the mentions of one person, organisation or place. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  /** The fullest name a mention gives. */
  name: string;
  mentions: LinkedMention[];
  roles: string[];
  country: string | null;
  subtype: string | null;
  gazetteerId: string | null;
}

/**
 * Stage: resolve overlaps between the mentions of the stages and link mentions of the same
 * entity. A person's name wins over a place or organisation reading of the same words
 * («محمد المصري»); organisations and places inside a person's role are kept («رئيس أركان
 * الجيش الإسرائيلي»). Mentions share an entity when they share a person id (a later «كوخافي»
 * is «أفيف كوخافي»), a gazetteer entry («الجيش الإسرائيلي» and «جيش الدفاع» are both listed
 * for one army), or the same folded name.
 */
export function linkEntities(doc: Doc, gaz: Gazetteer, people: MentionDraft[], others: MentionDraft[]): { mentions: LinkedMention[]; entities: EntityRecord[] } {
  const inName = new Uint8Array(doc.tokens.length);
  for (const p of people) inName.fill(1, p.from, p.to);
  const kept = others.filter((m) => {
    for (let k = m.from; k < m.to; k++) if (inName[k]) return false;
    return true;
  });
  const all = [...people, ...kept].sort((a, b) => a.start - b.start || b.end - a.end);
  const byKey = new Map<string, EntityRecord>();
  const counters: Record<EntityType, number> = { person: 0, org: 0, place: 0 };
  const entities: EntityRecord[] = [];
  const mentions: LinkedMention[] = [];
  const tainted = new Set<string>();
  for (const m of all) {
    const key = m.type === 'person' ? `person:${m.personId}` : m.key;
    let e = byKey.get(key);
    if (!e) {
      e = { id: `${m.type}-${++counters[m.type]}`, type: m.type, name: '', mentions: [], roles: [], country: m.country, subtype: m.subtype, gazetteerId: m.gazetteer?.id ?? null };
      byKey.set(key, e);
      entities.push(e);
    }
    const linked: LinkedMention = { ...m, entityId: e.id, standsFor: null };
    e.mentions.push(linked);
    mentions.push(linked);
    const text = doc.input.slice(m.start, m.end);
    if (text.length > e.name.length) e.name = m.gazetteer && m.type !== 'person' ? m.gazetteer.name : text;
    if (m.role) {
      const role = doc.input.slice(m.role.start, m.role.end);
      if (!e.roles.includes(role)) e.roles.push(role);
      if (doc.matches.some((x) => x.start < m.role!.end && x.end > m.role!.start)) tainted.add(role);
    }
  }
  // The fullest role first; a role with an epithet in it («رئيس الأركان الهمج الإسرائيلي») after the clean ones.
  for (const e of entities) e.roles.sort((a, b) => Number(tainted.has(a)) - Number(tainted.has(b)) || b.length - a.length);
  // A capital or a country that acts («تسعى الرباط», «قالت واشنطن») stands for its government.
  for (const m of mentions) {
    if (m.gazetteer?.kind !== 'capital' && m.gazetteer?.kind !== 'country') continue;
    if (!isActor(doc, m)) continue;
    m.actor = true;
    if (m.gazetteer.kind === 'capital' && m.country) {
      let country = byKey.get(`place:${m.country}`);
      if (!country) {
        const c = gaz.countries.get(m.country);
        if (!c) continue;
        country = { id: `place-${++counters.place}`, type: 'place', name: c.name, mentions: [], roles: [], country: c.country, subtype: 'country', gazetteerId: c.id };
        byKey.set(`place:${m.country}`, country);
        entities.push(country);
      }
      m.standsFor = country.id;
    }
  }
  return { mentions, entities };
}

/** Words that look like a present-tense verb (تـ) but are not: «تجاه الرباط», «تحت». */
const NOT_VERBS = new Set(['تجاه', 'تحت', 'تلك', 'تمام', 'تبعا', 'تقريبا', 'توازيا']);

/**
 * Is the place named as the actor of a verb? A speech verb right before or after it
 * («أعلنت الرباط», «الرباط قالت»), or a present-tense verb before it («تسعى الرباط»).
 */
function isActor(doc: Doc, m: MentionDraft): boolean {
  const { tokens, lists } = doc;
  const prev = m.from > 0 ? tokens[m.from - 1] : null;
  const next = m.to < tokens.length ? tokens[m.to] : null;
  const sentence = tokens[m.from].sentence;
  const verb = (t: typeof prev) => !!t && t.kind === 'arabic' && t.sentence === sentence && (classAt(doc, t.index) & WordClass.SpeechVerb) !== 0;
  if (verb(prev) || verb(next)) return true;
  if (m.start !== tokens[m.from].start) return false; // «بالرباط», «للرباط»: a place, not an actor
  return !!prev && prev.kind === 'arabic' && prev.sentence === sentence && /^(ت|وت|فت)[^ا]/u.test(prev.norm) && prev.norm.length >= 4 &&
    !NOT_VERBS.has(prev.norm) && !(lists.classOf(prev.norm) & (WordClass.Title | WordClass.PersonNoun | WordClass.GroupNoun)) && !prev.norm.endsWith('ه');
}
