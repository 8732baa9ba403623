import { classAt, type Doc } from '../analysis/document.js';
import { WordClass } from '../context/lists.js';
import { foldWord } from '../text/normalize.js';
import { firstTokenAt, type Token } from '../text/tokenize.js';
import type { LinkedMention } from './entities.js';
import { complementizerAfter, isSpeechParticiple, isSpeechVerb, MAX_SUBJECT, opensSubordinate, reportedClauseEnd } from '../analysis/speech.js';

/** How far back (tokens) from a quotation the speech verb that introduces it may stand. */
const MAX_LEAD = 30;
/** A quotation of fewer words with no attribution is a name or title («اتفاقيات إبراهيم»), not speech. */
const MIN_UNATTRIBUTED_WORDS = 5;
/** The most words a channel phrase may have («في تغريدة على منصة إكس»). */
const MAX_CHANNEL = 6;

/** The most words a name or title in quotation marks has («"سيدات القمر"», «"حارس الازدهار"»). */
const MAX_NAME_WORDS = 3;

/** Is the word before a short phrase in marks one that introduces a name? */
function namesNext(doc: Doc, t: Token): boolean {
  if (t.kind !== 'arabic') return false;
  const w = t.norm;
  if (/^و?ل$/u.test(w)) return true;
  const bare = w.replace(/^و?(ل|ب)?/u, '');
  return doc.lists.nameHeads.has(w) || doc.lists.mediaHeads.has(w) || doc.lists.nameHeads.has(bare) || doc.lists.mediaHeads.has(bare);
}

export interface QuoteDraft {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  speaker: LinkedMention | null;
  /** The words naming an unnamed source («مصدر أمني»), or a title that could not be resolved. */
  source: { start: number; end: number } | null;
  /** How the speaker was found: 'subject', 'subject-before', 'trailing', 'title', 'continuation'. */
  how: string | null;
  verb: Token | null;
  channel: { start: number; end: number } | null;
}

const isWord = (t: Token) => t.kind === 'arabic' || t.kind === 'latin' || t.kind === 'number';


/**
 * Stage: quotations and reported speech with their speakers.
 * - Direct quotations are the text's quotation marks with an attribution: a speech verb before
 *   the quotation in its sentence and its subject («وقالت وزيرة النقل … ميخائيلي … "…"»), or a
 *   trailing «، قال …» after it. A verb with no subject of its own («وأضاف: "…"», «وتابعت»)
 *   continues the previous speaker; a title as subject («وأضافت الوزيرة») is the last person
 *   with that title. A quotation with no attribution is reported with no speaker; a short one
 *   (a name or title in marks) is not a quotation.
 * - Indirect speech is a speech verb, its subject and a complementizer («قال الجيش الإسرائيلي
 *   إنه …»); the reported clause runs from after the complementizer to the sentence end.
 */
export function findQuotations(doc: Doc, mentions: readonly LinkedMention[], dates: Uint8Array): QuoteDraft[] {
  const { tokens } = doc;
  const startsAt = new Map<number, LinkedMention>();
  const endsAt = new Map<number, LinkedMention>();
  for (const m of mentions) {
    if (!startsAt.has(m.from)) startsAt.set(m.from, m);
    endsAt.set(m.to, m);
  }
  // The mention covering each token: a quotation whose words are one name is that name.
  const coveredBy = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let k = m.from; k < m.to; k++) coveredBy[k] = i;
  });
  // Person chains: a mention whose title starts at a token («وزيرة النقل … ميخائيلي»).
  const personAt = new Map<number, LinkedMention>();
  for (const m of mentions) if (m.type === 'person' && !personAt.has(m.from)) personAt.set(m.from, m);
  for (const p of doc.people) {
    const m = personAt.get(p.nameStart);
    if (m && !startsAt.has(p.chainStart)) startsAt.set(p.chainStart, m);
  }
  // The words of each person's roles, without the article: «الوزيرة» refers to «وزيرة النقل …».
  const roleWords = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.role) continue;
    let set = roleWords.get(m.entityId);
    if (!set) roleWords.set(m.entityId, (set = new Set()));
    for (const w of doc.input.slice(m.role.start, m.role.end).split(/\s+/u)) set.add(foldWord(w).replace(/^(ال)/u, ''));
  }
  const firstToken = (offset: number) => firstTokenAt(tokens, offset);
  const drafts: QuoteDraft[] = [];
  let lastSpeaker: LinkedMention | null = null;
  const ctx: Ctx = { doc, startsAt, endsAt, mentions, dates, roleWords };

  const events: { at: number; run: () => void }[] = [];
  for (const q of doc.quotes) {
    events.push({
      at: q.start,
      run: () => {
        const open = firstToken(q.start);
        const close = firstToken(q.end - 1);
        const words = tokens.slice(open, close).filter(isWord).length;
        const inner = { start: q.start + q.open.length, end: q.end - q.close.length };
        if (inner.end <= inner.start) return;
        const lead = attributionBefore(ctx, open);
        const trail = lead ? null : attributionAfter(ctx, close + 1);
        const found = lead ?? trail;
        if (!found && words < MIN_UNATTRIBUTED_WORDS) return;
        // A short phrase in marks after «ل», a media head or a word such as «بعنوان», «عملية» is
        // a name or a title: «لصحيفة "النهار"», «لـ"الشرق الأوسط"», «عملية "حارس الازدهار"».
        if (words <= MAX_NAME_WORDS && open > 0 && namesNext(doc, tokens[open - 1])) return;
        // A name in marks inside an organisation's name («تلفزيون "واي نت"») is not a quotation.
        const inside = open + 1 < close ? coveredBy[open + 1] : -1;
        if (inside >= 0 && coveredBy[close - 1] === inside) return;
        let speaker = found?.speaker ?? null;
        let how = found?.how ?? null;
        if (found && !speaker && found.continues && lastSpeaker) {
          speaker = lastSpeaker;
          how = 'continuation';
        }
        drafts.push({ kind: 'direct', ...trimSpan(doc.input, inner), speaker, source: found?.source ?? null, how, verb: found?.verb ?? null, channel: found?.channel ?? null });
        if (speaker) lastSpeaker = speaker;
      },
    });
  }
  // Indirect speech: a speech verb followed by its subject and a complementizer.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (doc.tokenQuote[k] >= 0 || !isSpeechVerb(doc, t)) continue;
    const c = complementizerAfter(doc, k);
    if (c < 0) continue;
    const clauseStart = c + 1;
    if (clauseStart >= tokens.length || tokens[clauseStart].sentence !== tokens[c].sentence) continue;
    const clauseEnd = reportedClauseEnd(doc, clauseStart, opensSubordinate(doc, k));
    // A direct quotation inside the reported clause carries the attribution itself.
    let quoted = false;
    for (let j = clauseStart; j < clauseEnd && !quoted; j++) quoted = doc.tokenQuote[j] >= 0;
    if (quoted) continue;
    const verb = k;
    events.push({
      at: t.start,
      run: () => {
        const subject = subjectAfter(ctx, verb, c);
        let speaker = subject.speaker;
        let how = subject.how;
        if (!speaker && subject.continues && lastSpeaker) {
          speaker = lastSpeaker;
          how = 'continuation';
        }
        const span = trimSpan(doc.input, { start: tokens[clauseStart].start, end: tokens[clauseEnd - 1].end });
        drafts.push({ kind: 'indirect', ...span, speaker, source: subject.source, how, verb: t, channel: channelIn(ctx, verb + 1, c) });
        if (speaker) lastSpeaker = speaker;
      },
    });
    k = c;
  }
  events.sort((a, b) => a.at - b.at);
  for (const e of events) e.run();
  return drafts.sort((a, b) => a.start - b.start);
}

interface Ctx {
  doc: Doc;
  startsAt: Map<number, LinkedMention>;
  endsAt: Map<number, LinkedMention>;
  mentions: readonly LinkedMention[];
  /** Tokens inside date expressions («مطلع الشهر الجاري»): skipped between a verb and its subject. */
  dates: Uint8Array;
  /** Folded words of each person's roles, by entity id, without the article. */
  roleWords: Map<string, Set<string>>;
}

interface Attribution {
  speaker: LinkedMention | null;
  source: { start: number; end: number } | null;
  how: string | null;
  verb: Token | null;
  channel: { start: number; end: number } | null;
  /** The verb has no subject of its own: it continues the previous speaker. */
  continues: boolean;
}

function quoteWords(doc: Doc, q: number): number {
  const { start, end } = doc.quotes[q];
  return doc.input.slice(start, end).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}


function trimSpan(input: string, s: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = s;
  while (start < end && /\s/u.test(input[start])) start++;
  while (end > start && /[\s.،,:؛]/u.test(input[end - 1])) end--;
  return { start, end };
}

/**
 * The speech verb before a quotation (same sentence, or the sentence just ended by a colon)
 * and its subject. Walking back stops at another quotation or a sentence end.
 */
function attributionBefore(ctx: Ctx, open: number): Attribution | null {
  const { doc } = ctx;
  const { tokens } = doc;
  const sentence = open > 0 ? tokens[open - 1].sentence : -1;
  for (let k = open - 1, steps = 0; k >= 0 && steps < MAX_LEAD; k--, steps++) {
    const t = tokens[k];
    if (t.sentence !== sentence) return null;
    // Another quotation stops the walk; a name in marks («لتلفزيون "واي نت"») does not.
    if (doc.tokenQuote[k] >= 0) {
      if (quoteWords(doc, doc.tokenQuote[k]) >= MIN_UNATTRIBUTED_WORDS) return null;
      continue;
    }
    if (!isSpeechVerb(doc, t)) continue;
    if (isSpeechParticiple(doc, t)) {
      // «…، مضيفا: "…"»: the participle continues the sentence's main speech verb.
      const main = attributionBefore(ctx, k);
      if (main) return { ...main, channel: main.channel ?? channelIn(ctx, k + 1, open) };
      return { speaker: null, source: null, how: null, verb: t, channel: channelIn(ctx, k + 1, open), continues: true };
    }
    const subject = subjectAfter(ctx, k, open);
    return { ...subject, verb: t, channel: channelIn(ctx, k + 1, open) };
  }
  return null;
}

/** A trailing attribution: «"…"، قال المتحدث» or «"…" بحسب الوزير». */
function attributionAfter(ctx: Ctx, after: number): Attribution | null {
  const { doc } = ctx;
  const { tokens, lists } = doc;
  let k = after;
  while (k < tokens.length && tokens[k].kind === 'punct' && /^[،,:\-–]$/u.test(tokens[k].norm)) k++;
  if (k >= tokens.length || tokens[k].kind !== 'arabic') return null;
  const w = tokens[k].norm;
  const according = lists.accordingTo.has(w);
  const verb = isSpeechVerb(doc, tokens[k]) && !/^[وف]/u.test(w) && !isSpeechParticiple(doc, tokens[k]);
  if (!according && !verb) return null;
  let end = k + 1;
  // «بحسب ما قاله», «وفق ما أعلنه», «على حد قوله»
  while (end < tokens.length && end - k < 3 && tokens[end].kind === 'arabic' && (tokens[end].norm === 'ما' || (classAt(doc, end) & WordClass.SpeechVerb) !== 0)) end++;
  const limit = Math.min(tokens.length, end + MAX_SUBJECT);
  const s = subjectAfter(ctx, end - 1, limit);
  let stop = end;
  while (stop < limit && tokens[stop].sentence === tokens[k].sentence) stop++;
  return { ...s, how: s.speaker ? 'trailing' : s.how, verb: tokens[k], channel: channelIn(ctx, end, stop) };
}

/**
 * The subject of the speech verb at k, among the words before `limit`: a named entity starting
 * right after the verb (after adverbs such as «أيضا», and a title chain), a title whose person
 * was named earlier («الوزيرة»), an unnamed source («مصدر أمني»), or a named entity ending
 * right before the verb («الجيش الإسرائيلي قال»). None: the verb continues a previous speaker.
 */
function subjectAfter(ctx: Ctx, k: number, limit: number): Omit<Attribution, 'verb' | 'channel'> {
  const { doc, startsAt, endsAt } = ctx;
  const { tokens, lists } = doc;
  const sentence = tokens[k].sentence;
  let j = k + 1;
  // Words other than adverbs, addressees and channels between the verb and its quotation
  // («كتب عليها "…"» is a passive with its own complement): the verb does not continue a speaker.
  let other = false;
  // Skip adverbs, addressees and channel phrases before the subject: «قال أيضا», «قال لرويترز»,
  // «قال للصحفيين».
  for (let steps = 0; j < limit && steps < 8 && tokens[j].sentence === sentence; steps++) {
    const channel = channelAt(ctx, j, limit);
    if (channel) {
      j = channel.next;
      continue;
    }
    if (ctx.dates[j]) {
      j++;
      continue;
    }
    const m = startsAt.get(j);
    if (m) {
      // An outlet after «ل» is the channel, not the subject: «قال لرويترز».
      if (m.type === 'org' && afterL(m, tokens[j])) {
        j = m.to;
        continue;
      }
      return { speaker: m, source: null, how: 'subject', continues: false };
    }
    const t = tokens[j];
    if (t.kind !== 'arabic') break;
    const c = classAt(doc, j);
    if (c & WordClass.Complementizer) break;
    if (isSpeechParticiple(doc, t) || ADVERBS.has(t.norm) || t.norm.length <= 2 || (/^ل/u.test(t.norm) && t.norm.length > 3 && !(c & WordClass.Title))) {
      j++;
      continue;
    }
    if (c & (WordClass.Title | WordClass.PersonNoun)) {
      const byTitle = personByTitle(ctx, t);
      if (byTitle) return { speaker: byTitle, source: null, how: 'title', continues: false };
      return sourceOrApposition(ctx, j, limit);
    }
    // «وقال البنك في بيان»: the head noun of an organisation named before.
    const byHead = t.norm.startsWith('ال') ? orgByHead(ctx, t) : null;
    if (byHead) return { speaker: byHead, source: null, how: 'title', continues: false };
    if (!(c & WordClass.Function) && !lists.channelNouns.has(t.norm)) {
      // A plain noun: an unnamed source («مصدر أمني», «مسؤولون»).
      return sourceOrApposition(ctx, j, limit);
    }
    other = true;
    j++;
  }
  // The subject before the verb: «الجيش الإسرائيلي قال», «وكان رئيس الوزراء … قد أكد».
  let b = k;
  while (b > 0 && tokens[b - 1].kind === 'arabic' && (tokens[b - 1].norm === 'قد' || tokens[b - 1].norm === 'لقد') && tokens[b - 1].sentence === sentence) b--;
  const before = endsAt.get(b);
  if (before && before.type !== 'place' && tokens[before.from].sentence === sentence) return { speaker: before, source: null, how: 'subject-before', continues: false };
  return { speaker: null, source: null, how: null, continues: !other };
}

/**
 * An unnamed source («مصدر أمني»), unless a named person follows in apposition: «وقال دفاع
 * المتهم، المحامي أشرف عبد العزيز، إنه …» is the lawyer speaking.
 */
function sourceOrApposition(ctx: Ctx, j: number, limit: number): Omit<Attribution, 'verb' | 'channel'> {
  const { doc, startsAt } = ctx;
  const { tokens } = doc;
  let end = j + 1;
  while (end < limit && end - j < 4 && !channelAt(ctx, end, limit)) end++;
  const phrase = nounPhrase(doc, j, end);
  let e = j;
  while (e < tokens.length && tokens[e].end <= phrase.end) e++;
  for (let a = e; a < Math.min(limit, e + 8); a++) {
    const t = tokens[a];
    if (t.sentence !== tokens[j].sentence || classAt(doc, a) & WordClass.Complementizer) break;
    const m = startsAt.get(a);
    if (m && m.type === 'person') return { speaker: m, source: null, how: 'subject', continues: false };
    // Only across a comma or a title chain: «، المحامي أشرف …», «عضو اللجنة عن الحزب … شيروان».
    if (t.kind === 'punct' && t.norm !== '،' && t.norm !== ',') break;
  }
  return { speaker: null, source: phrase, how: null, continues: false };
}

/**
 * The organisation named earlier whose head noun a definite noun repeats: «البنك» after «البنك
 * المركزي التركي», «الوزارة» after «وزارة الصحة». The most recent one wins.
 */
function orgByHead(ctx: Ctx, t: Token): LinkedMention | null {
  const { doc } = ctx;
  const stem = t.norm.replace(/^[وف]?ال/u, '');
  if (stem.length < 3 || !doc.gazetteer.orgHeads.has(stem)) return null;
  return lastBefore(ctx, t, (m) => m.type === 'org' && doc.tokens[m.from].norm.replace(/^[وفبلك]*(ال)?/u, '') === stem);
}

/** How many mentions back a title or head noun may refer: a bound that keeps long texts linear. */
const MAX_REFERENCE_BACK = 60;

/** The most recent mention before token t (within MAX_REFERENCE_BACK mentions) that passes `test`. */
function lastBefore(ctx: Ctx, t: Token, test: (m: LinkedMention) => boolean): LinkedMention | null {
  const { mentions } = ctx;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < t.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - MAX_REFERENCE_BACK; i--) if (test(mentions[i])) return mentions[i];
  return null;
}

/** Adverbs that may stand between a speech verb and what it reports: «وأضاف أيضا», «وقال بدوره». */
const ADVERBS = new Set(['ايضا', 'كذلك', 'بدوره', 'بدورها', 'لاحقا', 'مجددا', 'مرة', 'اخري', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'من', 'حينها', 'يومها', 'عندها', 'قائلا', 'قائله']);

/** Words that end an unnamed source's noun phrase: prepositions and particles. */
const CLAUSE_WORDS = new Set(['في', 'من', 'علي', 'الي', 'عن', 'مع', 'ل', 'بعد', 'قبل', 'عند', 'خلال', 'لدي', 'او', 'ثم', 'قد', 'لقد', 'ايضا', 'امس', 'اليوم', 'الذي', 'التي', 'الذين', 'ان', 'انه', 'بان']);

/** The words of an unnamed source: up to the complementizer, a comma or the quotation. */
function nounPhrase(doc: Doc, j: number, limit: number): { start: number; end: number } {
  const { tokens, lists } = doc;
  let e = j + 1;
  // The noun and what qualifies it: adjectives («مصدر أمني», «مصادر مطلعة») and complements.
  while (e < limit && e - j < 4 && tokens[e].kind === 'arabic' && tokens[e].sentence === tokens[j].sentence &&
    !(classAt(doc, e) & (WordClass.Complementizer | WordClass.SpeechVerb)) && !CLAUSE_WORDS.has(tokens[e].norm) && !lists.channelNouns.has(tokens[e].norm)) e++;
  return { start: afterClitic(tokens[j], doc), end: tokens[e - 1].end };
}

function afterClitic(t: Token, doc: Doc): number {
  return /^[وفل]/u.test(t.norm) && doc.lists.classOf(t.norm.slice(1)) !== 0 && !doc.lists.functionWords.hasExact(t.norm) ? doc.matching.start[t.nStart + 1] : t.start;
}

/** The last person named before token t whose role holds t's title («الوزيرة» → «وزيرة النقل …»). */
function personByTitle(ctx: Ctx, t: Token): LinkedMention | null {
  const stem = t.norm.replace(/^[وف]?(ال)?/u, '');
  if (stem.length < 3) return null;
  return lastBefore(ctx, t, (m) => m.type === 'person' && (ctx.roleWords.get(m.entityId)?.has(stem) ?? false));
}


/**
 * The channel of a statement between the verb and the quotation or complementizer: an outlet
 * with ل («لرويترز», «لتلفزيون "واي نت"», «لوكالة فرانس برس»), or a channel noun with في/عبر/خلال
 * («في بيان», «في تغريدة على تويتر», «خلال مؤتمر صحفي»).
 */
function channelIn(ctx: Ctx, from: number, to: number): { start: number; end: number } | null {
  for (let j = from; j < to && j < ctx.doc.tokens.length; j++) {
    const c = channelAt(ctx, j, to);
    if (c) return c;
  }
  return null;
}

/** A channel phrase starting at token j (before token `to`), with the token after it; or null. */
function channelAt(ctx: Ctx, j: number, to: number): { start: number; end: number; next: number } | null {
  const { doc, startsAt } = ctx;
  const { tokens, lists } = doc;
  const t = tokens[j];
  if (t.kind !== 'arabic') return null;
  const lStart = () => t.start + (t.norm.startsWith('و') ? 1 : 0);
  const m = startsAt.get(j);
  if (m && m.type === 'org' && afterL(m, t) && m.gazetteer?.kind === 'media') {
    return { start: lStart(), end: m.end, next: m.to };
  }
  // «لـ"الاقتصادية"», «لـ«الشرق الأوسط»»: an outlet named in marks after a bare ل.
  if (/^و?ل$/u.test(t.norm) && j + 1 < tokens.length && doc.tokenQuote[j + 1] < 0 && /^["«“]$/u.test(tokens[j + 1].norm)) {
    let e = j + 2;
    while (e < tokens.length && e - j <= MAX_CHANNEL && !/^["»”]$/u.test(tokens[e].norm)) e++;
    if (e < tokens.length && e - j <= MAX_CHANNEL && e > j + 2) return { start: lStart(), end: tokens[e].end, next: e + 1 };
  }
  if (/^[و]?ل/u.test(t.norm) && lists.mediaHeads.hasExact(t.norm.replace(/^و?ل/u, ''))) {
    // «لتلفزيون "واي نت"», «لوكالة فرانس برس», «لقناة الجزيرة»: the head and the outlet's name.
    const named = startsAt.get(j + 1);
    let e = j + 1;
    if (named && named.type === 'org') e = named.to;
    else {
      while (e < to && e - j <= MAX_CHANNEL && tokens[e].kind !== 'arabic' && tokens[e].norm !== '،') e++;
      while (e < to && e - j <= MAX_CHANNEL && (tokens[e].kind === 'arabic' || tokens[e].kind === 'latin') && !(classAt(doc, e) & (WordClass.Complementizer | WordClass.SpeechVerb))) e++;
    }
    if (e < tokens.length && /^["»”]$/u.test(tokens[e].norm) && doc.tokenQuote[e - 1] >= 0) e++;
    return { start: lStart(), end: tokens[e - 1].end, next: e };
  }
  if ((t.norm === 'في' || t.norm === 'عبر' || t.norm === 'خلال' || t.norm === 'اثناء') && j + 1 < to && lists.channelNouns.has(tokens[j + 1].norm)) {
    // The channel noun, its adjectives («مؤتمر صحفي مشترك», «كلمة متلفزة») and where it was
    // published: «في تغريدة على تويتر», «في تصريح لوكالة "إرنا"», «في تصريح لـ"الشرق الأوسط"».
    let e = j + 2;
    while (e < to && e - j < MAX_CHANNEL && isAdjective(doc, e, j + 1)) e++;
    if (e < to) {
      const outlet = channelAt(ctx, e, to) ?? platformAt(ctx, e, to);
      if (outlet) return { start: t.start, end: outlet.end, next: outlet.next };
    }
    return { start: t.start, end: tokens[e - 1].end, next: e };
  }
  // «للصحفيين», «لوسائل الإعلام»: the audience a statement was made to.
  if (/^و?ل/u.test(t.norm) && (lists.audiences.hasExact(t.norm.replace(/^و?لل?/u, '')) || lists.audiences.hasExact(t.norm.replace(/^و?ل/u, '')))) {
    const two = j + 1 < to && lists.audiences.hasExact(tokens[j + 1].norm) ? j + 2 : j + 1;
    return { start: lStart(), end: tokens[two - 1].end, next: two };
  }
  return platformAt(ctx, j, to);
}

/**
 * Does the mention starting at token t carry the preposition ل: «لرويترز» (the span leaves the
 * ل out), «للجزيرة» (ل fused with the article: the span keeps «لل»)?
 */
function afterL(m: LinkedMention, t: Token): boolean {
  return (m.start > t.start && /^و?ل/u.test(t.norm)) || (/^و?لل/u.test(t.norm) && !!m.gazetteer && /^ال/u.test(m.gazetteer.name));
}

/**
 * «على تلغرام», «على منصة إكس», «عبر حسابه على تويتر», «على حسابه في إنستغرام»: a platform or an
 * account on one, after على/عبر.
 */
function platformAt(ctx: Ctx, j: number, to: number): { start: number; end: number; next: number } | null {
  const { doc, startsAt } = ctx;
  const { tokens, lists } = doc;
  if (tokens[j].norm !== 'علي' && tokens[j].norm !== 'عبر') return null;
  for (let e = j + 1; e < to && e - j <= 4 && tokens[e].sentence === tokens[j].sentence; e++) {
    const m = startsAt.get(e);
    if (m && m.type === 'org' && m.gazetteer?.kind === 'media') return { start: tokens[j].start, end: m.end, next: m.to };
    const w = tokens[e].norm;
    if (tokens[e].kind !== 'arabic' || !(lists.mediaHeads.has(w) || w === 'في' || w === 'علي' || w === 'عبر')) return null;
  }
  return null;
}

/**
 * An adjective of the channel noun at `noun`: «مؤتمر صحفي مشترك», «كلمة متلفزة», «مؤتمره الصحفي
 * الأسبوعي». A relational (-ي) or participle (مـ) form that agrees with the noun in definiteness
 * (a noun with the article or a pronoun takes a definite adjective), and not a verb or particle.
 */
function isAdjective(doc: Doc, e: number, noun: number): boolean {
  const t = doc.tokens[e];
  if (t.kind !== 'arabic' || t.sentence !== doc.tokens[noun].sentence || CLAUSE_WORDS.has(t.norm)) return false;
  if (classAt(doc, e) & (WordClass.Complementizer | WordClass.SpeechVerb)) return false;
  const n = doc.tokens[noun].norm;
  const nounDefinite = n.startsWith('ال') || /(ه|ها|هم|هما)$/u.test(n) && !doc.lists.channelNouns.hasExact(n);
  const definite = t.norm.startsWith('ال');
  if (definite !== nounDefinite) return false;
  const stem = definite ? t.norm.slice(2) : t.norm;
  return stem.length >= 4 && (/(ي|يه|يين|يون|يات)$/u.test(stem) || (stem.startsWith('م') && stem.length >= 5));
}

