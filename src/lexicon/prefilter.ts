import { isArabicLetterCode } from '../text/chars.js';
import { DROP, FOLD_TABLE, MULTI } from '../text/normalize.js';
import type { Lexicon } from './lexicon.js';
import { PROCLITICS } from '../text/clitics.js';
import type { ContextLists } from '../context/lists.js';

/** Folded Arabic letters get small indices; everything else is a word boundary (0). */
const LETTER_INDEX = new Uint8Array(0x10000);
let ALPHABET = 1;
for (let c = 0; c < 0x10000; c++) if (isArabicLetterCode(c)) LETTER_INDEX[c] = ALPHABET++;

/** Marks writers put between letters to dodge filters («ك.ل.ب», «ح*ق*ي*ر»). */
const SPLITTER = new Set([...'.-_*·•/|+~\'`'].map((c) => c.charCodeAt(0)));
/** Eastern digits used as letters inside words («ك١ب»). */
const DIGIT_LETTERS = new Set([0x0661, 0x0665, 0x06f1, 0x06f5]);
/** Forms shorter than this only count as whole words; longer ones anywhere inside a word (glued). */
const MIN_INNER = 3;

/** Phrase anchors this long count anywhere inside a word; shorter ones must end the word. */
const LONG_ANCHOR = 6;
/** The most proclitic letters before an anchor («وبال», «فلل»). */
const MAX_PROCLITICS = 4;

const PROCLITIC_SET = new Set(PROCLITICS.map((p) => p.text));

/**
 * A phrase anchor of length `n` ends a word of length `wordLen` whose first letters (`head`,
 * up to MAX_PROCLITICS of them) are exactly a proclitic string («والشر» = و + ال + شر).
 */
function anchorEndsWord(n: number, wordLen: number, head: string): boolean {
  if (n === 0) return false;
  const k = wordLen - n;
  return k === 0 || (k <= MAX_PROCLITICS && PROCLITIC_SET.has(head.slice(0, k)));
}

/**
 * An Aho–Corasick automaton, completed into a dense DFA over folded Arabic letters. For each
 * state, `longest` is the length of the longest pattern ending there (0 if none).
 */
class Automaton {
  readonly delta: Int32Array;
  readonly longest: Uint8Array;

  constructor(patterns: readonly string[]) {
    const next: number[][] = [[]];
    const longest: number[] = [0];
    for (const p of patterns) {
      let s = 0;
      for (let i = 0; i < p.length && s >= 0; i++) {
        const a = LETTER_INDEX[p.charCodeAt(i)];
        if (a === 0) { s = -1; break; }
        let t = next[s][a];
        if (t === undefined) {
          t = next.length;
          next.push([]);
          longest.push(0);
          next[s][a] = t;
        }
        s = t;
      }
      if (s > 0) longest[s] = Math.max(longest[s], Math.min(255, p.length));
    }
    const n = next.length;
    const delta = new Int32Array(n * ALPHABET);
    const out = Uint8Array.from(longest);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let a = 1; a < ALPHABET; a++) {
      const t = next[0][a];
      if (t !== undefined) {
        delta[a] = t;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      out[s] = Math.max(out[s], out[fail[s]]);
      for (let a = 1; a < ALPHABET; a++) {
        const t = next[s][a];
        if (t !== undefined) {
          fail[t] = delta[fail[s] * ALPHABET + a];
          delta[s * ALPHABET + a] = t;
          queue.push(t);
        } else {
          delta[s * ALPHABET + a] = delta[fail[s] * ALPHABET + a];
        }
      }
    }
    this.delta = delta;
    this.longest = out;
  }

  /** Does the folded word hold a pattern (a long one anywhere, a short one as the whole word)? */
  flags(word: string): boolean {
    const { delta, longest } = this;
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      state = delta[state * ALPHABET + LETTER_INDEX[word.charCodeAt(i)]];
      if (longest[state] >= MIN_INNER) return true;
    }
    return longest[state] === word.length && word.length > 0;
  }
}

/** What one pass over a text found possible. */
export const enum Possible {
  Nothing = 0,
  /** A word may be a form, glued, stretched, or split by marks. */
  Words = 1,
  /** A phrase may occur. */
  Phrases = 2,
}

/**
 * The prefilter: one pass over a text's characters, folding on the fly, that rules out most
 * texts and most words before any per-word analysis. A word that contains no lexicon form as a
 * substring can be no match, glued or otherwise; a text without a phrase's distinctive word
 * holds no phrase. This is what keeps the full check close to a bare tokenizer on clean text.
 */
export class Prefilter {
  private readonly words: Automaton;
  private readonly anchors: Automaton;

  constructor(lexicon: Lexicon, isCommon: (word: string) => boolean) {
    this.words = new Automaton(lexicon.wordPatterns());
    this.anchors = new Automaton(lexicon.phraseAnchors(isCommon));
  }

  /** Scan the ORIGINAL text. Possible.Nothing means certainly nothing to find. */
  scan(input: string): number {
    const wd = this.words.delta;
    const wl = this.words.longest;
    const ad = this.anchors.delta;
    const al = this.anchors.longest;
    let result = 0;
    let ws = 0;
    let as = 0;
    let prevLetter = 0;
    let run = 0;
    let wordLen = 0;
    let prevWordLen = 0;
    let gap = 0;
    let gapBefore = 0;
    let pendingSplit = false;
    let head = '';
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      const f = FOLD_TABLE[c];
      if (f === DROP) continue;
      if (f === MULTI) return Possible.Words | Possible.Phrases; // ligatures, astral characters: the full pass decides
      const a = LETTER_INDEX[f];
      if (a !== 0) {
        if (wordLen === 0) {
          gapBefore = gap;
          gap = 0;
        }
        if ((result & Possible.Words) === 0) {
          if (pendingSplit) result |= Possible.Words; // letter, mark, letter
          ws = wd[ws * ALPHABET + a];
          if (wl[ws] >= MIN_INNER) result |= Possible.Words;
          run = f === prevLetter ? run + 1 : 1;
          if (run >= 3) result |= Possible.Words;
        }
        if ((result & Possible.Phrases) === 0) {
          as = ad[as * ALPHABET + a];
          if (al[as] >= LONG_ANCHOR) result |= Possible.Phrases;
        }
        if (result === (Possible.Words | Possible.Phrases)) return result;
        prevLetter = f;
        if (wordLen < MAX_PROCLITICS) head += String.fromCharCode(f);
        wordLen++;
        continue;
      }
      if (wordLen > 0) {
        if (wl[ws] === wordLen) result |= Possible.Words; // a short form as a whole word
        if (anchorEndsWord(al[as], wordLen, head)) result |= Possible.Phrases;
        if (DIGIT_LETTERS.has(c)) result |= Possible.Words;
        // Two one-letter words one space apart («ق ذ ر») are a split word, not prose.
        if (wordLen === 1 && prevWordLen === 1 && gapBefore === 1) result |= Possible.Words;
        pendingSplit = wordLen <= 3 && SPLITTER.has(f);
        prevWordLen = wordLen;
      } else {
        pendingSplit = false;
      }
      gap++;
      ws = 0;
      as = 0;
      prevLetter = 0;
      run = 0;
      wordLen = 0;
      head = '';
    }
    if (wordLen > 0) {
      if (wl[ws] === wordLen) result |= Possible.Words;
      if (anchorEndsWord(al[as], wordLen, head)) result |= Possible.Phrases;
    }
    return result;
  }

  /** Does this folded word contain a lexicon form (a short one only as the whole word)? */
  flags(word: string): boolean {
    return this.words.flags(word);
  }
}

const cache = new WeakMap<Lexicon, WeakMap<ContextLists, Prefilter>>();

/** The prefilter for a lexicon, built once; the context lists say which words are common. */
export function prefilterFor(lexicon: Lexicon, lists: ContextLists): Prefilter {
  let byLists = cache.get(lexicon);
  if (!byLists) cache.set(lexicon, (byLists = new WeakMap()));
  let p = byLists.get(lists);
  if (!p) {
    const common = (w: string) => lists.functionWords.has(w) || lists.titles.has(w) || lists.orgHeads.has(w) || lists.groupNouns.has(w) || lists.groups.groupOf(w) !== null || lists.givenNames.hasExact(w);
    byLists.set(lists, (p = new Prefilter(lexicon, common)));
  }
  return p;
}
