import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, foldWord, type ExtractReport } from '../src/index.js';
import { ROOT } from './shared.js';

/** A passage of eval/extract/*.jsonl (format: eval/extract/FORMAT.md). */
interface Passage {
  id: string;
  date: string | null;
  text: string;
  people: { name: string; role: string | null }[];
  orgs: string[];
  places: { name: string; country: string | null }[];
  quotes: { kind: 'direct' | 'indirect'; text: string; speaker: string | null; channel: string | null }[];
  dates: { text: string; value: string | null; hijri?: string }[];
  credits: string[];
}

/**
 * tp/fp count predictions (for precision), found/fn count gold items (for recall): for entities
 * they differ, since one predicted entity may rightly cover two gold names of the same thing.
 */
export interface Counts {
  tp: number;
  fp: number;
  found: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, found: 0, fn: 0 });
/** A right answer: one true positive, one gold item found. */
const bump = (c: Counts) => {
  c.tp++;
  c.found++;
};
export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.found + c.fn === 0 ? 1 : c.found / (c.found + c.fn));

export const EXTRACT_TYPES = ['persons', 'roles', 'organisations', 'places', 'place countries', 'quotes found', 'quotes with correct speaker', 'quote channels', 'dates found', 'dates with correct value', 'credits'] as const;
export type ExtractType = (typeof EXTRACT_TYPES)[number];

export interface ExtractEval {
  passages: number;
  counts: Record<ExtractType, Counts>;
  errors: string[];
}

/**
 * The comparison key of a name or phrase: folded, without quotation marks and punctuation,
 * without a leading conjunction or preposition (و ف ب ل ك; لل read as ال), spaces collapsed.
 * Gold names are written without clitics (FORMAT.md); the tool's spans may keep one.
 */
export function key(s: string): string {
  let f = foldWord(s).replace(/[«»"“”„()[\].,،:؛!?؟\-–—/]/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (/^(و|ف)?لل/u.test(f) && f.length > 4) f = f.replace(/^(و|ف)?لل/u, 'ال');
  else if (/^(وب|ول|وك|فب|فل|و|ف|ب|ل|ك)ال/u.test(f)) f = f.replace(/^(وب|ول|وك|فب|فل|و|ف|ب|ل|ك)(?=ال)/u, '');
  return f;
}

/**
 * A role's comparison key: as `key`, and without the article or a clitic on its first word,
 * which a span cannot always drop or restore («للمخرجة المغربية» gives «لمخرجة …», the gold
 * says «المخرجة …»).
 */
function roleKey(s: string): string {
  return key(s).replace(/^(و|ف)?(ب|ل|ك)?(ال|ل)?/u, '');
}

/** Name keys with and without a single leading clitic letter on an article-less name («لرويترز»). */
function keys(s: string): string[] {
  const k = key(s);
  const out = [k];
  if (/^[وفبلك]/u.test(k) && k.length > 3 && !k.startsWith('ال')) out.push(k.slice(1));
  return out;
}

/** Do two spans of text overlap enough to be the same quotation (half of the shorter one)? */
function sameQuote(a: string, b: string): boolean {
  const x = key(a);
  const y = key(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const wx = new Set(x.split(' '));
  const wy = y.split(' ');
  const shared = wy.filter((w) => wx.has(w)).length;
  return shared >= 0.6 * Math.min(wx.size, wy.length);
}

/** The seed's gold annotation (eval/extract/seed-expected.json) with the text read from ../shared. */
export function evalExtractSeed(seedText: string): ExtractEval {
  const gold = JSON.parse(readFileSync(join(ROOT, 'eval', 'extract', 'seed-expected.json'), 'utf8')) as Omit<Passage, 'text'>;
  return evalPassages([{ ...gold, text: seedText }]);
}

function load(file: string): Passage[] {
  return readFileSync(join(ROOT, 'eval', 'extract', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Passage);
}

export function extractSetExists(file: string): boolean {
  return existsSync(join(ROOT, 'eval', 'extract', file));
}

/** Score `amana extract` against a labelled file, per type; every miss and false alarm is listed in `errors`. */
export function evalExtract(file: string): ExtractEval {
  return evalPassages(load(file));
}

function evalPassages(passages: readonly Passage[]): ExtractEval {
  const counts = Object.fromEntries(EXTRACT_TYPES.map((t) => [t, zero()])) as Record<ExtractType, Counts>;
  const errors: string[] = [];
  for (const p of passages) {
    const r = extract(p.text, { date: p.date ?? null });
    scorePassage(p, r, counts, (m) => errors.push(`${p.id}: ${m}`));
  }
  return { passages: passages.length, counts, errors };
}

function scorePassage(p: Passage, r: ExtractReport, c: Record<ExtractType, Counts>, err: (m: string) => void): void {
  // Entities: each predicted entity is the set of keys of its mention texts and its name.
  const entityKeys = new Map<string, Set<string>>();
  for (const m of r.entities) {
    const set = entityKeys.get(m.entity_id) ?? new Set<string>();
    for (const k of keys(m.text)) set.add(k);
    entityKeys.set(m.entity_id, set);
  }
  for (const e of r.entity_index) {
    const set = entityKeys.get(e.entity_id) ?? new Set<string>();
    for (const k of keys(e.name)) set.add(k);
    entityKeys.set(e.entity_id, set);
  }
  const matchEntities = (type: 'person' | 'org' | 'place', gold: string[], counts: Counts, label: string) => {
    const predicted = r.entity_index.filter((e) => e.type === type);
    const goldKeys = gold.map(key);
    const found = new Map<number, string>(); // gold index → entity id
    for (const e of predicted) {
      const ks = entityKeys.get(e.entity_id)!;
      let hit = false;
      goldKeys.forEach((g, i) => {
        if (ks.has(g)) {
          hit = true;
          if (!found.has(i)) found.set(i, e.entity_id);
        }
      });
      if (hit) counts.tp++;
      else {
        counts.fp++;
        err(`${label} false alarm «${e.name}»`);
      }
    }
    gold.forEach((g, i) => {
      if (found.has(i)) counts.found++;
      else {
        counts.fn++;
        err(`${label} missed «${g}»`);
      }
    });
    return found;
  };
  const people = matchEntities('person', p.people.map((x) => x.name), c.persons, 'person');
  // Roles: for each gold person found, the entity's first role against the gold role.
  p.people.forEach((g, i) => {
    const id = people.get(i);
    const e = id ? r.entity_index.find((x) => x.entity_id === id) : undefined;
    const predicted = e?.roles[0] ?? null;
    if (g.role && predicted && roleKey(predicted) === roleKey(g.role)) bump(c.roles);
    else {
      if (predicted) {
        c.roles.fp++;
        err(`role of «${g.name}»: «${predicted}»${g.role ? ` instead of «${g.role}»` : ' (none expected)'}`);
      }
      if (g.role) {
        c.roles.fn++;
        if (!predicted) err(`role of «${g.name}» missed: «${g.role}»`);
      }
    }
  });
  // Predicted people not in gold with roles count as role false alarms too.
  for (const e of r.entity_index) if (e.type === 'person' && e.roles.length && ![...people.values()].includes(e.entity_id)) c.roles.fp++;
  matchEntities('org', p.orgs, c.organisations, 'org');
  const places = matchEntities('place', p.places.map((x) => x.name), c.places, 'place');
  p.places.forEach((g, i) => {
    const id = places.get(i);
    if (!id || !g.country) return;
    const e = r.entity_index.find((x) => x.entity_id === id);
    if (e?.country === g.country) bump(c['place countries']);
    else {
      c['place countries'].fp++;
      c['place countries'].fn++;
      err(`place «${g.name}»: country ${e?.country ?? 'none'} instead of ${g.country}`);
    }
  });

  // Quotations.
  const used = new Set<number>();
  for (const g of p.quotes) {
    const i = r.quotes.findIndex((q, k) => !used.has(k) && sameQuote(q.text, g.text));
    if (i < 0) {
      c['quotes found'].fn++;
      c['quotes with correct speaker'].fn++;
      err(`${g.kind} quote missed: «${g.text.slice(0, 60)}» (${g.speaker ?? 'unattributed'})`);
      continue;
    }
    used.add(i);
    bump(c['quotes found']);
    const q = r.quotes[i];
    const speakerKeys = q.speaker ? entityKeys.get(q.speaker.entity_id) ?? new Set(keys(q.speaker.text)) : null;
    const right = g.speaker === null ? q.speaker === null : !!speakerKeys && speakerKeys.has(key(g.speaker));
    if (right) bump(c['quotes with correct speaker']);
    else {
      c['quotes with correct speaker'].fp++;
      c['quotes with correct speaker'].fn++;
      err(`speaker of «${g.text.slice(0, 40)}»: ${q.speaker ? `«${q.speaker.text}»` : 'none'} instead of ${g.speaker ? `«${g.speaker}»` : 'none'}`);
    }
    if (g.channel || q.channel) {
      if (g.channel && q.channel && (key(q.channel.text) === key(g.channel) || keys(q.channel.text).includes(key(g.channel)))) bump(c['quote channels']);
      else {
        if (q.channel) c['quote channels'].fp++;
        if (g.channel) c['quote channels'].fn++;
        err(`channel of «${g.text.slice(0, 40)}»: ${q.channel ? `«${q.channel.text}»` : 'none'} instead of ${g.channel ? `«${g.channel}»` : 'none'}`);
      }
    }
  }
  r.quotes.forEach((q, k) => {
    if (used.has(k)) return;
    c['quotes found'].fp++;
    c['quotes with correct speaker'].fp++;
    err(`${q.kind} quote false alarm: «${q.text.slice(0, 60)}»`);
  });

  // Dates: matched by text; the value must be equal (or the Hijri value, when the gold gives only that).
  const usedDates = new Set<number>();
  for (const g of p.dates) {
    const i = r.dates.findIndex((d, k) => !usedDates.has(k) && (key(d.text) === key(g.text) || key(d.text).includes(key(g.text)) || key(g.text).includes(key(d.text))));
    if (i < 0) {
      c['dates found'].fn++;
      c['dates with correct value'].fn++;
      err(`date missed: «${g.text}» = ${g.value}`);
      continue;
    }
    usedDates.add(i);
    bump(c['dates found']);
    const d = r.dates[i];
    const right = d.value === g.value || (g.value === null && !!g.hijri && d.hijri === g.hijri);
    if (right) bump(c['dates with correct value']);
    else {
      c['dates with correct value'].fp++;
      c['dates with correct value'].fn++;
      err(`date «${g.text}»: ${d.value} instead of ${g.value}${g.hijri ? ` (hijri ${g.hijri}, got ${d.hijri})` : ''}`);
    }
  }
  r.dates.forEach((d, k) => {
    if (usedDates.has(k)) return;
    c['dates found'].fp++;
    c['dates with correct value'].fp++;
    err(`date false alarm: «${d.text}» = ${d.value}`);
  });

  // Credits.
  const goldCredits = p.credits.map(key);
  const predicted = r.credits.filter((x) => x.kind !== 'dateline');
  const hit = new Set<number>();
  for (const x of predicted) {
    const i = goldCredits.findIndex((g, k) => !hit.has(k) && keys(x.text).includes(g));
    if (i >= 0) {
      hit.add(i);
      bump(c.credits);
    } else {
      c.credits.fp++;
      err(`credit false alarm «${x.text}»`);
    }
  }
  p.credits.forEach((g, k) => {
    if (!hit.has(k)) {
      c.credits.fn++;
      err(`credit missed «${g}»`);
    }
  });
}
