import { copySimilarity, similarityFromCounts } from './jaccard.js';
import { DEFAULT_BANDS, DEFAULT_ROWS, LshIndex } from './lsh.js';
import { UnionFind } from './union-find.js';

/** One article as the clustering sees it: its shingle set and its MinHash signature. */
export interface ClusterDoc {
  readonly shingles: Uint32Array;
  readonly signature: Uint32Array;
}

export interface ClusterOptions {
  /** LSH bands (default 64, see lsh.ts). */
  bands?: number;
  /** Signature values per band (default 2). bands × rows must not exceed the signature length. */
  rows?: number;
  /** Least copySimilarity for two articles to be copies (default 0.5). */
  threshold?: number;
}

export interface ClusterResult {
  /** Groups of at least two copies, as indices into docs, each sorted, ordered by first member. */
  clusters: number[][];
  /** Candidate pairs the LSH proposed. */
  candidates: number;
  /** Candidate pairs whose real similarity reached the threshold. */
  verified: number;
}

export const DEFAULT_THRESHOLD = 0.5;

function checkThreshold(threshold: number): void {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
}

function buildIndex(docs: readonly ClusterDoc[], options: ClusterOptions): LshIndex {
  const index = new LshIndex(options.bands ?? DEFAULT_BANDS, options.rows ?? DEFAULT_ROWS);
  for (let i = 0; i < docs.length; i++) index.add(i, docs[i].signature);
  return index;
}

/** LSH candidates, each verified on the real shingle sets, joined by union-find. */
function verifyAndJoin(docs: readonly ClusterDoc[], index: LshIndex, threshold: number): { uf: UnionFind; candidates: number; verified: number } {
  const uf = new UnionFind(docs.length);
  let verified = 0;
  const candidates = index.forEachCandidate((a, b) => {
    if (copySimilarity(docs[a].shingles, docs[b].shingles) >= threshold) {
      uf.union(a, b);
      verified++;
    }
  });
  return { uf, candidates, verified };
}

/**
 * Group copies of the same story: LSH over the signatures proposes candidate pairs in
 * near-linear time, each is verified by its real similarity (max of Jaccard and containment of
 * the smaller set in the larger, ≥ threshold), and union-find joins the verified pairs, so a
 * copy of a copy lands in the same cluster.
 */
export function clusterDocuments(docs: readonly ClusterDoc[], options: ClusterOptions = {}): ClusterResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  checkThreshold(threshold);
  const { uf, candidates, verified } = verifyAndJoin(docs, buildIndex(docs, options), threshold);
  return { clusters: uf.groups(2), candidates, verified };
}

/**
 * Every pair [i, j], i < j, with copySimilarity ≥ threshold, exactly: the reference the LSH is
 * measured against on a sample. Intersections are counted through an inverted index (shingle →
 * articles), which is exact and visits only pairs sharing a shingle; the worst case, a shingle in
 * every article, is still the O(n²) of comparing all pairs.
 */
export function exactPairs(docs: readonly ClusterDoc[], threshold = DEFAULT_THRESHOLD): Array<[number, number]> {
  checkThreshold(threshold);
  const postings = new Map<number, number[]>();
  for (let i = 0; i < docs.length; i++) {
    for (const s of docs[i].shingles) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  }
  const counts = new Int32Array(docs.length);
  const touched: number[] = [];
  const out: Array<[number, number]> = [];
  for (let i = 0; i < docs.length; i++) {
    const a = docs[i].shingles;
    for (const s of a) {
      // Postings are in increasing order: walk back from the end to the later articles only.
      const list = postings.get(s)!;
      for (let p = list.length - 1; p >= 0 && list[p] > i; p--) {
        const j = list[p];
        if (counts[j]++ === 0) touched.push(j);
      }
    }
    touched.sort((x, y) => x - y);
    for (const j of touched) {
      if (similarityFromCounts(counts[j], a.length, docs[j].shingles.length) >= threshold) out.push([i, j]);
      counts[j] = 0;
    }
    touched.length = 0;
  }
  return out;
}

export interface LshRecall {
  /** Pairs with copySimilarity ≥ threshold (exactPairs). */
  truePairs: number;
  /** True pairs that were LSH candidates. */
  found: number;
  /** found / truePairs (1 when there is no true pair). */
  recall: number;
  /**
   * True pairs that end in the same cluster, directly or through other copies: what the user
   * sees. Can exceed found, since a pair missed by the LSH may be joined through a third copy
   * (or through the star of a large bucket).
   */
  clustered: number;
}

/** How many of the pairs that are copies the LSH finds, against the exact all-pairs computation. */
export function lshRecall(docs: readonly ClusterDoc[], threshold = DEFAULT_THRESHOLD, options: Omit<ClusterOptions, 'threshold'> = {}): LshRecall {
  const truth = exactPairs(docs, threshold);
  const index = buildIndex(docs, options);
  const m = docs.length;
  const candidates = new Set<number>();
  index.forEachCandidate((a, b) => candidates.add(a * m + b));
  const { uf } = verifyAndJoin(docs, index, threshold);
  let found = 0;
  let clustered = 0;
  for (const [a, b] of truth) {
    if (candidates.has(a * m + b)) found++;
    if (uf.find(a) === uf.find(b)) clustered++;
  }
  return { truePairs: truth.length, found, recall: truth.length ? found / truth.length : 1, clustered };
}
