import { z } from 'zod';
import { BUNDLED_DATA } from '../data/bundled.generated.js';
import { DataError } from '../lexicon/load.js';
import { foldWord } from '../text/normalize.js';

/**
 * The date vocabulary (data/dates/calendar.json, docs/dates.md): every word the date finder
 * knows is data. Every list is optional so that a user's file with the same schema can add to
 * any of them; an unknown key is an error so that a typo does not pass silently.
 */
const words = z.array(z.string().trim().min(1)).default([]);
const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const DatesFileSchema = z
  .object({
    schema: z.literal('amana-dates/1'),
    description: z.string().optional(),
    months: z.array(z.object({ calendar: z.enum(['gregorian', 'hijri']), month: int(1, 12), forms: words, guarded: words }).strict()).default([]),
    /** ISO weekday numbers: 1 Monday … 7 Sunday. */
    weekdays: z.array(z.object({ day: int(1, 7), forms: words, guarded: words }).strict()).default([]),
    ordinals: z.array(z.object({ value: int(1, 31), forms: words }).strict()).default([]),
    cardinals: z.array(z.object({ value: int(1, 1000), forms: words }).strict()).default([]),
    decades: z.array(z.object({ start: int(1000, 2990), forms: words, needs_modifier: z.boolean().default(false) }).strict()).default([]),
    centuries: z.array(z.object({ start: int(1000, 2900), forms: words }).strict()).default([]),
    relative_days: z.array(z.object({ offset: int(-7, 7), forms: words, guarded: words }).strict()).default([]),
    units: z
      .array(z.object({ unit: z.enum(['day', 'week', 'month', 'year']), singular: words, dual: words, plural: words, definite: words }).strict())
      .default([]),
    shifts: z.array(z.object({ offset: int(-1, 1), forms: words }).strict()).default([]),
    parts: z.array(z.object({ part: z.enum(['early', 'mid', 'late']), forms: words }).strict()).default([]),
    ago: z.array(z.object({ direction: z.union([z.literal(-1), z.literal(1)]), forms: words }).strict()).default([]),
    year_words: words,
    year_pair_words: words,
    year_cues: words,
    range_from: words,
    range_to: words,
    range_between: words,
    hijri_suffixes: words,
    gregorian_suffixes: words,
    month_words: words,
    day_words: words,
    this_words: words,
    future_markers: words,
    future_verb_not: words,
    clause_breaks: words,
    today_not_after: words,
    today_not_before: words,
    weekday_not_after: words,
    weekday_not_before: words,
    count_words: words,
    anchor_words: words,
  })
  .strict();
export type DatesFile = z.infer<typeof DatesFileSchema>;

export type Unit = 'day' | 'week' | 'month' | 'year';
export type Part = 'early' | 'mid' | 'late';

/** One multi-word vocabulary item, in folded words; `value` is its number (month, day, offset…). */
export type Phrase =
  | { kind: 'month'; words: string[]; value: number; calendar: 'gregorian' | 'hijri'; guarded: boolean }
  | { kind: 'weekday'; words: string[]; value: number; guarded: boolean }
  | { kind: 'ordinal'; words: string[]; value: number }
  | { kind: 'cardinal'; words: string[]; value: number }
  | { kind: 'century'; words: string[]; value: number }
  | { kind: 'shift'; words: string[]; value: number }
  | { kind: 'decade'; words: string[]; value: number; needsModifier: boolean }
  | { kind: 'relday'; words: string[]; value: number; guarded: boolean }
  | { kind: 'unit'; words: string[]; unit: Unit; form: 'singular' | 'dual' | 'plural' | 'definite' }
  | { kind: 'part'; words: string[]; part: Part }
  | { kind: 'ago'; words: string[]; value: number };

/** Single-word lists, folded, as sets. */
export interface DateWordSets {
  readonly yearWords: ReadonlySet<string>;
  readonly yearPairWords: ReadonlySet<string>;
  readonly yearCues: ReadonlySet<string>;
  readonly rangeFrom: ReadonlySet<string>;
  readonly rangeTo: ReadonlySet<string>;
  readonly rangeBetween: ReadonlySet<string>;
  readonly hijriSuffixes: ReadonlySet<string>;
  readonly gregorianSuffixes: ReadonlySet<string>;
  readonly monthWords: ReadonlySet<string>;
  readonly dayWords: ReadonlySet<string>;
  readonly thisWords: ReadonlySet<string>;
  readonly futureMarkers: ReadonlySet<string>;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly todayNotAfter: ReadonlySet<string>;
  readonly todayNotBefore: ReadonlySet<string>;
  readonly weekdayNotAfter: ReadonlySet<string>;
  readonly weekdayNotBefore: ReadonlySet<string>;
  readonly countWords: ReadonlySet<string>;
  readonly anchorWords: ReadonlySet<string>;
}

export interface DateVocabulary {
  /** Phrases by their first folded word, longest first. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  readonly sets: DateWordSets;
  /** Every word that can begin an expression (phrase first words and cue words): a cheap first test per token. */
  readonly leads: ReadonlySet<string>;
  /** Folded word starts that look like a future verb (سيـ/ستـ) but are nouns («سياسة»). */
  readonly futureVerbNot: readonly string[];
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

/**
 * Validate and index date vocabulary files; their lists are concatenated (a user's file adds to
 * the bundled one, nothing is removed). Each item is either the parsed JSON or `{ name, json }`
 * (the name is used in error messages).
 */
export function buildDateVocabulary(files: readonly unknown[]): DateVocabulary {
  const parsed: DatesFile[] = files.map((f, k) => {
    const named = typeof f === 'object' && f !== null && 'json' in f && 'name' in f && typeof (f as { name: unknown }).name === 'string';
    const name = named ? (f as { name: string }).name : `file ${k + 1}`;
    const r = DatesFileSchema.safeParse(named ? (f as { json: unknown }).json : f);
    if (!r.success) throw new DataError(`dates ${name}: ${firstIssue(r.error)}`);
    return r.data;
  });
  const phrases = new Map<string, Phrase[]>();
  const add = (form: string, make: (words: string[]) => Phrase) => {
    const words = foldWord(form).split(/\s+/u).filter(Boolean);
    if (words.length === 0) return;
    const list = phrases.get(words[0]) ?? [];
    list.push(make(words));
    phrases.set(words[0], list);
  };
  const isGuarded = (guarded: readonly string[]) => {
    const set = new Set(guarded.map(foldWord));
    return (form: string) => set.has(foldWord(form));
  };
  const sets = {
    yearWords: new Set<string>(), yearPairWords: new Set<string>(), yearCues: new Set<string>(), rangeFrom: new Set<string>(),
    rangeTo: new Set<string>(), rangeBetween: new Set<string>(), hijriSuffixes: new Set<string>(), gregorianSuffixes: new Set<string>(),
    monthWords: new Set<string>(), dayWords: new Set<string>(), thisWords: new Set<string>(), futureMarkers: new Set<string>(),
    clauseBreaks: new Set<string>(), todayNotAfter: new Set<string>(), todayNotBefore: new Set<string>(), weekdayNotAfter: new Set<string>(),
    weekdayNotBefore: new Set<string>(), countWords: new Set<string>(), anchorWords: new Set<string>(),
  };
  const futureVerbNot: string[] = [];
  for (const f of parsed) {
    for (const m of f.months) {
      const g = isGuarded(m.guarded);
      for (const w of m.forms) add(w, (words) => ({ kind: 'month', words, value: m.month, calendar: m.calendar, guarded: g(w) }));
    }
    for (const d of f.weekdays) {
      const g = isGuarded(d.guarded);
      for (const w of d.forms) add(w, (words) => ({ kind: 'weekday', words, value: d.day, guarded: g(w) }));
    }
    for (const d of f.relative_days) {
      const g = isGuarded(d.guarded);
      for (const w of d.forms) add(w, (words) => ({ kind: 'relday', words, value: d.offset, guarded: g(w) }));
    }
    for (const o of f.ordinals) for (const w of o.forms) add(w, (words) => ({ kind: 'ordinal', words, value: o.value }));
    for (const o of f.cardinals) for (const w of o.forms) add(w, (words) => ({ kind: 'cardinal', words, value: o.value }));
    for (const o of f.centuries) for (const w of o.forms) add(w, (words) => ({ kind: 'century', words, value: o.start }));
    for (const o of f.shifts) for (const w of o.forms) add(w, (words) => ({ kind: 'shift', words, value: o.offset }));
    for (const o of f.ago) for (const w of o.forms) add(w, (words) => ({ kind: 'ago', words, value: o.direction }));
    for (const o of f.decades) for (const w of o.forms) add(w, (words) => ({ kind: 'decade', words, value: o.start, needsModifier: o.needs_modifier }));
    for (const o of f.parts) for (const w of o.forms) add(w, (words) => ({ kind: 'part', words, part: o.part }));
    for (const u of f.units) {
      for (const form of ['singular', 'dual', 'plural', 'definite'] as const) {
        for (const w of u[form]) add(w, (words) => ({ kind: 'unit', words, unit: u.unit, form }));
      }
    }
    const fill = (set: Set<string>, list: readonly string[]) => list.forEach((w) => set.add(foldWord(w)));
    fill(sets.yearWords, f.year_words); fill(sets.yearPairWords, f.year_pair_words); fill(sets.yearCues, f.year_cues);
    fill(sets.rangeFrom, f.range_from); fill(sets.rangeTo, f.range_to); fill(sets.rangeBetween, f.range_between);
    fill(sets.hijriSuffixes, f.hijri_suffixes); fill(sets.gregorianSuffixes, f.gregorian_suffixes); fill(sets.monthWords, f.month_words);
    fill(sets.dayWords, f.day_words); fill(sets.thisWords, f.this_words); fill(sets.futureMarkers, f.future_markers);
    fill(sets.clauseBreaks, f.clause_breaks); fill(sets.todayNotAfter, f.today_not_after); fill(sets.todayNotBefore, f.today_not_before);
    fill(sets.weekdayNotAfter, f.weekday_not_after); fill(sets.weekdayNotBefore, f.weekday_not_before);
    fill(sets.countWords, f.count_words); fill(sets.anchorWords, f.anchor_words);
    futureVerbNot.push(...f.future_verb_not.map(foldWord));
  }
  // Longest first: «ربيع الأول» before «ربيع», «أول أمس» before the ordinal «الأول».
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const leads = new Set<string>([...phrases.keys(), ...sets.yearWords, ...sets.yearPairWords, ...sets.rangeBetween, ...sets.rangeFrom, ...sets.thisWords, ...sets.monthWords, ...sets.dayWords]);
  return { phrases, sets, futureVerbNot, leads };
}

let cached: DateVocabulary | null = null;

/** The bundled vocabulary (data/dates/calendar.json), built once. */
export function defaultDateVocabulary(): DateVocabulary {
  if (cached) return cached;
  const json = BUNDLED_DATA['dates/calendar.json'];
  if (json === undefined) throw new DataError('bundled data file data/dates/calendar.json is missing');
  cached = buildDateVocabulary([{ name: 'data/dates/calendar.json', json }]);
  return cached;
}
