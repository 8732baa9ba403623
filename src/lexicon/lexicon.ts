import { analyses, someStem, unstretchVariants, type Analysis } from '../text/clitics.js';
import { DROP, FOLD_TABLE, foldWord } from '../text/normalize.js';
import { surfaceForms, type GrammaticalNumber } from './inflect.js';
import type { LexiconEntry } from './schema.js';

/** One way a folded word can be a lexicon form. */
export interface FormHit {
  readonly entry: LexiconEntry;
  readonly number: GrammaticalNumber;
  /** The form as written in the data file. */
  readonly written: string;
  /** The form was written with the article, so only matches with it («النتن», not «نتن»). */
  readonly article: boolean;
  /** The indefinite accusative («خائنا»): never with the article («التفاعلي» is no «ال» + «تفا»). */
  readonly indefinite?: true;
}

/** A word of the text read as a lexicon form: which analysis (clitics) and which entries. */
export interface WordHit {
  readonly analysis: Analysis;
  readonly hits: readonly FormHit[];
  /** The word had letters stretched for emphasis or evasion («حقيييير»). */
  readonly stretched: boolean;
}

/** A multi-word entry, as folded tokens (the first one without its article). */
export interface PhraseForm {
  readonly entry: LexiconEntry;
  readonly tokens: readonly string[];
  readonly written: string;
}

/**
 * What the folded form of a word forgets about its spelling and the lexicon needs: a final ة
 * (folded to ه, but never a pronoun), and a hamza on an alef near the start (folded to ا, but
 * never the article's alef). See spellingFlagsOf().
 */
export const SpellingFlags = {
  TaMarbuta: 1,
  /** The word ends in ى (folded to ي): not a nisba in ـي («صفوى», a town, is not «صفوي»). */
  FinalAlefMaqsura: 1 << 27,
  /** Bit 1 + i: the word's letter i is an alef with a hamza (for i below MAX_HAMZA_BITS). */
  HamzaAt0: 2,
  /** The word's first alef with a hamza is «إ» (below) / «أ» (above): «إعراب» is not «أعراب». */
  FirstHamzaBelow: 1 << 26,
  FirstHamzaAbove: 1 << 28,
} as const;

/** Hamza positions are recorded for this many leading letters of a word. */
const MAX_HAMZA_BITS = 24;

/** All the hamza-position bits. */
const HAMZA_BITS = ((1 << MAX_HAMZA_BITS) - 1) * SpellingFlags.HamzaAt0;

/**
 * Does the hamza the text writes on the stem's first letter contradict the form's own («إعراب»,
 * expressing, is not «أعراب», Bedouins; «إمام» is not «أمام»)? Only when both are written and the
 * stem's first letter carries the word's first hamza.
 */
function hamzaContradicts(flags: number, stemStart: number, written: string): boolean {
  if (!hamzaAt(flags, stemStart) || (flags & HAMZA_BITS & ((SpellingFlags.HamzaAt0 << stemStart) - 1))) return false;
  const first = written[0];
  return (first === 'أ' && (flags & SpellingFlags.FirstHamzaBelow) !== 0) || (first === 'إ' && (flags & SpellingFlags.FirstHamzaAbove) !== 0);
}

/** Is letter i of the word written as an alef with a hamza? */
export function hamzaAt(flags: number, i: number): boolean {
  return i < MAX_HAMZA_BITS && (flags & (SpellingFlags.HamzaAt0 << i)) !== 0;
}

/** The spelling flags of the word input.slice(from, to), folding on the fly (no maps needed). */
export function spellingFlagsOf(input: string, from: number, to: number): number {
  let flags = 0;
  let letters = 0;
  let lastLetter = '';
  for (let i = from; i < to; i++) {
    const c = input[i];
    if (FOLD_TABLE[input.charCodeAt(i)] === DROP) continue;
    if (letters < MAX_HAMZA_BITS && (c === 'أ' || c === 'إ' || c === 'آ')) {
      if (!(flags & HAMZA_BITS)) flags |= c === 'إ' ? SpellingFlags.FirstHamzaBelow : c === 'أ' ? SpellingFlags.FirstHamzaAbove : 0;
      flags |= SpellingFlags.HamzaAt0 << letters;
    }
    letters++;
    lastLetter = c;
  }
  if (lastLetter === 'ة' || lastLetter === 'ۃ') flags |= SpellingFlags.TaMarbuta;
  if (lastLetter === 'ى') flags |= SpellingFlags.FinalAlefMaqsura;
  return flags;
}

/**
 * Subcategories whose words always have a literal sense (an animal, a pest, a disease), whether
 * or not the entry lists its senses: such a word is an epithet only when aimed at someone.
 */
const INHERENTLY_LITERAL = new Set(['animal', 'vermin', 'disease']);

/** The entry's word has non-insulting senses in news. */
export function hasLiteralSense(entry: LexiconEntry): boolean {
  return !!entry.literal || INHERENTLY_LITERAL.has(entry.subcategory);
}

/** Do the forms stored under a stem all end in the nisba ـي as written («صفوي»)? */
function hitsEndInNisba(hits: readonly FormHit[] | undefined): boolean {
  return !!hits && hits.length > 0 && hits.every((h) => /ي$/u.test(h.written));
}

function stripArticle(w: string): string {
  return w.startsWith('ال') && w.length > 4 ? w.slice(2) : w;
}

/**
 * The lexicon, indexed for matching: single-word forms by folded stem, phrases by their first
 * folded word, literal-sense cues by entry. Built once per set of entries and reused.
 */
export class Lexicon {
  readonly entries: readonly LexiconEntry[];
  private readonly words = new Map<string, FormHit[]>();
  private readonly phrasesByFirst = new Map<string, PhraseForm[]>();
  private readonly cueSets = new Map<string, ReadonlySet<string>>();
  /** The most words any phrase has. */
  longestPhrase = 1;
  private readonly cache = new Map<string, WordHit | null>();

  constructor(entries: readonly LexiconEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      for (const form of surfaceForms(entry)) {
        const folded = foldWord(form.written);
        const parts = folded.split(/\s+/).filter(Boolean);
        if (parts.length === 0) continue;
        if (parts.length === 1) {
          const key = stripArticle(parts[0]);
          if (key.length < 2) continue;
          const hit: FormHit = { entry, number: form.number, written: form.written, article: key !== parts[0] };
          push(this.words, key, form.accusative ? { ...hit, indefinite: true } : hit);
        } else {
          const tokens = [stripArticle(parts[0]), ...parts.slice(1)];
          push(this.phrasesByFirst, tokens[0], { entry, tokens, written: form.written });
          this.longestPhrase = Math.max(this.longestPhrase, tokens.length);
        }
      }
      const cues = new Set<string>();
      for (const c of entry.literal?.cues ?? []) {
        for (const part of foldWord(c).split(/\s+/)) if (part.length >= 2) cues.add(stripArticle(part));
      }
      this.cueSets.set(entry.id, cues);
    }
  }

  get size(): number {
    return this.entries.length;
  }

  /** Every folded single-word form (without article): patterns of the prefilter. */
  wordPatterns(): string[] {
    return [...this.words.keys()];
  }

  /**
   * One distinctive word of each phrase form, with the form and the word's position in it: a
   * text without any of these words contains no phrase, so phrase matching is skipped for it.
   */
  phraseAnchors(isCommon: (word: string) => boolean): { anchor: string; form: PhraseForm; position: number }[] {
    const out: { anchor: string; form: PhraseForm; position: number }[] = [];
    for (const forms of this.phrasesByFirst.values()) {
      for (const form of forms) {
        const words = form.tokens.map(stripArticle);
        // Rank: not a common word, then a lexicon word of its own (insults are rarer than the
        // names and nouns around them), then longer; «الله» last of all.
        const score = (w: string) => (w === 'الله' || w === 'له' ? 0 : 1) * 1000 + (isCommon(w) ? 0 : 100) + (this.words.has(w) ? 50 : 0) + Math.min(w.length, 40);
        let best = 0;
        for (let i = 1; i < words.length; i++) if (score(words[i]) > score(words[best])) best = i;
        out.push({ anchor: words[best], form, position: best });
      }
    }
    return out;
  }

  /**
   * Read one folded word as a lexicon form, trying every clitic analysis (longest stem first)
   * and, for stretched words, the de-stretched variants. Null when no reading is a form.
   */
  lookupWord(word: string, flags = 0): WordHit | null {
    const key = flags ? word + '\u0001' + flags : word;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    let result = this.lookupUncached(word, false, flags);
    if (!result) {
      for (const v of unstretchVariants(word)) {
        result = this.lookupUncached(v, true, flags & SpellingFlags.TaMarbuta); // positions moved: keep only ة
        if (result) break;
      }
    }
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }

  private lookupUncached(word: string, stretched: boolean, flags: number): WordHit | null {
    let best: WordHit | null = null;
    for (const a of analyses(word)) {
      // Lexicon entries are nouns and adjectives: the future prefix س never applies, and a word
      // written with a final ة cannot end in the pronoun ه («سفارة» is not س + فأر + ه).
      if (a.prefix.endsWith('س')) continue;
      if (flags & SpellingFlags.TaMarbuta && a.suffix === 'ه') continue;
      // A final ى is no nisba ending: the form must not be read as one («صفوى» is not «صفوي»).
      if (flags & SpellingFlags.FinalAlefMaqsura && a.suffix === '' && hitsEndInNisba(this.words.get(a.stem))) continue;
      // The article's alef never carries a hamza: «ألكس» is a name, not ال + «كس».
      if (a.article && a.prefix.endsWith('ال') && hamzaAt(flags, a.prefix.length - 2)) continue;
      if (a.suffix && !NOUN_SUFFIXES.has(a.suffix)) continue;
      const all = this.words.get(a.stem);
      if (!all) continue;
      const hits = (a.article ? all.filter((h) => !h.indefinite) : all.filter((h) => !h.article)).filter((h) => !hamzaContradicts(flags, a.prefix.length, h.written));
      if (hits.length === 0) continue;
      if (!best || a.stem.length > best.analysis.stem.length) best = { analysis: a, hits, stretched };
    }
    return best;
  }

  /**
   * Cheap pre-test for glued words: could `piece` be a form with proclitics but no suffix?
   * Allocation-free; the full look-up runs only when this says yes.
   */
  mayBeFormWithProclitics(piece: string): boolean {
    return someStem(piece, this.hasStem, false);
  }
  private readonly hasStem = (stem: string): boolean => this.words.has(stem);

  /** Could this folded word (through its proclitics) begin a phrase? Allocation-free. */
  mayStartPhrase(word: string): boolean {
    let r = this.phraseStartCache.get(word);
    if (r === undefined) {
      r = someStem(word, this.isPhraseFirst, true);
      if (this.phraseStartCache.size > 200_000) this.phraseStartCache.clear();
      this.phraseStartCache.set(word, r);
    }
    return r;
  }
  private readonly phraseStartCache = new Map<string, boolean>();
  private readonly isPhraseFirst = (stem: string): boolean => this.phrasesByFirst.has(stem);

  /** Phrases whose first folded word (without article) is `stem`. */
  phrasesStartingWith(stem: string): readonly PhraseForm[] {
    return this.phrasesByFirst.get(stem) ?? EMPTY;
  }

  /** Folded words that mark an entry's literal sense. */
  literalCues(entry: LexiconEntry): ReadonlySet<string> {
    return this.cueSets.get(entry.id) ?? EMPTY_SET;
  }
}

/**
 * Pronoun suffixes read on lexicon words: third person and «نا». First- and second-person
 * singular suffixes (ـي، ـك) on an insult are rare in news and would split verbs such as «تترك».
 */
const NOUN_SUFFIXES = new Set(['ه', 'ها', 'هم', 'هن', 'هما', 'نا', 'كم']);

const EMPTY: readonly PhraseForm[] = [];
const EMPTY_SET: ReadonlySet<string> = new Set();

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
