/**
 * Near-duplicate clustering (amana scan): Arabic-normalized word shingles, MinHash signatures,
 * LSH banding for candidate pairs, exact verification, union-find. Pure: runs in browsers too.
 */
export { wordShingles } from './shingles.js';
export { MinHasher, estimateJaccard, EMPTY_SLOT } from './minhash.js';
export { LshIndex, DEFAULT_BANDS, DEFAULT_ROWS, DEFAULT_CLIQUE_LIMIT } from './lsh.js';
export { UnionFind } from './union-find.js';
export { jaccard, containment, copySimilarity, intersectionSize } from './jaccard.js';
export { clusterDocuments, exactPairs, lshRecall, DEFAULT_THRESHOLD, type ClusterDoc, type ClusterOptions, type ClusterResult, type LshRecall } from './cluster.js';
