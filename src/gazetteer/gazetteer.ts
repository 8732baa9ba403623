import { WordList } from '../context/lists.js';
import { normalizeForMatching } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { GazetteerFile } from './schema.js';

export type GazetteerKind = 'country' | 'capital' | 'place' | 'org' | 'media';

/** One named thing of the gazetteer, whatever spelling found it. */
export interface GazetteerEntry {
  readonly kind: GazetteerKind;
  /** Stable id: the country code for countries, the file's id for organisations and media. */
  readonly id: string;
  /** The display name: the first name listed. */
  readonly name: string;
  /** Place type, organisation or media kind, or 'country'. */
  readonly type: string;
  /** The country it is in or belongs to (a capital: the country it governs). */
  readonly country: string | null;
  /** The name is also a common word: only accepted with a cue. */
  readonly ambiguous: boolean;
}

/** A name as folded tokens, with what it names. */
interface NameForm {
  readonly tokens: readonly string[];
  /** The name as listed (its hamza is checked against the text's: «أطار» is not «إطار»). */
  readonly written: string;
  readonly entry: GazetteerEntry;
  readonly abbreviation: boolean;
}

/** A gazetteer name found at a token. */
export interface GazetteerHit {
  readonly entry: GazetteerEntry;
  readonly abbreviation: boolean;
  /** Tokens [from, to) of the text the name covers. */
  readonly from: number;
  readonly to: number;
  /** Folded characters of a clitic (و, ب, ل, وب…) on the first token that are not part of the name. */
  readonly clitic: number;
  /** Other entries the same words name («عمان» is Oman and Amman); the caller may prefer one. */
  readonly alternatives: GazetteerEntry[];
  /** The listed spelling that matched. */
  readonly written: string;
}

/** The names a word may start (through a clitic), and whether it is a head noun. */
type Readings = readonly { forms: readonly NameForm[]; clitic: number }[] & { readonly head: 'org' | 'place' | null };
const NO_READINGS: Readings = Object.assign([], { head: null });

/**
 * Clitics a name may carry on its first word, longest first: conjunction and preposition
 * («وبالمغرب» is و + ب + «المغرب»). ل before the article is written لل: handled apart.
 */
const NAME_CLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

/** The folded tokens of a name as the tokenizer would cut it in running text. */
function nameTokens(name: string): string[] {
  return tokenize(normalizeForMatching(name)).filter((t) => t.kind !== 'punct' || t.norm !== '\n').map((t) => t.norm);
}

/**
 * The gazetteer: countries, capitals, places, organisations and media outlets by every listed
 * spelling, and the nisba adjectives of countries, indexed by the folded first word so that a
 * text is matched in one pass over its tokens.
 */
export class Gazetteer {
  private readonly byFirst = new Map<string, NameForm[]>();
  private readonly adjectiveForms = new Map<string, string>();
  readonly orgHeads: WordList;
  /** Head + complement pairs that are ordinary phrases, folded, without the article: «حركه مرور». */
  readonly notOrganisations = new Set<string>();
  readonly placeHeads: WordList;
  readonly entries: readonly GazetteerEntry[];
  /** Country entries by code, to resolve a capital or adjective to its country. */
  readonly countries: ReadonlyMap<string, GazetteerEntry>;

  constructor(files: readonly GazetteerFile[]) {
    const entries: GazetteerEntry[] = [];
    const countries = new Map<string, GazetteerEntry>();
    const add = (name: string, entry: GazetteerEntry, abbreviation = false) => {
      const tokens = nameTokens(name);
      if (tokens.length === 0) return;
      const list = this.byFirst.get(tokens[0]) ?? [];
      // A later file may list the same spelling again (a user's override): the later one wins.
      const same = list.findIndex((f) => f.tokens.join(' ') === tokens.join(' ') && f.entry.kind === entry.kind);
      if (same >= 0) list.splice(same, 1);
      list.push({ tokens, entry, abbreviation, written: name });
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      this.byFirst.set(tokens[0], list);
    };
    for (const f of files) {
      for (const c of f.countries) {
        const entry: GazetteerEntry = { kind: 'country', id: c.code, name: c.names[0], type: 'country', country: c.code, ambiguous: c.ambiguous };
        entries.push(entry);
        countries.set(c.code, entry);
        for (const n of c.names) add(n, entry);
        for (const cap of c.capitals) {
          const capital: GazetteerEntry = { kind: 'capital', id: `capital:${c.code}:${cap}`, name: cap, type: 'city', country: c.code, ambiguous: false };
          entries.push(capital);
          add(cap, capital);
        }
        for (const a of c.adjectives) for (const form of adjectiveForms(nameTokens(a).join(' '))) this.adjectiveForms.set(form, c.code);
      }
      for (const p of f.places) {
        const entry: GazetteerEntry = { kind: 'place', id: `place:${p.country ?? 'xx'}:${p.names[0]}`, name: p.names[0], type: p.type, country: p.country, ambiguous: p.ambiguous };
        entries.push(entry);
        for (const n of p.names) add(n, entry);
      }
      for (const o of [...f.organisations.map((x) => ({ ...x, media: false })), ...f.media.map((x) => ({ ...x, media: true }))]) {
        const entry: GazetteerEntry = { kind: o.media ? 'media' : 'org', id: o.id, name: o.names[0], type: o.kind, country: o.country, ambiguous: o.ambiguous };
        entries.push(entry);
        for (const n of o.names) add(n, entry);
        for (const n of o.abbreviations) add(n, entry, true);
      }
    }
    this.entries = entries;
    this.countries = countries;
    this.orgHeads = new WordList(files.flatMap((f) => f.org_heads));
    for (const f of files) for (const p of f.not_organisations) this.notOrganisations.add(nameTokens(p).map((w) => w.replace(/^ال/u, '')).join(' '));
    this.placeHeads = new WordList(files.flatMap((f) => f.place_heads));
  }

  /**
   * The longest name starting at token i, read through a clitic on its first word («بالرباط»,
   * «للمغرب», «وواشنطن»). Names never cross a sentence end.
   */
  lookup(tokens: readonly Token[], i: number): GazetteerHit | null {
    return this.lookupWith(tokens, i, this.readingsOf(tokens[i]));
  }

  /** The name starting at token i and whether the word is a head noun, from one look-up of the word. */
  lookupAndHead(tokens: readonly Token[], i: number): { hit: GazetteerHit | null; head: 'org' | 'place' | null } {
    const readings = this.readingsOf(tokens[i]);
    return { hit: readings.length ? this.lookupWith(tokens, i, readings) : null, head: readings.head };
  }

  private lookupWith(tokens: readonly Token[], i: number, readings: Readings): GazetteerHit | null {
    let best: GazetteerHit | null = null;
    for (const r of readings) {
      for (const f of r.forms) {
        if (best && f.tokens.length < best.to - best.from) break;
        let ok = i + f.tokens.length <= tokens.length;
        for (let k = 1; ok && k < f.tokens.length; k++) ok = tokens[i + k].norm === f.tokens[k] && tokens[i + k].sentence === tokens[i].sentence;
        if (!ok) continue;
        // The same words may name two things («عمان»: Oman, and Amman): keep the others.
        if (best && f.tokens.length === best.to - best.from) {
          if (f.entry !== best.entry && !best.alternatives.includes(f.entry)) best.alternatives.push(f.entry);
          continue;
        }
        best = { entry: f.entry, abbreviation: f.abbreviation, from: i, to: i + f.tokens.length, clitic: r.clitic, alternatives: [], written: f.written };
      }
    }
    return best;
  }

  private readonly readingCache = new Map<string, Readings>();

  /**
   * The listed names a word may start, through a clitic, computed once per distinct word: the
   * text's words are mostly not names, and most of them repeat.
   */
  private readingsOf(t: Token): Readings {
    const first = t.norm;
    let out = this.readingCache.get(first);
    if (out) return out;
    const found: { forms: readonly NameForm[]; clitic: number }[] = [];
    const direct = this.byFirst.get(first);
    if (direct) found.push({ forms: direct, clitic: 0 });
    if (t.kind === 'arabic' && first.length >= 3) {
      for (const c of NAME_CLITICS) {
        if (first.length - c.length < 2 || !first.startsWith(c)) continue;
        const forms = this.byFirst.get(first.slice(c.length));
        if (forms) found.push({ forms, clitic: c.length });
      }
      // ل + the article is written لل: «للمغرب» is ل + «المغرب».
      for (const c of ['لل', 'ولل', 'فلل']) {
        if (first.length > c.length + 1 && first.startsWith(c)) {
          const forms = this.byFirst.get('ال' + first.slice(c.length));
          if (forms) found.push({ forms, clitic: c.length - 2 }); // the span keeps «لل»: no slice spells «المغرب»
        }
      }
    }
    const head: 'org' | 'place' | null = t.kind !== 'arabic' ? null : this.orgHeads.has(first) ? 'org' : this.placeHeads.has(first) ? 'place' : null;
    out = found.length || head ? Object.assign(found, { head }) : NO_READINGS;
    if (this.readingCache.size > 300_000) this.readingCache.clear();
    this.readingCache.set(first, out);
    return out;
  }

  /**
   * Is the word an organisation head («وزارة», «والجيش») or a place head («مدينة»)? From the
   * same per-word cache as the names it may start: one look-up per word of the text.
   */
  headKind(t: Token): 'org' | 'place' | null {
    return this.readingsOf(t).head;
  }

  /** The country code a nisba adjective names («الإسرائيلية», «مغربيين»), or null. */
  adjectiveCountry(norm: string): string | null {
    let c = this.adjectiveCache.get(norm);
    if (c === undefined) {
      c = this.computeAdjectiveCountry(norm);
      if (this.adjectiveCache.size > 300_000) this.adjectiveCache.clear();
      this.adjectiveCache.set(norm, c);
    }
    return c;
  }

  private readonly adjectiveCache = new Map<string, string | null>();

  private computeAdjectiveCountry(norm: string): string | null {
    const direct = this.adjectiveForms.get(norm);
    if (direct) return direct;
    for (const c of NAME_CLITICS) {
      if (norm.length - c.length >= 4 && norm.startsWith(c)) {
        const code = this.adjectiveForms.get(norm.slice(c.length));
        if (code) return code;
      }
    }
    if (norm.startsWith('لل')) return this.adjectiveForms.get('ال' + norm.slice(2)) ?? null;
    return null;
  }
}

/** The inflected forms of a masculine nisba adjective, with and without the article. */
function adjectiveForms(base: string): string[] {
  if (base.includes(' ') || base.length < 3) return [base];
  const stems = [base, base + 'ه', base + 'ون', base + 'ين', base + 'ات', base + 'ان', base + 'تان', base + 'تين'];
  return [...stems, ...stems.map((s) => 'ال' + s)];
}
