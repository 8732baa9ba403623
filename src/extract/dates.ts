import { DROP, FOLD_TABLE, MULTI } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import type { DateVocabulary, Part, Phrase, Unit } from '../dates/vocabulary.js';

/** A date or time expression found in a text (docs/dates.md gives the value conventions). */
export interface DateMention {
  /** Original offsets: input.slice(start, end) === text. A leading clitic (و ف ب ك) is outside. */
  start: number;
  end: number;
  text: string;
  /** ISO 8601 day, ISO week, month, year, or 'START..END'; null when it cannot be resolved. */
  value: string | null;
  /** The precision of the expression as written (a Hijri month is 'month' even though its value is a range of days). */
  granularity: 'day' | 'week' | 'month' | 'year' | 'range';
  /** It needed the publication date. */
  relative: boolean;
  calendar: 'gregorian' | 'hijri';
  /** The Hijri date as written (or resolved): '1443', '1443-09', '1443-09-15'. */
  hijri: string | null;
  /** Sentence index of the first token. */
  sentence: number;
  /**
   * «مطلع/منتصف/أواخر» before the expression: which part of it is meant. The value stays the
   * whole of what the part is taken from («منتصف التسعينيات» is 1990..1999, part 'mid'): it never
   * claims more precision than the text gives.
   */
  part: Part | null;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on epoch days (days since 1970-01-01, UTC): no time zones can shift a day.

const MS_PER_DAY = 86_400_000;
const dayOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
function ymd(day: number): [number, number, number] {
  const dt = new Date(day * MS_PER_DAY);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** ISO weekday, 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
const isoWeekday = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;
const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (day: number): string => {
  const [y, m, d] = ymd(day);
  return `${y}-${pad(m)}-${pad(d)}`;
};
function isoWeek(day: number): string {
  const thursday = day + 4 - isoWeekday(day);
  const y = ymd(thursday)[0];
  return `${y}-W${pad(Math.floor((thursday - dayOf(y, 1, 1)) / 7) + 1)}`;
}

/** Tabular (arithmetic) Islamic calendar: the fallback when Intl has no Umm al-Qura calendar. */
const ISLAMIC_EPOCH = -492148; // 1 Muharram 1 AH (Julian day 1948439.5) in epoch days
const tabularToDay = (y: number, m: number, d: number): number =>
  d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + ISLAMIC_EPOCH - 1;
function tabularOf(day: number): [number, number, number] {
  const y = Math.floor((30 * (day - ISLAMIC_EPOCH) + 10646) / 10631);
  const m = Math.min(12, Math.ceil((day - 29 - tabularToDay(y, 1, 1)) / 29.5) + 1);
  return [y, m, day - tabularToDay(y, m, 1) + 1];
}

let umalqura: Intl.DateTimeFormat | null | undefined;
/** The Hijri (Umm al-Qura) date of an epoch day, through Intl when it has the calendar. */
function hijriOf(day: number): [number, number, number] {
  if (umalqura === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      umalqura = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
    } catch {
      umalqura = null;
    }
  }
  if (!umalqura) return tabularOf(day);
  let y = 0, m = 0, d = 0;
  for (const p of umalqura.formatToParts(day * MS_PER_DAY)) {
    if (p.type === 'year') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return [y, m, d];
}

const hijriCache = new Map<number, number | null>();
/** Epoch day of a Hijri date: the tabular estimate, corrected by searching nearby days with Intl. */
function dayOfHijri(y: number, m: number, d: number): number | null {
  const key = (y * 13 + m) * 32 + d;
  const hit = hijriCache.get(key);
  if (hit !== undefined) return hit;
  const est = tabularToDay(y, m, d);
  let found: number | null = null;
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const [hy, hm, hd] = hijriOf(est + delta);
    if (hy === y && hm === m && hd === d) {
      found = est + delta;
      break;
    }
  }
  hijriCache.set(key, found);
  return found;
}
/** First and last epoch day of a Hijri month. */
function hijriMonthDays(y: number, m: number): [number, number] | null {
  const a = dayOfHijri(y, m, 1);
  const b = m === 12 ? dayOfHijri(y + 1, 1, 1) : dayOfHijri(y, m + 1, 1);
  return a === null || b === null ? null : [a, b - 1];
}

// ---------------------------------------------------------------------------------------------
// Values: what a mention denotes, before it is written as ISO 8601.

type Value =
  | { g: 'day'; a: number }
  | { g: 'week'; a: number } // any day of the week
  | { g: 'month'; y: number; m: number }
  | { g: 'year'; y: number }
  | { g: 'years'; a: number; b: number }
  | { g: 'months'; y: number; a: number; b: number }
  | { g: 'days'; a: number; b: number; asYears?: boolean }; // asYears: a Hijri year, written as its Gregorian years

function format(v: Value | null): string | null {
  if (!v) return null;
  switch (v.g) {
    case 'day': return isoDay(v.a);
    case 'week': return isoWeek(v.a);
    case 'month': return `${v.y}-${pad(v.m)}`;
    case 'year': return String(v.y);
    case 'years': return v.a === v.b ? String(v.a) : `${v.a}..${v.b}`;
    case 'months': return `${v.y}-${pad(v.a)}..${v.y}-${pad(v.b)}`;
    case 'days': {
      if (!v.asYears) return `${isoDay(v.a)}..${isoDay(v.b)}`;
      const a = ymd(v.a)[0], b = ymd(v.b)[0];
      return a === b ? String(a) : `${a}..${b}`;
    }
  }
}


/** Which occurrence of a month, day or weekday a relative expression means. */
type Mode = 'onOrBefore' | 'before' | 'onOrAfter' | 'after' | 'current';
const modeOfShift = (offset: number): Mode => (offset < 0 ? 'before' : offset > 0 ? 'after' : 'current');
/** Year of the occurrence of `key` (a month, or month*100+day) relative to the publication's `pubKey` in `pubYear`. */
function yearFor(key: number, pubKey: number, pubYear: number, mode: Mode): number {
  switch (mode) {
    case 'onOrBefore': return key <= pubKey ? pubYear : pubYear - 1;
    case 'before': return key < pubKey ? pubYear : pubYear - 1;
    case 'onOrAfter': return key >= pubKey ? pubYear : pubYear + 1;
    case 'after': return key > pubKey ? pubYear : pubYear + 1;
    case 'current': return pubYear;
  }
}
function shiftUnit(pub: number, unit: Unit, n: number): Value {
  const [y, m] = ymd(pub);
  switch (unit) {
    case 'day': return { g: 'day', a: pub + n };
    case 'week': return { g: 'week', a: pub + 7 * n };
    case 'month': {
      const t = y * 12 + (m - 1) + n;
      return { g: 'month', y: Math.floor(t / 12), m: (t % 12) + 1 };
    }
    case 'year': return { g: 'year', y: y + n };
  }
}
function hijriYearValue(y: number): Value | null {
  const a = dayOfHijri(y, 1, 1), b = dayOfHijri(y + 1, 1, 1);
  return a === null || b === null ? null : { g: 'days', a, b: b - 1, asYears: true };
}

// ---------------------------------------------------------------------------------------------
// The finder.

interface Match {
  readonly p: Phrase;
  /** Folded length of the clitic before the first word. */
  readonly clitic: number;
  readonly last: number;
}
/** A parse: tokens first..last, and what they mean. */
interface Hit {
  first: number;
  clitic: number;
  last: number;
  value: Value | null;
  granularity: DateMention['granularity'];
  relative: boolean;
  calendar: 'gregorian' | 'hijri';
  hijri: string | null;
  part?: Part;
}
interface YearNum {
  y: number;
  calendar: 'gregorian' | 'hijri';
  last: number;
}

const NO_MATCHES: readonly Match[] = [];
const SEPARATORS = new Set(['/', '-', '–', '—', '.']);
const RANGE_DASHES = new Set(['-', '–', '—', '/']);
const PAIR_OPEN = new Set(['/', '(', '-', '–']);

/** The readings of a word with and without its proclitics (و/ف, then ب/ل/ك), exact reading first. */
function stems(w: string): [string, number][] {
  const out: [string, number][] = [[w, 0]];
  if (w.length < 3) return out;
  let k = 0;
  if (w[0] === 'و' || w[0] === 'ف') out.push([w.slice((k = 1)), 1]);
  const c = w[k];
  // ل + ال is written لل: the stem gets its article back and the fused ل stays in the span.
  if (c === 'ل' && w[k + 1] === 'ل') out.push(['ا' + w.slice(k + 1), k]);
  else if ((c === 'ب' || c === 'ل' || c === 'ك') && w.length - k > 2) out.push([w.slice(k + 1), k + 1]);
  return out;
}

/**
 * Find the date expressions of a tokenized text. `publication` ('YYYY-MM-DD', or null) resolves
 * relative expressions; without it their value is null. Tokens must come from
 * tokenize(normalizeForMatching(input)).
 */
export function findDates(input: string, tokens: readonly Token[], vocabulary: DateVocabulary, publication: string | null): DateMention[] {
  const toks = tokens;
  const n = toks.length;
  const S = vocabulary.sets;
  const pub = parsePublication(publication);
  const memo: (readonly Match[] | undefined)[] = new Array(n);

  /** Vocabulary phrases starting at token i (clitics allowed on the first word), longest first. */
  const matches = (i: number): readonly Match[] => {
    if (i < 0 || i >= n) return NO_MATCHES;
    const cached = memo[i];
    if (cached) return cached;
    let out: Match[] = [];
    const t = toks[i];
    if (t.kind === 'arabic') {
      for (const [stem, clitic] of stems(t.norm)) {
        const list = vocabulary.phrases.get(stem);
        if (!list) continue;
        for (const p of list) {
          let ok = i + p.words.length <= n;
          for (let w = 1; ok && w < p.words.length; w++) ok = toks[i + w].norm === p.words[w];
          if (ok) out.push({ p, clitic, last: i + p.words.length - 1 });
        }
        if (out.length) break;
      }
    }
    if (!out.length) out = NO_MATCHES as Match[];
    memo[i] = out;
    return out;
  };
  const find = <K extends Phrase['kind']>(i: number, kind: K, clitics = true): (Match & { p: Extract<Phrase, { kind: K }> }) | undefined =>
    matches(i).find((m) => m.p.kind === kind && (clitics || m.clitic === 0)) as (Match & { p: Extract<Phrase, { kind: K }> }) | undefined;
  /** Clitic length if token i (a word) is in `set` under some reading, else -1. */
  const inSet = (i: number, set: ReadonlySet<string>, clitics = true): number => {
    const t = toks[i];
    if (!t || t.kind !== 'arabic') return -1;
    if (set.has(t.norm)) return 0;
    if (!clitics) return -1;
    for (const [stem, k] of stems(t.norm)) if (k > 0 && set.has(stem)) return k;
    return -1;
  };
  const numAt = (i: number, maxDigits = 4): number => {
    const t = toks[i];
    if (!t || t.kind !== 'number' || t.norm.length > maxDigits) return -1;
    for (let k = 0; k < t.norm.length; k++) if (t.norm.charCodeAt(k) > 0x39) return -1;
    return parseInt(t.norm, 10);
  };
  const punctAt = (i: number): string => (i < n && toks[i].kind === 'punct' ? toks[i].norm : '');
  const glued = (i: number): boolean => i > 0 && i < n && toks[i - 1].end === toks[i].start;

  /** A year number at i, with its calendar suffix (هـ, م…) if any. Gregorian years are 1000–2199. */
  const yearNum = (i: number): YearNum | null => {
    const y = numAt(i);
    if (y < 1) return null;
    if (inSet(i + 1, S.hijriSuffixes, false) >= 0 && y <= 1700) return { y, calendar: 'hijri', last: i + 1 };
    if (toks[i].norm.length !== 4 || y < 1000 || y > 2199) return null;
    return { y, calendar: 'gregorian', last: inSet(i + 1, S.gregorianSuffixes, false) >= 0 ? i + 1 : i };
  };
  const yearHit = (first: number, clitic: number, yr: YearNum): Hit =>
    yr.calendar === 'hijri'
      ? { first, clitic, last: yr.last, value: hijriYearValue(yr.y), granularity: 'year', relative: false, calendar: 'hijri', hijri: String(yr.y) }
      : { first, clitic, last: yr.last, value: { g: 'year', y: yr.y }, granularity: 'year', relative: false, calendar: 'gregorian', hijri: null };
  const rangeHit = (first: number, clitic: number, a: YearNum, b: YearNum): Hit | null => {
    if (a.calendar !== b.calendar || b.y <= a.y || b.y - a.y > 200) return null;
    if (a.calendar === 'gregorian') return { first, clitic, last: b.last, value: { g: 'years', a: a.y, b: b.y }, granularity: 'range', relative: false, calendar: 'gregorian', hijri: null };
    const va = hijriYearValue(a.y), vb = hijriYearValue(b.y);
    const value: Value | null = va && vb && va.g === 'days' && vb.g === 'days' ? { g: 'days', a: va.a, b: vb.b, asYears: true } : null;
    return { first, clitic, last: b.last, value, granularity: 'range', relative: false, calendar: 'hijri', hijri: `${a.y}..${b.y}` };
  };

  /** The clause around tokens first..last speaks of the future (سـ/سوف verb, «المقبل», «من المقرر أن»). */
  const isFuture = (first: number, last: number): boolean => {
    const s = toks[first].sentence;
    const futureWord = (i: number): boolean => {
      const t = toks[i];
      if (t.kind !== 'arabic') return false;
      const w = t.norm.length > 3 && (t.norm[0] === 'و' || t.norm[0] === 'ف') ? t.norm.slice(1) : t.norm;
      if (S.futureMarkers.has(w) || S.futureMarkers.has(t.norm)) return true;
      return w.length >= 4 && w[0] === 'س' && (w[1] === 'ي' || w[1] === 'ت') && !vocabulary.futureVerbNot.some((p) => w.startsWith(p));
    };
    const comma = (i: number): boolean => toks[i].norm === '،' || toks[i].norm === ',';
    const boundary = (i: number): boolean => comma(i) || inSet(i, S.clauseBreaks) >= 0;
    for (let i = first - 1; i >= 0 && i >= first - 15 && toks[i].sentence === s; i--) {
      if (boundary(i)) return !comma(i) && i > 0 && futureWord(i - 1); // «من المقرر أن …»
      if (futureWord(i)) return true;
    }
    for (let i = last + 1; i < n && i <= last + 15 && toks[i].sentence === s; i++) {
      if (boundary(i)) return false;
      if (futureWord(i)) return true;
    }
    return false;
  };

  /** A month name at i, with a paired name in another system («يوليو/ تموز», «مارس (آذار)») and a year. */
  const monthTail = (i: number, clitics: boolean) => {
    const mm = find(i, 'month', clitics);
    if (!mm) return null;
    const { value: m, calendar } = mm.p;
    let last = mm.last;
    let paired = false;
    const open = punctAt(last + 1);
    if (PAIR_OPEN.has(open)) {
      const other = find(last + 2, 'month', false);
      if (other && other.p.value === m && other.p.calendar === calendar) {
        last = other.last;
        paired = true;
        if (open === '(' && punctAt(last + 1) === ')') last++;
      }
    }
    let year: YearNum | null = yearNum(last + 1);
    if (year && calendar === 'hijri' && year.calendar === 'gregorian' && year.last === last + 1 && year.y < 1700) {
      year = { y: year.y, calendar: 'hijri', last: year.last }; // «رمضان 1444»: a Hijri month takes a Hijri year
    }
    return { m, calendar, guarded: mm.p.guarded, clitic: mm.clitic, first: i, last, paired, year };
  };

  /** A Hijri month (y, m) as a Gregorian day range. */
  const hijriMonthValue = (y: number, m: number): Value | null => {
    const r = hijriMonthDays(y, m);
    return r ? { g: 'days', a: r[0], b: r[1] } : null;
  };
  /** The Hijri year in which month m of a Hijri calendar begins in Gregorian year gy («رمضان 2023»). */
  const hijriYearIn = (m: number, gy: number): number | null => {
    const h0 = hijriOf(dayOf(gy, 1, 1))[0];
    for (const hy of [h0, h0 + 1]) {
      const a = dayOfHijri(hy, m, 1);
      if (a !== null && ymd(a)[0] === gy) return hy;
    }
    return null;
  };

  /** Month (+ year, or + «الماضي/المقبل», or alone): «يوليو/ تموز 2021», «رمضان 1444 هـ», «مارس الماضي». */
  const monthExpr = (i: number, guardOk: boolean): Hit | null => {
    const mt = monthTail(i, true);
    if (!mt) return null;
    const shift = mt.year ? undefined : find(mt.last + 1, 'shift', false);
    if (mt.guarded && !guardOk && !mt.paired && !mt.year && !shift) return null;
    const base = { first: i, clitic: mt.clitic, granularity: 'month' as const, calendar: mt.calendar };
    if (mt.year) {
      const last = mt.year.last;
      if (mt.calendar === 'gregorian') {
        if (mt.year.calendar !== 'gregorian') return null;
        return { ...base, last, value: { g: 'month', y: mt.year.y, m: mt.m }, relative: false, hijri: null };
      }
      const hy = mt.year.calendar === 'hijri' ? mt.year.y : hijriYearIn(mt.m, mt.year.y);
      return { ...base, last, value: hy === null ? null : hijriMonthValue(hy, mt.m), relative: false, hijri: hy === null ? null : `${hy}-${pad(mt.m)}` };
    }
    const last = shift ? shift.last : mt.last;
    const mode: Mode = shift ? modeOfShift(shift.p.value) : isFuture(i, last) ? 'onOrAfter' : 'onOrBefore';
    if (pub === null) return { ...base, last, value: null, relative: true, hijri: null };
    if (mt.calendar === 'gregorian') {
      const [py, pm] = ymd(pub);
      return { ...base, last, value: { g: 'month', y: yearFor(mt.m, pm, py, mode), m: mt.m }, relative: true, hijri: null };
    }
    const [hy, hm] = hijriOf(pub);
    const y = yearFor(mt.m, hm, hy, mode);
    return { ...base, last, value: hijriMonthValue(y, mt.m), relative: true, hijri: `${y}-${pad(mt.m)}` };
  };

  /** Day + month (+ year): «15 مارس 2022», «الخامس عشر من مارس», «١٥ آذار ٢٠٢٢», «15 رمضان 1444 هـ». */
  const dayMonth = (i: number): Hit | null => {
    let d = numAt(i, 2);
    let dayLast = i;
    let clitic = 0;
    if (d < 0) {
      const o = find(i, 'ordinal');
      if (!o) return null;
      d = o.p.value;
      dayLast = o.last;
      clitic = o.clitic;
    }
    if (d < 1 || d > 31) return null;
    let j = dayLast + 1;
    if (inSet(j, S.rangeFrom, false) >= 0) j++; // «الخامس عشر من مارس»
    const mt = monthTail(j, false);
    if (!mt) return null;
    const base = { first: i, clitic, last: mt.year ? mt.year.last : mt.last, granularity: 'day' as const, calendar: mt.calendar };
    if (mt.calendar === 'gregorian') {
      if (mt.year) {
        if (mt.year.calendar !== 'gregorian' || d > daysInMonth(mt.year.y, mt.m)) return null;
        return { ...base, value: { g: 'day', a: dayOf(mt.year.y, mt.m, d) }, relative: false, hijri: null };
      }
      if (pub === null) return { ...base, value: null, relative: true, hijri: null };
      const [py, pm, pd] = ymd(pub);
      const y = yearFor(mt.m * 100 + d, pm * 100 + pd, py, isFuture(i, base.last) ? 'onOrAfter' : 'onOrBefore');
      return { ...base, value: d <= daysInMonth(y, mt.m) ? { g: 'day', a: dayOf(y, mt.m, d) } : null, relative: true, hijri: null };
    }
    let hy: number | null;
    let relative = false;
    if (mt.year) hy = mt.year.calendar === 'hijri' ? mt.year.y : hijriYearIn(mt.m, mt.year.y);
    else if (pub === null) hy = null;
    else {
      const [py, pm, pd] = hijriOf(pub);
      hy = yearFor(mt.m * 100 + d, pm * 100 + pd, py, isFuture(i, base.last) ? 'onOrAfter' : 'onOrBefore');
    }
    if (!mt.year) relative = true;
    const day = hy === null ? null : dayOfHijri(hy, mt.m, d);
    return { ...base, value: day === null ? null : { g: 'day', a: day }, relative, hijri: hy === null ? null : `${hy}-${pad(mt.m)}-${pad(d)}` };
  };

  /** All-number dates: «15/3/2022», «2022-03-15», «15.3.2022». */
  const numericDate = (i: number): Hit | null => {
    let parts: number[];
    let last = i;
    const t = toks[i];
    if (t.kind !== 'number') return null;
    if (/^\d{1,2}\.\d{1,2}\.\d{4}$/u.test(t.norm)) parts = t.norm.split('.').map(Number);
    else {
      const sep = punctAt(i + 1);
      if (!SEPARATORS.has(sep) || punctAt(i + 3) !== sep || !glued(i + 1) || !glued(i + 2) || !glued(i + 3) || !glued(i + 4)) return null;
      const a = numAt(i), b = numAt(i + 1 + 1, 2), c = numAt(i + 4);
      if (a < 0 || b < 0 || c < 0) return null;
      parts = [a, b, c];
      last = i + 4;
      if (t.norm.length === 4) parts = [c, b, a]; // year first: 2022-03-15
      else if (toks[i + 4].norm.length !== 4) return null;
    }
    const [d, m, y] = parts;
    if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 2199 || d > daysInMonth(y, m)) return null;
    return { first: i, clitic: 0, last, value: { g: 'day', a: dayOf(y, m, d) }, granularity: 'day', relative: false, calendar: 'gregorian', hijri: null };
  };

  let lastYear = -2; // last token of the previous year mention, for «في 2019 و2020»
  /** A bare year: with a calendar suffix, after a cue word («في 2019», «منذ 2011»), or «و2020» after a year. */
  const bareYear = (i: number): Hit | null => {
    const yr = yearNum(i);
    if (!yr) return null;
    if (yr.last > i) return yearHit(i, 0, yr);
    if (yr.y < 1900 || yr.y > 2099) return null;
    const cue = inSet(i - 1, S.yearCues) >= 0 && inSet(i - 2, S.countWords) < 0; // not «أكثر من 2000»
    const andYear = toks[i - 1]?.norm === 'و' && lastYear === i - 2;
    if (!cue && !andYear) return null;
    // «في 2000 موقع»: a round number followed by an indefinite noun is a count, not a year.
    const next = toks[i + 1];
    if (yr.y % 100 === 0 && next && next.kind === 'arabic' && !next.norm.startsWith('ال') && matches(i + 1).length === 0 && inSet(i + 1, S.clauseBreaks) < 0) return null;
    return yearHit(i, 0, yr);
  };

  /** «2010-2012», «2010–2012». */
  const yearDash = (i: number): Hit | null => {
    if (!RANGE_DASHES.has(punctAt(i + 1))) return null;
    const a = yearNum(i), b = yearNum(i + 2);
    if (!a || !b || a.last !== i || a.y < 1900 || b.y > 2099 || !glued(i + 1) || !glued(i + 2)) return null;
    return rangeHit(i, 0, a, b);
  };

  /** «عام 2020», «العام 2000», «سنة 1445 هـ», «عامي 2015 و2018». */
  const yearWord = (i: number): Hit | null => {
    let k = inSet(i, S.yearWords);
    if (k >= 0) {
      const yr = yearNum(i + 1);
      return yr ? yearHit(i, k, yr) : null;
    }
    k = inSet(i, S.yearPairWords);
    if (k < 0) return null;
    const a = yearNum(i + 1);
    const j = a ? andAt(a.last + 1) : -1;
    const b = j >= 0 ? yearNum(j) : null;
    return a && b ? rangeHit(i, k, a, b) : null;
  };
  /** The year token after «و» or «وعام» at j, or -1. */
  const andAt = (j: number): number => {
    const t = toks[j];
    if (!t || t.kind !== 'arabic') return -1;
    if (t.norm === 'و') return inSet(j + 1, S.yearWords, false) >= 0 ? j + 2 : j + 1;
    return t.norm[0] === 'و' && S.yearWords.has(t.norm.slice(1)) ? j + 1 : -1;
  };

  /** «بين (عامي) 2015 و2018», «من (عام) 2010 إلى (عام) 2012». */
  const yearRange = (i: number): Hit | null => {
    const between = inSet(i, S.rangeBetween);
    const from = between >= 0 ? -1 : inSet(i, S.rangeFrom);
    if (between < 0 && from < 0) return null;
    let j = i + 1;
    if (inSet(j, S.yearWords, false) >= 0 || inSet(j, S.yearPairWords, false) >= 0) j++;
    const a = yearNum(j);
    if (!a) return null;
    let b: YearNum | null = null;
    if (between >= 0) {
      const k = andAt(a.last + 1);
      b = k >= 0 ? yearNum(k) : null;
    } else if (inSet(a.last + 1, S.rangeTo) >= 0) {
      let k = a.last + 2;
      if (inSet(k, S.yearWords, false) >= 0) k++;
      b = yearNum(k);
    }
    return b ? rangeHit(i, Math.max(between, from), a, b) : null;
  };

  /** «التسعينيات», «تسعينيات القرن الماضي», «العقد الأول من الألفية». */
  const decadeExpr = (i: number, modified: boolean): Hit | null => {
    const d = find(i, 'decade');
    if (!d || (d.p.needsModifier && !modified)) return null;
    let start = d.p.value;
    let last = d.last;
    const j = inSet(last + 1, S.rangeFrom, false) >= 0 ? last + 2 : last + 1;
    const c = find(j, 'century', false);
    if (c) {
      start = c.p.value + (start % 100);
      last = c.last;
    }
    return { first: i, clitic: d.clitic, last, value: { g: 'years', a: start, b: start + 9 }, granularity: 'range', relative: false, calendar: 'gregorian', hijri: null };
  };

  /** «الأسبوع الماضي», «الشهر الجاري», «العام المقبل», «هذا العام». */
  const relativeUnit = (i: number): Hit | null => {
    const th = inSet(i, S.thisWords);
    const u = find(th >= 0 ? i + 1 : i, 'unit', th < 0);
    if (!u || u.p.form !== 'definite') return null;
    const sh = th >= 0 ? undefined : find(u.last + 1, 'shift', false);
    if (th < 0 && !sh) return null;
    const last = sh ? sh.last : u.last;
    const value = pub === null ? null : shiftUnit(pub, u.p.unit, sh ? sh.p.value : 0);
    return { first: i, clitic: th >= 0 ? th : u.clitic, last, value, granularity: u.p.unit, relative: true, calendar: 'gregorian', hijri: null };
  };

  /** «منذ ثلاثة أيام», «قبل 5 سنوات», «بعد أسبوعين», «منذ عام». Not «قبل يومين من الانتخابات» (another anchor). */
  const agoExpr = (i: number): Hit | null => {
    const a = find(i, 'ago');
    if (!a) return null;
    let j = a.last + 1;
    let count = -1;
    let unit = find(j, 'unit', false);
    if (unit && unit.p.form === 'dual') count = 2;
    else if (unit && unit.p.form === 'singular' && a.p.value < 0 && numAt(unit.last + 1) < 0) count = 1;
    else {
      const num = numAt(j, 3);
      const card = num < 0 ? find(j, 'cardinal', false) : undefined;
      if (num < 0 && !card) return null;
      count = num >= 0 ? num : card!.p.value;
      j = card ? card.last + 1 : j + 1;
      unit = find(j, 'unit', false);
      if (!unit || (unit.p.form !== 'plural' && unit.p.form !== 'singular')) return null;
    }
    if (!unit || inSet(unit.last + 1, S.anchorWords, false) >= 0) return null;
    const value = pub === null ? null : shiftUnit(pub, unit.p.unit, count * a.p.value);
    return { first: i, clitic: a.clitic, last: unit.last, value, granularity: unit.p.unit, relative: true, calendar: 'gregorian', hijri: null };
  };

  /** A word that turns «اليوم/غدا» into a noun («اليوم الوطني») or a verb («غدا الوضع…»). */
  const blocksRelativeDay = (i: number, r: Match): boolean => {
    if (inSet(i - 1, S.todayNotAfter) >= 0) return true;
    const next = r.last + 1;
    if (next >= n || toks[next].kind !== 'arabic') return false;
    if (inSet(next, S.todayNotBefore, false) >= 0 || find(next, 'ordinal', false)) return true;
    const w = toks[next].norm;
    const dateWord = matches(next).some((m) => m.p.kind === 'weekday' || m.p.kind === 'relday' || m.p.kind === 'shift');
    if (dateWord || !w.startsWith('ال')) return false;
    if (w.length >= 5 && w.endsWith('ي')) return true; // a nisba adjective: «اليوم العالمي»
    return i === 0 || toks[i - 1].kind === 'punct' || toks[i - 1].sentence !== toks[i].sentence; // clause-initial «غدا الوضع»
  };

  /** «أمس», «اليوم», «أول أمس», «بعد غد», optionally with the weekday named: «اليوم الأحد». */
  const relativeDay = (i: number): Hit | null => {
    const r = find(i, 'relday');
    if (!r || (r.p.guarded && blocksRelativeDay(i, r))) return null;
    const w = find(r.last + 1, 'weekday', false);
    const last = w ? w.last : r.last;
    const value: Value | null = pub === null ? null : { g: 'day', a: pub + r.p.value };
    return { first: i, clitic: r.clitic, last, value, granularity: 'day', relative: true, calendar: 'gregorian', hijri: null };
  };

  /** «الإثنين», «الأحد الماضي», «الخميس المقبل», «الأحد 15 مارس 2022». */
  const weekdayExpr = (i: number, guardOk: boolean): Hit | null => {
    const w = find(i, 'weekday');
    if (!w) return null;
    if (w.p.guarded && !guardOk && (inSet(i - 1, S.weekdayNotAfter) >= 0 || inSet(w.last + 1, S.weekdayNotBefore, false) >= 0)) return null;
    let j = w.last + 1;
    if (punctAt(j) === '،' || punctAt(j) === ',') j++;
    const date = j < n ? (numericDate(j) ?? dayMonth(j)) : null;
    if (date) return { ...date, first: i, clitic: w.clitic }; // the date says which day the weekday is
    const sh = find(w.last + 1, 'shift', false);
    const last = sh ? sh.last : w.last;
    let value: Value | null = null;
    if (pub !== null) {
      const mode = sh ? modeOfShift(sh.p.value) : isFuture(i, last) ? 'onOrAfter' : 'onOrBefore';
      const back = (isoWeekday(pub) - w.p.value + 7) % 7, fwd = (w.p.value - isoWeekday(pub) + 7) % 7;
      const day = mode === 'before' ? pub - (back || 7) : mode === 'after' ? pub + (fwd || 7) : mode === 'onOrAfter' ? pub + fwd : pub - back;
      value = { g: 'day', a: day };
    }
    return { first: i, clitic: w.clitic, last, value, granularity: 'day', relative: true, calendar: 'gregorian', hijri: null };
  };

  /** «مطلع 2021», «منتصف التسعينيات», «أواخر الشهر الماضي», «نهاية عام 2020». */
  const partExpr = (i: number): Hit | null => {
    const p = find(i, 'part');
    if (!p) return null;
    const j = p.last + 1;
    const yr = yearNum(j);
    const inner =
      yearWord(j) ?? decadeExpr(j, true) ?? relativeUnit(j) ?? monthExpr(j, true) ??
      (yr && (yr.last > j || (yr.y >= 1900 && yr.y <= 2099)) ? yearHit(j, 0, yr) : null);
    if (!inner || inner.clitic > 0) return null;
    return { ...inner, first: i, clitic: p.clitic, part: p.p.part };
  };

  /** Expressions led by a word, in order of specificity. */
  const atWord = (i: number): Hit | null => {
    const ms = matches(i);
    if (ms.length) {
      const hit = partExpr(i) ?? decadeExpr(i, false) ?? relativeDay(i) ?? agoExpr(i) ?? relativeUnit(i) ?? dayMonth(i) ?? weekdayExpr(i, false) ?? monthExpr(i, false);
      if (hit) return hit;
    }
    const hit = yearRange(i) ?? yearWord(i) ?? relativeUnit(i);
    if (hit) return hit;
    // «شهر رمضان», «يوم الأحد»: the cue word vouches for an ambiguous name but stays outside the span.
    if (inSet(i, S.monthWords) >= 0) return monthExpr(i + 1, true);
    if (inSet(i, S.dayWords) >= 0) return weekdayExpr(i + 1, true);
    return null;
  };

  // Most words start no expression: test their clitic readings against one set before any parsing.
  const leads = vocabulary.leads;
  const isLead = (w: string): boolean => {
    if (leads.has(w)) return true;
    if (w.length < 3) return false;
    let k = 0;
    if (w[0] === 'و' || w[0] === 'ف') {
      if (leads.has(w.slice(1))) return true;
      k = 1;
    }
    const c = w[k];
    if (c === 'ل' && w[k + 1] === 'ل') return leads.has('ا' + w.slice(k + 1));
    return (c === 'ب' || c === 'ل' || c === 'ك') && leads.has(w.slice(k + 1));
  };

  const out: DateMention[] = [];
  for (let i = 0; i < n; ) {
    const t = toks[i];
    const hit = t.kind === 'number' ? (numericDate(i) ?? dayMonth(i) ?? yearDash(i) ?? bareYear(i)) : t.kind === 'arabic' && isLead(t.norm) ? atWord(i) : null;
    if (!hit) {
      i++;
      continue;
    }
    if (hit.granularity === 'year' && hit.calendar === 'gregorian' && !hit.relative) lastYear = hit.last;
    const start = afterClitic(input, toks[hit.first], hit.clitic);
    const end = toks[hit.last].end;
    out.push({
      start, end, text: input.slice(start, end), value: format(hit.value), granularity: hit.granularity, relative: hit.relative,
      calendar: hit.calendar, hijri: hit.hijri, sentence: toks[hit.first].sentence, part: hit.part ?? null,
    });
    i = hit.last + 1;
  }
  return out;
}

/** 'YYYY-MM-DD…' as an epoch day, or null when absent or not a real date. */
function parsePublication(p: string | null): number | null {
  const m = p === null ? null : /^(\d{4})-(\d{2})-(\d{2})/u.exec(p);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayOf(y, mo, d);
}

/** Original offset of a token's start after `clitic` folded letters (and their vowel marks). */
function afterClitic(input: string, t: Token, clitic: number): number {
  if (clitic === 0) return t.start;
  let pos = t.start;
  for (let count = 0; count < clitic && pos < t.end; pos++) {
    const f = FOLD_TABLE[input.charCodeAt(pos)];
    if (f === MULTI) return t.start; // a ligature or surrogate: the clitic cannot be split off
    if (f !== DROP) count++;
  }
  while (pos < t.end && FOLD_TABLE[input.charCodeAt(pos)] === DROP) pos++;
  return pos;
}
