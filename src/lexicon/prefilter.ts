import { isArabicLetterCode } from '../text/chars.js';
import { DROP, FOLD_TABLE, MULTI } from '../text/normalize.js';
import type { Lexicon, PhraseForm } from './lexicon.js';
import { PROCLITICS } from '../text/clitics.js';
import type { ContextLists } from '../context/lists.js';

/** Folded Arabic letters get small indices; everything else is a word boundary (0). */
const LETTER_INDEX = new Uint8Array(0x10000);
let ALPHABET = 1;
for (let c = 0; c < 0x10000; c++) if (isArabicLetterCode(c)) LETTER_INDEX[c] = ALPHABET++;

/**
 * The raw code unit straight to its folded letter's index (0 for a boundary), or RAW_DROP for
 * a unit that vanishes (tashkeel, tatweel, invisible), or RAW_MULTI for one that needs the slow
 * path: one table look-up per character in the scan.
 */
const RAW_DROP = 255;
const RAW_MULTI = 254;
const RAW_INDEX = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const f = FOLD_TABLE[c];
  RAW_INDEX[c] = f === DROP ? RAW_DROP : f === MULTI ? RAW_MULTI : LETTER_INDEX[f];
}
// Bidi override and isolate openers vanish for matching, but a word typed backwards inside a
// run (text/bidi.ts) is found only by the full pass: their sentences are suspects.
for (const c of [0x202d, 0x202e, 0x2066, 0x2067, 0x2068]) RAW_INDEX[c] = RAW_MULTI;
const HEH = LETTER_INDEX[0x0647];

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
const PROCLITIC_TEXTS_ALL = ['', ...PROCLITIC_SET];

/**
 * A phrase anchor of length `n` ends a word of `wordLen` letters (starting at `start` in the
 * original) whose first letters are exactly a proclitic string («والشر» = و + ال + شر).
 */
function anchorEndsWord(n: number, wordLen: number, input: string, start: number): boolean {
  const k = wordLen - n;
  if (k === 0) return true;
  if (k < 0 || k > MAX_PROCLITICS) return false;
  let head = '';
  for (let i = start; head.length < k && i < input.length; i++) {
    const f = FOLD_TABLE[input.charCodeAt(i)];
    if (f !== DROP && f !== MULTI) head += String.fromCharCode(f);
  }
  return PROCLITIC_SET.has(head);
}

/**
 * An Aho–Corasick automaton over several pattern sets at once, completed into a dense DFA over
 * folded Arabic letters: one transition per character whatever the number of sets. For each
 * set and state, `longest[set][state]` is the length of the longest pattern of that set ending
 * there (0 if none).
 */
class Automaton {
  readonly delta: Int32Array;
  readonly longest: Uint8Array[];

  constructor(sets: readonly (readonly string[])[]) {
    const next: number[][] = [[]];
    const longest: number[][] = sets.map(() => [0]);
    sets.forEach((patterns, set) => {
      for (const p of patterns) {
        let s = 0;
        for (let i = 0; i < p.length && s >= 0; i++) {
          const a = LETTER_INDEX[p.charCodeAt(i)];
          if (a === 0) { s = -1; break; }
          let t = next[s][a];
          if (t === undefined) {
            t = next.length;
            next.push([]);
            for (const l of longest) l.push(0);
            next[s][a] = t;
          }
          s = t;
        }
        if (s > 0) longest[set][s] = Math.max(longest[set][s], Math.min(255, p.length));
      }
    });
    const n = next.length;
    const delta = new Int32Array(n * ALPHABET);
    const out = longest.map((l) => Uint8Array.from(l));
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
      for (const o of out) o[s] = Math.max(o[s], o[fail[s]]);
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
}


/**
 * What one pass over a text found: its words, those that contain a lexicon form, those that
 * contain a phrase's distinctive word, and where something was seen that only the full
 * analysis can judge.
 */
export interface ScanResult {
  /** Every letter run (word) of the text: start/end pairs into the original, `count` of them. */
  readonly bounds: Int32Array;
  readonly count: number;
  /** Indices of the words that contain a lexicon form. */
  readonly words: number[];
  /** Indices of the words that contain a phrase's distinctive word. */
  readonly anchors: number[];
  /**
   * Offsets where something was seen that only the full analysis can judge (stretched or split
   * letters, digits used as letters, ligatures): their sentences are analyzed in full.
   */
  readonly suspects: number[];
}

/**
 * The prefilter: one pass over a text's characters, folding on the fly, that rules out most
 * words before any per-word analysis. A word that contains no lexicon form as a substring can
 * be no match, glued or otherwise; a text without a phrase's distinctive word holds no phrase.
 * This is what keeps the full check close to a bare tokenizer on clean text.
 */
export class Prefilter {
  /** Set 0: single-word lexicon forms; set 1: phrase anchors. */
  private readonly automaton: Automaton;

  /** The phrase forms each anchor word stands for, with the anchor's position in the form. */
  private readonly anchorForms = new Map<string, { form: PhraseForm; position: number }[]>();
  private readonly longAnchors: string[] = [];

  constructor(lexicon: Lexicon, isCommon: (word: string) => boolean) {
    for (const { anchor, form, position } of lexicon.phraseAnchors(isCommon)) {
      const list = this.anchorForms.get(anchor);
      if (list) list.push({ form, position });
      else {
        this.anchorForms.set(anchor, [{ form, position }]);
        if (anchor.length >= LONG_ANCHOR) this.longAnchors.push(anchor);
      }
    }
    this.automaton = new Automaton([lexicon.wordPatterns(), [...this.anchorForms.keys()]]);
  }

  /**
   * The phrase forms that a folded word may be the anchor of: the word is the anchor behind
   * proclitics, or contains a long anchor.
   */
  formsAnchoredBy(word: string): { form: PhraseForm; position: number }[] {
    let out = this.anchoredCache.get(word);
    if (out === undefined) {
      out = this.computeAnchored(word);
      if (this.anchoredCache.size > 100_000) this.anchoredCache.clear();
      this.anchoredCache.set(word, out);
    }
    return out;
  }
  private readonly anchoredCache = new Map<string, { form: PhraseForm; position: number }[]>();

  private computeAnchored(word: string): { form: PhraseForm; position: number }[] {
    const out: { form: PhraseForm; position: number }[] = [];
    for (const w of word.endsWith('ه') ? [word, word.slice(0, -1)] : [word]) {
      for (const p of PROCLITIC_TEXTS_ALL) {
        if (!w.startsWith(p)) continue;
        const list = this.anchorForms.get(w.slice(p.length));
        if (list) out.push(...list);
      }
    }
    for (const a of this.longAnchors) if (word.includes(a) && !out.some((x) => x.form.tokens.includes(a))) out.push(...this.anchorForms.get(a)!);
    return out;
  }

  /** Scan the ORIGINAL text. */
  scan(input: string): ScanResult {
    const delta = this.automaton.delta;
    const [wl, al] = this.automaton.longest;
    const n = input.length;
    let bounds = new Int32Array(Math.max(64, (n >> 2) + 8));
    let count = 0;
    const words: number[] = [];
    const anchors: number[] = [];
    const suspects: number[] = [];
    let state = 0;
    let wordHit = false;
    let anchorHit = false;
    let prevAnchor = 0;
    let prevLetter = 0;
    let run = 0;
    let wordLen = 0;
    let wordStart = 0;
    let wordEnd = 0;
    let prevWordLen = 0;
    let gap = 0;
    let gapBefore = 0;
    let pendingSplit = false;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? input.charCodeAt(i) : 0x20;
      const a = RAW_INDEX[c];
      if (a === RAW_DROP) continue;
      if (a === RAW_MULTI) {
        suspects.push(i); // ligatures, astral characters: the full pass decides
        continue;
      }
      if (a !== 0) {
        if (wordLen === 0) {
          gapBefore = gap;
          gap = 0;
          wordStart = i;
          wordHit = false;
          anchorHit = false;
        }
        if (pendingSplit) suspects.push(i); // letter, mark, letter
        prevAnchor = al[state];
        state = delta[state * ALPHABET + a];
        if (wl[state] >= MIN_INNER) wordHit = true;
        if (al[state] >= LONG_ANCHOR) anchorHit = true;
        run = a === prevLetter ? run + 1 : 1;
        if (run === 3) suspects.push(i);
        prevLetter = a;
        wordLen++;
        wordEnd = i + 1;
        continue;
      }
      if (wordLen > 0) {
        if (count * 2 + 2 > bounds.length) {
          const grown = new Int32Array(bounds.length * 2);
          grown.set(bounds);
          bounds = grown;
        }
        bounds[count * 2] = wordStart;
        bounds[count * 2 + 1] = wordEnd;
        // A short form counts as the whole word, or behind proclitics with the article («اللص»).
        if (wordHit || wl[state] === wordLen || (wl[state] > 0 && anchorEndsWord(wl[state], wordLen, input, wordStart))) words.push(count);
        // An anchor may end the word behind proclitics, or be followed by the feminine ending ة.
        if (anchorHit || (al[state] > 0 && anchorEndsWord(al[state], wordLen, input, wordStart)) ||
            (prevLetter === HEH && prevAnchor > 0 && anchorEndsWord(prevAnchor, wordLen - 1, input, wordStart))) anchors.push(count);
        count++;
        if (DIGIT_LETTERS.has(c)) suspects.push(i);
        // Two one-letter words one space apart («ق ذ ر») are a split word, not prose.
        if (wordLen === 1 && prevWordLen === 1 && gapBefore === 1) suspects.push(i);
        pendingSplit = wordLen <= 3 && SPLITTER.has(FOLD_TABLE[c]);
        prevWordLen = wordLen;
      } else {
        pendingSplit = false;
      }
      gap++;
      state = 0;
      prevLetter = 0;
      run = 0;
      wordLen = 0;
    }
    return { bounds, count, words, anchors, suspects };
  }

  /** Does this folded word contain a lexicon form (a short one only as the whole word)? */
  flags(word: string): boolean {
    const { delta } = this.automaton;
    const wl = this.automaton.longest[0];
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      state = delta[state * ALPHABET + LETTER_INDEX[word.charCodeAt(i)]];
      if (wl[state] >= MIN_INNER) return true;
    }
    const n = wl[state];
    return n > 0 && (n === word.length || PROCLITIC_SET.has(word.slice(0, word.length - n)));
  }
}

const cache = new WeakMap<Lexicon, WeakMap<ContextLists, Prefilter>>();

/** The prefilter for a lexicon, built once; the context lists say which words are common. */
export function prefilterFor(lexicon: Lexicon, lists: ContextLists): Prefilter {
  let byLists = cache.get(lexicon);
  if (!byLists) cache.set(lexicon, (byLists = new WeakMap()));
  let p = byLists.get(lists);
  if (!p) {
    // Exact look-ups: a phrase word is common if it is listed as written («عليه»), not if a
    // clitic reading of it is («لعنه» is not common because «لعن» might be).
    const exact = (w: string) => [w, 'ال' + w].some((x) => lists.functionWords.hasExact(x) || lists.titles.hasExact(x) || lists.orgHeads.hasExact(x) || lists.groupNouns.hasExact(x) || lists.givenNames.hasExact(x));
    const common = (w: string) => exact(w) || lists.groups.groupOf(w) !== null;
    byLists.set(lists, (p = new Prefilter(lexicon, common)));
  }
  return p;
}
