import { EMPTY_SLOT } from './minhash.js';
import { fmix32, mixInto } from './shingles.js';

/**
 * Locality-sensitive hashing over MinHash signatures ("banding"): the signature is cut into
 * `bands` bands of `rows` values; two items become a candidate pair when they agree on every
 * value of at least one band. Each item costs `bands` hashes and each band one radix sort, so the
 * pass grows linearly with the corpus instead of as the n² of comparing every pair.
 *
 * Two items whose shingle sets have Jaccard similarity s agree on a band with probability s^r,
 * so they are candidates with probability 1 - (1 - s^r)^b (the S-curve):
 *
 *   Jaccard s   b=32 r=4   b=42 r=3   b=64 r=2 (default)
 *   0.05        0.0002     0.005      0.15
 *   0.1         0.003      0.04       0.47
 *   0.2         0.05       0.29       0.93
 *   0.3         0.23       0.68       0.998
 *   0.5         0.87       0.996      >0.99999
 *
 * The threshold is on the copy similarity (max of Jaccard and containment of the smaller set),
 * not on the Jaccard the LSH sees. A copy that drops paragraphs or adds boilerplate has a high
 * containment but a low Jaccard: a 100-shingle story inside a 300-shingle page has Jaccard 0.33,
 * a brief of 60 shingles inside a 500-shingle article 0.12. On the 3,000 articles of the dev
 * corpus, 27 of the 120 pairs at ≥ 0.5 have a Jaccard below 0.3, and the LSH finds 86 of the 120
 * with b=32 r=4, 99 with b=42 r=3, 114 with b=64 r=2. Hence b=64 r=2, which uses all 128 values
 * of a signature. The price is more false candidates (174 against 14 on that corpus, 4 in
 * 100,000 of all pairs), which the verification removes at one merge walk each.
 */
export const DEFAULT_BANDS = 64;
export const DEFAULT_ROWS = 2;

/**
 * Buckets up to this size give all their pairs; a larger bucket links each item to the bucket's
 * first item only (a star). A bucket of 10,000 copies of the same boilerplate would otherwise
 * give 50 million pairs; the star gives 9,999. A bucket of m ≤ 8 gives at most 3.5·m pairs, so a
 * band gives at most 3.5·n and the whole index at most 3.5·bands·n: linear in the corpus. Union-find
 * over the star gives the same components as over all pairs. After verification the two can
 * differ only when the first item fails against members that would pass against each other.
 * Small buckets, the usual case for a story's copies, keep all their pairs, so that cannot happen
 * there; a large bucket is mostly shared boilerplate, whose first item is as good a hub as any.
 */
export const DEFAULT_CLIQUE_LIMIT = 8;

/** Items are encoded in pairs as lo·(max+1) + hi in a double: exact while items stay below 2^26. */
const MAX_ITEM = 2 ** 26;

export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  readonly cliqueLimit: number;
  /**
   * Band keys, band-major: keys[band][slot], slot being the order of addition. Only these are
   * kept (4·bands bytes an item), not the signatures; band-major so that each band is sorted and
   * scanned as one contiguous array.
   */
  private keys: Uint32Array[];
  private items: Int32Array;
  private count = 0;
  private maxItem = -1;

  constructor(bands = DEFAULT_BANDS, rows = DEFAULT_ROWS, cliqueLimit = DEFAULT_CLIQUE_LIMIT) {
    for (const [name, v] of [['bands', bands], ['rows', rows], ['cliqueLimit', cliqueLimit]] as const) {
      if (!Number.isInteger(v) || v < (name === 'cliqueLimit' ? 2 : 1)) throw new RangeError(`LshIndex: ${name} must be a positive integer, got ${v}`);
    }
    this.bands = bands;
    this.rows = rows;
    this.cliqueLimit = cliqueLimit;
    this.keys = Array.from({ length: bands }, () => new Uint32Array(64));
    this.items = new Int32Array(64);
  }

  /** Items added (empty signatures are not). */
  get size(): number {
    return this.count;
  }

  /**
   * Add an item (a non-negative integer below 2^26, usually an index into the caller's list).
   * An empty article's signature is skipped: it has no words to share, so it is nobody's copy,
   * and a corpus's empty articles would otherwise all land in one bucket.
   */
  add(item: number, signature: Uint32Array): void {
    if (!Number.isInteger(item) || item < 0 || item >= MAX_ITEM) throw new RangeError(`LshIndex.add: item must be an integer in [0, 2^26), got ${item}`);
    const { bands, rows } = this;
    if (signature.length < bands * rows) throw new RangeError(`LshIndex.add: a signature of ${signature.length} values is too short for ${bands} bands of ${rows} rows`);
    if (isEmptySignature(signature, bands * rows)) return;
    const slot = this.count;
    if (slot === this.items.length) {
      const items = new Int32Array(slot * 2);
      items.set(this.items);
      this.items = items;
      this.keys = this.keys.map((k) => {
        const grown = new Uint32Array(slot * 2);
        grown.set(k);
        return grown;
      });
    }
    for (let b = 0; b < bands; b++) {
      // A 32-bit key: two different band values colliding (about n²/2^33 pairs per band) only add a
      // false candidate, which the verification removes.
      let h = b;
      for (let r = b * rows, end = r + rows; r < end; r++) h = mixInto(h, signature[r]);
      this.keys[b][slot] = fmix32(h, rows);
    }
    this.items[slot] = item;
    this.count++;
    if (item > this.maxItem) this.maxItem = item;
  }

  /**
   * Call `fn(a, b)` once for each candidate pair, a < b, in increasing order of (a, b); returns
   * the number of pairs. Avoids building millions of small arrays.
   */
  forEachCandidate(fn: (a: number, b: number) => void): number {
    const pairs = this.pairKeys();
    const m = this.maxItem + 1;
    for (let i = 0; i < pairs.length; i++) {
      const lo = Math.floor(pairs[i] / m);
      fn(lo, pairs[i] - lo * m);
    }
    return pairs.length;
  }

  /** Candidate pairs [a, b], a < b, each once, sorted by a then b. */
  candidates(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    this.forEachCandidate((a, b) => out.push([a, b]));
    return out;
  }

  /** Approximate memory held by the index, in bytes. */
  bytes(): number {
    return this.keys.reduce((sum, k) => sum + k.byteLength, 0) + this.items.byteLength;
  }

  /** Sorted unique pair codes lo·(maxItem+1) + hi, merged band by band so duplicates never pile up. */
  private pairKeys(): Float64Array {
    const n = this.count;
    const { bands, items, cliqueLimit } = this;
    const m = this.maxItem + 1;
    let all: Float64Array = new Float64Array(0);
    const sorted = new Uint32Array(n);
    const slots = new Uint32Array(n);
    const scratch = new Uint32Array(n);
    const bucket: number[] = [];
    for (let b = 0; b < bands; b++) {
      // A bucket is a run of equal keys; within it, slots stay in the order of addition.
      sortByKey(this.keys[b], n, sorted, slots, scratch);
      const found: number[] = [];
      for (let start = 0; start < n; ) {
        let end = start + 1;
        while (end < n && sorted[end] === sorted[start]) end++;
        if (end - start > 1) {
          bucket.length = 0;
          for (let i = start; i < end; i++) bucket.push(items[slots[i]]);
          const partners = bucket.length <= cliqueLimit ? bucket.length : 1;
          for (let i = 1; i < bucket.length; i++) {
            for (let j = 0; j < Math.min(i, partners); j++) {
              const x = bucket[i];
              const y = bucket[j];
              if (x !== y) found.push(x < y ? x * m + y : y * m + x);
            }
          }
        }
        start = end;
      }
      if (found.length) all = mergeUnique(all, Float64Array.from(found).sort());
    }
    return all;
  }
}

/**
 * Stable LSD radix sort of slots 0..n-1 by keys[slot], two passes of 16 bits: `slots` receives
 * the order, `sorted` the keys in that order. Linear, and several times faster than a comparison
 * sort at a million items; stable, so equal keys keep the order of addition.
 */
function sortByKey(keys: Uint32Array, n: number, sorted: Uint32Array, slots: Uint32Array, scratch: Uint32Array): void {
  const count = new Uint32Array(0x10001);
  for (let i = 0; i < n; i++) count[(keys[i] & 0xffff) + 1]++;
  for (let d = 1; d <= 0xffff; d++) count[d] += count[d - 1];
  for (let i = 0; i < n; i++) scratch[count[keys[i] & 0xffff]++] = i;
  count.fill(0);
  for (let i = 0; i < n; i++) count[(keys[i] >>> 16) + 1]++;
  for (let d = 1; d <= 0xffff; d++) count[d] += count[d - 1];
  for (let i = 0; i < n; i++) {
    const s = scratch[i];
    const k = keys[s];
    const at = count[k >>> 16]++;
    slots[at] = s;
    sorted[at] = k;
  }
}

function isEmptySignature(signature: Uint32Array, length: number): boolean {
  for (let i = 0; i < length; i++) if (signature[i] !== EMPTY_SLOT) return false;
  return true;
}

/** Merge a sorted unique array with a sorted array, dropping duplicates. */
function mergeUnique(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (k === 0 || out[k - 1] !== v) out[k++] = v;
  }
  return out.subarray(0, k);
}
