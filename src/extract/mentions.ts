import type { GazetteerEntry } from '../gazetteer/gazetteer.js';

export type EntityType = 'person' | 'org' | 'place';

/**
 * An entity mention found by one of the extraction stages, before mentions are linked into
 * entities. Token range [from, to) and original range [start, end) (which may leave out a
 * clitic on the first word: «للمغرب» → «لمغرب» is not reported; see `clitic`).
 */
export interface MentionDraft {
  type: EntityType;
  from: number;
  to: number;
  start: number;
  end: number;
  /** Folded name used to link mentions of the same entity. */
  key: string;
  gazetteer: GazetteerEntry | null;
  /** Place type, organisation kind or media kind, when known. */
  subtype: string | null;
  country: string | null;
  /** The role or title the text gives a person: original range. */
  role: { start: number; end: number } | null;
  /** For people: the person id shared by the document's mentions of that person. */
  personId: number;
  /** How it was found, for the evidence: 'gazetteer', 'title', 'given-name', 'speech-verb', 'head', 'adjective'. */
  via: string;
  /** A capital or country named as the actor of a verb («تسعى الرباط»): it stands for the government. */
  actor: boolean;
}
