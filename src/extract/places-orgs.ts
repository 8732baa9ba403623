import { classAt, type Doc } from '../analysis/document.js';
import { WordClass } from '../context/lists.js';
import type { Gazetteer, GazetteerEntry, GazetteerHit } from '../gazetteer/gazetteer.js';
import { isDefiniteWord, type Token } from '../text/tokenize.js';
import type { MentionDraft } from './mentions.js';

/** The most words an organisation's name may run after its head noun («وزارة الصحة والسكان المصرية»). */
const MAX_ORG_TAIL = 6;
/** The most tokens a name in quotation marks after a head noun may have («تلفزيون "واي نت"»). */
const MAX_QUOTED_NAME = 6;

/** A relational (nisba-like) adjective: «الإسرائيلي», «الوطنية», «الشعبيين», «الدولي». */
const isRelational = (w: string) => w.length > 4 && /(ي|يه|يين|يون|يات)$/u.test(w);
/** Adjectives common in organisation names that are not relational. */
const NAME_ADJECTIVES = new Set(['العليا', 'الكبري', 'المتحده', 'العامه', 'العام', 'الاعلي', 'الحره', 'الحر', 'المستقله', 'المستقل', 'الموحد', 'الموحده', 'المركزي', 'الاحمر']);

/** What a span of the text already holds, so that stages do not read a date or a person as a name. */
export type Blocked = Uint8Array;

/**
 * Stage: places and organisations. Three ways in:
 * - a gazetteer name (every listed spelling, through clitics: «بالرباط», «للأمم المتحدة»);
 *   a short name marked ambiguous (a common word too: «حماس», «صور») only with a cue: a head
 *   noun («حركة حماس», «مدينة صور»), a credit position («(قنا)», «المنامة - بنا:»), a speech
 *   verb next to an organisation, a preposition or direction before a place, parentheses after
 *   the full name («… (كونا)»); a name whose hamza differs from the text's is another word;
 * - a head noun and its complement: «وزارة الصحة المصرية», «الجيش الإسرائيلي» (a definite
 *   head needs a nisba or a known name after it), «تلفزيون "واي نت"»;
 * - a place head and an unlisted name: «بلدة بيت أمر», «مخيم عين الحلوة».
 */
export function findPlacesAndOrgs(doc: Doc, gaz: Gazetteer, blocked: Blocked, cues: Uint8Array): MentionDraft[] {
  const { tokens } = doc;
  const out: MentionDraft[] = [];
  const n = tokens.length;
  const countries: { codes: Set<string> | null } = { codes: null };
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (blocked[i] || (t.kind !== 'arabic' && t.kind !== 'latin' && t.kind !== 'number')) {
      i++;
      continue;
    }
    const { hit, head: headWord } = gaz.lookupAndHead(tokens, i);
    // An entry is marked ambiguous for its short names («ومع», «حماس»); a name of three words or
    // more («وكالة المغرب العربي للأنباء») is no common phrase.
    const usable = hit && !isBlocked(blocked, hit.from, hit.to) && !hamzaClash(doc, hit) &&
      (!hit.entry.ambiguous || hit.to - hit.from >= 3 || cues[i] === 1 || hasCue(doc, hit, out));
    const head = t.kind === 'arabic' ? headWord : null;
    const found = head === 'org' ? orgAfterHead(doc, gaz, i, blocked) : head === 'place' ? placeAfterHead(doc, gaz, i, blocked) : null;
    // A listed name at least as long as the head phrase keeps its gazetteer identity:
    // «الجيش الإسرائيلي» is the listed army, not just a head and a nisba.
    if (hit && usable && (!found || hit.to >= found.to)) {
      const m = fromHit(doc, hit.alternatives.length ? { ...hit, entry: preferred(doc, gaz, hit, countries) } : hit, 'gazetteer');
      // «وكالة رويترز» listed whole is still the outlet «رويترز»: the media head describes it.
      if (m.type === 'org' && hit.to - hit.from >= 2 && doc.lists.mediaHeads.has(tokens[hit.from].norm.slice(hit.clitic)) && tokens[hit.from + 1].kind === 'arabic' && gaz.lookup(tokens, hit.from + 1)?.entry === hit.entry) {
        m.start = tokens[hit.from + 1].start;
      }
      // A generic listed name takes the country of a nisba after it: «وزارة الصحة السورية»,
      // «الهلال الأحمر الليبي», «الكنيست الإسرائيلي».
      if (m.type === 'org') extendWithNisba(doc, gaz, m, blocked);
      out.push(m);
      i = m.to;
    } else if (found) {
      out.push(found);
      i = found.to;
    } else i++;
  }
  return out;
}

/**
 * Extend a listed organisation over the nisba adjectives after it, which give its country
 * («وزارة الصحة» + «السورية»). The mention then names that country's body: its key carries the
 * country, so the Syrian and the Egyptian ministry are two entities.
 */
function extendWithNisba(doc: Doc, gaz: Gazetteer, m: MentionDraft, blocked: Blocked): void {
  const { tokens } = doc;
  let k = m.to;
  while (k < tokens.length && k - m.to < 3 && !blocked[k] && tokens[k].kind === 'arabic' && tokens[k].sentence === tokens[m.from].sentence && isDefiniteWord(tokens[k].norm) && (gaz.adjectiveCountry(tokens[k].norm) || isRelational(tokens[k].norm)) && !ORDINAL.test(tokens[k].norm)) k++;
  if (k === m.to) return;
  const country = countryOfTail(doc, gaz, m.to, k);
  m.to = k;
  m.end = tokens[k - 1].end;
  if (country && !m.country) {
    m.country = country;
    m.key = `${m.key}:${country}`;
  }
}

/** Relative pronouns: they start with «ال» but complete no name. */
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);

/** Ordinal adjectives look relational («الثاني») but do not name anything: «المركز الثاني». */
const ORDINAL = /^(ال)?(اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|اخير|نهائي|تالي|ماضي|حالي|جاري|سابق)(ه|ين|ون|يه|ات)?$/u;

/**
 * Of the entries one name may stand for («عمان»: the country Oman, or Amman in Jordan), the one
 * whose country the text otherwise names («الأردن», «الأردنية»); the first listed otherwise.
 */
function preferred(doc: Doc, gaz: Gazetteer, hit: GazetteerHit, countries: { codes: Set<string> | null }): GazetteerEntry {
  if (!countries.codes) {
    const codes = new Set<string>();
    for (let k = 0; k < doc.tokens.length; k++) {
      const t = doc.tokens[k];
      if (t.kind !== 'arabic' || (k >= hit.from && k < hit.to)) continue;
      const adj = gaz.adjectiveCountry(t.norm);
      if (adj) codes.add(adj);
      const h = gaz.lookup(doc.tokens, k);
      if (h && h.entry.kind === 'country' && !(h.from === hit.from)) codes.add(h.entry.id);
    }
    countries.codes = codes;
  }
  const all = [hit.entry, ...hit.alternatives];
  const named = all.filter((e) => e.country && countries.codes!.has(e.country));
  return named.length === 1 ? named[0] : hit.entry;
}

const HAMZA_ALEF = new Set(['أ', 'إ', 'آ']);

/**
 * Matching folds hamza forms together, but when both the text and the listed name write one
 * and they differ, they are different words: «في إطار» is not the city «أطار».
 */
function hamzaClash(doc: Doc, hit: GazetteerHit): boolean {
  const listed = hit.written[0];
  if (!HAMZA_ALEF.has(listed)) return false;
  const written = doc.input[startAfter(doc, doc.tokens[hit.from], hit.clitic)];
  return HAMZA_ALEF.has(written) && written !== listed;
}

function isBlocked(blocked: Blocked, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (blocked[k]) return true;
  return false;
}

/** Prepositions and directions before which an ambiguous place name is read as a place: «في صور», «شمال حمص». */
const PLACE_CUES = new Set(['في', 'الي', 'من', 'قرب', 'بين', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'ضواحي', 'ريف', 'اطراف']);

/**
 * An ambiguous name («حماس» is also "enthusiasm", «صور» "pictures") is accepted with a cue: a
 * dateline position, a speech verb next to it («قالت حماس», «حماس قالت»), or for a place a
 * preposition or direction right before it.
 */
function hasCue(doc: Doc, hit: GazetteerHit, before: readonly MentionDraft[]): boolean {
  const { tokens } = doc;
  if (atDateline(tokens, hit.from)) return true;
  // An abbreviation in parentheses right after a name: «وكالة الأنباء الكويتية (كونا)».
  const last = before[before.length - 1];
  if (last && last.type === 'org' && hit.from === last.to + 1 && tokens[last.to].norm === '(' && tokens[hit.to]?.norm === ')') return true;
  const prev = hit.from > 0 && tokens[hit.from - 1].sentence === tokens[hit.from].sentence ? tokens[hit.from - 1] : null;
  const next = hit.to < tokens.length && tokens[hit.to].sentence === tokens[hit.from].sentence ? tokens[hit.to] : null;
  const speech = (t: Token | null) => !!t && t.kind === 'arabic' && (classAt(doc, t.index) & WordClass.SpeechVerb) !== 0;
  if (hit.entry.kind === 'org' || hit.entry.kind === 'media') return speech(prev) || speech(next);
  return !!prev && hit.clitic === 0 && PLACE_CUES.has(prev.norm);
}

/** Token k starts a paragraph and is followed by a dash or colon: a dateline («الرباط - »). */
function atDateline(tokens: readonly Token[], k: number): boolean {
  const startsParagraph = k === 0 || tokens[k - 1].norm === '\n';
  if (!startsParagraph) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) if (/^[-–—:]$/u.test(tokens[j].norm)) return true;
  return false;
}

/** The original offset of folded character `offset` of token t (to leave a clitic out of a span). */
function startAfter(doc: Doc, t: Token, offset: number): number {
  return offset === 0 ? t.start : doc.matching.start[t.nStart + offset];
}

function fromHit(doc: Doc, hit: GazetteerHit, via: string, from = hit.from): MentionDraft {
  const e = hit.entry;
  const type = e.kind === 'org' || e.kind === 'media' ? 'org' : 'place';
  const first = doc.tokens[from];
  return {
    type, from, to: hit.to, start: from === hit.from ? startAfter(doc, first, hit.clitic) : first.start, end: doc.tokens[hit.to - 1].end,
    key: `${e.kind === 'capital' ? 'capital' : type}:${e.id}`, gazetteer: e, subtype: e.type, country: e.country,
    role: null, personId: -1, via, actor: false,
  };
}

/** The length of a clitic (و, ب, ل, وب…) on a head noun: «وبوزارة» → 2. */
function headClitic(t: Token, list: { has(w: string): boolean; hasExact(w: string): boolean }): number {
  if (list.hasExact(t.norm)) return 0;
  for (let c = 1; c <= 3 && t.norm.length - c >= 3; c++) {
    const rest = t.norm.slice(c);
    if (!/^[وفبلك]+$/u.test(t.norm.slice(0, c))) break;
    // ل fused with the article («للقوات») keeps «لل» in the span: no slice spells «القوات».
    if (list.hasExact(rest)) return t.norm.slice(0, c).endsWith('لل') ? c - 2 : c;
    if (rest.startsWith('ال') && list.hasExact(rest.slice(2))) return c;
  }
  return 0;
}

function orgAfterHead(doc: Doc, gaz: Gazetteer, i: number, blocked: Blocked): MentionDraft | null {
  const { tokens, lists } = doc;
  const head = tokens[i];
  const sentence = head.sentence;
  const clitic = headClitic(head, gaz.orgHeads);
  const headStem = head.norm.slice(clitic);
  let indefinite = !isDefiniteWord(headStem);
  let k = i + 1;
  let gazetteerEntry: GazetteerHit | null = null;
  let taken = 0;
  let lateL = false;
  // The outlet's own name after a media head («قناة الجزيرة», «تلفزيون "واي نت"»), if any.
  let nameFrom = -1;
  let nameTo = -1;
  while (k < tokens.length && taken < MAX_ORG_TAIL && tokens[k].sentence === sentence && !blocked[k]) {
    const t = tokens[k];
    // A known name after the head: «حركة حماس», «نادي النصر», «جامعة القاهرة».
    const hit = gaz.lookup(tokens, k);
    if (hit && hit.clitic === 0 && (taken === 0 || hit.entry.kind === 'country' || hit.entry.kind === 'capital' || hit.entry.kind === 'place')) {
      if (taken === 0 && (hit.entry.kind === 'org' || hit.entry.kind === 'media')) {
        gazetteerEntry = hit;
        nameFrom = k;
        nameTo = hit.to;
      }
      k = hit.to;
      taken++;
      indefinite = false;
      continue;
    }
    if (t.kind === 'latin' && taken === 0) {
      while (k < tokens.length && tokens[k].kind === 'latin' && tokens[k].sentence === sentence) k++;
      taken++;
      break;
    }
    if (t.kind === 'punct' && taken === 0 && indefinite && /^["«“„]$/u.test(t.norm)) {
      // A name in quotation marks: «تلفزيون "واي نت"».
      let j = k + 1;
      while (j < tokens.length && j - k <= MAX_QUOTED_NAME && tokens[j].kind !== 'punct') j++;
      if (j < tokens.length && j > k + 1 && /^["»”“]$/u.test(tokens[j].norm)) {
        const inside = gaz.lookup(tokens, k + 1);
        if (inside && inside.to === j && (inside.entry.kind === 'org' || inside.entry.kind === 'media')) gazetteerEntry = inside;
        nameFrom = k + 1;
        nameTo = j;
        k = j + 1;
        taken++;
        // Nisba adjectives may follow the name: «شركة "أوكيو" العمانية».
        while (k < tokens.length && tokens[k].sentence === sentence && tokens[k].kind === 'arabic' && isDefiniteWord(tokens[k].norm) && gaz.adjectiveCountry(tokens[k].norm)) k++;
      }
      break;
    }
    if (t.kind !== 'arabic') break;
    const w = t.norm;
    const c = lists.classOf(w);
    if (c & (WordClass.SpeechVerb | WordClass.Title | WordClass.Honorific)) break;
    if (indefinite) {
      // Any definite noun completes the head («وزارة الطاقة»), common word or not; a relative
      // pronoun («الذي») does not.
      if (isDefiniteWord(w) && !RELATIVES.has(w) && !HAMZA_ALEF.has(doc.input[t.start])) {
        indefinite = false;
      } else if (!(c & WordClass.Function) && !/^[بلك]ا/u.test(w) && k + 1 < tokens.length && tokens[k + 1].kind === 'arabic' && isDefiniteWord(tokens[k + 1].norm) && tokens[k + 1].sentence === sentence) {
        // An indefinite construct link: «وزارة خارجية الإمارات».
      } else break;
    } else if (ORDINAL.test(w)) {
      break;
    } else if (isRelational(w) || NAME_ADJECTIVES.has(w) || gaz.adjectiveCountry(w)) {
      // «الجيش الإسرائيلي», «الحرس الثوري», «المحكمة العليا».
      if (!isDefiniteWord(w) && !isDefiniteWord(headStem) && taken === 0) break;
    } else if (w.startsWith('وال') && w.length > 4 && taken > 0) {
      // A coordinated complement: «حزب العدالة والتنمية», «وزارة التجهيز والماء».
    } else if (w.startsWith('لل') && w.length > 4 && taken > 0 && !lateL) {
      // A purpose complement: «المعهد الوطني للإحصاء», «الإدارة العامة للمرور»; then only adjectives.
      lateL = true;
    } else break;
    k++;
    taken++;
  }
  if (taken === 0) return null;
  // «حركة المرور» is traffic, not a movement: listed ordinary phrases are no organisation.
  if (i + 1 < tokens.length && gaz.notOrganisations.has(`${headStem.replace(/^ال/u, '')} ${tokens[i + 1].norm.replace(/^ال/u, '')}`)) return null;
  // A definite head («الحكومة», «الجيش») with only a plain definite noun after it is not a name.
  const last = tokens[k - 1];
  const start = startAfter(doc, head, clitic);
  const entry = gazetteerEntry?.entry ?? null;
  // After a media head the outlet is its name: «قناة الجزيرة» is «الجزيرة», the head describes it.
  // A name in marks is the name whatever the head («شركة "أوكيو"» is «أوكيو»); the tokens up to
  // k stay covered so that a nisba after it is not read again.
  const quoted = nameFrom > i + 1 && tokens[nameFrom - 1].kind === 'punct';
  if (nameFrom >= 0 && (nameTo === k || quoted) && (doc.lists.mediaHeads.has(headStem) || quoted)) {
    const key = entry ? `org:${entry.id}` : `org:${tokens.slice(nameFrom, nameTo).map((x) => x.norm).join(' ')}`;
    return {
      type: 'org', from: nameFrom, to: k, start: tokens[nameFrom].start, end: tokens[nameTo - 1].end, key, gazetteer: entry,
      subtype: entry?.type ?? null, country: entry?.country ?? countryOfTail(doc, gaz, nameTo, k), role: null, personId: -1, via: 'head', actor: false,
    };
  }
  const key = entry ? `org:${entry.id}` : `org:${[headStem.replace(/^ال/u, ''), ...tokens.slice(i + 1, k).map((x) => x.norm)].join(' ')}`;
  return {
    type: 'org', from: i, to: k, start, end: last.end, key, gazetteer: entry, subtype: entry?.type ?? null, country: entry?.country ?? countryOfTail(doc, gaz, i + 1, k),
    role: null, personId: -1, via: 'head', actor: false,
  };
}

/** The country an organisation's nisba names: «الجيش الإسرائيلي» → IL. */
function countryOfTail(doc: Doc, gaz: Gazetteer, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const code = gaz.adjectiveCountry(doc.tokens[k].norm);
    if (code) return code;
  }
  return null;
}

function placeAfterHead(doc: Doc, gaz: Gazetteer, i: number, blocked: Blocked): MentionDraft | null {
  const { tokens, lists } = doc;
  const k = i + 1;
  if (k >= tokens.length || blocked[k] || tokens[k].sentence !== tokens[i].sentence || tokens[k].kind !== 'arabic') return null;
  const hit = gaz.lookup(tokens, k);
  if (hit && hit.clitic === 0) return fromHit(doc, hit, 'head');
  const w = tokens[k].norm;
  const c = lists.classOf(w);
  if (c & (WordClass.Function | WordClass.SpeechVerb | WordClass.Title | WordClass.PersonNoun | WordClass.GroupNoun) || lists.functionWords.has(w)) return null;
  if (isRelational(w) || gaz.adjectiveCountry(w)) return null;
  // After a feminine head an adjective agrees with it («مدينة كبيرة», «منطقة عسكرية»): a word
  // ending in ة there is read as an adjective unless the gazetteer knows it.
  const headStem = tokens[i].norm.slice(headClitic(tokens[i], gaz.placeHeads));
  if (headStem.endsWith('ه') && w.endsWith('ه')) return null;
  if (headStem.startsWith('ال')) return null; // «المدينة القديمة»: a definite head is not followed by a name
  let end = k + 1;
  // A two-word name: «عين الحلوة», «بيت لحم», «دير البلح».
  if (end < tokens.length && tokens[end].sentence === tokens[k].sentence && tokens[end].kind === 'arabic' && !isDefiniteWord(w) &&
      isDefiniteWord(tokens[end].norm) && !isRelational(tokens[end].norm) && !(classAt(doc, end) & WordClass.Function) && !blocked[end]) end++;
  return {
    type: 'place', from: k, to: end, start: tokens[k].start, end: tokens[end - 1].end, key: `place:${tokens.slice(k, end).map((x) => x.norm).join(' ')}`,
    gazetteer: null, subtype: null, country: null, role: null, personId: -1, via: 'head', actor: false,
  };
}
