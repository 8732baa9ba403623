import type { Doc, PersonMention } from '../analysis/document.js';
import { WordClass } from '../context/lists.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { isComma, isDefiniteWord, type Token } from '../text/tokenize.js';
import type { MentionDraft } from './mentions.js';

/** The most words a role after a name may run: «أفيف كوخافي، رئيس أركان الجيش الإسرائيلي». */
const MAX_APPOSITION = 8;


/**
 * Stage: people with their roles, from the person mentions of the analysis (title chains,
 * given names, speech verbs, later mentions by family name). The role is the title chain
 * before the name («وزيرة النقل الإسرائيلية ميراف ميخائيلي»), or an apposition after it
 * («محمد صلاح، نجم ليفربول»), without a clitic on its first word and without commas at its ends.
 */
export function findPeople(doc: Doc, gaz: Gazetteer): MentionDraft[] {
  return doc.people.map((p) => {
    const role = roleBefore(doc, p) ?? roleAfter(doc, gaz, p);
    return {
      type: 'person', from: p.nameStart, to: p.nameEnd, start: p.start, end: p.end, key: p.key.join(' '),
      gazetteer: null, subtype: null, country: null, role, personId: p.personId,
      via: p.chainStart < p.nameStart ? 'title' : 'name', actor: false,
    } satisfies MentionDraft;
  });
}

/** The original offset after a clitic (و, ف, ب, ل, ك) on a title word: «وقالت وزيرة» has none, «ورئيس» has و. */
function afterClitic(doc: Doc, t: Token): number {
  const { lists } = doc;
  if (lists.classOf(t.norm) === 0 || lists.titles.hasExact(t.norm) || lists.honorifics.hasExact(t.norm)) return t.start;
  for (let c = 1; c <= 2 && t.norm.length - c >= 2; c++) {
    if (!/^[وفبلك]+$/u.test(t.norm.slice(0, c))) break;
    const rest = t.norm.slice(c);
    if (lists.titles.hasExact(rest) || lists.honorifics.hasExact(rest) || lists.titleModifiers.hasExact(rest)) {
      // ل fused with the article («للمخرجة») keeps «لل»: no slice spells «المخرجة».
      const skip = t.norm.slice(0, c).endsWith('لل') ? c - 2 : c;
      return skip === 0 ? t.start : doc.matching.start[t.nStart + skip];
    }
  }
  return t.start;
}

function roleBefore(doc: Doc, p: PersonMention): { start: number; end: number } | null {
  const { tokens } = doc;
  let a = p.chainStart;
  let b = p.nameStart;
  // Punctuation and honorifics («الشيخ», «الدكتور») at the ends are not part of the role.
  // A rank right before the name is an honorific too when a role precedes it: «المتحدث باسم
  // الوزارة العميد …», «مساعد القائد العام الفريق أول …».
  const honorific = (k: number) => tokens[k].kind === 'arabic' && doc.lists.honorifics.has(tokens[k].norm) && (!doc.lists.titles.has(tokens[k].norm) || k > a);
  const modifier = (k: number) => tokens[k].kind === 'arabic' && doc.lists.titleModifiers.hasExact(tokens[k].norm) && k > a && honorific(k - 1);
  // An epithet right before the name is no part of the role: «وزير الخارجية التركي الخائن هاكان فيدان».
  const epithet = (k: number) => (doc.index?.matchAt[k] ?? -1) >= 0;
  while (b > a && (tokens[b - 1].kind === 'punct' || honorific(b - 1) || modifier(b - 1) || epithet(b - 1))) b--;
  while (a < b && (tokens[a].kind === 'punct' || (honorific(a) && !doc.lists.titles.has(tokens[a].norm)))) a++;
  if (b <= a) return null;
  const start = afterClitic(doc, tokens[a]);
  return start < tokens[b - 1].end ? { start, end: tokens[b - 1].end } : null;
}

/**
 * A role in apposition after the name: a comma, then a title, a person noun («نجم», «مدرب»)
 * or a rank, and the words that complete it (definite complements, nisba adjectives,
 * construct links, «باسم»), up to the next comma or sentence end.
 */
function roleAfter(doc: Doc, gaz: Gazetteer, p: PersonMention): { start: number; end: number } | null {
  const { tokens, lists } = doc;
  const comma = p.nameEnd;
  if (comma + 1 >= tokens.length || !isComma(tokens[comma])) return null;
  const first = tokens[comma + 1];
  if (first.kind !== 'arabic' || first.sentence !== tokens[p.nameStart].sentence) return null;
  const c = lists.classOf(first.norm);
  if (!(c & (WordClass.Title | WordClass.PersonNoun))) return null;
  let k = comma + 2;
  let head = !isDefiniteWord(first.norm);
  while (k < tokens.length && k - comma <= MAX_APPOSITION && tokens[k].sentence === first.sentence && tokens[k].kind === 'arabic') {
    const w = tokens[k].norm;
    const cls = lists.classOf(w);
    if (cls & WordClass.SpeechVerb) break;
    const ok = (head && !(cls & WordClass.Function)) || isDefiniteWord(w) || !!gaz.adjectiveCountry(w) || w === 'باسم' || (cls & WordClass.Title) !== 0 || !!gaz.lookup(tokens, k);
    if (!ok) break;
    head = !isDefiniteWord(w) || w === 'باسم';
    k++;
  }
  return { start: afterClitic(doc, first), end: tokens[k - 1].end };
}
