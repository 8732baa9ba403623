import { isComma, isDefiniteWord, type Token } from '../text/tokenize.js';
import type { Doc, LexMatch, PersonMention } from './document.js';
import { WordClass } from '../context/lists.js';
import { afterBa } from './voice/index.js';

export interface TargetDecision {
  readonly kind: 'person' | 'group' | 'organisation' | 'addressee';
  readonly start: number;
  readonly end: number;
  /** The person mention, when the target is a person. */
  readonly person: PersonMention | null;
  readonly groupId: string | null;
  /**
   * Strong: the grammar attaches the word to the target (inside a person's title, in apposition
   * to a name, an adjective after a noun phrase about people, «كلاب المستوطنين», «يا ...»).
   * Weak: merely adjacent (a singular nisba that may describe the word itself: «البقر
   * الأوروبي»). Words with literal senses count as epithets only with a strong target.
   */
  readonly strong: boolean;
  readonly reason: string;
}

/** Possession («لدى المزارعين أبقار»): the noun phrase after these owns, it is not described. */
const POSSESSIVE = new Set(['لدي', 'عند', 'مع', 'لدى', 'وعند', 'ولدي']);
/** Opening quotation marks. */
const isQuoteMark = (t: Token) => t.kind === 'punct' && /^[«"“„‹]$/u.test(t.norm);

/** The most commas and other epithets skipped between a word and the name it is attached to. */
const MAX_SKIP = 4;
/** How far back a describing verb is looked for. */
const MAX_DESCRIBE = 40;

/** Vocative particle: «يا كلب» addresses someone, so the word is aimed at a person. */
const VOCATIVE = new Set(['يا', 'ايها', 'ايتها']);
/** How far back an adjective may reach for the noun phrase it describes («قوات الدعم السريع ...»). */
const MAX_NP = 4;

const isDefinite = (t: Token) => t.kind === 'arabic' && isDefiniteWord(t.norm);
/** A human plural form («الفلسطينيين», «اليهود», «الصهاينة»), not a singular or feminine nisba. */
const isHumanPlural = (t: Token) => /(ون|ين)$/u.test(t.norm) || !/(ي|يه|ه)$/u.test(t.norm);

/**
 * Stage helper: the person or group a match is attached to, when there is one.
 *  - a person: inside their title chain («رئيس الأركان الهمج الإسرائيلي أفيف كوخافي»), right
 *    after the name (across a comma, or glued), or a definite epithet right before it;
 *  - a noun phrase about people that the word follows as an adjective or apposition:
 *    «شبان الضواحي الحيوانات», «قوات الدعم السريع الضباع», «المستوطنين الأوباش»;
 *  - a group right after the word: a construct «كلاب المستوطنين» or a plural «الكلاب الصهاينة»;
 *  - a vocative «يا».
 * A word joined to its neighbour by «و» or «ف» is coordinated with it, and one behind a
 * preposition («بالهمجية», «كوحش») heads a phrase of its own: neither is attached.
 */
export function decideTarget(doc: Doc, m: LexMatch): TargetDecision | null {
  const { tokens, input, lists } = doc;
  const idx = doc.index!;
  const sentence = tokens[m.tokenStart].sentence;
  const near = (k: number) => k >= 0 && k < tokens.length && tokens[k].sentence === sentence;
  const isOtherMatch = (k: number) => {
    const o = k >= 0 && k < tokens.length ? idx.matchAt[k] : -1;
    return o >= 0 && doc.matches[o] !== m && doc.matches[o].kind !== 'glued';
  };
  const glued = m.kind === 'glued';
  const coordinated = !!m.analysis && /^[وف]/u.test(m.analysis.prefix) && !glued;
  const prepositional = !!m.analysis && /[بكل]/u.test(m.analysis.prefix.replace(/^[وف]/u, '').replace(/ال$/u, '')) && !glued;
  // A phrase is definite when its last word is: «قائد الانقلاب».
  const matchDefinite = !!m.analysis?.article || (m.kind === 'phrase' && isDefinite(tokens[m.tokenEnd - 1]));
  const span = (t: Token) => input.slice(t.start, t.end);
  const person = (i: number, reason: (text: string) => string): TargetDecision => {
    const p = doc.people[i];
    return { kind: 'person', start: p.start, end: p.end, person: p, groupId: null, strong: true, reason: reason(input.slice(p.start, p.end)) };
  };

  // A curse formula refers back to whoever was just named: «عبد الملك الحوثي عليه لعنة الله».
  if (m.hit.entry.category === 'curse') {
    for (let k = m.tokenStart; k >= m.tokenStart - 3 && k >= 0; k--) {
      const p = idx.personEndingAt[k];
      if (p >= 0 && near(doc.people[p].nameStart)) return person(p, (t) => `the curse follows «${t}»`);
    }
    const at = near(m.tokenStart - 1) && isComma(tokens[m.tokenStart - 1]) ? m.tokenStart - 1 : m.tokenStart;
    const head = humanHeadBefore(doc, at, near, false);
    if (head) {
      const first = tokens[head.k];
      const last = tokens[at - 1];
      return { kind: head.kind, start: first.start, end: last.end, person: null, groupId: head.groupId, strong: true, reason: `the curse follows «${input.slice(first.start, last.end)}» (${head.what})` };
    }
  }

  // Inside a person's title chain: «رئيس الأركان الهمج الإسرائيلي أفيف كوخافي».
  if (idx.personInChain[m.tokenStart] >= 0) return person(idx.personInChain[m.tokenStart], (t) => `inside the title of «${t}»`);
  if (glued && idx.personEndingAt[m.tokenStart] >= 0) return person(idx.personEndingAt[m.tokenStart], (t) => `glued right after the name «${t}»`);
  if (glued && idx.personNameAt[m.tokenStart] >= 0 && doc.people[idx.personNameAt[m.tokenStart]].start >= m.end) {
    return person(idx.personNameAt[m.tokenStart], (t) => `glued right before the name «${t}»`);
  }
  if (!coordinated && !prepositional) {
    // Right after the name, through commas or over other epithets: «أفيف كوخافي، القذر».
    let k = m.tokenStart - 1;
    for (let skipped = 0; skipped < MAX_SKIP && near(k) && (isComma(tokens[k]) || isOtherMatch(k)); skipped++) k--;
    const p = idx.personEndingAt[k + 1];
    if (near(k) && p >= 0 && k + 1 <= m.tokenStart) return person(p, (t) => `follows the name «${t}»`);
  }
  if (matchDefinite && !prepositional) {
    // Only a definite epithet stands before a name or its title as an apposition: «الخائن أفيف كوخافي».
    let k = m.tokenEnd;
    for (let skipped = 0; skipped < MAX_SKIP && near(k) && (isComma(tokens[k]) || isOtherMatch(k)); skipped++) k++;
    const p = near(k) ? idx.personStartingAt[k] : -1;
    if (p >= 0 && !/^[وف]/u.test(tokens[k].norm)) return person(p, (t) => `precedes «${t}»`);
  }

  // An adjective or apposition after a definite noun phrase about people.
  if (!coordinated && !prepositional && (matchDefinite || glued)) {
    const head = humanHeadBefore(doc, m.tokenStart, near);
    if (head) {
      const first = tokens[head.k];
      const last = tokens[m.tokenStart - 1];
      return { kind: head.kind, start: first.start, end: last.end, person: null, groupId: head.groupId, strong: true, reason: `describes «${input.slice(first.start, last.end)}» (${head.what})` };
    }
  }

  // A construct after an organisation noun, as written: «حكومة الكلاب», «عصابة اللصوص» (not
  // after a group noun: «ضحايا الهمجية» are victims of barbarism).
  if (!coordinated && !prepositional && matchDefinite && near(m.tokenStart - 1)) {
    const h = tokens[m.tokenStart - 1];
    if (h.kind === 'arabic' && lists.orgHeads.hasExact(h.norm)) {
      return { kind: 'organisation', start: h.start, end: h.end, person: null, groupId: null, strong: true, reason: `construct with «${span(h)}»` };
    }
  }

  // A predicate: an indefinite word after a definite noun phrase about people is said of it,
  // «قادة الدعم السريع خونة», «العرب "صراصير"» (not after «لدى/عند»: «لدى المزارعين أبقار»).
  if (!coordinated && !prepositional && !matchDefinite && !glued) {
    const at = near(m.tokenStart - 1) && isQuoteMark(tokens[m.tokenStart - 1]) ? m.tokenStart - 1 : m.tokenStart;
    const head = humanHeadBefore(doc, at, near);
    if (head && !POSSESSIVE.has(tokens[head.k - 1]?.norm ?? '') && !/^[بل](?!ل)/u.test(tokens[head.k].norm)) {
      const first = tokens[head.k];
      const last = tokens[at - 1];
      return { kind: head.kind, start: first.start, end: last.end, person: null, groupId: head.groupId, strong: true, reason: `said of «${input.slice(first.start, last.end)}» (${head.what})` };
    }
  }

  // A characterization: «وصف اللاجئين بـ"الجراد"», «ووصفه بأنه «جزار غزة»».
  const described = describedBy(doc, m, near);
  if (described) return described;

  // Pointed at people: «أولئك الخونة», «هؤلاء الحثالة». Not a word with literal senses: «هؤلاء
  // المجرمين» of a customs report are the smugglers it caught.
  const literalSenses = (m.hit.entry.literal?.senses.length ?? 0) > 0;
  if (matchDefinite && !coordinated && !prepositional && !literalSenses && near(m.tokenStart - 1) && lists.demonstrativesHuman.hasExact(tokens[m.tokenStart - 1].norm)) {
    const t = tokens[m.tokenStart - 1];
    return { kind: 'group', start: t.start, end: t.end, person: null, groupId: null, strong: true, reason: `pointed at people with «${span(t)}»` };
  }

  // A construct with a named person, organisation or party: «عصابات صالح», «رئيس عصابة "داعش"»,
  // «عصابة ميليشيات الحوثي».
  const named = !matchDefinite && !prepositional ? namedComplement(doc, m, near) : null;
  if (named) return named;

  // The word first: a construct «كلاب المستوطنين», or a plural nisba «الكلاب الصهاينة».
  for (const k of [m.tokenEnd, m.tokenEnd + 1]) {
    if (!near(k) || (k === m.tokenEnd + 1 && !isOtherMatch(m.tokenEnd))) continue;
    const gi = idx.groupAt[k];
    if (gi < 0) continue;
    const g = doc.groups[gi];
    const t = tokens[k];
    if (/^[وف]/u.test(t.norm)) break;
    const label = g.groupId ? `the group «${span(t)}» (${g.groupId})` : `«${span(t)}»`;
    const group = (strong: boolean, reason: string): TargetDecision => ({ kind: 'group', start: t.start, end: t.end, person: null, groupId: g.groupId, strong, reason });
    const lastOfMatch = tokens[m.tokenEnd - 1];
    if (!isDefinite(lastOfMatch) && isDefinite(t) && !prepositional) return group(true, `construct with ${label}`);
    return group(isHumanPlural(t) && !prepositional, `followed by ${label}`);
  }

  for (const k of [m.tokenStart - 1, m.tokenEnd]) {
    if (!near(k) || tokens[k].kind !== 'arabic') continue;
    if (lists.classOf(tokens[k].norm) & WordClass.PersonNoun) {
      const t = tokens[k];
      return { kind: 'person', start: t.start, end: t.end, person: null, groupId: null, strong: false, reason: `next to the person noun «${span(t)}»` };
    }
  }

  const prev = m.tokenStart - 1;
  if (near(prev) && VOCATIVE.has(tokens[prev].norm)) {
    const t = tokens[prev];
    return { kind: 'addressee', start: t.start, end: t.end, person: null, groupId: null, strong: true, reason: 'addressed with a vocative «يا»' };
  }
  return null;
}

/**
 * Walk back from the word before `at` over the definite words of a noun phrase to a noun that
 * names people: a person or group noun, an identity group, a title, or the head of an
 * organisation («قوات», «حركة»). The word right before must be definite (an adjective agrees
 * with its noun), so «أتباعه الأفاعي» (a verb's two objects) is not read as one phrase.
 */
function humanHeadBefore(doc: Doc, at: number, near: (k: number) => boolean, definite = true): { k: number; kind: 'person' | 'group' | 'organisation'; groupId: string | null; what: string } | null {
  const { tokens, lists } = doc;
  const prev = tokens[at - 1];
  if (!near(at - 1) || !prev || prev.kind !== 'arabic' || /^[وف]/u.test(prev.norm)) return null;
  if (definite && !isDefinite(prev) && !lists.groups.groupOf(prev.norm)) return null;
  for (let k = at - 1, steps = 0; k >= 0 && near(k) && steps < MAX_NP; k--, steps++) {
    const t = tokens[k];
    if (t.kind !== 'arabic') return null;
    const w = t.norm;
    const groupId = lists.groups.groupOf(w);
    if (groupId) return { k, kind: 'group', groupId, what: `group ${groupId}` };
    const c = lists.classOf(w);
    if (c & WordClass.GroupNoun) return { k, kind: 'group', groupId: null, what: 'a group of people' };
    if (c & WordClass.OrgHead) return { k, kind: 'organisation', groupId: null, what: 'an organisation' };
    if (c & (WordClass.PersonNoun | WordClass.Title)) return { k, kind: 'person', groupId: null, what: 'a person' };
    // Keep walking only over the definite words of the same phrase.
    if (!isDefinite(t) || (k < at - 1 && /^[وفبل]/u.test(w) && !w.startsWith('ال'))) return null;
  }
  return null;
}

/**
 * The person or group a describing verb applies the word to: the match stands behind «بـ» or
 * «بأنه/بأنها/بأنهم» after «وصف», «نعت», «اتهم»… in the same sentence. The target is the noun
 * phrase between the verb and the match, or, when the verb carries the object as a pronoun
 * («وصفه»), the last person or group named before the verb.
 */
function describedBy(doc: Doc, m: LexMatch, near: (k: number) => boolean): TargetDecision | null {
  const { tokens, input } = doc;
  const idx = doc.index!;
  if (!afterBa(doc, m)) return null;
  for (let v = m.tokenStart - 1, steps = 0; v >= 0 && near(v) && steps < MAX_DESCRIBE; v--, steps++) {
    const t = tokens[v];
    if (t.kind !== 'arabic' || !doc.lists.describeVerbs.has(t.norm)) continue;
    const reason = `described as such by «${input.slice(t.start, t.end)}»`;
    // The object stands right before «بـ», after the verb's subject: look from the match back.
    for (let k = m.tokenStart - 1; k > v; k--) {
      const p = idx.personNameAt[k];
      if (p >= 0) {
        const x = doc.people[p];
        return { kind: 'person', start: x.start, end: x.end, person: x, groupId: null, strong: true, reason };
      }
      const g = idx.groupAt[k];
      const c = tokens[k].kind === 'arabic' ? doc.lists.classOf(tokens[k].norm) : 0;
      if (g >= 0 || c & (WordClass.PersonNoun | WordClass.GroupNoun)) {
        const gt = tokens[k];
        return { kind: g >= 0 || c & WordClass.GroupNoun ? 'group' : 'person', start: gt.start, end: gt.end, person: null, groupId: g >= 0 ? doc.groups[g].groupId : null, strong: true, reason };
      }
    }
    if (/(ه|ها|هم|هما|هن)$/u.test(t.norm)) {
      for (let k = v; k >= 0 && near(k - 1); k--) {
        const p = idx.personEndingAt[k];
        if (p >= 0) {
          const x = doc.people[p];
          return { kind: 'person', start: x.start, end: x.end, person: x, groupId: null, strong: true, reason };
        }
      }
    }
    return null;
  }
  return null;
}

/**
 * The complement of an indefinite word in construct, when it names someone: a person the text
 * names («عصابات صالح»), an organisation of the gazetteer («عصابة "داعش"», quotation marks
 * allowed), or a partisan name matched itself («عصابة ميليشيات الحوثي»).
 */
function namedComplement(doc: Doc, m: LexMatch, near: (k: number) => boolean): TargetDecision | null {
  const { tokens, input } = doc;
  let k = m.tokenEnd;
  if (near(k) && isQuoteMark(tokens[k])) k++;
  if (!near(k) || tokens[k].kind !== 'arabic' || /^[وف]/u.test(tokens[k].norm)) return null;
  const t = tokens[k];
  // A person's: only a plural or a collective word names his people («عصابات صالح», «أذناب
  // فلان»); a singular is his possession or his byname («حمار جحا», «مجنون ليلى»).
  const p = doc.index!.personStartingAt[k];
  if (p >= 0 && (m.hit.number === 'plural' || m.hit.number === 'collective')) {
    const person = doc.people[p];
    return { kind: 'person', start: person.start, end: person.end, person, groupId: null, strong: true, reason: `construct with «${input.slice(person.start, person.end)}»` };
  }
  // A man named by one given name the text uses as his short name («عصابات صالح»).
  const plural = m.hit.number === 'plural' || m.hit.number === 'collective';
  if (plural && doc.lists.givenNames.hasExact(t.norm) && !doc.lists.functionWords.hasExact(t.norm)) {
    return { kind: 'person', start: t.start, end: t.end, person: null, groupId: null, strong: true, reason: `construct with the name «${input.slice(t.start, t.end)}»` };
  }
  const hit = doc.gazetteer.lookup(tokens, k);
  if (hit && hit.clitic === 0 && (hit.entry.kind === 'org' || hit.entry.kind === 'media')) {
    const last = tokens[hit.to - 1];
    return { kind: 'organisation', start: t.start, end: last.end, person: null, groupId: null, strong: true, reason: `construct with «${input.slice(t.start, last.end)}»` };
  }
  const o = doc.index!.matchAt[k];
  // (Definite, as a construct's complement is: «خائن مندس» is a noun and its adjective.)
  if (o >= 0 && doc.matches[o] !== m && doc.matches[o].hit.entry.category === 'loaded' && doc.matches[o].tokenStart === k && isDefinite(tokens[doc.matches[o].tokenEnd - 1])) {
    const other = doc.matches[o];
    return { kind: 'group', start: other.start, end: other.end, person: null, groupId: null, strong: true, reason: `construct with «${input.slice(other.start, other.end)}»` };
  }
  return null;
}
