import { normalizeForMatching } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';

/**
 * Word shingles of an article: every run of k consecutive words, hashed to 32 bits. Two copies
 * of a story share most of their shingles even when one adds a sentence or drops a paragraph,
 * and two different stories share almost none (a 4-word run is specific to a text).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units: a word is short, so a byte-at-a-time hash is cheap enough. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * murmur3's block step: mixes a 32-bit value into a running hash. Order-sensitive, so that
 * "A B C D" and "D C B A" are different shingles.
 */
export function mixInto(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finalizer: spreads every input bit over the output, as MinHash expects of its input. */
export function fmix32(h: number, length: number): number {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SHINGLE_SEED = 0x9747b28c;

/**
 * The set (sorted, unique) of 32-bit hashes of the k-word shingles of `text`, over its words in
 * folded form (normalizeForMatching: diacritics, hamza and alef forms, ى/ي, ة/ه and the digit
 * script do not make two copies differ). Punctuation is not a word, so re-punctuating a copy
 * changes nothing. A text of fewer than k words gives one shingle of all its words; a text
 * without words gives the empty set.
 */
export function wordShingles(text: string, k = 4): Uint32Array {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`wordShingles: k must be a positive integer, got ${k}`);
  const words: number[] = [];
  for (const t of tokenize(normalizeForMatching(text))) if (t.kind !== 'punct') words.push(fnv1a(t.norm));
  const n = words.length;
  if (n === 0) return new Uint32Array(0);
  const width = Math.min(k, n);
  const count = n - width + 1;
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = SHINGLE_SEED;
    for (let j = 0; j < width; j++) h = mixInto(h, words[i + j]);
    out[i] = fmix32(h, width);
  }
  out.sort();
  let m = 0;
  for (let i = 0; i < count; i++) if (i === 0 || out[i] !== out[m - 1]) out[m++] = out[i];
  // A copy rather than a view: the caller may keep millions of these, and a view would pin the
  // larger buffer.
  return m === count ? out : out.slice(0, m);
}
