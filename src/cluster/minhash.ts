/**
 * MinHash: a short fixed-size signature of a shingle set such that the share of positions where
 * two signatures agree estimates the Jaccard similarity of the sets (each position agrees with
 * probability exactly J under a random permutation). 128 positions give a standard error of
 * sqrt(J(1-J)/128) ≤ 0.044.
 */

/** The value of every position for an empty set: nothing hashed, nothing smaller than it. */
export const EMPTY_SLOT = 0xffffffff;

/** mulberry32: a small seeded PRNG, so that a seed gives the same hash family everywhere. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export class MinHasher {
  readonly numHashes: number;
  readonly seed: number;
  private readonly mul: Int32Array;
  private readonly add: Int32Array;

  /**
   * Hash i is x ↦ xorshift-multiply-xorshift(a_i·x + b_i mod 2^32), a_i odd: every step is a
   * bijection on 32 bits, so each hash is a pseudo-random permutation, as MinHash needs, computed
   * with 32-bit integer operations only (the (a·x + b) mod (2^31-1) family would need 62-bit
   * products, which a JS number cannot hold exactly). Its input is already well mixed
   * (wordShingles ends with murmur3's finalizer), which is what makes so cheap a family suffice;
   * the tests check the estimate against the exact Jaccard.
   */
  constructor(numHashes = 128, seed = 1) {
    if (!Number.isInteger(numHashes) || numHashes < 1) throw new RangeError(`MinHasher: numHashes must be a positive integer, got ${numHashes}`);
    this.numHashes = numHashes;
    this.seed = seed;
    const rand = mulberry32(seed);
    this.mul = new Int32Array(numHashes);
    this.add = new Int32Array(numHashes);
    for (let i = 0; i < numHashes; i++) {
      this.mul[i] = rand() | 1;
      this.add[i] = rand() | 0;
    }
  }

  /** The signature of a shingle set; all EMPTY_SLOT for the empty set. */
  signature(shingles: Uint32Array): Uint32Array {
    const n = this.numHashes;
    const mul = this.mul;
    const add = this.add;
    const sig = new Uint32Array(n).fill(EMPTY_SLOT);
    // Shingle-major: one pass over the set, the signature (512 bytes) stays in L1.
    for (let s = 0; s < shingles.length; s++) {
      const x = shingles[s] | 0;
      for (let i = 0; i < n; i++) {
        let h = (Math.imul(mul[i], x) + add[i]) | 0;
        h ^= h >>> 16;
        h = Math.imul(h, 0x7feb352d);
        h ^= h >>> 15;
        h >>>= 0;
        if (h < sig[i]) sig[i] = h;
      }
    }
    return sig;
  }
}

/**
 * Share of positions where two signatures agree: the MinHash estimate of the Jaccard similarity.
 * Positions where both are EMPTY_SLOT do not count as agreeing, so two empty articles estimate 0,
 * as jaccard() gives them (a non-empty set has such a position with probability 2^-32).
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`estimateJaccard: signatures of different lengths (${a.length}, ${b.length})`);
  if (a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== EMPTY_SLOT) equal++;
  return equal / a.length;
}
