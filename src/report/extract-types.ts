import type { Span } from './types.js';

/** Version of the extraction report format; documented in docs/report.md. */
export const EXTRACT_REPORT_SCHEMA = 'amana-extract/1';

export type EntityType = 'person' | 'org' | 'place';

/** One mention of a person, organisation or place, in original offsets. */
export interface EntityMention extends Span {
  type: EntityType;
  /** Shared by every mention of the same entity in this text («أفيف كوخافي», later «كوخافي»). */
  entity_id: string;
  /** The title, office or role the text gives a person at this mention, or null. */
  role: Span | null;
  /** Place type (country, city, region…), organisation kind (army, ministry…) or media kind (agency, tv…). */
  subtype: string | null;
  /** ISO 3166-1 alpha-2 code of the country the entity is in or belongs to, when known. */
  country: string | null;
  /** A capital or country named as an actor («تسعى الرباط»): the entity id of the country it stands for. */
  stands_for: string | null;
  /** How it was found: 'gazetteer', 'head' (a head noun: «وزارة …»), 'title', 'name'. */
  via: string;
}

/** An entity with all its mentions summarised. */
export interface EntitySummary {
  entity_id: string;
  type: EntityType;
  /** The fullest name the text gives (for a listed entity, the gazetteer's name). */
  name: string;
  roles: string[];
  subtype: string | null;
  country: string | null;
  /** The gazetteer id (data/gazetteer/*.json), when listed. */
  gazetteer_id: string | null;
  mentions: number;
}

export interface Speaker extends Span {
  entity_id: string;
  type: EntityType;
  /** The speaker's role, from any mention of the speaker. */
  role: string | null;
}

export interface Quotation extends Span {
  /** direct: the words inside quotation marks; indirect: the reported clause after «أن/إن». */
  kind: 'direct' | 'indirect';
  /** The speaker as a linked entity, or null when the text does not name one (unattributed). */
  speaker: Speaker | null;
  /** An unnamed source the text gives instead («مصدر أمني»), or null. */
  source: Span | null;
  /** How the speaker was found: 'subject', 'subject-before', 'trailing', 'title', 'continuation'. */
  attribution: string | null;
  /** The speech verb («قالت», «أفاد»), or null. */
  verb: Span | null;
  /** Where it was said («لرويترز», «في بيان», «في تغريدة على تويتر»), or null. */
  channel: Span | null;
}

export interface DateValue extends Span {
  /** ISO 8601: 2021-07-15, 2021-07, 2021, 2021-W27, or START..END; null when unresolved. */
  value: string | null;
  granularity: 'day' | 'week' | 'month' | 'year' | 'range';
  /** Relative to the publication date («أمس», «الشهر الماضي»). */
  relative: boolean;
  calendar: 'gregorian' | 'hijri';
  /** The Hijri value as written (1443, 1443-09, 1443-09-15), for Hijri expressions. */
  hijri: string | null;
  /** «مطلع/منتصف/أواخر …»: the part of `value` meant (early, mid, late); `value` is the whole. */
  part: 'early' | 'mid' | 'late' | null;
}

export interface TimelineEvent {
  value: string;
  date: Span;
  /** The sentence the date is in: what happened then. */
  sentence: Span;
}

export interface Credit extends Span {
  /** agency / outlet credited, a byline, a dateline place, or a generic «وكالات». */
  kind: 'agency' | 'outlet' | 'byline' | 'dateline' | 'agencies';
  entity_id: string | null;
}

export interface ExtractReport {
  schema: typeof EXTRACT_REPORT_SCHEMA;
  tool: { name: 'amana'; version: string };
  length: number;
  /** The publication date relative dates were resolved against (YYYY-MM-DD), or null. */
  publication_date: string | null;
  entities: EntityMention[];
  entity_index: EntitySummary[];
  quotes: Quotation[];
  dates: DateValue[];
  timeline: TimelineEvent[];
  credits: Credit[];
}
