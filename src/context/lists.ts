import { someStem } from '../text/clitics.js';
import { foldWord } from '../text/normalize.js';
import type { FunctionWordsFile, NamesFile, PeopleFile, SpeechFile } from './schema.js';

function fold(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of list) {
    const f = foldWord(w);
    if (!f) continue;
    out.add(f);
    if (f.startsWith('ال') && f.length > 3) out.add(f.slice(2));
  }
  return out;
}

/** A word list with clitic-aware membership: «والوزير» is in a list holding «وزير». */
export class WordList {
  private readonly set: Set<string>;
  private readonly cache = new Map<string, boolean>();
  private readonly test: (stem: string) => boolean;
  constructor(words: readonly string[]) {
    this.set = fold(words);
    this.test = (stem) => this.set.has(stem);
  }
  /** The folded word itself is listed. */
  hasExact(norm: string): boolean {
    return this.set.has(norm);
  }
  /** The folded word, or one of its clitic-stripped stems, is listed. */
  has(norm: string): boolean {
    const c = this.cache.get(norm);
    if (c !== undefined) return c;
    // Clitics are only read off when a stem of three letters remains: «وادي» is not و + «ادي».
    const found = this.set.has(norm) || someStem(norm, this.test, true, false, 3);
    if (this.cache.size > 300_000) this.cache.clear();
    this.cache.set(norm, found);
    return found;
  }
  get size(): number {
    return this.set.size;
  }
  /** The folded forms listed. */
  words(): IterableIterator<string> {
    return this.set.values();
  }
}

/**
 * Words given by the beginnings of their stems: «وصف» stands for «وصفه», «وصفتهم», «ووصفوا».
 * A word is listed when, after an optional «و» or «ف», it starts with one of the stems.
 */
export class StemPrefixList {
  private readonly stems: readonly string[];
  constructor(words: readonly string[]) {
    this.stems = [...fold(words)].filter((w) => w.length >= 3);
  }
  has(norm: string): boolean {
    const w = norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف') ? norm.slice(1) : norm;
    return this.stems.some((s) => w.startsWith(s)) || (w !== norm && this.stems.some((s) => norm.startsWith(s)));
  }
}

/** Multi-word phrases as folded token sequences, looked up by their last or first word. */
export class PhraseList {
  private readonly byLast = new Map<string, string[][]>();
  private readonly byFirst = new Map<string, string[][]>();
  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const words = foldWord(p).split(/\s+/u).filter(Boolean);
      if (words.length === 0) continue;
      const add = (m: Map<string, string[][]>, k: string) => m.set(k, [...(m.get(k) ?? []), words]);
      add(this.byLast, words[words.length - 1]);
      add(this.byFirst, words[0]);
    }
  }
  /** Does a listed phrase end with the word at position k of `words` (folded tokens)? Returns its length, or 0. */
  endingAt(word: (i: number) => string | null, k: number): number {
    for (const p of this.byLast.get(word(k) ?? '') ?? []) if (p.every((w, i) => word(k - p.length + 1 + i) === w)) return p.length;
    return 0;
  }
  /** Does a listed phrase start at position k? Returns its length, or 0. */
  startingAt(word: (i: number) => string | null, k: number): number {
    for (const p of this.byFirst.get(word(k) ?? '') ?? []) if (p.every((w, i) => word(k + i) === w)) return p.length;
    return 0;
  }
}

/** Participle stems with their endings and an optional «و»: «مضيف» → «مضيفا», «ومضيفة», «مضيفين». */
function participleForms(stems: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of stems) for (const e of PARTICIPLE_ENDINGS) out.push(s + e, 'و' + s + e);
  return out;
}
const PARTICIPLE_ENDINGS = ['', 'ا', 'ة', 'ه', 'ين', 'ون', 'تين', 'تان', 'ات'];

/** Identity groups (nationalities, religions, sects, ethnicities, movements) by folded form. */
export class GroupList {
  private readonly byForm = new Map<string, string>();
  constructor(groups: readonly { id: string; forms: readonly string[] }[]) {
    for (const g of groups) for (const f of fold(g.forms)) if (!this.byForm.has(f)) this.byForm.set(f, g.id);
  }
  /** The group id a folded word names, trying clitic-stripped stems. */
  groupOf(norm: string): string | null {
    let g = this.cache.get(norm);
    if (g === undefined) {
      g = this.byForm.get(norm) ?? null;
      if (g === null) someStem(norm, (stem) => (g = this.byForm.get(stem) ?? null) !== null);
      if (this.cache.size > 300_000) this.cache.clear();
      this.cache.set(norm, g);
    }
    return g;
  }
  private readonly cache = new Map<string, string | null>();
}

/** Bits of a word's class: which context lists hold it (clitic-aware, like WordList.has). */
export const WordClass = {
  Title: 1,
  Honorific: 2,
  PersonNoun: 4,
  GroupNoun: 8,
  OrgHead: 16,
  SpeechVerb: 32,
  SpeechNoun: 64,
  Complementizer: 128,
  Function: 256,
  /** The word itself (not a clitic reading) is a listed given name. */
  GivenExact: 512,
  /** The word itself is a listed function word. */
  FunctionExact: 1024,
} as const;

/** Every context list the analysis stages consult. */
export interface ContextLists {
  readonly titles: WordList;
  readonly honorifics: WordList;
  readonly personNouns: WordList;
  readonly groupNouns: WordList;
  /** Nouns heading an organisation of people: «قوات», «حركة», «حكومة». */
  readonly orgHeads: WordList;
  readonly groups: GroupList;
  /** Words that qualify a rank inside a title chain: «الفريق أول», «لواء ركن». */
  readonly titleModifiers: WordList;
  /** «العام», «الأعلى», «الأول»: adjectives that end a title or a name without a nisba form. */
  readonly chainAdjectives: WordList;
  /** «أمام», «أمر» as written (hamza kept, marks dropped): common words that fold to a title. */
  readonly titleHomographs: ReadonlySet<string>;
  /** «قسم», «فرع», «طائفة»: heads of a department or body inside a title. */
  readonly officeHeads: WordList;
  /** «هؤلاء», «أولئك»: demonstratives that point at people. */
  readonly demonstrativesHuman: WordList;
  /** «العامة», «العليا», «الكبرى»: their feminine forms. */
  readonly chainAdjectivesFeminine: WordList;
  readonly speechVerbs: WordList;
  readonly speechNouns: WordList;
  readonly complementizers: WordList;
  /** Nouns naming the channel of a statement: «بيان», «تغريدة», «مقابلة». */
  readonly channelNouns: WordList;
  /** Nouns heading a media outlet's name: «تلفزيون», «وكالة», «صحيفة». */
  readonly mediaHeads: WordList;
  /** Words after which a short phrase in marks is a name or title: «بعنوان», «عملية», «صحيفة». */
  readonly nameHeads: WordList;
  /** Who a statement was made to, as its channel: «للصحفيين», «لوسائل الإعلام». */
  readonly audiences: WordList;
  /** «وفق», «بحسب», «نقلا عن»: words that attribute the clause before or after them. */
  readonly accordingTo: WordList;
  readonly functionWords: WordList;
  /** «في», «قد», «بن»: short words that most often lose the space before them. */
  readonly glueParticles: WordList;
  readonly givenNames: WordList;
  /** Particles inside names: «بن», «أبو», «آل», «عبد». */
  readonly nameParticles: WordList;
  /** «أبو», «أم»: a kunya's particles, which take a definite noun («أم الشهيد»). */
  readonly kunyaParticles: WordList;
  /** Speech participles with their endings: «مضيفا», «مؤكدة», «قائلين». */
  readonly speechParticiples: WordList;
  /** Verbs that characterize someone with «بـ»: «وصفه», «اتهموا», «نعتته». */
  readonly describeVerbs: StemPrefixList;
  /** «ما أسماه», «على حد وصفه», «كما يسميهم»: someone else's wording next to them. */
  readonly namingPhrases: PhraseList;
  /** «بينما», «فيما», «عندما»: a speech verb after one opens a subordinate clause. */
  readonly subordinators: WordList;
  /** «حذر من …», «ندد بـ…»: speech verbs whose content is a prepositional object. */
  readonly objectSpeechVerbs: WordList;
  readonly objectSpeechPrepositions: WordList;
  /** «في», «عبر»: a channel follows («قال في بيان»). */
  readonly channelPrepositions: WordList;
  /** All WordClass bits of a folded word at once, cached: one look-up instead of one per list. */
  classOf(norm: string): number;
}

export function buildContextLists(people: PeopleFile, speech: SpeechFile, fw: FunctionWordsFile, names: NamesFile): ContextLists {
  const lists: { -readonly [K in keyof ContextLists]: ContextLists[K] } = {
    titles: new WordList(people.titles),
    honorifics: new WordList(people.honorifics),
    personNouns: new WordList(people.person_nouns),
    groupNouns: new WordList(people.group_nouns),
    orgHeads: new WordList(people.org_heads),
    titleModifiers: new WordList(people.title_modifiers),
    chainAdjectives: new WordList(people.chain_adjectives),
    chainAdjectivesFeminine: new WordList(people.chain_adjectives_feminine),
    officeHeads: new WordList(people.office_heads),
    demonstrativesHuman: new WordList(people.demonstratives_human),
    titleHomographs: new Set(people.title_homographs.map((w) => w.replace(/[\u064b-\u0652\u0640]/gu, ''))),
    groups: new GroupList(people.groups),
    speechVerbs: new WordList(speech.speech_verbs),
    speechNouns: new WordList(speech.speech_nouns),
    complementizers: new WordList(speech.complementizers),
    channelNouns: new WordList(speech.channel_nouns),
    mediaHeads: new WordList(speech.media_heads),
    audiences: new WordList(speech.audience_nouns.filter((w) => !w.includes(' '))),
    nameHeads: new WordList(speech.name_heads),
    accordingTo: new WordList(speech.according_to.filter((w) => !w.includes(' '))),
    functionWords: new WordList(fw.words),
    glueParticles: new WordList(fw.glue_particles),
    givenNames: new WordList(names.given_names),
    nameParticles: new WordList(names.family_prefixes),
    kunyaParticles: new WordList(names.kunya_prefixes),
    speechParticiples: new WordList(participleForms(speech.speech_participles)),
    describeVerbs: new StemPrefixList(speech.describe_verbs),
    namingPhrases: new PhraseList(speech.naming_phrases),
    subordinators: new WordList(speech.subordinators.filter((w) => !w.includes(' '))),
    objectSpeechVerbs: new WordList(speech.object_speech_verbs),
    objectSpeechPrepositions: new WordList(speech.object_speech_prepositions),
    channelPrepositions: new WordList(speech.channel_prepositions),
    classOf: () => 0, // replaced below, once the lists exist
  };
  const order: [WordList, number][] = [
    [lists.titles, WordClass.Title], [lists.honorifics, WordClass.Honorific], [lists.personNouns, WordClass.PersonNoun],
    [lists.groupNouns, WordClass.GroupNoun], [lists.orgHeads, WordClass.OrgHead], [lists.speechVerbs, WordClass.SpeechVerb],
    [lists.speechNouns, WordClass.SpeechNoun], [lists.complementizers, WordClass.Complementizer], [lists.functionWords, WordClass.Function],
  ];
  // One table of class bits by folded form, so that a word's class costs one walk over its
  // clitic readings instead of one per list (same readings as WordList.has: stems of 3+ letters).
  const bits = new Map<string, number>();
  for (const [list, bit] of order) for (const w of list.words()) bits.set(w, (bits.get(w) ?? 0) | bit);
  const cache = new Map<string, number>();
  lists.classOf = (norm: string): number => {
    let c = cache.get(norm);
    if (c === undefined) {
      let found = bits.get(norm) ?? 0;
      someStem(norm, (stem) => {
        found |= bits.get(stem) ?? 0;
        return false;
      }, true, false, 3);
      if (lists.givenNames.hasExact(norm)) found |= WordClass.GivenExact;
      if (lists.functionWords.hasExact(norm)) found |= WordClass.FunctionExact;
      c = found;
      if (cache.size > 300_000) cache.clear();
      cache.set(norm, c);
    }
    return c;
  };
  return lists;
}
