/**
 * Evaluation set for `amana diff`: builds (original, copy) pairs with KNOWN alterations from real articles.
 *
 * Independent of the diff engine: it imports no amana code and uses its own vocabulary (./alterations.ts).
 * Deterministic: a seeded mulberry32 PRNG drives every choice; same articles + seed -> same pairs.
 *
 * Model: each pair starts from a base text B (an article, verbatim). Every alteration is a set of edits
 * on B, each edit holding the text it has in the ORIGINAL and in the COPY (usually original = B's slice;
 * for "mirrored" alterations such as removed-epithet the original holds the inserted material and the copy
 * is B). Edits never overlap and keep >= 3 words between them; the two texts are assembled left to right
 * and every gold span is computed from the assembled offsets, then checked.
 */
import { VOCAB, type GroupForm, type Side } from './alterations.js';

export type Category =
  | 'cosmetic'
  | 'inserted-epithet'
  | 'removed-epithet'
  | 'loaded-substitution'
  | 'number-change'
  | 'date-change'
  | 'quote-change'
  | 'speaker-change'
  | 'attribution-removed'
  | 'attribution-added'
  | 'sentence-added'
  | 'sentence-removed'
  | 'reworded';

/** Label priority when one edit could be two things (first that applies wins). */
export const CATEGORY_PRIORITY: Category[] = [
  'inserted-epithet', 'removed-epithet', 'loaded-substitution', 'date-change', 'number-change', 'speaker-change',
  'quote-change', 'attribution-removed', 'attribution-added', 'sentence-added', 'sentence-removed', 'reworded', 'cosmetic',
];
export const COSMETIC_KINDS = ['diacritics', 'hamza', 'digits', 'punctuation', 'whitespace', 'moved', 'boilerplate'] as const;
export type CosmeticKind = (typeof COSMETIC_KINDS)[number];
export type Verdict = 'faithful' | 'cosmetic' | 'edited' | 'manipulated';

export interface GoldSpan { start: number; end: number; text: string }
export interface GoldChange { category: Category; kind?: string; original: GoldSpan | null; copy: GoldSpan | null; note: string }
export interface Pair {
  id: string;
  article: string;
  original: string;
  copy: string;
  changes: GoldChange[];
  verdict: Verdict;
  recipe: string;
}
export interface ArticleIn { id: string; text: string; title?: string }

export const DEFAULT_SEED = 20150721;
export const MANIPULATED: Category[] = [
  'inserted-epithet', 'removed-epithet', 'loaded-substitution', 'number-change', 'date-change', 'quote-change',
  'speaker-change', 'attribution-removed',
];
export const EDITED: Category[] = ['attribution-added', 'sentence-added', 'sentence-removed', 'reworded'];

/** The verdict rule, from the gold changes alone. */
export function verdictOf(changes: GoldChange[]): Verdict {
  if (changes.some((c) => MANIPULATED.includes(c.category))) return 'manipulated';
  if (changes.some((c) => EDITED.includes(c.category))) return 'edited';
  if (changes.some((c) => c.category === 'cosmetic' && c.kind !== 'whitespace' && c.kind !== 'boilerplate')) return 'cosmetic';
  return 'faithful';
}

// ---------------------------------------------------------------- PRNG

class Rng {
  private a: number;
  constructor(seed: number) { this.a = seed >>> 0; }
  float(): number {
    this.a = (this.a + 0x6d2b79f5) | 0;
    let t = Math.imul(this.a ^ (this.a >>> 15), 1 | this.a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number { return Math.floor(this.float() * n); }
  range(lo: number, hi: number): number { return lo + this.int(hi - lo + 1); }
  chance(p: number): boolean { return this.float() < p; }
  pick<T>(a: readonly T[]): T { return a[this.int(a.length)]; }
  shuffle<T>(a: readonly T[]): T[] {
    const r = a.slice();
    for (let i = r.length - 1; i > 0; i--) { const j = this.int(i + 1); [r[i], r[j]] = [r[j], r[i]]; }
    return r;
  }
}

// ---------------------------------------------------------------- text helpers

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
const LETTER_RE = /[\p{L}\p{M}]/u;
const TASHKEEL_G = /[\u064B-\u0652\u0670]/g;
const TASHKEEL_1 = /[\u064B-\u0652\u0670]/;
const EAST = '٠١٢٣٤٥٦٧٨٩';
const QUOTE_CHARS = /[«»“”"„]/;
const toWestern = (s: string): string => s.replace(/[٠-٩]/g, (d) => String(EAST.indexOf(d)));
const toEastern = (s: string): string => s.replace(/[0-9]/g, (d) => EAST[Number(d)]);
const hasDigit = (s: string): boolean => /[0-9٠-٩]/.test(s);
const isNumTok = (s: string): boolean => /^[0-9٠-٩]+$/.test(s);
const numVal = (s: string): number => Number(toWestern(s));
function norm(s: string): string {
  return s.replace(TASHKEEL_G, '').replace(/\u0640/g, '').replace(/[أإآ]/g, 'ا').replace(/\s+/g, ' ').trim();
}
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, n = 60): string => { const t = squash(s); return t.length > n ? t.slice(0, n) + '…' : t; };

const setOf = (a: readonly string[]): Set<string> => new Set(a);
const FIRST_M = setOf(VOCAB.firstNamesM);
const FIRST_F = setOf(VOCAB.firstNamesF);
const TITLE_M = setOf(VOCAB.personTitles.m);
const TITLE_F = setOf(VOCAB.personTitles.f);
const NAME_STOP = setOf(VOCAB.nameStop);
const ABD = setOf(['الله', 'الرحمن', 'العزيز', 'الكريم', 'الرحيم', 'المحسن', 'اللطيف', 'الإله', 'المجيد', 'الحميد', 'الملك', 'الوهاب', 'الرزاق', 'الغني', 'السلام', 'الحكيم', 'الفتاح', 'العظيم', 'القادر', 'المنعم', 'الهادي', 'الناصر', 'ربه', 'الحليم', 'الخالق', 'الواحد', 'الستار', 'العليم', 'الصمد', 'المطلب', 'الجليل', 'الباسط', 'الرؤوف', 'المعين', 'الودود']);
const isAbdName = (w: string): boolean => w.startsWith('عبد') && w.length > 5 && ABD.has('ال' + w.slice(5)) || (w.startsWith('عبد') && ABD.has(w.slice(3)));
const isFirstName = (w: string): boolean => FIRST_M.has(w) || FIRST_F.has(w) || isAbdName(w);
const INSTITUTION = setOf(VOCAB.institutions);
/** Corpus token frequencies (set by constructPairs) used to tell family names from common words. */
let FREQ = new Map<string, number>();
const freq = (w: string): number => FREQ.get(w) ?? 0;
/** A word after a given name that is plausibly part of the name (not a common noun / verb). */
function surnameLike(w: string): boolean {
  if (isFirstName(w) || w.startsWith('عبد')) return true;
  // a nisba whose feminine is frequent is an adjective («السعودي / السعودية», «القيادي»), not a family name («الغامدي»)
  if (w.startsWith('ال')) return /ي$/.test(w) ? freq(w + 'ة') <= freq(w) * 0.25 + 2 : !/ة$/.test(w) && freq(w) < 25 && freq(w.slice(2)) < 25;
  if ((/^[يتن]/.test(w) && w.length >= 4) || w.startsWith('است') || w.length <= 3) return false;
  if (w.endsWith('ا') && freq(w.slice(0, -1)) >= 5) return false; // «مثالا»
  return freq('ال' + w) < 2 && freq(w) < 40;
}
/** Given names that are also common words («حسن الخاتمة», «صالح العام»): they need a clear family name after them. */
const AMBIG_FIRST = setOf(['حسن', 'صالح', 'سعيد', 'جميل', 'كريم', 'عادل', 'ناصر', 'منصور', 'سالم', 'هادي', 'راشد', 'نبيل', 'سامي', 'فارس', 'شريف', 'عزيز', 'كمال', 'جمال', 'رضا', 'هلال', 'علي', 'مبارك', 'حامد', 'ماجد', 'فهد', 'بدر', 'خليل', 'حبيب', 'غانم', 'صقر', 'ذياب', 'نادر', 'رائد', 'زكي', 'وحيد', 'مسعود', 'ضياء', 'علاء', 'جلال', 'أمجد', 'أكرم', 'أنور', 'منى', 'أسماء', 'إيمان', 'وفاء', 'سلوى', 'دلال', 'حنان', 'نوال', 'ليلى']);
const PARTICLES = setOf(['بن', 'بنت', 'ابن', 'آل', 'أبو', 'أبي', 'أبا', 'عبد', 'ولد', 'ال', 'أم']);

const SPEECH = new Set<string>();
for (const v of VOCAB.speechVerbs) for (const f of [v, 'و' + v, v + 'ت', 'و' + v + 'ت', 'ف' + v]) SPEECH.add(f);
for (const v of VOCAB.speechCircum) SPEECH.add(v);

interface MonthEntry { sys: 'g' | 'l' | 'h'; idx: number; words: string[]; canon: string; ambiguous: boolean }
const MONTHS: MonthEntry[] = [];
VOCAB.gregorianMonths.forEach((vs, idx) => vs.forEach((v) => MONTHS.push({ sys: 'g', idx, words: v.split(' '), canon: vs[0], ambiguous: false })));
VOCAB.levantineMonths.forEach((vs, idx) => vs.forEach((v) => MONTHS.push({ sys: 'l', idx, words: v.split(' '), canon: vs[0], ambiguous: v === 'نيسان' || v === 'آب' })));
VOCAB.hijriMonths.forEach((vs, idx) => vs.forEach((v) => MONTHS.push({ sys: 'h', idx, words: v.split(' '), canon: vs[0], ambiguous: ['محرم', 'رجب', 'شعبان', 'رمضان'].includes(v) })));
MONTHS.sort((a, b) => b.words.length - a.words.length);
const MONTH_WORD = new Set(MONTHS.map((m) => m.words[0]));
const MONTH_COUNT = { g: 12, l: 12, h: VOCAB.hijriMonths.length };
const monthCanon = (sys: 'g' | 'l' | 'h', idx: number): string =>
  (sys === 'g' ? VOCAB.gregorianMonths : sys === 'l' ? VOCAB.levantineMonths : VOCAB.hijriMonths)[idx][0];
const WEEKDAY = new Map<string, number>();
VOCAB.weekdays.forEach((vs, i) => vs.forEach((v) => WEEKDAY.set(v, i)));
const DATE_AFTER = setOf(VOCAB.dateAfter);
const YEAR_BEFORE = setOf(VOCAB.yearBefore);
const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
const EPITHET_FORMS = new Set<string>();
for (const e of VOCAB.groupEpithets) for (const f of [e.sgM, e.sgF, e.plNom, e.plAcc]) EPITHET_FORMS.add(f);
for (const e of VOCAB.personEpithets) { EPITHET_FORMS.add(e.m.split(' ')[0]); EPITHET_FORMS.add(e.f.split(' ')[0]); }
const LOADED_WORDS = new Set<string>();
for (const p of VOCAB.loaded) for (const w of (p.neutral + ' ' + p.loaded).split(' ')) if (w.length > 3) LOADED_WORDS.add(w);
const ATTRIB_TRIGGER = /(^|[\s،,(])(و?(?:بحسب|حسب|حسبما|وفقا|وفقاً|وفقًا|طبقا|طبقاً|نقلا|نقلاً))(?=\s)/g;
const ATTRIB_WORDS = /(بحسب|حسب|وفقا|وفقاً|وفقًا|نقلا|نقلاً|طبقا|مصادر|مصدر|وكالة|بيان|لـ|رويترز|واس|صحيفة|قناة|تصريح)/;
const clitic = (P: string, phrase: string): string => (P.endsWith('ل') && phrase.startsWith('ال') ? P + phrase.slice(1) : P + phrase);

// ---------------------------------------------------------------- document analysis

interface Tok { s: number; e: number; w: string }
interface Line { s: number; e: number }
interface Sent { s: number; e: number; line: number; term: boolean; firstInLine: boolean; lastInLine: boolean; idx: number }
interface Quote { open: number; close: number; direct: boolean; content: number }

class Doc {
  readonly toks: Tok[] = [];
  readonly lines: Line[] = [];
  readonly sents: Sent[] = [];
  readonly quotes: Quote[] = [];
  readonly storyLine: number;
  private _persons: PersonHit[] | null = null;
  private _norm: string | null = null;
  get normText(): string { return (this._norm ??= norm(this.text)); }

  constructor(readonly text: string) {
    for (const m of text.matchAll(WORD_RE)) this.toks.push({ s: m.index!, e: m.index! + m[0].length, w: m[0] });
    let s = 0;
    for (;;) {
      const k = text.indexOf('\n', s);
      if (k < 0) { this.lines.push({ s, e: text.length }); break; }
      this.lines.push({ s, e: k });
      s = k + 1;
    }
    this.lines.forEach((l) => this.findQuotes(l));
    this.quotes.sort((a, b) => a.open - b.open);
    this.lines.forEach((l, i) => this.splitSentences(l, i));
    // the first line is a dateline / credit line when it is short and has no full sentence
    const firstLine = this.lines.findIndex((l) => text.slice(l.s, l.e).trim() !== '');
    let story = Math.max(0, firstLine);
    const l0 = this.lines[story];
    if (l0) {
      const n = this.tokIndexFrom(l0.e) - this.tokIndexFrom(l0.s);
      const hasFull = this.sents.some((x) => x.line === story && x.term);
      if (n <= 8 && !hasFull) story++;
    }
    this.storyLine = story;
    const lastFull = this.sents.filter((x) => x.term).pop();
    this.storyEnd = lastFull ? lastFull.e : text.length;
    const first = (this.text.match(/(^|[^\p{L}])(أنا|إنني|أنني|نحن|إننا|لنا|علينا|لدينا|أتمنى|أعتقد|أرى)(?=$|[^\p{L}])/gu) ?? []).length;
    let speech = 0;
    for (const t of this.toks) if (SPEECH.has(t.w)) speech++;
    this.newsy = speech >= 3 && first === 0;
  }
  /** End of the last full sentence: what follows (tag lists, author lines) is left alone. */
  readonly storyEnd: number;
  /** Looks like a news report (speech verbs, no first person): wire credits and sources fit it. */
  readonly newsy: boolean;

  /** Index of the first token that starts at or after pos. */
  tokIndexFrom(pos: number): number {
    let lo = 0, hi = this.toks.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (this.toks[m].s < pos) lo = m + 1; else hi = m; }
    return lo;
  }
  /** Index of the token containing pos, or -1. */
  tokAt(pos: number): number {
    const i = this.tokIndexFrom(pos + 1) - 1;
    return i >= 0 && this.toks[i].s <= pos && pos < this.toks[i].e ? i : -1;
  }
  /** Number of whole words inside [a, b]. */
  wordsBetween(a: number, b: number): number {
    if (b <= a) return 0;
    const i = this.tokIndexFrom(a);
    let n = 0;
    for (let k = i; k < this.toks.length && this.toks[k].e <= b; k++) n++;
    return n;
  }
  sep(i: number): string { return i <= 0 ? '' : this.text.slice(this.toks[i - 1].e, this.toks[i].s); }
  lineOf(pos: number): number {
    let lo = 0, hi = this.lines.length - 1;
    while (lo < hi) { const m = (lo + hi + 1) >> 1; if (this.lines[m].s <= pos) lo = m; else hi = m - 1; }
    return lo;
  }
  /** True when [s, e) touches any quotation (marks included). */
  inQuote(s: number, e: number): boolean {
    return this.quotes.some((q) => s <= q.close && q.open < Math.max(e, s + 1));
  }
  /** The innermost quotation whose content holds [s, e). */
  quoteHolding(s: number, e: number): Quote | undefined {
    let best: Quote | undefined;
    for (const q of this.quotes) if (q.open < s && e <= q.close && (!best || q.open > best.open)) best = q;
    return best;
  }
  persons(): PersonHit[] { return (this._persons ??= findPersons(this)); }

  private findQuotes(l: Line): void {
    const t = this.text;
    const add = (open: number, close: number): void => {
      const content = this.wordsBetween(open + 1, close);
      this.quotes.push({ open, close, content, direct: false });
    };
    const stack: number[] = [];
    const curlyOpen = t.slice(l.s, l.e).includes('“');
    let curly = -1, ascii = -1;
    const asciiCount = (t.slice(l.s, l.e).match(/"/g) ?? []).length;
    for (let k = l.s; k < l.e; k++) {
      const ch = t[k];
      if (ch === '«') stack.push(k);
      else if (ch === '»') { const o = stack.pop(); if (o !== undefined) add(o, k); }
      else if (ch === '“' && curlyOpen) curly = k;
      else if (ch === '”') {
        if (curlyOpen) { if (curly >= 0) { add(curly, k); curly = -1; } }
        else if (curly < 0) curly = k; else { add(curly, k); curly = -1; }
      } else if (ch === '"' && asciiCount % 2 === 0) {
        if (ascii < 0) ascii = k; else { add(ascii, k); ascii = -1; }
      }
    }
    for (const q of this.quotes) if (q.open >= l.s && q.close < l.e) q.direct = q.content >= 5 && this.speechCue(q, l);
  }

  private speechCue(q: Quote, l: Line): boolean {
    const before = this.text.slice(Math.max(l.s, q.open - 90), q.open);
    if (/:\s*$/.test(before)) return true;
    const words = before.match(WORD_RE) ?? [];
    if (words.slice(-12).some((w) => SPEECH.has(w))) return true;
    const after = this.text.slice(q.close + 1, Math.min(l.e, q.close + 30)).match(WORD_RE) ?? [];
    return after.slice(0, 2).some((w) => SPEECH.has(w) || w === 'بحسب');
  }

  private splitSentences(l: Line, li: number): void {
    const t = this.text;
    const TERM = '.!?؟…';
    const out: { s: number; e: number; term: boolean }[] = [];
    let start = l.s;
    while (start < l.e && /\s/.test(t[start])) start++;
    for (let k = start; k < l.e; k++) {
      if (!TERM.includes(t[k])) continue;
      let j = k;
      while (j + 1 < l.e && TERM.includes(t[j + 1])) j++;
      const q = this.quotes.find((x) => x.open < k && k < x.close);
      if (q) {
        // a full stop just before a closing mark ends the sentence after the mark
        if (q.close === j + 1 && this.quotes.every((x) => x === q || !(x.open < q.close && q.close < x.close))) j = q.close;
        else { k = j; continue; }
      }
      if (j + 1 < l.e && !/\s/.test(t[j + 1])) { k = j; continue; }
      if (t[k] === '.' && j === k) {
        const ti = this.tokAt(k - 1);
        if (ti >= 0 && this.toks[ti].e === k && this.toks[ti].w.length === 1) { k = j; continue; } // «د.» «أ.»
      }
      if (j + 1 > start) out.push({ s: start, e: j + 1, term: true });
      start = j + 1;
      while (start < l.e && /\s/.test(t[start])) start++;
      k = start - 1;
    }
    let end = l.e;
    while (end > start && /\s/.test(t[end - 1])) end--;
    if (end > start) out.push({ s: start, e: end, term: false });
    out.forEach((x, i) =>
      this.sents.push({ ...x, line: li, firstInLine: i === 0, lastInLine: i === out.length - 1, idx: this.sents.length }),
    );
  }
}

// ---------------------------------------------------------------- people and groups

interface PersonHit { s: number; e: number; name: string; g: 'm' | 'f'; side: Side | null; via: 'figure' | 'title' | 'first-name' }
interface GroupHit { s: number; e: number; name: string; form: GroupForm; side: Side }

const FIGURES = VOCAB.figures.map((f) => ({ ...f, words: f.name.split(' ') })).sort((a, b) => b.words.length - a.words.length);
const NISBA = (w: string): boolean => w.startsWith('ال') && /(ي|ية)$/.test(w) && w.length >= 5;

function nameTok(w: string): boolean {
  if (NAME_STOP.has(w) || hasDigit(w) || w.length < 2) return false;
  if (/[\u064B-\u064D]$/.test(w) || w.endsWith('اً')) return false;
  if (/^(بال|لل|وال|فال|كال|لـ)/.test(w)) return false;
  if (w.startsWith('و') && !isFirstName(w)) return false;
  if (MONTH_WORD.has(w) || WEEKDAY.has(w) || TITLE_M.has(w) || TITLE_F.has(w) || SPEECH.has(w)) return false;
  if (EPITHET_FORMS.has(w)) return false;
  return true;
}

function matchWords(doc: Doc, i: number, words: string[]): number {
  const t = doc.toks;
  if (i + words.length > t.length) return -1;
  for (let k = 0; k < words.length; k++) {
    if (t[i + k].w !== words[k]) return -1;
    if (k > 0 && doc.sep(i + k) !== ' ') return -1;
  }
  return i + words.length;
}

function findPersons(doc: Doc): PersonHit[] {
  const t = doc.toks, text = doc.text;
  const hits: PersonHit[] = [];
  const used = new Uint8Array(t.length);
  for (let i = 0; i < t.length; i++) {
    for (const f of FIGURES) {
      const j = matchWords(doc, i, f.words);
      if (j < 0) continue;
      // not glued into a longer name (e.g. «أوباما» inside «باراك أوباما» is taken by the longer entry first)
      hits.push({ s: t[i].s, e: t[j - 1].e, name: f.name, g: f.g, side: f.side, via: 'figure' });
      for (let k = i; k < j; k++) used[k] = 1;
      i = j - 1;
      break;
    }
  }
  for (let i = 0; i < t.length; i++) {
    if (used[i]) continue;
    const w = t[i].w;
    let start = -1, g: 'm' | 'f' = 'm', via: PersonHit['via'] = 'first-name';
    if (TITLE_M.has(w) || TITLE_F.has(w)) {
      let j = i + 1;
      if (j < t.length && NISBA(t[j].w) && doc.sep(j) === ' ') j++;
      if (j < t.length && doc.sep(j) === ' ' && !used[j]) { start = j; g = TITLE_F.has(w) ? 'f' : 'm'; via = 'title'; }
    } else if (isFirstName(w) || (w === 'عبد' && i + 1 < t.length && ABD.has(t[i + 1].w))) {
      start = i;
      g = FIRST_F.has(w) ? 'f' : 'm';
    }
    if (start < 0) continue;
    const first = t[start].w;
    if (!(isFirstName(first) || first === 'عبد')) continue;
    if (FIRST_F.has(first)) g = 'f';
    let k = start + 1;
    while (k < t.length && k - start < 6 && !used[k] && doc.sep(k) === ' ' && (nameTok(t[k].w) || PARTICLES.has(t[k].w))) {
      const w2 = t[k].w, prevW = t[k - 1].w;
      // after a given name (or a particle) anything name-like; after a family name only particles / «ال» names
      if (!PARTICLES.has(w2) && !PARTICLES.has(prevW) && !isFirstName(prevW) && prevW !== 'عبد' && !ABD.has(w2) && !w2.startsWith('ال') && !isFirstName(w2)) break;
      if (!PARTICLES.has(w2) && !ABD.has(w2) && !surnameLike(w2)) break;
      k++;
    }
    while (k - 1 > start && PARTICLES.has(t[k - 1].w)) k--;
    if (AMBIG_FIRST.has(first) && k > start + 1) {
      const w2 = t[start + 1].w;
      const strong = isFirstName(w2) || PARTICLES.has(w2) || w2.startsWith('عبد') || (w2.startsWith('ال') && /ي$/.test(w2) && surnameLike(w2));
      if (!strong) { i = k - 1; continue; }
    }
    const n = k - start - (first === 'عبد' ? 1 : 0);
    if (n < 2) { if (via === 'title') i = start; continue; }
    if (doc.lineOf(t[start].s) !== doc.lineOf(t[k - 1].s)) continue;
    // a first name preceded by an unknown word may be the middle of a longer name («الدكتور عايد علي الحميدان»)
    if (via === 'first-name' && start > 0 && doc.sep(start) === ' ') {
      const pw = t[start - 1].w;
      const ok = NAME_STOP.has(pw) || TITLE_M.has(pw) || TITLE_F.has(pw) || SPEECH.has(pw) || /^(و|ف|ب|ل|لل|وال|بال|ال)/.test(pw) && (pw.startsWith('ال') || pw.length > 3 && /^(وال|بال|لل|فال)/.test(pw)) || hasDigit(pw);
      if (!ok || PARTICLES.has(pw)) { i = k - 1; continue; }
    }
    const before = via === 'title' ? i - 1 : start - 1;
    const bw = before >= 0 ? t[before].w.replace(/^[وبلف]/, '') : '';
    if (before >= 0 && (INSTITUTION.has(bw) || INSTITUTION.has(t[before].w))) { i = k - 1; continue; }
    hits.push({ s: t[start].s, e: t[k - 1].e, name: text.slice(t[start].s, t[k - 1].e), g, side: null, via });
    for (let x = start; x < k; x++) used[x] = 1;
    i = k - 1;
  }
  return hits.sort((a, b) => a.s - b.s);
}

function matchPhrase(doc: Doc, i: number, phrase: string): { P: string; end: number } | null {
  const words = phrase.split(' ');
  const t0 = doc.toks[i].w, w0 = words[0];
  if (t0.length > w0.length + 2 || !t0.endsWith(w0.slice(1))) return null;
  let P: string | null = null;
  for (const p of PROCLITICS) {
    if (t0 === p + w0) { P = p; break; }
    if (p.endsWith('ل') && w0.startsWith('ال') && t0 === p + w0.slice(1)) { P = p; break; }
  }
  if (P === null) return null;
  const j = matchWords(doc, i + 1, words.slice(1));
  if (words.length > 1 && (j < 0 || doc.sep(i + 1) !== ' ')) return null;
  return { P, end: words.length > 1 ? j : i + 1 };
}

function findGroups(doc: Doc): GroupHit[] {
  const hits: GroupHit[] = [];
  const groups = VOCAB.groups.slice().sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (let i = 0; i < doc.toks.length; i++) {
    for (const g of groups) {
      const m = matchPhrase(doc, i, g.name);
      if (!m) continue;
      let end = m.end;
      // «حزب الله اللبناني»: the epithet goes after the nisba adjective(s)
      while (end < doc.toks.length && end - m.end < 2 && doc.sep(end) === ' ' && NISBA(doc.toks[end].w) && !EPITHET_FORMS.has(doc.toks[end].w)) end++;
      hits.push({ s: doc.toks[i].s, e: doc.toks[end - 1].e, name: doc.text.slice(doc.toks[i].s, doc.toks[end - 1].e), form: g.form, side: g.side });
      i = end - 1;
      break;
    }
  }
  return hits;
}

// ---------------------------------------------------------------- alterations

interface Edit { s: number; e: number; o: string; c: string }
type Rel = [number, number, number]; // [edit index in the alteration, start, end] relative to that edit's text
interface CSpec { category: Category; kind: string; note: string; o: Rel | null; c: Rel | null }
interface Alt { category: Category; kind: string; edits: Edit[]; changes: CSpec[]; group?: string; donor?: string }

function replaceAlt(doc: Doc, category: Category, kind: string, s: number, e: number, c: string, note: string): Alt {
  const o = doc.text.slice(s, e);
  return { category, kind, edits: [{ s, e, o, c }], changes: [{ category, kind, note, o: [0, 0, o.length], c: [0, 0, c.length] }] };
}
/** Insert `ins` at pos; the gold span is ins[a, b). Mirrored: the original holds it and the copy does not. */
function insertAlt(category: Category, kind: string, pos: number, ins: string, a: number, b: number, note: string, mirrored: boolean): Alt {
  const edit: Edit = mirrored ? { s: pos, e: pos, o: ins, c: '' } : { s: pos, e: pos, o: '', c: ins };
  return { category, kind, edits: [edit], changes: [{ category, kind, note, o: mirrored ? [0, a, b] : null, c: mirrored ? null : [0, a, b] }] };
}
function deleteAlt(doc: Doc, category: Category, kind: string, s: number, e: number, a: number, b: number, note: string): Alt {
  const o = doc.text.slice(s, e);
  return { category, kind, edits: [{ s, e, o, c: '' }], changes: [{ category, kind, note, o: [0, a, b], c: null }] };
}
/** Replace [s,e) by c where only the words ws..we (absolute, inside [s,e)) are the gold span on the original side. */

interface Pool {
  sentences: { art: string; text: string; n: string }[];
  names: { art: string; name: string; g: 'm' | 'f'; n: string }[];
  titles: { art: string; title: string }[];
  usedDonors: Set<string>;
  bases: Set<string>;
}

interface Ctx { doc: Doc; art: ArticleIn; rng: Rng; pool: Pool }

function pickDonor<T extends { art: string }>(ctx: Ctx, list: T[], ok: (x: T) => boolean): T | null {
  const fresh = list.filter((x) => x.art !== ctx.art.id && !ctx.pool.usedDonors.has(x.art) && !ctx.pool.bases.has(x.art) && ok(x));
  const cand = fresh.length ? fresh : list.filter((x) => x.art !== ctx.art.id && ok(x));
  if (!cand.length) return null;
  return ctx.rng.pick(cand);
}

/** Where edits of a category may go: outside quotations (except quote-change) and after the dateline. */
function free(doc: Doc, s: number, e: number): boolean {
  return inStory(doc, s, e) && !doc.inQuote(s, e);
}
/** Inside the story body: after the dateline, before the tag tail, not in a footer / navigation line. */
function inStory(doc: Doc, s: number, e: number): boolean {
  const li = doc.lineOf(s);
  if (li < doc.storyLine || e > doc.storyEnd || li !== doc.lineOf(Math.max(s, e - 1))) return false;
  const l = doc.lines[li];
  return !/SMS|Stc|Mobily|Zain|@|www\.|http|Next Previous|سمات |للتواصل مع الكاتب/.test(doc.text.slice(l.s, l.e));
}

// ----- cosmetic

function genCosmetic(ctx: Ctx, kind: CosmeticKind): Alt[] {
  const { doc, rng } = ctx;
  const t = doc.toks, text = doc.text;
  const out: Alt[] = [];
  const word = (i: number, c: string, note: string): void => { out.push(replaceAlt(doc, 'cosmetic', kind, t[i].s, t[i].e, c, note)); };
  if (kind === 'diacritics') {
    const strip = rng.chance(0.4) && t.some((x) => TASHKEEL_1.test(x.w));
    for (let i = 0; i < t.length; i++) {
      const w = t[i].w;
      if (hasDigit(w) || !inStory(doc, t[i].s, t[i].e)) continue;
      if (strip) {
        if (TASHKEEL_1.test(w)) word(i, w.replace(TASHKEEL_G, ''), `tashkeel removed: «${w}» → «${w.replace(TASHKEEL_G, '')}»`);
      } else if (VOCAB.diacritized[w]) word(i, VOCAB.diacritized[w], `tashkeel added: «${w}» → «${VOCAB.diacritized[w]}»`);
      else if (VOCAB.tanweenAdverbs.includes(w)) word(i, w + '\u064B', `tanween added: «${w}» → «${w}\u064B»`);
    }
    for (const a of out) a.group = strip ? 'strip' : 'add';
  } else if (kind === 'hamza') {
    for (let i = 0; i < t.length; i++) {
      const w = t[i].w;
      if (hasDigit(w) || TASHKEEL_1.test(w) || !free(doc, t[i].s, t[i].e) || !/^[\u0621-\u064A]+$/.test(w) || (w.length < 3 && w !== 'في')) continue;
      const opts: [string, string][] = [];
      if (/^[أإآ]/.test(w) && w.length >= 3) opts.push(['ا' + w.slice(1), 'hamza on alef dropped']);
      if (w.endsWith('ى') && w.length >= 2) opts.push([w.slice(0, -1) + 'ي', 'final ى written ي']);
      if (w.endsWith('ي') && w.length >= 2 && !w.endsWith('يي')) opts.push([w.slice(0, -1) + 'ى', 'final ي written ى']);
      if (w.endsWith('ة') && w.length >= 3) opts.push([w.slice(0, -1) + 'ه', 'final ة written ه']);
      if (!opts.length) continue;
      const [c, what] = rng.pick(opts);
      word(i, c, `${what}: «${w}» → «${c}»`);
    }
  } else if (kind === 'digits') {
    for (const m of text.matchAll(/[0-9]+(?:[-/.:,][0-9]+)*|[٠-٩]+(?:[-/.:,٫][٠-٩]+)*/g)) {
      const s = m.index!, e = s + m[0].length;
      if (!inStory(doc, s, e)) continue;
      if (LETTER_RE.test(text[s - 1] ?? '') && /[A-Za-z]/.test(text[s - 1] ?? '')) continue;
      if (/[A-Za-z@_]/.test(text[e] ?? '') || /[/:]/.test(text[e] ?? '') && /[A-Za-z]/.test(text[e + 1] ?? '')) continue;
      const east = /[٠-٩]/.test(m[0]);
      const c = east ? toWestern(m[0]) : toEastern(m[0]);
      out.push(replaceAlt(doc, 'cosmetic', kind, s, e, c, `digits ${east ? 'Eastern → Western' : 'Western → Eastern'}: «${m[0]}» → «${c}»`));
    }
  } else if (kind === 'punctuation') {
    for (let i = 1; i < t.length; i++) {
      const sep = doc.sep(i);
      const a = t[i - 1], b = t[i];
      if (!free(doc, a.s, b.e)) continue;
      const o = text.slice(a.s, b.e);
      const boundary = a.w.length >= 3 && b.w.length >= 3 && doc.sents.some((x) => x.e === a.e + 1 && x.term) && doc.sents.some((x) => x.s === b.s);
      if (sep === '، ') {
        const opts: [string, string][] = [[a.w + ' ' + b.w, 'comma removed'], [a.w + ', ' + b.w, 'Arabic comma → Latin comma']];
        const sent = doc.sents.find((x) => x.s <= a.s && b.e <= x.e);
        if (sent && b.w.startsWith('و') && doc.wordsBetween(sent.s, a.e) >= 5 && doc.wordsBetween(b.s, sent.e) >= 5)
          opts.push([a.w + '. ' + b.w, 'sentence split at the comma']);
        const [c, what] = rng.pick(opts);
        out.push(replaceAlt(doc, 'cosmetic', kind, a.s, b.e, c, `${what}: «${o}» → «${c}»`));
      } else if (sep === '. ' && boundary && !isNumTok(a.w)) {
        const c = a.w + '، ' + b.w;
        out.push(replaceAlt(doc, 'cosmetic', kind, a.s, b.e, c, `two sentences merged («.» → «،»): «${o}» → «${c}»`));
      }
    }
  } else if (kind === 'whitespace') {
    for (let i = 1; i < t.length; i++) {
      const sep = doc.sep(i);
      const a = t[i - 1], b = t[i];
      const o = text.slice(a.s, b.e);
      if (!inStory(doc, a.s, a.e) || !inStory(doc, b.s, b.e)) continue;
      if (sep === ' ' && rng.chance(0.5)) {
        const c = a.w + '  ' + b.w;
        out.push(replaceAlt(doc, 'cosmetic', kind, a.s, b.e, c, 'double space between two words'));
      } else if (sep === '. ' && doc.lineOf(a.s) === doc.lineOf(b.s) && a.w.length >= 3 && doc.sents.some((x) => x.e === a.e + 1 && x.term)) {
        const c = a.w + '.\n' + b.w;
        out.push(replaceAlt(doc, 'cosmetic', kind, a.s, b.e, c, 're-wrapped: line break inserted after a sentence'));
      } else if (/^[.!؟?»”"]*\n$/.test(sep)) {
        const c = o.replace('\n', '\n\n');
        out.push(replaceAlt(doc, 'cosmetic', kind, a.s, b.e, c, 'blank line inserted between paragraphs'));
      } else if (/^[.!؟?»”"]*\n \s*$/.test(sep) || /^[.!؟?»”"]*\n\s+$/.test(sep)) {
        const c = o.replace(/\n\s+/, '\n');
        out.push(replaceAlt(doc, 'cosmetic', kind, a.s, b.e, c, 'paragraph indentation removed'));
      }
    }
  } else if (kind === 'moved') {
    const L = doc.lines;
    const isPara = (i: number): boolean => {
      const s = text.slice(L[i].s, L[i].e).trim();
      return i >= doc.storyLine && doc.wordsBetween(L[i].s, L[i].e) >= 12 && /[.!؟?…»”"]$/.test(s) && !/\.\.$/.test(s);
    };
    const paras: number[] = [];
    for (let i = 0; i < L.length - 1; i++) if (isPara(i)) paras.push(i);
    for (const i of paras) {
      if (i === doc.storyLine) continue; // not the first paragraph
      const chunk = text.slice(L[i].s, L[i + 1].s);
      const lead = chunk.length - chunk.trimStart().length;
      const len = text.slice(L[i].s, L[i].e).trim().length;
      for (const j of paras) {
        if (j === i || j === i + 1 || j <= doc.storyLine) continue;
        const alt: Alt = {
          category: 'cosmetic', kind, group: `move-${i}`,
          edits: [{ s: L[i].s, e: L[i + 1].s, o: chunk, c: '' }, { s: L[j].s, e: L[j].s, o: '', c: chunk }],
          changes: [{ category: 'cosmetic', kind, note: `paragraph ${i + 1} moved ${j < i ? 'up' : 'down'} (before paragraph ${j + 1}): «${clip(chunk, 50)}»`, o: [0, lead, lead + len], c: [1, lead, lead + len] }],
        };
        out.push(alt);
      }
    }
  } else if (kind === 'boilerplate') {
    for (let k = 0; k < 3; k++) {
      let line = rng.pick(VOCAB.boilerplate);
      let donor: string | undefined;
      if (line.includes('{title}')) {
        const d = pickDonor(ctx, ctx.pool.titles, () => true);
        if (!d) continue;
        line = line.replace('{title}', d.title);
        donor = d.art;
      }
      const from = donor ? ` (title of ${donor})` : '';
      const alt = rng.chance(0.35)
        ? insertAlt('cosmetic', kind, 0, line + '\n', 0, line.length, `boilerplate line added before the story: «${line}»${from}`, false)
        : insertAlt('cosmetic', kind, text.length, '\n' + line, 1, 1 + line.length, `boilerplate line added after the story: «${line}»${from}`, false);
      out.push({ ...alt, donor });
    }
  }
  return out;
}

// ----- epithets

function genEpithet(ctx: Ctx, mode: 'insert' | 'remove'): Alt[] {
  const { doc, rng } = ctx;
  const cat: Category = mode === 'insert' ? 'inserted-epithet' : 'removed-epithet';
  const mirrored = mode === 'remove';
  const out: Alt[] = [];
  const verb = mode === 'insert' ? 'inserted' : 'removed';
  for (const p of doc.persons()) {
    if (!free(doc, p.s, p.e)) continue;
    const ti = doc.tokIndexFrom(p.s);
    if (ti > 0 && EPITHET_FORMS.has(doc.toks[ti - 1].w)) continue;
    const eps = VOCAB.personEpithets.filter((e) => e.targets.includes('any') || (p.side !== null && e.targets.includes(p.side)));
    const ownSide = p.side ? VOCAB.personEpithets.filter((e) => e.targets.includes(p.side!)) : [];
    const ep = ownSide.length && rng.chance(0.6) ? rng.pick(ownSide) : rng.pick(eps);
    const form = p.g === 'f' ? ep.f : ep.m;
    const r = rng.float();
    if (r < 0.2 && cleanEnd(doc, p.e)) {
      const curse = rng.pick(VOCAB.personCurses);
      const cf = p.g === 'f' ? curse.f : curse.m;
      out.push(insertAlt(cat, 'person-after', p.e, ' ' + cf, 1, 1 + cf.length, `curse «${cf}» ${verb} after «${p.name}» (${p.side ?? p.via})`, mirrored));
    } else if (r < 0.45 && !form.includes(' ')) {
      out.push(insertAlt(cat, 'person-before-glued', p.s, form, 0, form.length, `epithet «${form}» ${verb} glued to «${p.name}» (${p.side ?? p.via})`, mirrored));
    } else {
      out.push(insertAlt(cat, 'person-before', p.s, form + ' ', 0, form.length, `epithet «${form}» ${verb} before «${p.name}» (${p.side ?? p.via})`, mirrored));
    }
  }
  for (const g of findGroups(doc)) {
    if (!free(doc, g.s, g.e)) continue;
    const nx = doc.tokIndexFrom(g.e);
    const next = nx < doc.toks.length && doc.sep(nx) === ' ' ? doc.toks[nx] : null;
    if (next && EPITHET_FORMS.has(next.w)) {
      if (mode === 'remove') {
        // natural: the article already has «داعش الإرهابي»; the copy drops the epithet
        out.push({ ...deleteAlt(doc, cat, 'group-after', g.e, next.e, 1, 1 + next.w.length, `epithet «${next.w}» removed after «${g.name}» (already in the article)`), group: 'natural' });
      }
      continue;
    }
    const eps = VOCAB.groupEpithets.filter((e) => e.targets.includes('any') || e.targets.includes(g.side));
    const own = VOCAB.groupEpithets.filter((e) => e.targets.includes(g.side));
    const ep = own.length && rng.chance(0.5) ? rng.pick(own) : rng.pick(eps);
    const adj = ep[g.form];
    out.push(insertAlt(cat, 'group-after', g.e, ' ' + adj, 1, 1 + adj.length, `epithet «${adj}» ${verb} after «${g.name}» (${g.side})`, mirrored));
  }
  return out;
}

// ----- loaded substitution

function genLoaded(ctx: Ctx): Alt[] {
  const { doc, rng } = ctx;
  const out: Alt[] = [];
  const t = doc.toks;
  const taken = new Uint8Array(t.length);
  const entries: { from: string; to: string; dir: 'to-loaded' | 'to-neutral'; frame: string; notAfter?: string[]; notBefore?: string[] }[] = [];
  for (const p of VOCAB.loaded) {
    entries.push({ from: p.neutral, to: p.loaded, dir: 'to-loaded', frame: p.frame, notAfter: p.notAfter, notBefore: p.notBefore });
    entries.push({ from: p.loaded, to: p.neutral, dir: 'to-neutral', frame: p.frame, notBefore: ['الإسرائيلي', 'الإسرائيلية', 'الإرهابي', 'الإرهابية', 'الإيرانية', 'الإيراني'] });
  }
  entries.sort((a, b) => b.from.split(' ').length - a.from.split(' ').length || b.from.length - a.from.length);
  for (const en of entries) {
    for (let i = 0; i < t.length; i++) {
      if (taken[i]) continue;
      const m = matchPhrase(doc, i, en.from);
      if (!m) continue;
      const s = t[i].s, e = t[m.end - 1].e;
      let bad = false;
      for (let k = i; k < m.end; k++) if (taken[k]) bad = true;
      const prev = i > 0 ? t[i - 1].w : '';
      const next = m.end < t.length && doc.sep(m.end) === ' ' ? t[m.end].w : '';
      if (en.notAfter?.includes(prev) && m.P === '' && doc.sep(i) === ' ') bad = true;
      if (en.notBefore?.includes(next)) bad = true;
      // «قوات الاحتلال الإسرائيلي»: do not touch a term that an adjective continues
      if (en.dir === 'to-neutral' && NISBA(next) && !en.from.includes(' ')) bad = true;
      for (let k = i; k < m.end; k++) taken[k] = 1;
      if (bad || !free(doc, s, e)) continue;
      const oldText = doc.text.slice(s, e);
      const newText = clitic(m.P, en.to);
      out.push({ ...replaceAlt(doc, 'loaded-substitution', en.dir, s, e, newText, `«${oldText}» → «${newText}» (${en.dir}, ${en.frame})`), group: 'natural' });
      i = m.end - 1;
    }
  }
  // synthetic to-neutral: the ORIGINAL carries the loaded label, the copy (= the article) the neutral name
  for (const a of out.slice()) {
    if (a.kind !== 'to-loaded' || !rng.chance(0.5)) continue;
    const ed = a.edits[0];
    const ch = a.changes[0];
    const note = `«${ed.c}» → «${ed.o}» (to-neutral, ${ch.note.replace(/^.*\(to-loaded, /, '').replace(/\)$/, '')}; original built with the loaded label)`;
    out.push({ category: 'loaded-substitution', kind: 'to-neutral', group: 'synthetic', edits: [{ s: ed.s, e: ed.e, o: ed.c, c: ed.o }], changes: [{ ...ch, kind: 'to-neutral', note, o: [0, 0, ed.c.length], c: [0, 0, ed.o.length] }] });
  }
  return out;
}

// ----- numbers

function newInteger(n: number, rng: Rng): number {
  if (n < 10) { let m = n; while (m === n) m = rng.range(1, 12); return m; }
  let k = 0;
  while (k < String(n).length - 1 && n % 10 ** (k + 1) === 0) k++;
  const unit = 10 ** k;
  let m: number;
  if (n < 100 && k === 0) {
    const d = rng.range(2, Math.max(3, Math.round(n * 0.4)));
    m = rng.chance(0.5) || n - d <= 0 ? n + d : n - d;
  } else {
    const f = rng.chance(0.5) ? 1.2 + rng.float() * 0.4 : 0.6 + rng.float() * 0.25;
    m = Math.round((n * f) / unit) * unit;
    if (m === n) m = n + unit;
    if (m <= 0) m = n + unit;
  }
  return m;
}

function changeNumber(str: string, rng: Rng): string | null {
  const east = /[٠-٩]/.test(str);
  const w = toWestern(str);
  let out: string | null = null;
  let mm: RegExpExecArray | null;
  if ((mm = /^(\d{1,3})([,٬])(\d{3}(?:\2\d{3})*)$/.exec(w))) {
    const sep = mm[2];
    const n = Number(w.split(sep).join(''));
    const m = newInteger(n, rng);
    out = String(m).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  } else if ((mm = /^(\d+)([.,٫])(\d+)$/.exec(w))) {
    const [, ip, sep, fp] = mm;
    if (rng.chance(0.5)) {
      let f2 = fp;
      while (f2 === fp) f2 = String(rng.int(10 ** fp.length)).padStart(fp.length, '0');
      if (/^0+$/.test(f2)) f2 = f2.slice(0, -1) + '5';
      out = ip + sep + f2;
    } else out = String(newInteger(Number(ip) || 1, rng)) + sep + fp;
  } else if (/^\d+$/.test(w)) {
    if (w.length > 1 && w.startsWith('0')) return null;
    out = String(newInteger(Number(w), rng));
  }
  if (out === null || out === w) return null;
  return east ? toEastern(out) : out;
}

const isYearLike = (w: string): boolean => /^[0-9٠-٩]{4}$/.test(w) && ((numVal(w) >= 1900 && numVal(w) <= 2099) || (numVal(w) >= 1300 && numVal(w) <= 1499));

function monthAt(doc: Doc, i: number): { m: MonthEntry; P: string; end: number } | null {
  if (i < 0 || i >= doc.toks.length) return null;
  for (const m of MONTHS) {
    const r = matchPhrase(doc, i, m.words.join(' '));
    if (r && ['', 'و', 'ب', 'ل', 'ف', 'وب', 'ول'].includes(r.P)) return { m, P: r.P, end: r.end };
  }
  return null;
}
/** Month just before token i (its last word is token i-1). */
function monthEndingAt(doc: Doc, i: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) { const r = monthAt(doc, k); if (r && r.end === i) return true; }
  return false;
}

function genNumber(ctx: Ctx): Alt[] {
  const { doc, rng } = ctx;
  const text = doc.text, t = doc.toks;
  const out: Alt[] = [];
  for (const m of text.matchAll(/[0-9٠-٩]+(?:[.,٫٬][0-9٠-٩]+)*/g)) {
    const s = m.index!, e = s + m[0].length;
    const str = m[0];
    const b = text[s - 1] ?? ' ', a = text[e] ?? ' ';
    if (LETTER_RE.test(b) || LETTER_RE.test(a) || /[/:\\]/.test(b) || /[/:\\]/.test(a)) continue;
    if ((/[-–]/.test(b) && /[0-9٠-٩]/.test(text[s - 2] ?? '')) || (/[-–]/.test(a) && /[0-9٠-٩]/.test(text[e + 1] ?? ''))) continue;
    if (/[-–]\s?$/.test(text.slice(s - 2, s)) && /[0-9٠-٩]/.test(text.slice(s - 4, s - 1))) continue;
    if (!free(doc, s, e)) continue;
    const w = toWestern(str);
    if (isYearLike(str) || w.replace(/\D/g, '').length > 7) continue;
    const i0 = doc.tokAt(s), i1 = doc.tokAt(e - 1);
    if (i0 < 0 || i1 < 0) continue;
    const prev = i0 > 0 ? t[i0 - 1].w : '', next = i1 + 1 < t.length ? t[i1 + 1].w : '';
    if (monthAt(doc, i1 + 1) || (next === 'من' && monthAt(doc, i1 + 2)) || monthEndingAt(doc, i0)) continue; // day of month / month year
    if (['الساعة', 'ساعة', 'رقم', 'الرقم', 'برقم', 'هاتف', 'جوال', 'الرمز', 'بالرمز', 'المادة', 'الآية', 'عامي', 'عام', 'العام', 'ص.ب', 'ب'].includes(prev)) continue;
    if (/SMS|Stc|Mobily|Zain|@|www|http|ص\.ب|فاكس|تلفون|هاتف/i.test(text.slice(doc.lines[doc.lineOf(s)].s, doc.lines[doc.lineOf(s)].e))) continue;
    if (['هـ', 'م', 'ه'].includes(next) && doc.sep(i1 + 1).trim() === '') continue;
    const line = doc.lines[doc.lineOf(s)];
    if (text.slice(line.s, s).trim() === '' && /^\s*[-–.)]/.test(text.slice(e, e + 3))) continue; // list numbering
    if (/^\s*[-–]\s*[0-9٠-٩]/.test(text.slice(e, e + 4)) || /[0-9٠-٩]\s*[-–]\s*$/.test(text.slice(Math.max(0, s - 4), s))) continue; // ranges, scores
    const c = changeNumber(str, rng);
    if (!c) continue;
    out.push(replaceAlt(doc, 'number-change', 'digits', s, e, c, `number «${str}» → «${c}»`));
  }
  for (let i = 0; i < t.length; i++) {
    const w = t[i].w;
    if (!free(doc, t[i].s, t[i].e)) continue;
    for (const P of ['', 'و', 'ب']) {
      if (!w.startsWith(P)) continue;
      const core = w.slice(P.length);
      const cls = VOCAB.numberWords.find((c) => c.includes(core));
      if (!cls) continue;
      if (i > 0 && hasDigit(t[i - 1].w)) break;
      const alt = rng.pick(cls.filter((x) => x !== core));
      out.push(replaceAlt(doc, 'number-change', 'word', t[i].s, t[i].e, P + alt, `number word «${w}» → «${P + alt}»`));
      break;
    }
    if (i > 0 && /^[0-9٠-٩]+$/.test(t[i - 1].w) && doc.sep(i) === ' ' && !isYearLike(t[i - 1].w)) {
      const pair = VOCAB.magnitudes.find((p) => p[0] === w || p[1] === w);
      if (pair && (w === pair[0] || w === 'مليار')) {
        const c = w === pair[0] ? pair[1] : pair[0];
        out.push(replaceAlt(doc, 'number-change', 'magnitude', t[i].s, t[i].e, c, `magnitude «${t[i - 1].w} ${w}» → «${t[i - 1].w} ${c}»`));
      }
    }
  }
  return out;
}

// ----- dates

function genDate(ctx: Ctx): Alt[] {
  const { doc, rng } = ctx;
  const t = doc.toks, text = doc.text;
  const out: Alt[] = [];
  // part of «2015/7/19» or of a range «1435-1436هـ»
  const slashy = (i: number): boolean => /[/\\]/.test(text[t[i].s - 1] ?? '') || /[/\\]/.test(text[t[i].e] ?? '') ||
    /[0-9٠-٩]\s?[-–]\s?$/.test(text.slice(Math.max(0, t[i].s - 3), t[i].s)) || /^\s?[-–]\s?[0-9٠-٩]/.test(text.slice(t[i].e, t[i].e + 3));
  for (let i = 0; i < t.length; i++) {
    const w = t[i].w;
    if (!free(doc, t[i].s, t[i].e)) continue;
    const prev = i > 0 ? t[i - 1].w : '', next = i + 1 < t.length ? t[i + 1].w : '';
    // year
    const ym = /^([0-9٠-٩]{4})(م|هـ)?$/.exec(w);
    if (ym && isYearLike(ym[1]) && !slashy(i)) {
      const ctxOk = YEAR_BEFORE.has(prev) || monthEndingAt(doc, i) || !!ym[2] || ['م', 'هـ', 'ميلادية', 'هجرية', 'للميلاد'].includes(next);
      if (ctxOk) {
        const y = numVal(ym[1]);
        const d = rng.range(1, 3) * (rng.chance(0.5) ? 1 : -1);
        let ny = String(y + d);
        if (/[٠-٩]/.test(ym[1])) ny = toEastern(ny);
        const c = ny + (ym[2] ?? '');
        out.push(replaceAlt(doc, 'date-change', 'year', t[i].s, t[i].e, c, `year «${w}» → «${c}»`));
        continue;
      }
    }
    // day of month
    if (/^[0-9٠-٩]{1,2}$/.test(w) && !slashy(i) && numVal(w) >= 1 && numVal(w) <= 31) {
      const mo = monthAt(doc, i + 1) ?? (next === 'من' ? monthAt(doc, i + 2) : null);
      if (mo && doc.sep(i + 1).trim() === '') {
        const d = numVal(w);
        let nd = d;
        while (nd === d) nd = Math.min(28, Math.max(1, d + rng.range(1, 5) * (rng.chance(0.5) ? 1 : -1)));
        const c = /[٠-٩]/.test(w) ? toEastern(String(nd)) : String(nd);
        out.push(replaceAlt(doc, 'date-change', 'day', t[i].s, t[i].e, c, `day of month «${w} ${mo.m.words.join(' ')}» → «${c} ${mo.m.words.join(' ')}»`));
        continue;
      }
    }
    // month name (single or dual «يوليو/ تموز»)
    const mo = monthAt(doc, i);
    if (mo) {
      let end = mo.end;
      let dual: { m: MonthEntry; P: string; end: number } | null = null;
      const after = end < t.length ? text.slice(t[end - 1].e, t[end].s) : '';
      if (/^\s*[/(]?\s*$/.test(after) && after.length <= 3) {
        const m2 = monthAt(doc, end);
        if (m2 && m2.m.sys !== mo.m.sys && m2.m.sys !== 'h' && mo.m.sys !== 'h' && m2.m.idx === mo.m.idx) dual = m2;
      }
      const lastTok = (dual ? dual.end : end) - 1;
      const closeParen = !!dual && /\(/.test(after) && text[t[lastTok].e] === ')';
      const nxt = lastTok + 1 < t.length ? t[lastTok + 1].w : '';
      const nxt2 = lastTok + 2 < t.length ? t[lastTok + 2].w : '';
      const isDate = /^[0-9٠-٩]{1,2}$/.test(prev) || (prev === 'من' && i > 1 && /^[0-9٠-٩]{1,2}$/.test(t[i - 2].w)) ||
        isYearLike(nxt.replace(/(م|هـ)$/, '')) || (nxt === 'عام' && isYearLike(nxt2)) || DATE_AFTER.has(nxt) ||
        ['شهر', 'لشهر', 'بشهر', 'وشهر', 'منتصف', 'مطلع', 'أواخر', 'أوائل', 'بداية', 'نهاية'].includes(prev) || !!dual ||
        (!mo.m.ambiguous && ['في', 'من', 'حتى', 'منذ', 'خلال'].includes(prev));
      if (!isDate || t[lastTok].e > text.length || !free(doc, t[i].s, t[lastTok].e)) { i = lastTok; continue; }
      let shift = rng.range(1, 2) * (rng.chance(0.5) ? 1 : -1);
      const n = MONTH_COUNT[mo.m.sys];
      // the Hijri list has gaps (صفر, ذو القعدة, ذو الحجة are left out): do not wrap around it
      if (mo.m.sys === 'h' && (mo.m.idx + shift < 0 || mo.m.idx + shift >= n)) shift = -shift;
      const ni = (mo.m.idx + shift + n) % n;
      let c = clitic(mo.P, monthCanon(mo.m.sys, ni));
      if (dual) c += text.slice(t[end - 1].e, t[end].s) + clitic(dual.P, monthCanon(dual.m.sys, ni)) + (closeParen ? ')' : '');
      const mEnd = t[lastTok].e + (closeParen ? 1 : 0);
      const o = text.slice(t[i].s, mEnd);
      out.push(replaceAlt(doc, 'date-change', 'month', t[i].s, mEnd, c, `month «${o}» → «${c}»`));
      i = lastTok;
      continue;
    }
    // weekday
    const wd = WEEKDAY.get(w);
    if (wd !== undefined) {
      const ctxOk = ['يوم', 'ويوم', 'أمس', 'مساء', 'صباح', 'ظهر', 'فجر', 'ليلة', 'عصر', 'اليوم', 'ليل', 'منذ', 'حتى', 'وأمس'].includes(prev) ||
        DATE_AFTER.has(next) || next === 'الموافق';
      const prayer = wd === 5 && ['صلاة', 'خطبة', 'خطيب', 'جامع', 'لصلاة', 'وصلاة', 'بصلاة', 'صلاتي', 'خطبتي'].includes(prev);
      if (!ctxOk || prayer) continue;
      const nd = (wd + (rng.chance(0.5) ? 1 : 6)) % 7;
      const c = VOCAB.weekdays[nd][0];
      out.push(replaceAlt(doc, 'date-change', 'weekday', t[i].s, t[i].e, c, `weekday «${w}» → «${c}»`));
    }
  }
  return out;
}

// ----- quotations

function genQuote(ctx: Ctx): Alt[] {
  const { doc, rng } = ctx;
  const t = doc.toks, text = doc.text;
  const out: Alt[] = [];
  const persons = doc.persons();
  const isName = (tok: Tok): boolean => persons.some((p) => p.s <= tok.s && tok.e <= p.e);
  for (const q of doc.quotes) {
    if (!q.direct || doc.lineOf(q.open) < doc.storyLine) continue;
    if (doc.quotes.some((x) => x !== q && x.open > q.open && x.close < q.close)) continue; // nested quotes: skip
    const a = doc.tokIndexFrom(q.open + 1), b = doc.tokIndexFrom(q.close); // inner tokens [a, b)
    if (b - a < 5) continue;
    const okTok = (k: number): boolean => !hasDigit(t[k].w) && !isName(t[k]) && !MONTH_WORD.has(t[k].w) && !WEEKDAY.has(t[k].w) && !EPITHET_FORMS.has(t[k].w) && !LOADED_WORDS.has(t[k].w);
    const excerpt = clip(text.slice(q.open + 1, q.close), 40);
    for (let k = a; k < b; k++) {
      const w = t[k].w;
      if (!okTok(k)) continue;
      const P = w.startsWith('و') && VOCAB.quoteSwaps[w.slice(1)] ? 'و' : '';
      const key = w.slice(P.length);
      const swaps = VOCAB.quoteSwaps[key];
      if (swaps && !(key === 'أكثر' && (hasDigit(t[k + 1]?.w ?? '') || hasDigit(t[k + 2]?.w ?? '')))) {
        const c = P + rng.pick(swaps);
        out.push(replaceAlt(doc, 'quote-change', 'word', t[k].s, t[k].e, c, `inside «${excerpt}»: «${w}» → «${c}»`));
      }
      if (VOCAB.negatableVerbs.includes(w)) {
        const pw = k > a ? t[k - 1].w : '';
        const NEG = ['لا', 'لم', 'لن', 'ما', 'ليس', 'ألا', 'إلا', 'ولا', 'فلا', 'ولم', 'ولن', 'لست', 'ليست', 'غير', 'دون', 'بدون'];
        const near = t.slice(Math.max(a, k - 4), Math.min(b, k + 2)).some((x, j) => x !== t[k] && NEG.includes(x.w) && j >= 0);
        if (!NEG.includes(pw) && !near && (k === a || doc.sep(k) === ' ')) {
          out.push(insertAlt('quote-change', 'negation', t[k].s, 'لا ', 0, 2, `inside «${excerpt}»: «لا» inserted before «${w}»`, false));
        }
      }
      if (k > a && k < b - 1 && doc.sep(k) === ' ') {
        let last = -1;
        if (VOCAB.quoteDeletable.includes(w)) last = k;
        else if (/^وال/.test(w) && w.length >= 6 && t[k - 1].w.startsWith('ال') && !LOADED_WORDS.has(w)) {
          last = k;
          if (k + 1 < b - 1 && doc.sep(k + 1) === ' ' && t[k + 1].w.startsWith('ال') && okTok(k + 1)) last = k + 1;
          if (last + 1 < b && doc.sep(last + 1) === ' ' && t[last + 1].w.startsWith('ال')) last = -1; // dangling adjective
        } else if (['بشكل', 'بصورة', 'بطريقة'].includes(w) && okTok(k + 1) && doc.sep(k + 1) === ' ') last = k + 1;
        else if (['في', 'على', 'مع'].includes(w) && t[k + 1].w.startsWith('ال') && okTok(k + 1) && doc.sep(k + 1) === ' ' && k + 1 < b &&
          (k + 2 === b || /^[\s]*[،,.؛]/.test(text.slice(t[k + 1].e, t[k + 1].e + 2)))) last = k + 1;
        if (last >= 0 && last + 1 < b && /^و?ال/.test(t[last + 1].w) && doc.sep(last + 1) === ' ') last = -1; // a dangling adjective / conjunct
        if (last >= 0 && last < b) {
          const s = t[k - 1].e, e = t[last].e;
          const o = text.slice(s, e);
          const del = text.slice(t[k].s, e);
          out.push({ ...deleteAlt(doc, 'quote-change', 'deletion', s, e, o.length - del.length, o.length, `inside «${excerpt}»: «${del}» deleted`) });
        }
      }
    }
  }
  return out;
}

/** The word after a found name cannot be a further part of it (so the span is the whole name). */
function cleanEnd(doc: Doc, e: number): boolean {
  const i = doc.tokIndexFrom(e);
  if (i >= doc.toks.length) return true;
  if (doc.sep(i) !== ' ') return true;
  const w = doc.toks[i].w;
  return NAME_STOP.has(w) || SPEECH.has(w) || TITLE_M.has(w) || TITLE_F.has(w) || hasDigit(w) || /^(ال|لل|بال|وال|ل|ب|و|ف)/.test(w) || /^(عن|على|في|من|إن|أن)$/.test(w);
}
const SPEECH_FINITE = new Set([...SPEECH].filter((w) => !VOCAB.speechCircum.includes(w)));
/** «وقال الجاسر:» — a speaker named by a family name alone. */
function surnameSpeaker(doc: Doc, k: number): Tok | null {
  const t = doc.toks;
  if (k + 1 < t.length && (TITLE_M.has(t[k + 1].w) || TITLE_F.has(t[k + 1].w)) && doc.sep(k + 1) === ' ') k++; // «وتابع اللواء السعدون»
  if (k + 1 >= t.length || doc.sep(k + 1) !== ' ') return null;
  const w = t[k + 1].w;
  if (w.length < 4 || !surnameLike(w) || NAME_STOP.has(w) || TITLE_M.has(w) || TITLE_F.has(w) || isFirstName(w)) return null;
  if (!w.startsWith('ال') && (/ا$|ة$/.test(w) || freq(w) > 15 || /^[وفبلك]ال/.test(w))) return null; // «أوكرانيا», common words
  if (w.startsWith('ال') && w.length < 5) return null;
  if (INSTITUTION.has(w.slice(2)) || EPITHET_FORMS.has(w) || LOADED_WORDS.has(w) || VOCAB.noSwap.includes(w) || VOCAB.sourceNouns.includes(w)) return null;
  const after = k + 2 < t.length ? doc.sep(k + 2) : ':';
  const nx = k + 2 < t.length ? t[k + 2].w : '';
  if (!/[:،,"«“”]/.test(after) && !NAME_STOP.has(nx) && !/^(ل|في|عقب|خلال|عبر)/.test(nx)) return null;
  return t[k + 1];
}

function genSpeaker(ctx: Ctx): Alt[] {
  const { doc } = ctx;
  const t = doc.toks, text = doc.text;
  const out: Alt[] = [];
  const persons = doc.persons();
  for (const q of doc.quotes) {
    if (!q.direct) continue;
    const line = doc.lines[doc.lineOf(q.open)];
    let speaker: { s: number; e: number; name: string; g: 'm' | 'f'; surname: boolean } | undefined;
    const fromPerson = (p: PersonHit | undefined): void => { if (p) speaker = { s: p.s, e: p.e, name: p.name, g: p.g, surname: false }; };
    const fromTok = (x: Tok | null): void => { if (x) speaker = { s: x.s, e: x.e, name: x.w, g: 'm', surname: true }; };
    // «وقال NAME: "..."»
    const qa = doc.tokIndexFrom(q.open);
    for (let k = qa - 1; k >= 0 && k >= qa - 12 && t[k].s >= line.s; k--) {
      if (/[.!؟?]\s/.test(text.slice(t[k].e, t[k + 1]?.s ?? t[k].e))) break;
      if (SPEECH.has(t[k].w)) {
        const between = persons.filter((p) => p.s > t[k].e && p.e <= q.open && !doc.inQuote(p.s, p.e));
        if (between.length === 1) fromPerson(between[0]);
        else if (between.length === 0 && SPEECH_FINITE.has(t[k].w)) { const x = surnameSpeaker(doc, k); if (x && x.e <= q.open) fromTok(x); }
        break;
      }
    }
    // «"..."، قال NAME»
    if (!speaker) {
      const qb = doc.tokIndexFrom(q.close);
      for (let k = qb; k < t.length && k < qb + 2 && t[k].e <= line.e; k++) {
        if (!SPEECH_FINITE.has(t[k].w)) continue;
        const p = persons.find((x) => x.s > t[k].e && doc.wordsBetween(t[k].e, x.s) <= 2 && x.e <= line.e);
        if (p) fromPerson(p); else fromTok(surnameSpeaker(doc, k));
        break;
      }
    }
    if (!speaker || !free(doc, speaker.s, speaker.e) || !cleanEnd(doc, speaker.e)) continue;
    const sp = speaker;
    const excerpt = clip(text.slice(q.open + 1, q.close), 40);
    if (sp.surname) {
      const d = pickDonor(ctx, ctx.pool.names, (n) => {
        const last = n.name.split(' ').pop()!;
        return last.startsWith('ال') && last !== sp.name && !doc.normText.includes(norm(last)) && surnameLike(last);
      });
      if (!d) continue;
      const last = d.name.split(' ').pop()!;
      out.push({ ...replaceAlt(doc, 'speaker-change', 'surname', sp.s, sp.e, last, `speaker «${sp.name}» → «${last}» (quote «${excerpt}»; name from ${d.art})`), donor: d.art });
      continue;
    }
    const parts = sp.name.split(' ');
    const d = pickDonor(ctx, ctx.pool.names, (n) => n.g === sp.g && !doc.normText.includes(n.n) && n.name.split(' ')[0] !== parts[0] && n.name.split(' ').slice(-1)[0] !== parts[parts.length - 1]);
    if (!d) continue;
    out.push({ ...replaceAlt(doc, 'speaker-change', 'name', sp.s, sp.e, d.name, `speaker «${sp.name}» → «${d.name}» (quote «${excerpt}»; name from ${d.art})`), donor: d.art });
  }
  return out;
}

// ----- attribution

function attributionPhrases(ctx: Ctx, mirrored: boolean): Alt[] {
  const { doc, rng } = ctx;
  const cat: Category = mirrored ? 'attribution-removed' : 'attribution-added';
  const out: Alt[] = [];
  const text = doc.text;
  if (!doc.newsy) return out;
  for (const s of doc.sents) {
    if (!s.term || s.line < doc.storyLine || doc.wordsBetween(s.s, s.e) < 8 || !free(doc, s.s, s.e)) continue;
    const st = text.slice(s.s, s.e);
    if (QUOTE_CHARS.test(st) || ATTRIB_WORDS.test(st) || (st.match(WORD_RE) ?? []).some((w) => SPEECH.has(w))) continue;
    if (text[s.e - 1] !== '.' || /[.!؟?…]/.test(text[s.e - 2]) || /^[-–•*]/.test(st)) continue;
    if (/(^|[^\p{L}])(أنا|إنني|أنني|نحن|إننا|لنا|علينا|لدينا|كنت|كنا|أنت|أنتم)(?=$|[^\p{L}])/u.test(st)) continue;
    const clause = rng.chance(0.3);
    const phrase = clause ? rng.pick(VOCAB.attributionClause) : rng.pick(VOCAB.attributionSuffix);
    const ins = '، ' + phrase;
    const verb = mirrored ? 'present in the original, removed in the copy' : 'added';
    out.push(insertAlt(cat, clause ? 'source-clause' : 'according-to', s.e - 1, ins, 2, ins.length, `«${phrase}» ${verb} at the end of «${clip(st, 40)}»`, mirrored));
  }
  const first = doc.sents.find((s) => s.line >= doc.storyLine && s.term);
  if (first && !ATTRIB_WORDS.test(text.slice(first.s, first.e)) && !doc.inQuote(first.s, first.s + 1)) {
    const cr = rng.pick(VOCAB.credits);
    const verb = mirrored ? 'present in the original, removed in the copy' : 'added';
    out.push(insertAlt(cat, 'credit', first.s, cr + ' - ', 0, cr.length, `wire credit «${cr}» ${verb} before the first sentence`, mirrored));
  }
  return out;
}

function genAttribRemoved(ctx: Ctx): Alt[] {
  const { doc } = ctx;
  const text = doc.text;
  const out: Alt[] = [];
  const SRC = setOf(VOCAB.sourceNouns);
  const srcTok = (w: string): boolean => SRC.has(w) || SRC.has(w.replace(/^ل/, '')) || SRC.has(w.replace(/^لل/, 'ال')) || /^(ما|لما)$/.test(w);
  const push = (s: number, e: number, ps: number, pe: number, kind: string, what: string): void => {
    if (!free(doc, ps, pe)) return;
    const phrase = text.slice(ps, pe);
    out.push({ ...deleteAlt(doc, 'attribution-removed', kind, s, e, ps - s, pe - s, `${what} «${phrase}» removed`), group: 'natural' });
  };
  // «بحسب / وفقا ل / نقلا عن / حسبما ...»
  for (const m of text.matchAll(ATTRIB_TRIGGER)) {
    const ps = m.index! + m[1].length;
    const rest = text.slice(ps);
    const stop = rest.search(/[،,.؛:\n؟!()]/);
    if (stop < 0) continue;
    let pe = ps + stop;
    while (pe > ps && /\s/.test(text[pe - 1])) pe--;
    const phrase = text.slice(ps, pe);
    const words = phrase.match(WORD_RE) ?? [];
    if (words.length < 2 || words.length > 8 || hasDigit(phrase)) continue;
    const lineStart = doc.lines[doc.lineOf(ps)].s;
    const pre = text.slice(lineStart, ps);
    if ((pre.match(/\(/g) ?? []).length > (pre.match(/\)/g) ?? []).length) continue; // inside parentheses
    if (/^و?(نقلا|نقلاً)$/.test(words[0] ?? "") && words[1] !== "عن") continue;
    if (!words.slice(1, 4).some((w) => srcTok(w) && !/^(ما|لما)$/.test(w))) continue;
    if (/^(ما|لما)$/.test(words[1] ?? '') && !/^(ذكر|ذكرت|نشر|نشرت|نشره|نشرته|أفاد|أفادت|أورد|أوردت|أوردته|نقل|نقلت|نقلته|أعلن|أعلنت|أكد|أكدت|جاء)$/.test(words[2] ?? '')) continue;
    if ((phrase.match(/[«“"]/g) ?? []).length !== (phrase.match(/[»”"]/g) ?? []).length && !/"/.test(phrase)) continue;
    if (((phrase.match(/"/g) ?? []).length % 2) !== 0) continue;
    const before = text.slice(Math.max(0, ps - 2), ps);
    const after = text[pe] ?? '';
    const atSentStart = doc.sents.some((s) => s.s === ps);
    if (atSentStart && after === '،') {
      let e = pe + 1;
      while (/[ \t]/.test(text[e] ?? '')) e++;
      push(ps, e, ps, pe, 'according-to', 'sentence-initial attribution');
    } else if (before.endsWith('، ') || before.endsWith(', ')) push(ps - 2, pe, ps, pe, 'according-to', 'attribution');
    else if (/\s$/.test(before) && /[.،,؛:\n]/.test(after) && !atSentStart) push(ps - 1, pe, ps, pe, 'according-to', 'attribution');
  }
  // channel: «لـ "الاقتصادية"», «في تصريح لوكالة الأنباء السعودية», «لرويترز»
  const agencies = VOCAB.agencies.map((a) => a.replace(/ /g, '\\s'));
  const chan = new RegExp(`(?<=\\s)((?:في\\s(?:تصريح|تصريحات|حديث)(?:\\s(?:خاص|خاصة|صحفي|صحافي|صحفية))?\\s)?(?:لـ\\s?[«“"][^»”"\\n]{2,25}[»”"]|ل(?:وكالة|تلفزيون|قناة|صحيفة)\\s(?:${agencies.join('|')})|لرويترز|لـ\\s?(?:${agencies.join('|')})))(?=[\\s،,.:])`, 'g');
  for (const m of text.matchAll(chan)) {
    const ps = m.index!, pe = ps + m[0].length;
    push(ps - 1, pe, ps, pe, 'channel', 'channel');
  }
  // «في بيان (له|لها|رسمي)» before «أن / إن / :»
  for (const m of text.matchAll(/(?<=\s)في\sبيان(?:\s(?:له|لها|رسمي|صحفي|صحافي|مشترك))?(?=(\s*[:،]|\s+(?:أن|إن|ان|أنه|إنه|انه|أنها|إنها)\s))/g)) {
    const ps = m.index!, pe = ps + m[0].length;
    if (text[pe] === '،' && text.slice(ps - 2, ps) === '، ') push(ps - 2, pe, ps, pe, 'statement', 'statement attribution');
    else if (text[pe] !== '،') push(ps - 1, pe, ps, pe, 'statement', 'statement attribution');
  }
  // wire credits already in the article
  for (const m of text.matchAll(/\((?:واس|رويترز|أ ف ب|أ\.ف\.ب|د ب أ|الأناضول|أ ش أ)\)/g)) {
    const ps = m.index!, pe = ps + m[0].length;
    const s = /[ \t]/.test(text[ps - 1] ?? '') ? ps - 1 : ps;
    push(s, pe, ps, pe, 'credit', 'wire credit');
  }
  for (const m of text.matchAll(/(?<=\S)\s?[-–]\s?(?:واس|أ ف ب)(?=\s*\n)/g)) {
    const s = m.index!, e = s + m[0].length;
    const ps = s + m[0].search(/[^\s\-–]/);
    push(s, e, ps, e, 'credit', 'wire credit');
  }
  return out;
}

// ----- sentences

function storySentences(doc: Doc): Sent[] {
  return doc.sents.filter((s) => s.line >= doc.storyLine);
}

function genSentenceAdded(ctx: Ctx): Alt[] {
  const { doc } = ctx;
  const out: Alt[] = [];
  const ss = storySentences(doc);
  for (let k = 1; k < ss.length; k++) {
    const s1 = ss[k - 1], s2 = ss[k];
    if (!s1.term || !s2.term || doc.inQuote(s2.s, s2.s + 1)) continue;
    if (/[^\s]/.test(doc.text.slice(s1.e, s2.s))) continue;
    const d = pickDonor(ctx, ctx.pool.sentences, (x) => !doc.normText.includes(x.n.slice(0, 60)));
    if (!d) break;
    out.push({ ...insertAlt('sentence-added', 'sentence', s2.s, d.text + ' ', 0, d.text.length, `sentence from ${d.art} inserted: «${clip(d.text, 60)}»`, false), donor: d.art });
    if (out.length >= 4) break;
  }
  return out;
}

function genSentenceRemoved(ctx: Ctx): Alt[] {
  const { doc } = ctx;
  const text = doc.text;
  const out: Alt[] = [];
  const ss = storySentences(doc);
  const storyLines = new Set(ss.map((s) => s.line)).size;
  for (let k = 1; k < ss.length; k++) {
    const s = ss[k];
    if (!s.term || (storyLines >= 2 && s.line === doc.storyLine)) continue;
    const st = text.slice(s.s, s.e);
    const n = doc.wordsBetween(s.s, s.e);
    if (n < 6 || n > 60 || QUOTE_CHARS.test(st) || /^(سمات|Next|المصدر|رابط)/.test(st) || !/^[\p{L}]/u.test(st) || !inStory(doc, s.s, s.e)) continue;
    const L = doc.lines;
    let a: number, b: number;
    if (s.firstInLine && s.lastInLine) {
      if (s.line + 1 < L.length) { a = L[s.line].s; b = L[s.line + 1].s; } else { a = L[s.line - 1].e; b = L[s.line].e; }
    } else if (s.firstInLine) {
      const nx = doc.sents[s.idx + 1];
      if (!nx || nx.line !== s.line) continue;
      a = s.s; b = nx.s;
    } else {
      const pv = doc.sents[s.idx - 1];
      a = pv.e; b = s.e;
    }
    const o = text.slice(a, b);
    const rel = o.indexOf(st);
    out.push(deleteAlt(doc, 'sentence-removed', 'sentence', a, b, rel, rel + st.length, `sentence removed: «${clip(st, 60)}»`));
  }
  return out;
}

// ----- rewording

function genReworded(ctx: Ctx): Alt[] {
  const { doc, rng } = ctx;
  const t = doc.toks, text = doc.text;
  const out: Alt[] = [];
  const persons = doc.persons();
  const isName = (tok: Tok): boolean => persons.some((p) => p.s <= tok.s && tok.e <= p.e);
  const NOSWAP = setOf(VOCAB.noSwap);
  for (let i = 0; i < t.length; i++) {
    const w = t[i].w;
    if (!free(doc, t[i].s, t[i].e) || isName(t[i])) continue;
    // synonym
    for (const P of ['', 'و', 'ف']) {
      if (!w.startsWith(P)) continue;
      const syn = VOCAB.synonyms[w.slice(P.length)];
      if (!syn) continue;
      if (w.slice(P.length) === 'خلال' && i > 0 && t[i - 1].w === 'من') continue;
      const c = P + syn;
      out.push(replaceAlt(doc, 'reworded', 'synonym', t[i].s, t[i].e, c, `synonym: «${w}» → «${c}»`));
      break;
    }
    // swap «الصحة والتعليم» -> «التعليم والصحة»
    if (i + 1 < t.length && w.startsWith('ال') && w.length >= 5 && t[i + 1].w.startsWith('وال') && t[i + 1].w.length >= 6 && doc.sep(i + 1) === ' ') {
      const x = t[i + 1].w.slice(1);
      const nextTok = i + 2 < t.length && doc.sep(i + 2) === ' ' ? t[i + 2].w : '';
      const prevRaw = i > 0 ? t[i - 1].w : '';
      const prevTok = [prevRaw, prevRaw.replace(/^[وبلف]/, '')].find((x) => INSTITUTION.has(x) || ['وزارة', 'هيئة', 'إدارة', 'قسم', 'جزر', 'جمهورية', 'مملكة', 'دولة', 'منظمة', 'اتحاد', 'مجلس', 'لجنة', 'جبال', 'بحر', 'البحرين', 'نهر', 'صحيفة', 'قناة', 'حزب', 'حركة', 'جماعة', 'تنظيم', 'منطقة', 'محافظة'].includes(x)) ?? prevRaw;
      const bad = [w, x].some((y) => NOSWAP.has(y) || LOADED_WORDS.has(y) || MONTH_WORD.has(y) || WEEKDAY.has(y) || EPITHET_FORMS.has(y) || hasDigit(y) || freq(y.slice(2)) < 3) ||
        INSTITUTION.has(prevTok) || ['وزارة', 'هيئة', 'إدارة', 'قسم', 'جزر', 'جمهورية', 'مملكة', 'دولة', 'منظمة', 'اتحاد', 'مجلس', 'لجنة', 'جبال', 'بحر', 'البحرين', 'نهر', 'صحيفة', 'قناة', 'حزب', 'حركة', 'جماعة', 'تنظيم', 'منطقة', 'محافظة'].includes(prevTok) ||
        nextTok.startsWith('ال') || isName(t[i + 1]) || x === w || !free(doc, t[i].s, t[i + 1].e) ||
        // the pair must be closed: punctuation or a preposition after it, not a complement of the second word («والاهتمام بـ»)
        !(i + 2 >= t.length || /[^\s]/.test(doc.sep(i + 2)) ||
          // two nisba adjectives of the same form («الاقتصادية والاجتماعية») before a preposition
          (((/ية$/.test(w) && /ية$/.test(x)) || (/ي$/.test(w) && /ي$/.test(x))) && ['في', 'من', 'على', 'إلى', 'عن', 'مع', 'التي', 'الذي', 'الذين', 'وفي', 'ومن', 'عبر', 'لدى', 'خلال'].includes(nextTok)));
      if (!bad) {
        const c = x + ' و' + w;
        out.push(replaceAlt(doc, 'reworded', 'swap', t[i].s, t[i + 1].e, c, `two words swapped: «${text.slice(t[i].s, t[i + 1].e)}» → «${c}»`));
      }
    }
  }
  // connective: sentence-initial «وأضاف» -> «وقد أضاف» / «كما أضاف»
  for (const s of storySentences(doc)) {
    const i = doc.tokIndexFrom(s.s);
    if (i >= t.length || t[i].s !== s.s) continue;
    const w = t[i].w;
    if (!w.startsWith('و') || !VOCAB.connectiveVerbs.includes(w.slice(1)) || !free(doc, t[i].s, t[i].e)) continue;
    const c = (rng.chance(0.5) ? 'وقد ' : 'كما ') + w.slice(1);
    out.push(replaceAlt(doc, 'reworded', 'connective', t[i].s, t[i].e, c, `connective: «${w}» → «${c}»`));
  }
  return out;
}

// ---------------------------------------------------------------- planner

const GENERATORS: Record<Exclude<Category, 'cosmetic'>, (ctx: Ctx) => Alt[]> = {
  'inserted-epithet': (ctx) => genEpithet(ctx, 'insert'),
  'removed-epithet': (ctx) => genEpithet(ctx, 'remove'),
  'loaded-substitution': genLoaded,
  'number-change': genNumber,
  'date-change': genDate,
  'quote-change': genQuote,
  'speaker-change': genSpeaker,
  'attribution-removed': (ctx) => [...genAttribRemoved(ctx), ...attributionPhrases(ctx, true).map((a) => ({ ...a, group: 'synthetic' }))],
  'attribution-added': (ctx) => attributionPhrases(ctx, false),
  'sentence-added': genSentenceAdded,
  'sentence-removed': genSentenceRemoved,
  'reworded': genReworded,
};

class Planner {
  readonly alts: Alt[] = [];
  private taken: [number, number][] = [];
  private cache = new Map<string, Alt[]>();
  alterations = 0;
  constructor(readonly ctx: Ctx) {}

  private fits(ranges: [number, number][]): boolean {
    const doc = this.ctx.doc;
    const all = this.taken;
    for (let x = 0; x < ranges.length; x++) {
      const [s, e] = ranges[x];
      const others = all.concat(ranges.filter((_, y) => y !== x));
      for (const [ts, te] of others) {
        if (e <= ts) { if (doc.wordsBetween(e, ts) < 3) return false; }
        else if (te <= s) { if (doc.wordsBetween(te, s) < 3) return false; }
        else return false;
      }
    }
    return true;
  }
  place(alt: Alt): boolean {
    const ranges = alt.edits.map((e): [number, number] => [e.s, e.e]);
    if (!this.fits(ranges)) return false;
    this.taken.push(...ranges);
    this.alts.push(alt);
    if (alt.donor) this.ctx.pool.usedDonors.add(alt.donor);
    return true;
  }
  candidates(cat: Category, kind?: string): Alt[] {
    const key = cat + '/' + (kind ?? '');
    let c = this.cache.get(key);
    if (!c) {
      if (cat === 'cosmetic') c = genCosmetic(this.ctx, kind as CosmeticKind);
      else { c = GENERATORS[cat as Exclude<Category, 'cosmetic'>](this.ctx); if (kind) c = c.filter((a) => a.kind === kind || a.group === kind); }
      this.cache.set(key, c);
    }
    return c;
  }
  /** One alteration of `cat` (for diacritics / hamza: 2-4 words). */
  add(cat: Category, kind?: string): boolean {
    const rng = this.ctx.rng;
    if (cat === 'cosmetic' && !kind) kind = rng.pick(COSMETIC_KINDS);
    let cands = rng.shuffle(this.candidates(cat, kind));
    if (cat === 'cosmetic' && (kind === 'diacritics' || kind === 'hamza')) {
      if (kind === 'diacritics' && cands.length) { const g = cands[0].group; cands = cands.filter((a) => a.group === g); }
      const want = rng.range(2, 4);
      let n = 0;
      for (const a of cands) { if (n >= want) break; if (this.place(a)) n++; }
      if (n > 0) this.alterations++;
      return n > 0;
    }
    for (const a of cands) if (this.place(a)) { this.alterations++; return true; }
    return false;
  }
}

function assemble(base: string, alts: Alt[]): { original: string; copy: string; changes: GoldChange[] } {
  const flat: { alt: number; ed: number; e: Edit }[] = [];
  alts.forEach((a, ai) => a.edits.forEach((e, ei) => flat.push({ alt: ai, ed: ei, e })));
  flat.sort((x, y) => x.e.s - y.e.s || x.e.e - y.e.e);
  const oStart = new Map<string, number>(), cStart = new Map<string, number>(), bPos = new Map<string, number>();
  let O = '', C = '', cur = 0;
  for (const f of flat) {
    if (f.e.s < cur) throw new Error('overlapping edits');
    const keep = base.slice(cur, f.e.s);
    O += keep; C += keep;
    const k = f.alt + ':' + f.ed;
    oStart.set(k, O.length); cStart.set(k, C.length); bPos.set(k, f.e.s);
    O += f.e.o; C += f.e.c;
    cur = f.e.e;
  }
  O += base.slice(cur); C += base.slice(cur);
  const changes: (GoldChange & { _pos: number })[] = [];
  alts.forEach((a, ai) => a.changes.forEach((ch) => {
    const span = (rel: Rel | null, starts: Map<string, number>, txt: string): GoldSpan | null => {
      if (!rel) return null;
      const st = starts.get(ai + ':' + rel[0])!;
      return { start: st + rel[1], end: st + rel[2], text: txt.slice(st + rel[1], st + rel[2]) };
    };
    const ref = ch.o ?? ch.c!;
    changes.push({ category: ch.category, kind: ch.kind, original: span(ch.o, oStart, O), copy: span(ch.c, cStart, C), note: ch.note, _pos: bPos.get(ai + ':' + ref[0])! + ref[1] });
  }));
  changes.sort((x, y) => x._pos - y._pos);
  return { original: O, copy: C, changes: changes.map(({ _pos, ...c }) => { void _pos; return c; }) };
}

/** Throws when a span is wrong (text mismatch, not trimmed, out of range, empty). */
export function checkSpans(p: Pair): string[] {
  const errs: string[] = [];
  for (const [i, c] of p.changes.entries()) {
    if (!c.original && !c.copy) errs.push(`${p.id}#${i}: no span`);
    for (const [side, sp, txt] of [['original', c.original, p.original], ['copy', c.copy, p.copy]] as const) {
      if (!sp) continue;
      if (sp.start < 0 || sp.end > txt.length || sp.start >= sp.end) errs.push(`${p.id}#${i} ${side}: bad range ${sp.start}-${sp.end}`);
      else if (txt.slice(sp.start, sp.end) !== sp.text) errs.push(`${p.id}#${i} ${side}: text mismatch`);
      if (/^\s|\s$/.test(sp.text)) errs.push(`${p.id}#${i} ${side}: span not trimmed «${sp.text}»`);
    }
  }
  return errs;
}

// ---------------------------------------------------------------- corpus filter and pools

function usable(a: ArticleIn): boolean {
  const n = a.text.length;
  if (n < 1500 || n > 6000) return false;
  const letters = (a.text.match(/[\u0621-\u064A]/g) ?? []).length;
  return letters / n > 0.6;
}

function buildPool(docs: { art: ArticleIn; doc: Doc }[]): Pool {
  const pool: Pool = { sentences: [], names: [], titles: [], usedDonors: new Set(), bases: new Set() };
  for (const { art, doc } of docs) {
    const ss = storySentences(doc);
    ss.forEach((s, k) => {
      if (k === 0 || !s.term || doc.text[s.e - 1] !== '.') return;
      const st = doc.text.slice(s.s, s.e);
      const n = doc.wordsBetween(s.s, s.e);
      const w0 = (st.match(WORD_RE) ?? [''])[0];
      if (n < 8 || n > 32 || /[«»“”"()\[\]/:؛]/.test(st) || st.includes('\n') || SPEECH.has(w0) || /^(و?(كما|لكن|لذلك|وهذا|هذا|وهو|وهي|هو|هي|ولكن|إلا|أما|ثم|بينما|فيما))$/.test(w0)) return;
      if (/(هذه|هذا|ذلك|تلك|الأخير|المذكور|أيضا|أيضاً)/.test(st.slice(0, 25))) return;
      if (/[.!؟?…]/.test(doc.text[s.e - 2]) || /^(و?(داعيا|مطالبا|منوها|مشيدا|معربا|مبينا|مبيناً|مؤكدة|مشيرة|مضيفة|حيث|إذ|كذلك))$/.test(w0) || /اً$|ًا$/.test(w0)) return;
      pool.sentences.push({ art: art.id, text: st, n: norm(st) });
    });
    for (const p of doc.persons()) if (p.via !== 'figure' && p.name.split(' ').length >= 2 && p.name.split(' ').length <= 3 && p.e <= doc.storyEnd) pool.names.push({ art: art.id, name: p.name, g: p.g, n: norm(p.name) });
    if (art.title && art.title.trim().length >= 10) pool.titles.push({ art: art.id, title: squash(art.title) });
  }
  return pool;
}

// ---------------------------------------------------------------- recipes

interface Plan { recipe: string; run: (pl: Planner) => boolean; fallback?: (pl: Planner) => boolean; prefer?: (d: Doc) => boolean }

const SINGLE_CATS: Exclude<Category, 'cosmetic'>[] = [
  'inserted-epithet', 'removed-epithet', 'loaded-substitution', 'number-change', 'date-change', 'quote-change', 'speaker-change',
  'attribution-removed', 'attribution-added', 'sentence-added', 'sentence-removed', 'reworded',
];
/** Kinds cycled through for the single-category pairs (so every kind shows up). */
const SINGLE_KINDS: Partial<Record<Category, string[]>> = {
  'inserted-epithet': ['person-before', 'group-after', 'person-before-glued', 'person-after', 'person-before', 'group-after', 'person-before-glued'],
  'removed-epithet': ['person-before', 'natural', 'person-before-glued', 'group-after', 'person-after', 'person-before', 'group-after'],
  'loaded-substitution': ['to-loaded', 'natural', 'to-neutral', 'to-loaded', 'synthetic', 'to-loaded', 'to-neutral'],
  'number-change': ['digits', 'digits', 'word', 'digits', 'magnitude', 'digits', 'word'],
  'date-change': ['year', 'day', 'month', 'weekday', 'year', 'month', 'day'],
  'quote-change': ['word', 'negation', 'deletion', 'word', 'negation', 'deletion', 'word'],
  'attribution-removed': ['natural', 'according-to', 'channel', 'statement', 'credit', 'natural', 'source-clause'],
  'attribution-added': ['according-to', 'credit', 'source-clause', 'according-to', 'credit', 'according-to', 'source-clause'],
  'reworded': ['synonym', 'swap', 'connective', 'synonym', 'swap', 'connective', 'synonym', 'swap'],
  'speaker-change': ['name', 'surname', 'name', 'surname', 'name', 'surname', 'name', 'surname'],
};
const N_SINGLE = 8;
const N_SINGLE_COSMETIC = 2;
const MIXED_BANDS: [number, number][] = [[2, 3], [4, 6], [7, 10]];
const N_MIXED = 15;
const N_FAITHFUL = 12;
const N_COSMETIC_ONLY = 12;

function plans(rng: Rng): Plan[] {
  const out: Plan[] = [];
  for (const cat of SINGLE_CATS) {
    for (let k = 0; k < N_SINGLE; k++) {
      const kind = SINGLE_KINDS[cat]?.[k % (SINGLE_KINDS[cat]?.length ?? 1)];
      out.push({ recipe: `single:${cat}`, run: (pl) => pl.add(cat, kind), fallback: (pl) => pl.add(cat) });
    }
  }
  for (const kind of COSMETIC_KINDS) for (let k = 0; k < N_SINGLE_COSMETIC; k++) out.push({ recipe: `single:cosmetic:${kind}`, run: (pl) => pl.add('cosmetic', kind) });
  // every mixed pair must hold 1-3 categories dealt from a rotating deck, so rare ones (speaker, quote) appear too
  let deck: Category[] = [];
  const deal = (): Category => { if (!deck.length) deck = rng.shuffle(SINGLE_CATS); return deck.pop()!; };
  for (const [lo, hi] of MIXED_BANDS) {
    for (let k = 0; k < N_MIXED; k++) {
      const want = rng.range(lo, hi);
      const required: Category[] = [];
      while (required.length < (hi <= 3 ? 1 : hi <= 6 ? 2 : 3)) { const c = deal(); if (!required.includes(c)) required.push(c); else deck.unshift(c); }
      out.push({
        recipe: `mixed:${lo}-${hi}`,
        prefer: (d) => d.text.length >= (hi >= 7 ? 3000 : 1500),
        run: (pl) => {
          for (const c of required) if (!pl.add(c)) return false;
          const cats: Category[] = pl.ctx.rng.shuffle([...SINGLE_CATS, 'cosmetic', 'cosmetic'] as Category[]);
          for (const c of cats) {
            if (pl.alterations >= want) break;
            if (!required.includes(c)) pl.add(c);
          }
          return pl.alterations >= lo;
        },
      });
    }
  }
  for (let k = 0; k < N_FAITHFUL; k++) {
    const mode = k % 3;
    out.push({
      recipe: 'faithful',
      run: (pl) => {
        if (mode === 0) return true;
        if (mode === 1) { const n = pl.ctx.rng.range(1, 3); for (let x = 0; x < n; x++) pl.add('cosmetic', 'whitespace'); return pl.alterations > 0; }
        const n = pl.ctx.rng.range(1, 2);
        for (let x = 0; x < n; x++) pl.add('cosmetic', 'boilerplate');
        if (pl.ctx.rng.chance(0.5)) pl.add('cosmetic', 'whitespace');
        return pl.alterations > 0;
      },
    });
  }
  for (let k = 0; k < N_COSMETIC_ONLY; k++) {
    out.push({
      recipe: 'cosmetic-only',
      run: (pl) => {
        const rng = pl.ctx.rng;
        const kinds = rng.shuffle(COSMETIC_KINDS.filter((x) => x !== 'whitespace' && x !== 'boilerplate'));
        const want = rng.range(3, 5);
        const done = new Set<string>();
        for (const kd of [...kinds, 'whitespace', 'boilerplate']) {
          if (pl.alterations >= want) break;
          if (pl.add('cosmetic', kd)) done.add(kd);
        }
        return done.size >= 2 && [...done].some((x) => x !== 'whitespace' && x !== 'boilerplate');
      },
    });
  }
  return out;
}

/**
 * Builds the evaluation pairs. `articles` is the raw corpus (id, text, title); articles of 1,500-6,000
 * characters are used. Each pair uses a different base article; donors (inserted sentences, replacement
 * speaker names, «اقرأ أيضا» titles) come from other articles.
 */
export function constructPairs(articles: ArticleIn[], seed: number = DEFAULT_SEED): Pair[] {
  const rng = new Rng(seed);
  FREQ = new Map();
  for (const a of articles) for (const m of a.text.matchAll(WORD_RE)) FREQ.set(m[0], (FREQ.get(m[0]) ?? 0) + 1);
  const docs = articles.filter(usable).map((art) => ({ art, doc: new Doc(art.text) }));
  const pool = buildPool(docs);
  const order = rng.shuffle(docs.map((_, i) => i));
  const used = new Set<string>();
  const pairs: Pair[] = [];
  let n = 0;
  for (const plan of plans(rng)) {
    const tryOrder = plan.prefer ? [...order.filter((i) => plan.prefer!(docs[i].doc)), ...order.filter((i) => !plan.prefer!(docs[i].doc))] : order;
    let made = false;
    for (const run of [plan.run, plan.fallback]) {
    if (made || !run) continue;
    let attempts = 0;
    for (const i of tryOrder) {
      const { art, doc } = docs[i];
      if (used.has(art.id) || pool.usedDonors.has(art.id)) continue;
      if (++attempts > 400) break;
      const donorsBefore = new Set(pool.usedDonors);
      const ctx: Ctx = { doc, art, rng: new Rng((seed ^ Math.imul(n + 1, 0x9e3779b1) ^ Math.imul(i + 7, 0x85ebca6b)) >>> 0), pool };
      const pl = new Planner(ctx);
      if (!run(pl)) { pool.usedDonors.clear(); donorsBefore.forEach((d) => pool.usedDonors.add(d)); continue; }
      const { original, copy, changes } = assemble(art.text, pl.alts);
      const pair: Pair = { id: `dp${String(++n).padStart(3, '0')}`, article: art.id, original, copy, changes, verdict: verdictOf(changes), recipe: plan.recipe };
      const errs = checkSpans(pair);
      if (errs.length) throw new Error(errs.join('\n'));
      used.add(art.id);
      pool.bases.add(art.id);
      pairs.push(pair);
      made = true;
      break;
    }
    }
    if (!made) throw new Error(`no article found for ${plan.recipe}`);
  }
  return pairs;
}

/** For inspection scripts only (not part of the pair format). */
export const internals = {
  analyse(text: string) { return new Doc(text); },
  setFreq(articles: ArticleIn[]): void {
    FREQ = new Map();
    for (const a of articles) for (const m of a.text.matchAll(WORD_RE)) FREQ.set(m[0], (FREQ.get(m[0]) ?? 0) + 1);
  },
  usable,
  count(articles: ArticleIn[], cat: Exclude<Category, 'cosmetic'>): number[] {
    const docs = articles.filter(usable).map((art) => ({ art, doc: new Doc(art.text) }));
    const pool = buildPool(docs);
    return docs.map(({ art, doc }) => GENERATORS[cat]({ doc, art, rng: new Rng(1), pool }).length);
  },
};
