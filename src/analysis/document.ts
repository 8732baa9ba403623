import type { ContextLists } from '../context/lists.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { DateVocabulary } from '../dates/vocabulary.js';
import type { FormHit, Lexicon } from '../lexicon/lexicon.js';
import type { Analysis } from '../text/clitics.js';
import type { MatchingText } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import type { QuoteRange } from '../text/quotes.js';
import { foldFast } from '../text/normalize.js';

/** How a lexicon match was found in the text. */
export type MatchKind = 'word' | 'glued' | 'evasion' | 'phrase';

/** A lexicon form found in the text, tied to original offsets. */
export interface LexMatch {
  readonly kind: MatchKind;
  /** First and one-past-last token covered (for a glued word, the one token it is part of). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Original-string range of the matched word or phrase. */
  readonly start: number;
  readonly end: number;
  readonly hit: FormHit;
  /** Clitic reading of the (first) word, when it was read through clitics. */
  readonly analysis: Analysis | null;
  /** For a glued word: the original range of the word it is fused to. */
  readonly gluedTo: { start: number; end: number } | null;
  readonly stretched: boolean;
  /** Read backwards: typed reversed inside a bidi override run (text/bidi.ts). */
  readonly reversed?: boolean;
}

/** A quotation: the original range including its marks. */
export type QuoteSpan = QuoteRange;

/** A named person: the name tokens and the title chain before them, if any. */
export interface PersonMention {
  readonly nameStart: number; // token index
  readonly nameEnd: number; // token index, exclusive
  /** First token of the title or honorific chain («رئيس الأركان الإسرائيلي»), = nameStart when none. */
  readonly chainStart: number;
  /** Original range and text of the name. */
  readonly start: number;
  readonly end: number;
  /** Folded name tokens, used to link later mentions. */
  readonly key: readonly string[];
  /** Id shared by all mentions of the same person in this document. */
  personId: number;
}

/** A mention of an identity group («الفلسطينيين», «اليهود», «الشيعة») or a group noun («اللاجئين»). */
export interface GroupMention {
  readonly token: number;
  readonly groupId: string | null;
}

/**
 * The one document object every analysis stage reads and annotates, in the spirit of spaCy's
 * Doc: the input, its matching view and tokens, and layers of annotations that all point back
 * to original offsets.
 */
export interface Doc {
  readonly input: string;
  readonly matching: MatchingText;
  readonly tokens: readonly Token[];
  readonly lexicon: Lexicon;
  readonly lists: ContextLists;
  /** Known places, organisations and outlets: a name stops before «لرويترز», «بالرباط». */
  readonly gazetteer: Gazetteer;
  /** Date words: a name stops before «الأسبوع», «الماضي». */
  readonly dates: DateVocabulary;
  quotes: QuoteSpan[];
  /** For each token, the index into `quotes` of the quotation containing it, or -1. */
  tokenQuote: Int32Array;
  /** Each token's WordClass bits, filled on first use (-1 until then): see classAt. */
  readonly classes: Int32Array;
  matches: LexMatch[];
  people: PersonMention[];
  groups: GroupMention[];
  /** Look-up tables over the annotations above, built once they are final (indexDoc). */
  index: DocIndex | null;
}

/**
 * The WordClass bits of token k, looked up once per token and kept on the document: every
 * stage asks about the same words, and one look-up in the (large) class table is the cost.
 */
export function classAt(doc: Doc, k: number): number {
  let c = doc.classes[k];
  if (c < 0) c = doc.classes[k] = doc.tokens[k].kind === 'arabic' ? doc.lists.classOf(doc.tokens[k].norm) : 0;
  return c;
}

/**
 * Does the folded `word` occur anywhere in the input outside [start, end)? Used to find other
 * mentions of a person when none was found near a match: people are only looked for around
 * matches, and a mention far from every match carries no epithet.
 */
export function occursElsewhere(doc: Doc, word: string, start: number, end: number): boolean {
  return foldFast(doc.input.slice(0, start)).includes(word) || foldFast(doc.input.slice(end)).includes(word);
}

/**
 * Look-up tables over a document's annotations, so that the per-match decisions cost the same
 * however many matches and people a text has: for each token, the match, person and group at
 * it (-1 for none).
 */
export interface DocIndex {
  /** The match covering the token. */
  readonly matchAt: Int32Array;
  /** The person whose title chain (before the name) covers the token. */
  readonly personInChain: Int32Array;
  /** The person whose name covers the token. */
  readonly personNameAt: Int32Array;
  /** The person whose name ends right before token k (nameEnd === k); length tokens + 1. */
  readonly personEndingAt: Int32Array;
  /** The person whose title chain or name starts at the token. */
  readonly personStartingAt: Int32Array;
  /** The group mention at the token. */
  readonly groupAt: Int32Array;
  /** All mentions of each person, by person id. */
  readonly mentionsOf: ReadonlyMap<number, readonly PersonMention[]>;
}

export function indexDoc(doc: Doc): DocIndex {
  const n = doc.tokens.length;
  const fill = (len: number) => new Int32Array(len).fill(-1);
  const matchAt = fill(n);
  doc.matches.forEach((m, i) => {
    for (let k = m.tokenStart; k < m.tokenEnd; k++) matchAt[k] = i;
  });
  const personInChain = fill(n);
  const personNameAt = fill(n);
  const personEndingAt = fill(n + 1);
  const personStartingAt = fill(n);
  const mentionsOf = new Map<number, PersonMention[]>();
  doc.people.forEach((p, i) => {
    for (let k = p.chainStart; k < p.nameStart; k++) personInChain[k] = i;
    for (let k = p.nameStart; k < p.nameEnd; k++) personNameAt[k] = i;
    personEndingAt[p.nameEnd] = i;
    if (personStartingAt[p.chainStart] < 0) personStartingAt[p.chainStart] = i;
    const list = mentionsOf.get(p.personId);
    if (list) list.push(p);
    else mentionsOf.set(p.personId, [p]);
  });
  const groupAt = fill(n);
  doc.groups.forEach((g, i) => (groupAt[g.token] = i));
  return { matchAt, personInChain, personNameAt, personEndingAt, personStartingAt, groupAt, mentionsOf };
}
