import type { ContextLists } from '../context/lists.js';
import { SpellingFlags, hamzaAt, spellingFlagsOf, type FormHit, type Lexicon, type PhraseForm, type WordHit } from '../lexicon/lexicon.js';
import { analyses, someStem, type Analysis } from '../text/clitics.js';
import { bidiRuns, type BidiRun } from '../text/bidi.js';
import { isDefaultIgnorable } from '../text/chars.js';
import { originalRange } from '../text/normalize.js';
import type { Doc, LexMatch } from './document.js';
import { prefilterFor } from '../lexicon/prefilter.js';

/**
 * Stage: find every lexicon form in the document. `phraseSpans` (sorted start/end pairs) are
 * where the prefilter saw a phrase may stand; phrases are looked for only there (everywhere
 * when null). `regions` (sorted start/end pairs), when given, are the only sentences searched.
 *  - words, through clitics and stretched letters («والخونة», «حقيييير»);
 *  - phrases («لعنه الله», «الكيان الصهيوني»);
 *  - glued words, a form fused with the next or previous word («القذرضيفا»), an insertion trace;
 *  - evasion spellings, letters split by spaces, dots or hyphens («ك.ل.ب», «ق ذ ر»).
 * Only words the prefilter's automaton flags (they contain a form) are analyzed; everything
 * that depends only on a word's spelling is computed once per distinct word and cached (see
 * WordMatcher).
 */
export function findMatches(doc: Doc, phraseSpans: readonly number[] | null = null, regions: readonly number[] | null = null): void {
  const { tokens } = doc;
  const matcher = wordMatcher(doc.lexicon, doc.lists);
  const prefilter = prefilterFor(doc.lexicon, doc.lists);
  const out: LexMatch[] = [];
  let skipUntil = 0;
  let span = 0;
  let region = 0;
  const runs = bidiRuns(doc.input);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'arabic' || i < skipUntil) continue;
    // Outside the prefilter's candidate sentences (when the whole text was tokenized anyway)
    // there is nothing to find: the same sentences a check analyzes.
    if (regions) {
      while (region < regions.length && regions[region + 1] <= t.start) region += 2;
      if (region >= regions.length || t.start < regions[region]) continue;
    }
    // Words that contain no form are no match unless split apart or stretched; phrases are
    // looked for only where the prefilter verified one may stand.
    while (span < (phraseSpans?.length ?? 0) && phraseSpans![span + 1] <= t.start) span += 2;
    const inPhraseSpan = phraseSpans === null || (span < phraseSpans.length && t.start >= phraseSpans[span]);
    const candidate = prefilter.flags(t.norm) || STRETCHED.test(t.norm) || (inPhraseSpan && doc.lexicon.mayStartPhrase(t.norm));
    const run = runs.length ? runAround(doc, runs, i) : null;
    if (run && run.words <= MAX_REVERSED_WORDS && t.norm.length >= 3 && !(candidate && matcher.info(t.norm, spellingFlagsOf(doc.input, t.start, t.end)).hit)) {
      // A word typed backwards inside a bidi override displays as the word read the other way.
      const reversed = [...doc.input.slice(t.start, t.end)].reverse().join('');
      const back = matcher.info([...t.norm].reverse().join(''), spellingFlagsOf(reversed, 0, reversed.length));
      if (back.hit) {
        const [start, end] = run.sole ? [run.start, run.end] : [t.start, t.end];
        out.push({ kind: 'word', tokenStart: i, tokenEnd: i + 1, start, end, hit: back.hit.hits[0], analysis: back.hit.analysis, gluedTo: null, stretched: back.hit.stretched, reversed: true });
        continue;
      }
    }
    if (!candidate && t.norm.length > 3) continue;
    let info = candidate ? matcher.info(t.norm, spellingFlagsOf(doc.input, t.start, t.end)) : NOTHING;
    if (candidate && !info.hit && !info.glued) {
      // The text's own words tell where a missing space was: «الذئابدون تغير» when «دون» stands
      // alone elsewhere in it.
      const glued = matcher.gluedToTextWord(t.norm, spellingFlagsOf(doc.input, t.start, t.end), (piece) => standsAlone(doc, piece, i));
      if (glued) info = { ...info, glued };
    }
    if (info.phrases.length) {
      const phrase = matchPhrase(doc, i, info.phrases);
      // Overlapping phrases: the one that reaches further wins, so «جيش الكيان الصهيوني» is
      // read as «الكيان الصهيوني» rather than «جيش الكيان» + a stray «الصهيوني».
      if (phrase && !overtaken(doc, matcher, phrase)) {
        out.push(phrase);
        skipUntil = phrase.tokenEnd;
        continue;
      }
    }
    if (t.norm.length <= 3) {
      const evasion = matchEvasion(doc, i);
      if (evasion) {
        out.push(evasion);
        skipUntil = evasion.tokenEnd;
        continue;
      }
    }
    if (info.hit) {
      // A word that is all a bidi run holds takes the run's controls with it (removing the word
      // leaves no override behind).
      const [start, end] = run?.sole ? [run.start, run.end] : [t.start, t.end];
      out.push({
        kind: 'word', tokenStart: i, tokenEnd: i + 1, start, end,
        hit: info.hit.hits[0], analysis: info.hit.analysis, gluedTo: null, stretched: info.hit.stretched,
      });
    } else if (info.glued) {
      const g = info.glued;
      const form = originalRange(doc.matching, t.nStart + g.formStart, t.nStart + g.formEnd);
      const other = originalRange(doc.matching, t.nStart + g.otherStart, t.nStart + g.otherEnd);
      out.push({
        kind: 'glued', tokenStart: i, tokenEnd: i + 1, start: form.start, end: form.end,
        hit: g.hit.hits[0], analysis: g.hit.analysis, gluedTo: other, stretched: g.hit.stretched,
      });
    }
  }
  doc.matches = out;
}

const vocabularies = new WeakMap<Doc, Map<string, number>>();

/** Does the folded word stand alone as a token of the text, other than at token `except`? */
function standsAlone(doc: Doc, piece: string, except: number): boolean {
  let v = vocabularies.get(doc);
  if (!v) {
    v = new Map();
    for (const t of doc.tokens) if (t.kind === 'arabic') v.set(t.norm, (v.get(t.norm) ?? 0) + 1);
    vocabularies.set(doc, v);
  }
  return (v.get(piece) ?? 0) - (doc.tokens[except].norm === piece ? 1 : 0) > 0;
}

/** A run holding more Arabic words than this is prose in an override, not a disguised word. */
const MAX_REVERSED_WORDS = 3;

/**
 * The bidi override or isolate run around token k (the innermost), with how many Arabic words it
 * holds and, when the token is all it holds (apart from spaces, marks and other invisible
 * characters), the outermost run that holds only it: its span is the word's.
 */
function runAround(doc: Doc, runs: readonly BidiRun[], k: number): { words: number; sole: boolean; start: number; end: number } | null {
  const t = doc.tokens[k];
  let inner: BidiRun | null = null;
  let outer: BidiRun | null = null;
  const onlyThis = (r: BidiRun) => blank(doc.input, r.innerStart, t.start) && blank(doc.input, t.end, r.innerEnd);
  for (const r of runs) {
    if (r.start > t.start) break;
    if (r.innerStart > t.start || r.innerEnd < t.end) continue;
    if (!inner || r.innerStart >= inner.innerStart) inner = r;
    if (!outer && onlyThis(r)) outer = r;
  }
  if (!inner) return null;
  let words = 0;
  for (let j = k; j >= 0 && doc.tokens[j].start >= inner.innerStart; j--) if (doc.tokens[j].kind !== 'punct') words++;
  for (let j = k + 1; j < doc.tokens.length && doc.tokens[j].end <= inner.innerEnd; j++) if (doc.tokens[j].kind !== 'punct') words++;
  return { words, sole: outer !== null, start: outer?.start ?? t.start, end: outer?.end ?? t.end };
}

/** Only spaces, marks and default-ignorable characters in input[a, b). */
function blank(input: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = input.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (c === 0x20 || c === 0xa0 || c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || isDefaultIgnorable(c)) continue;
    return false;
  }
  return true;
}

/** Does a phrase starting inside `phrase` (after its first word) reach beyond its end? */
function overtaken(doc: Doc, matcher: WordMatcher, phrase: LexMatch): boolean {
  for (let k = phrase.tokenStart + 1; k < phrase.tokenEnd; k++) {
    const t = doc.tokens[k];
    if (t.kind !== 'arabic' || !doc.lexicon.mayStartPhrase(t.norm)) continue;
    const info = matcher.info(t.norm, spellingFlagsOf(doc.input, t.start, t.end));
    const later = info.phrases.length ? matchPhrase(doc, k, info.phrases) : null;
    if (later && later.tokenEnd > phrase.tokenEnd) return true;
  }
  return false;
}

/** Three or more of the same letter in a row: a stretched word («حقيييير»). */
const STRETCHED = { test(w: string): boolean {
  for (let i = 2; i < w.length; i++) if (w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2)) return true;
  return false;
} };

/**
 * Could this one word (folded, with its spelling flags) be a match on its own, as a form or
 * glued to another? Used to verify the prefilter's candidates before the full analysis.
 */
export function wordCouldMatch(lexicon: Lexicon, lists: ContextLists, folded: string, flags: number, standsAlone?: (piece: string) => boolean): boolean {
  const matcher = wordMatcher(lexicon, lists);
  const info = matcher.info(folded, flags);
  return info.hit !== null || info.glued !== null || (!!standsAlone && matcher.gluedToTextWord(folded, flags, standsAlone) !== null);
}

// ---------------------------------------------------------------- per-word analysis (cached)

/** A form fused with a neighbour: folded offsets of both pieces inside the word. */
interface GluedSplit {
  readonly hit: WordHit;
  readonly formStart: number;
  readonly formEnd: number;
  readonly otherStart: number;
  readonly otherEnd: number;
}

/** Everything about one distinct folded word that does not depend on its neighbours. */
interface WordInfo {
  readonly hit: WordHit | null;
  readonly phrases: readonly { analysis: Analysis; form: PhraseForm }[];
  readonly glued: GluedSplit | null;
}

const NOTHING: WordInfo = { hit: null, phrases: [], glued: null };
const matchers = new WeakMap<Lexicon, WeakMap<ContextLists, WordMatcher>>();

function wordMatcher(lexicon: Lexicon, lists: ContextLists): WordMatcher {
  let byLists = matchers.get(lexicon);
  if (!byLists) matchers.set(lexicon, (byLists = new WeakMap()));
  let m = byLists.get(lists);
  if (!m) byLists.set(lists, (m = new WordMatcher(lexicon, lists)));
  return m;
}

/** The longest token searched for a glued pair. */
const MAX_GLUED = 30;

/** Endings read off a word before asking whether it is a known word: «المختلفين» → «المختلف». */
const NOUN_ENDINGS = ['ين', 'ون', 'ات', 'ان', 'تين', 'تان', 'يه', 'ه'];

/** Endings that make a longer word out of a form; a "glued" remainder equal to one is no word. */
const INFLECTIONAL_REMAINDERS = new Set([
  'ات', 'ون', 'ين', 'ان', 'تان', 'تين', 'يه', 'يات', 'يون', 'يين', 'ها', 'هم', 'هن', 'هما', 'كم', 'نا', 'وا', 'تي', 'ته', 'تها', 'تهم',
  // nisba endings: «الكلباني», «القرداوي» are family names derived from the word, not two words
  'اني', 'انيه', 'اوي', 'اويه',
  // a long vowel with a pronoun is the end of a word («مرتديها», «عليهم»), not a word
  'يها', 'يهم', 'يهن', 'يهما', 'وها', 'وهم', 'اها', 'اهم', 'يكم', 'ينا', 'ونا', 'انا',
]);

/** Endings a word takes: a remainder of at most two letters before one is the end of one word. */
const WORD_ENDINGS = ['تهما', 'تهم', 'تها', 'ته', 'هما', 'هم', 'ها', 'هن', 'ين', 'ون', 'ات', 'ان', 'كم', 'نا', 'يه', 'ه', 'ي', 'ا'];

/** Is `rest` (the letters after a form) one or two letters followed by an ending of at least `minEnding` letters: «فين», «بتهم»? */
function continuesWord(rest: string, minEnding: number): boolean {
  return WORD_ENDINGS.some((e) => e.length >= minEnding && rest.length > e.length && rest.length - e.length <= 2 && rest.endsWith(e));
}

class WordMatcher {
  /** One cache per spelling-flags value (see SpellingFlags); most words have none. */
  private readonly cache = new Map<string, WordInfo>();
  constructor(private readonly lexicon: Lexicon, private readonly lists: ContextLists) {}

  /** Everything about a folded word with its spelling flags (see SpellingFlags), cached. */
  info(word: string, flags: number): WordInfo {
    const key = flags ? word + '\u0001' + flags : word;
    let info = this.cache.get(key);
    if (info === undefined) {
      info = this.compute(word, flags);
      if (this.cache.size > 500_000) this.cache.clear();
      this.cache.set(key, info);
    }
    return info;
  }

  private compute(word: string, flags: number): WordInfo {
    const phrases: { analysis: Analysis; form: PhraseForm }[] = [];
    for (const a of analyses(word)) {
      if (a.prefix.endsWith('س')) continue;
      if (flags & SpellingFlags.TaMarbuta && a.suffix === 'ه') continue; // «عبادة» is not «عباد» + ه
      for (const form of this.lexicon.phrasesStartingWith(a.stem)) phrases.push({ analysis: a, form });
    }
    let hit = this.lexicon.lookupWord(word, flags);
    if (hit && !acceptWordHit(hit, word)) hit = null;
    const glued = hit ? null : this.glued(word, flags);
    if (!hit && !glued && phrases.length === 0) return NOTHING;
    return { hit, phrases, glued };
  }

  /**
   * A lexicon form fused with a neighbouring word by a missing space. Either the form comes
   * first and the rest is a word of its own («القذرضيفا»), or a word comes first and the form
   * follows with its article («كوخافيالقذر»). Both pieces must be real-looking words, so
   * ordinary words that merely begin or end with a form's letters are not split.
   */
  private glued(w: string, flags: number): GluedSplit | null {
    // Glued words are two words: past MAX_GLUED letters a "word" is not prose (and the split
    // search, one look-up per position, must stay bounded).
    if (w.length < 6 || w.length > MAX_GLUED || this.lists.functionWords.has(w)) return null;
    // A word that is a known word with a plural or feminine ending is one word, not two:
    // «المختلفين» is «المختلف» + ين, not «المختل» + «فين».
    if (this.knownWithEnding(w)) return null;
    // Where the rest begins with the article, that is the boundary, before any longer reading:
    // «الخائنالرسمي» is «الخائن» + «الرسمي», not the accusative «الخائنا» + «لرسمي».
    for (let k = w.length - 5; k >= 3; k--) {
      if (w.charCodeAt(k) !== 0x0627 || w.charCodeAt(k + 1) !== 0x0644) continue; // "ال"
      const left = w.slice(0, k);
      if (!this.lexicon.mayBeFormWithProclitics(left)) continue;
      const hit = this.lexicon.lookupWord(left);
      if (!hit || hit.analysis.stem.length < 3 || hit.analysis.suffix !== '') continue;
      if (!hit.analysis.article && hit.analysis.stem.length < 4) continue;
      if (!this.remainderIsWord(w.slice(k), hit, false)) continue;
      return { hit, formStart: 0, formEnd: k, otherStart: k, otherEnd: w.length };
    }
    // Form first, longest form first. A bare three-letter form is too short to split on
    // («نتنياهو» is not «نتن» + «ياهو»): the form needs its article or four letters.
    for (let k = w.length - 2; k >= 3; k--) {
      const right = w.slice(k);
      const hamzaParticle = right === 'ان' && hamzaAt(flags, k);
      if (INFLECTIONAL_REMAINDERS.has(right) && !hamzaParticle) continue;
      const left = w.slice(0, k);
      if (!this.lexicon.mayBeFormWithProclitics(left)) continue;
      const hit = this.lexicon.lookupWord(left);
      if (!hit || hit.analysis.stem.length < 3 || hit.analysis.suffix !== '') continue;
      if (!hit.analysis.article && hit.analysis.stem.length < 4) continue;
      // (An accusative «ـا» is the end of one word, not a word glued to the next: «نتنا» + «ولها».)
      if (hit.hits.every((h) => h.indefinite)) continue;
      if (!this.remainderIsWord(right, hit, hamzaParticle)) continue;
      return { hit, formStart: 0, formEnd: k, otherStart: k, otherEnd: w.length };
    }
    // Form second, recognisable by its article.
    for (let k = 2; k <= w.length - 5; k++) {
      if (w.charCodeAt(k) !== 0x0627 || w.charCodeAt(k + 1) !== 0x0644) continue; // "ال"
      const right = w.slice(k);
      if (!this.lexicon.mayBeFormWithProclitics(right)) continue;
      const hit = this.lexicon.lookupWord(right);
      if (!hit || hit.analysis.stem.length < 3 || !hit.analysis.article) continue;
      if (!this.looksLikeWord(w.slice(0, k))) continue;
      return { hit, formStart: k, formEnd: w.length, otherStart: 0, otherEnd: k };
    }
    return null;
  }

  /**
   * A lexicon form with its article fused with a word the text writes elsewhere on its own
   * («الذئابدون» where «دون» stands alone, «الدابةفهد» beside «الملك فهد»): not cached, since it
   * depends on the text; tried only for words nothing else matched.
   */
  gluedToTextWord(w: string, flags: number, standsAlone: (piece: string) => boolean): GluedSplit | null {
    if (w.length < 7 || w.length > MAX_GLUED || this.lists.functionWords.has(w) || this.knownWithEnding(w)) return null;
    for (let k = w.length - 3; k >= 5; k--) {
      const right = w.slice(k);
      // (No ending test: that «دون» stands alone in the text shows it is a word, not «-ون».)
      if (INFLECTIONAL_REMAINDERS.has(right)) continue;
      const left = w.slice(0, k);
      if (!this.lexicon.mayBeFormWithProclitics(left)) continue;
      const hit = this.lexicon.lookupWord(left, flags);
      if (!hit || !hit.analysis.article || hit.analysis.stem.length < 3 || hit.analysis.suffix !== '') continue;
      if (standsAlone(right)) return { hit, formStart: 0, formEnd: k, otherStart: k, otherEnd: w.length };
    }
    return null;
  }

  /**
   * Is the rest of a word after a lexicon form a word of its own? The rest must be a word we
   * know (a common word, a name, a title...): a long unknown remainder is more often one foreign
   * word («الكوزموبوليتانية») than two fused ones. Known too: a word with its article («القاتلاللجنة»,
   * «الفاسدالتقليدي»: the article marks where a word begins), «و» and a known word
   * («المجرموحليفهم»), and after a form with its article a short common word or given name
   * («الخائنوصل», «الدابةفهد») or a particle («البلطجيةقد»; only after a long form: «-في» also
   * ends nisba adjectives, «الخرافي»). «إن/أن» written with its hamza cannot be the dual ending
   * «ـان»: «القذرإن». A remainder that is a letter or two and an ending continues the word
   * instead: «ومعاقبتهم» is not «ومعاق» + «بتهم».
   */
  private remainderIsWord(right: string, hit: WordHit, hamzaParticle: boolean): boolean {
    const l = this.lists;
    const article = hit.analysis.article;
    if (hamzaParticle) return article;
    if (right.length === 2) return article && hit.analysis.stem.length >= 4 && l.glueParticles.hasExact(right);
    if (right.length >= 5 && /^(ال|وال|فال|بال|لل|ولل)/u.test(right) && right.length - right.indexOf('ل') > 3) return true;
    const listed = (p: string) => l.functionWords.hasExact(p) || l.givenNames.hasExact(p);
    // (Three letters: a common word only, and not one that reads as the word's own plural
    // ending: «المختل» + «فين» is «المختلفين»; a given name of three letters, «زين», «جون», too
    // often completes a word: «العزيزين», «الخريجون».)
    if (right.length === 3) return article && l.functionWords.hasExact(right) && !continuesWord(right, 2);
    if (right[0] === 'و' && (listed(right.slice(1)) || (right.length >= 5 && this.isKnownWord(right.slice(1))))) return true;
    if (!this.isKnownWord(right)) return false;
    return listed(right) || !continuesWord(right, 1);
  }

  /** Is the word a known word once a plural, dual or feminine ending is read off («المختلفين»)? */
  private knownWithEnding(w: string): boolean {
    for (const e of NOUN_ENDINGS) {
      if (!w.endsWith(e) || w.length - e.length < 4) continue;
      if (this.lists.functionWords.has(w.slice(0, w.length - e.length))) return true;
    }
    return false;
  }

  /** Any word in the context vocabulary: common words, given names, titles, groups, speech verbs. */
  private isKnownWord(piece: string): boolean {
    const l = this.lists;
    return l.functionWords.has(piece) || l.givenNames.hasExact(piece) || l.titles.has(piece) || l.honorifics.has(piece) ||
      l.personNouns.has(piece) || l.groupNouns.has(piece) || l.speechVerbs.has(piece) || l.groups.groupOf(piece) !== null;
  }

  /** A remainder counts as a word if it is a known common word or long enough to be a content word. */
  private looksLikeWord(piece: string): boolean {
    if (this.lists.functionWords.has(piece)) return true;
    return piece.length >= 4 && !INFLECTIONAL_REMAINDERS.has(piece);
  }
}

/**
 * Short stems are too easily produced by stripping clitics off unrelated words: «فخرا» is not
 * ف + «خرا», «كتبا» is not ك + «تبا». A stem of three letters or fewer is read through clitics
 * only behind the article («بالكلب», «اللص»), never behind a bare conjunction or preposition or
 * with a pronoun suffix.
 */
function acceptWordHit(hit: WordHit, word: string): boolean {
  const a = hit.analysis;
  if (a.prefix === '' && a.suffix === '') return true;
  // «ف» without the article begins many ordinary words («فخرية», «فراغ»): demand a long stem.
  if (a.prefix === 'ف' && a.stem.length < 5) return false;
  // A bare preposition before a short indefinite stem is more often part of another word
  // («لامعة» is not ل + «إمعة»): behind a preposition, short stems need the article.
  if (!a.article && /[بكل]$/u.test(a.prefix) && a.stem.length < 5) return false;
  if (a.stem.length >= 4) return true;
  return a.stem.length >= 2 && a.article && a.suffix === '' && word.length > 3;
}

// ---------------------------------------------------------------- phrases

/**
 * Could a phrase stand around word `k` (of `count` words, `word(i)` giving each folded), with
 * word k as the anchor of one of `candidates` (each saying where in its form the anchor
 * stands)? Returns the first and last word covered by the phrases that fit, or null. Used by the prefilter's
 * verification, before any tokenizing.
 */
export function phraseAroundWords(word: (i: number) => string, count: number, k: number, candidates: readonly { form: PhraseForm; position: number }[]): { first: number; last: number } | null {
  // Every candidate that fits counts: the longest phrase may start before the first one found.
  let found: { first: number; last: number } | null = null;
  for (const { form, position } of candidates) {
    const start = k - position;
    const last = start + form.tokens.length - 1;
    if (start < 0 || last >= count) continue;
    const head = form.tokens[0];
    const first = word(start);
    // Cheap reject: the first word holds its stem (ة may be ت before a suffix).
    if (!first.includes(head.endsWith('ه') ? head.slice(0, -1) : head) || !someStem(first, (s) => s === head, true)) continue;
    let ok = true;
    for (let w = 1; w < form.tokens.length && ok; w++) ok = tokenEquals(word(start + w), form.tokens[w], w === form.tokens.length - 1);
    if (ok) found = found ? { first: Math.min(found.first, start), last: Math.max(found.last, last) } : { first: start, last };
  }
  return found;
}

/** Prepositions that end formulas and take a pronoun: «عالة عليهم», «تبا لهم». */
const PRONOUN_TAKING = new Set(['علي', 'ل', 'له', 'ب', 'من', 'عن', 'في', 'الي', 'مع', 'فيه']);

/**
 * A later word of a phrase matches when equal, or equal once its proclitics are read off, with
 * or without the article («الصهيوني» matches «صهيوني» and «والصهيوني»).
 */
function tokenEquals(text: string, phraseWord: string, last: boolean): boolean {
  if (text === phraseWord) return true;
  const bare = phraseWord.startsWith('ال') && phraseWord.length > 4 ? phraseWord.slice(2) : phraseWord;
  if (text === bare) return true;
  // Cheap reject first: the word must contain the phrase word (ة may have become ت before a suffix).
  if (Math.abs(text.length - bare.length) > 6 || !text.includes(bare.endsWith('ه') ? bare.slice(0, -1) : bare)) return false;
  if (text === bare + 'ه') return true;
  // Proclitics only: a pronoun suffix inside a fixed phrase makes another phrase («حكم عسكري»
  // is military rule, not «حكم العسكر»). The feminine ending is allowed («الفكرة الضالة» is
  // «الفكر الضال»), and a phrase's final preposition takes its pronoun («عالة عليهم»).
  const suffixes = last && PRONOUN_TAKING.has(bare);
  return someStem(text, (stem) => stem === bare || stem === phraseWord || stem === bare + 'ه', suffixes);
}

function matchPhrase(doc: Doc, i: number, candidates: WordInfo['phrases']): LexMatch | null {
  const { tokens } = doc;
  const first = tokens[i];
  let best: { form: PhraseForm; end: number; analysis: Analysis } | null = null;
  for (const { analysis, form } of candidates) {
    let k = i + 1;
    let ok = true;
    for (let w = 1; w < form.tokens.length; w++, k++) {
      const t = tokens[k];
      if (!t || t.kind !== 'arabic' || t.sentence !== first.sentence || !tokenEquals(t.norm, form.tokens[w], w === form.tokens.length - 1)) {
        ok = false;
        break;
      }
    }
    if (ok && (!best || k > best.end)) best = { form, end: k, analysis };
  }
  if (!best) return null;
  const last = tokens[best.end - 1];
  const entry = best.form.entry;
  const hit: FormHit = { entry, number: entry.number, written: best.form.written, article: false };
  return { kind: 'phrase', tokenStart: i, tokenEnd: best.end, start: first.start, end: last.end, hit, analysis: best.analysis, gluedTo: null, stretched: false };
}

// ---------------------------------------------------------------- evasion

/**
 * The longest word looked for across split letters. Bounds the work on long runs of single
 * letters («ق ق ق ...»), which would otherwise be quadratic.
 */
const MAX_SPLIT_WORD = 24;

/** Characters writers put between letters to break a word up for filters. */
const SPLITTERS = /^[\s.\-_*·•/|+~'`]{1,3}$/u;

/**
 * Letters split apart: at least three one-letter pieces separated by spaces or marks
 * («ق ذ ر», «ا ل ج ر ذ», «الخ ن ز ي ر»), or at least two pieces of up to three letters separated
 * by marks other than spaces («كـ-ـلب», «ك.ل.ب», «ح*ق*ي*ر»). The marks are punctuation tokens,
 * skipped here. Only accepted when the joined word is a lexicon form.
 */
function matchEvasion(doc: Doc, i: number): LexMatch | null {
  const { tokens, input, lexicon } = doc;
  const first = tokens[i];
  let joined = first.norm;
  let pieces = 1;
  let prev = first;
  let allSingle = first.norm.length === 1 || (first.norm.length <= 3 && first.norm.startsWith('ال'));
  let spaced = false;
  let best: { end: number; hit: WordHit } | null = null;
  for (let j = i + 1; j < tokens.length && joined.length < MAX_SPLIT_WORD; j++) {
    const t = tokens[j];
    if (t.kind === 'punct') {
      if (SPLITTERS.test(t.norm)) continue;
      break;
    }
    if (t.kind !== 'arabic' || t.norm.length > 3) break;
    const gap = input.slice(prev.end, t.start);
    if (!SPLITTERS.test(gap)) break;
    if (/\s/u.test(gap)) spaced = true;
    if (t.norm.length > 1) allSingle = false;
    if (spaced && !allSingle) break;
    joined += t.norm;
    pieces++;
    prev = t;
    const enough = spaced ? pieces >= 3 : pieces >= 2;
    if (enough && joined.length >= 3) {
      const hit = lexicon.lookupWord(joined);
      if (hit && hit.analysis.stem.length >= 3) best = { end: j + 1, hit };
    }
  }
  if (!best) return null;
  const last = tokens[best.end - 1];
  return {
    kind: 'evasion', tokenStart: i, tokenEnd: best.end, start: first.start, end: last.end,
    hit: best.hit.hits[0], analysis: best.hit.analysis, gluedTo: null, stretched: best.hit.stretched,
  };
}
