import { occursElsewhere, type Doc, type LexMatch } from './document.js';
import { isDistinctiveName } from './mentions.js';
import type { TargetDecision } from './target.js';

/** What a finding's evidence names: the insertion traces (traces/) and the supporting signals below. */
export type Signal =
  | 'glued'
  | 'agreement-mismatch'
  | 'absent-from-other-mentions'
  | 'inside-title'
  | 'between-titles'
  | 'inside-name'
  | 'breaks-construct'
  | 'breaks-agreement'
  | 'splits-title'
  | 'completes-title'
  | 'splits-phrase'
  | 'evasion-spelling'
  | 'stretched-letters'
  | 'lookalike-letters'
  | 'diacritic-stuffing';

/** Characters whose presence in an Arabic word shows a disguised spelling. */
export const TATWEEL = /\u0640/u;
/** Default-ignorable characters (zero-width, bidi controls, soft hyphen, variation selectors, tags: see text/chars.ts). */
export const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
/** Bidi overrides (LRO, RLO): they force the display order of the letters inside. */
export const OVERRIDE = /[\u202d\u202e]/u;
/**
 * Lookalike letters: Persian and Urdu letters, presentation forms, digits as letters. The lam-alef
 * ligatures (U+FEF5–U+FEFC: «اﻹرهابية»), which some keyboards type for لا, are ordinary typing.
 */
export const LOOKALIKE = /[\u06a9\u06aa\u06cc\u06c0\u06c1\u06c2\u06c3\u06be\u06d2\u06d5\u066e\u066f\u06a1\ufb50-\ufdff\ufe70-\ufef4]|[\u0660-\u0669\u06f0-\u06f9](?=[\u0621-\u064a])/u;
/** Marks and invisible characters at the edges of a written word (not inside it). */
const EDGES = /^[\p{Default_Ignorable_Code_Point}\p{M}\u0640]+|[\p{Default_Ignorable_Code_Point}\p{M}\u0640]+$/gu;

/** Default-ignorable characters between the letters of a written word («ال\u2060كلاب»), not just around it. */
export function invisibleInside(written: string): boolean {
  return INVISIBLE.test(written.replace(EDGES, ''));
}

/**
 * Presentation-form letters (positional glyphs, U+FB50–U+FDFF, U+FE70–U+FEFC) next to ordinary
 * letters in one word («الخﻮنة»): text extracted from a PDF is in presentation forms throughout,
 * a typed word in ordinary letters; a mix is a disguise. The lam-alef ligatures (ﻻ ﻷ ﻹ ﻵ), which
 * some keyboards type as one key, and the word ligatures (ﷲ ﷺ) and ornate brackets (﴾ ﴿) are
 * written innocently and do not count.
 */
export function mixesPresentationForms(written: string): boolean {
  let forms = false;
  let ordinary = false;
  for (const ch of written) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x0621 && c <= 0x064a) ordinary = true;
    else if (((c >= 0xfb50 && c <= 0xfd3d) || (c >= 0xfd50 && c <= 0xfdc7) || (c >= 0xfe70 && c <= 0xfef4)) && c !== 0xfe73) forms = true;
  }
  return forms && ordinary;
}

/** Tatweel, invisible characters or lookalike letters inside a word: a disguised spelling. */
export function isDisguised(written: string): boolean {
  return TATWEEL.test(written) || invisibleInside(written) || LOOKALIKE.test(written);
}

/**
 * Signals that support an epithet reading but do not prove an insertion on their own: a plural
 * epithet on one person («فيدان الأوباش»), and a person whose other mentions carry no such word
 * (the insults of the seed stand only at the first mention). The insertion traces are in
 * traces/.
 */
export function supportingSignals(doc: Doc, m: LexMatch, target: TargetDecision | null): Signal[] {
  const out: Signal[] = [];
  const person = target?.kind === 'person' ? target.person : null;
  if (!person) return out;
  if (m.hit.number === 'plural' || m.hit.number === 'collective') out.push('agreement-mismatch');
  const mentions = doc.index!.mentionsOf.get(person.personId) ?? [];
  const others = Math.max(0, mentions.length - 1); // the person's mentions include this one
  const lastName = person.key[person.key.length - 1];
  if (others === 0 && lastName && isDistinctiveName(doc.lists, lastName) && occursElsewhere(doc, lastName, person.start, person.end)) {
    out.push('absent-from-other-mentions');
  } else if (others > 0) {
    // The same word at another mention (in its title, or within three words of its name)?
    const near = epithetsNearMentions(doc, person.personId).get(m.hit.entry.id);
    const repeated = !!near && (near.size > 1 || (near.size === 1 && !near.has(m)));
    if (!repeated) out.push('absent-from-other-mentions');
  }
  return out;
}

const nearCache = new WeakMap<Doc, Map<number, Map<string, Set<LexMatch>>>>();

/**
 * For one person, the lexicon entries matched at any of their mentions (in the title chain, or
 * within three words of the name), with the matches: built once per person, so that a text
 * naming one person thousands of times stays linear.
 */
function epithetsNearMentions(doc: Doc, personId: number): Map<string, Set<LexMatch>> {
  let byPerson = nearCache.get(doc);
  if (!byPerson) nearCache.set(doc, (byPerson = new Map()));
  let near = byPerson.get(personId);
  if (near) return near;
  near = new Map();
  const matchAt = doc.index!.matchAt;
  for (const p of doc.index!.mentionsOf.get(personId) ?? []) {
    for (let k = Math.max(0, Math.min(p.chainStart, p.nameStart - 3)); k < Math.min(doc.tokens.length, p.nameEnd + 4); k++) {
      const o = matchAt[k] >= 0 ? doc.matches[matchAt[k]] : null;
      if (!o || !(Math.abs(o.tokenStart - p.nameStart) <= 3 || (o.tokenStart >= p.chainStart && o.tokenStart < p.nameEnd))) continue;
      let set = near.get(o.hit.entry.id);
      if (!set) near.set(o.hit.entry.id, (set = new Set()));
      set.add(o);
    }
  }
  byPerson.set(personId, near);
  return near;
}
