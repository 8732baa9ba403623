import { normalizeForMatching, type MatchingText } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';

/**
 * One version of the article, as the diff sees it: tokens from the text layer and, for each
 * word (every token but punctuation), its comparison key, sentence and paragraph. Keys are
 * small integers shared by both versions (the same folded word gets the same key), so the
 * alignment compares numbers, never strings.
 */
export interface Side {
  readonly text: string;
  readonly matching: MatchingText;
  readonly tokens: readonly Token[];
  /** Token index of each word. */
  readonly words: Int32Array;
  readonly keys: Int32Array;
  /** Sentence of each word (the tokenizer's: ends at . ! ? ؟ ؛ … and line breaks). */
  readonly sentence: Int32Array;
  /** Paragraph of each word: blocks separated by a blank line, or lines when there are none. */
  readonly paragraph: Int32Array;
  /** First word of the sentence of each word, and one past its last word. */
  readonly sentenceFirst: Int32Array;
  readonly sentenceEnd: Int32Array;
}

/** Interns folded words as integer keys across both versions. */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  key(norm: string): number {
    let k = this.ids.get(norm);
    if (k === undefined) this.ids.set(norm, (k = this.ids.size));
    return k;
  }
}

export function buildSide(text: string, table: KeyTable): Side {
  const matching = normalizeForMatching(text);
  const tokens = tokenize(matching);
  let count = 0;
  for (const t of tokens) if (t.kind !== 'punct') count++;
  const words = new Int32Array(count);
  const keys = new Int32Array(count);
  const sentence = new Int32Array(count);
  const paragraph = new Int32Array(count);
  const blankLines = /\n[ \t\r\u00a0]*\n/u.test(text);
  let w = 0;
  let para = 0;
  let lastNewline = -2;
  for (const t of tokens) {
    if (t.kind === 'punct') {
      if (t.norm === '\n') {
        // Two newlines in a row (only blanks between them) start a paragraph; in a text with no
        // blank lines every line is one.
        if (!blankLines || lastNewline === t.index - 1) para++;
        lastNewline = t.index;
      }
      continue;
    }
    words[w] = t.index;
    keys[w] = table.key(t.kind === 'latin' ? t.norm.toLowerCase() : t.norm);
    sentence[w] = t.sentence;
    paragraph[w] = para;
    w++;
  }
  // Sentence bounds per word, once: the classifier asks for them at every change.
  const sentenceFirst = new Int32Array(count);
  const sentenceEnd = new Int32Array(count);
  for (let i = 0; i < count; i++) sentenceFirst[i] = i > 0 && sentence[i - 1] === sentence[i] ? sentenceFirst[i - 1] : i;
  for (let i = count - 1; i >= 0; i--) sentenceEnd[i] = i + 1 < count && sentence[i + 1] === sentence[i] ? sentenceEnd[i + 1] : i + 1;
  return { text, matching, tokens, words, keys, sentence, paragraph, sentenceFirst, sentenceEnd };
}

/** Original offsets of words [w0, w1) of a side (w1 > w0). */
export function wordSpan(side: Side, w0: number, w1: number): { start: number; end: number; text: string } {
  const start = side.tokens[side.words[w0]].start;
  const end = side.tokens[side.words[w1 - 1]].end;
  return { start, end, text: side.text.slice(start, end) };
}

/** The folded form of word w. */
export function wordNorm(side: Side, w: number): string {
  return side.tokens[side.words[w]].norm;
}
