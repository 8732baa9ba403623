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
  readonly givenNames: WordList;
  /** Particles inside names: «بن», «أبو», «آل», «عبد». */
  readonly nameParticles: WordList;
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
    givenNames: new WordList(names.given_names),
    nameParticles: new WordList(names.family_prefixes),
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
