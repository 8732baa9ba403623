import type { Token } from '../text/tokenize.js';
import type { Doc, LexMatch, PersonMention } from './document.js';

export interface TargetDecision {
  readonly kind: 'person' | 'group' | 'addressee';
  readonly start: number;
  readonly end: number;
  /** The person mention, when the target is a person. */
  readonly person: PersonMention | null;
  readonly groupId: string | null;
  /**
   * Strong: the grammar attaches the word to the target (inside a person's title, in apposition
   * to a name, an adjective after a group, «كلاب المستوطنين», «يا ...»). Weak: merely adjacent
   * (a person noun, a singular nisba that may describe the word itself: «البقر الأوروبي»).
   * Words with literal senses count as epithets only with a strong target.
   */
  readonly strong: boolean;
  readonly reason: string;
}

/** Vocative particle: «يا كلب» addresses someone, so the word is aimed at a person. */
const VOCATIVE = new Set(['يا', 'ايها', 'ايتها']);

const isComma = (t: Token | undefined) => !!t && t.kind === 'punct' && (t.norm === '،' || t.norm === ',');
const isDefinite = (t: Token) => t.norm.startsWith('ال') || t.norm.startsWith('لل');
/** A human plural form («الفلسطينيين», «اليهود», «الصهاينة»), not a singular or feminine nisba. */
const isHumanPlural = (t: Token) => /(ون|ين)$/u.test(t.norm) || !/(ي|يه|ه)$/u.test(t.norm);

/**
 * Stage helper: the person or group a match is attached to, when there is one.
 *  - inside a person's title chain («رئيس الأركان الهمج الإسرائيلي أفيف كوخافي») or right
 *    before or after the name, possibly across a comma or glued to the next word;
 *  - next to a group: an identity group («اليهود», «الشيعة») or a group noun («اللاجئين»);
 *  - next to a person noun («المواطن»);
 *  - after a vocative «يا».
 * A word joined to its neighbour by «و» or «ف» is coordinated with it, not attached to it.
 */
export function decideTarget(doc: Doc, m: LexMatch): TargetDecision | null {
  const { tokens, input } = doc;
  const sentence = tokens[m.tokenStart].sentence;
  const near = (k: number) => k >= 0 && k < tokens.length && tokens[k].sentence === sentence;
  const skipComma = (k: number, dir: 1 | -1) => (near(k) && isComma(tokens[k]) ? k + dir : k);
  const isOtherMatch = (k: number) => doc.matches.some((o) => o !== m && k >= o.tokenStart && k < o.tokenEnd && o.kind !== 'glued');
  const coordinated = !!m.analysis && /^[وف]/u.test(m.analysis.prefix) && m.kind !== 'glued';
  // A word behind a preposition («بالهمجية», «كوحش», «للفجرة») heads a prepositional phrase:
  // it is not an adjective or apposition of the noun before it.
  const prepositional = !!m.analysis && /[بكل]/u.test(m.analysis.prefix.replace(/^[وف]/u, '').replace(/ال$/u, '')) && m.kind !== 'glued';
  const matchDefinite = !!m.analysis?.article;
  const span = (t: Token) => input.slice(t.start, t.end);

  for (const p of doc.people) {
    if (!near(p.nameStart)) continue;
    const text = input.slice(p.start, p.end);
    const person = (reason: string): TargetDecision => ({ kind: 'person', start: p.start, end: p.end, person: p, groupId: null, strong: true, reason });
    if (m.tokenStart >= p.chainStart && m.tokenStart < p.nameStart) return person(`inside the title of «${text}»`);
    if (m.kind === 'glued' && m.tokenStart === p.nameEnd) return person(`glued right after the name «${text}»`);
    if (!coordinated && !prepositional) {
      // Right after the name (through a comma, or over another epithet): «أفيف كوخافي القذر».
      let after = skipComma(p.nameEnd, 1);
      while (after < m.tokenStart && isOtherMatch(after)) after = skipComma(after + 1, 1);
      if (m.tokenStart === after) return person(`follows the name «${text}»`);
    }
    // Right before the name or its title: «الخائن أفيف كوخافي».
    let before = skipComma(p.chainStart - 1, -1);
    while (before >= m.tokenEnd && isOtherMatch(before)) before = skipComma(before - 1, -1);
    // Only a definite epithet stands before a name as an apposition.
    if (m.tokenEnd - 1 === before && matchDefinite && !prepositional && !/^[وف]/u.test(tokens[p.chainStart].norm)) return person(`precedes «${text}»`);
  }

  for (const g of doc.groups) {
    if (!near(g.token)) continue;
    const t = tokens[g.token];
    const label = g.groupId ? `the group «${span(t)}» (${g.groupId})` : `«${span(t)}»`;
    const group = (strong: boolean, reason: string): TargetDecision => ({ kind: 'group', start: t.start, end: t.end, person: null, groupId: g.groupId, strong, reason });
    // The group named first, the word after it as its adjective: «المستوطنين الأوباش».
    const before = g.token === m.tokenStart - 1 || (g.token === m.tokenStart - 2 && isOtherMatch(m.tokenStart - 1));
    if (before && !coordinated && !prepositional) {
      // An adjective agrees with its noun in definiteness; «ضحايا الهمجية» is a construct instead.
      const agrees = isDefinite(t) === matchDefinite || (g.groupId !== null && matchDefinite);
      return group(agrees && isHumanPlural(t), `describes ${label}`);
    }
    // The word first: a construct «كلاب المستوطنين», or a plural nisba «الكلاب الصهاينة».
    const after = g.token === m.tokenEnd || (g.token === m.tokenEnd + 1 && isOtherMatch(m.tokenEnd));
    if (after && !/^[وف]/u.test(t.norm)) {
      const first = tokens[m.tokenEnd - 1];
      if (!isDefinite(first) && isDefinite(t)) return group(true, `construct with ${label}`);
      return group(isHumanPlural(t), `followed by ${label}`);
    }
  }

  for (const k of [m.tokenStart - 1, m.tokenEnd]) {
    if (!near(k) || tokens[k].kind !== 'arabic') continue;
    if (doc.lists.personNouns.has(tokens[k].norm)) {
      const t = tokens[k];
      const strong = k < m.tokenStart && !coordinated && !prepositional && isDefinite(tokens[k]) === matchDefinite;
      return { kind: 'person', start: t.start, end: t.end, person: null, groupId: null, strong, reason: `next to the person noun «${span(t)}»` };
    }
  }

  const prev = m.tokenStart - 1;
  if (near(prev) && VOCATIVE.has(tokens[prev].norm)) {
    const t = tokens[prev];
    return { kind: 'addressee', start: t.start, end: t.end, person: null, groupId: null, strong: true, reason: 'addressed with a vocative «يا»' };
  }
  return null;
}
