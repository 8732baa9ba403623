/**
 * Exact set similarities over sorted unique shingle arrays (what wordShingles returns), by a
 * merge walk: O(|a| + |b|), no allocation.
 */

export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** |a∩b| / |a∪b|; 0 when both are empty (two empty articles are not copies of each other). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const inter = intersectionSize(a, b);
  const union = a.length + b.length - inter;
  return union === 0 ? 0 : inter / union;
}

/**
 * |a∩b| / |a|: how much of a is inside b; 0 when a is empty. Jaccard alone undersells a copy
 * that adds boilerplate or drops a paragraph (a story inside a page twice its size has Jaccard
 * 0.5 at best), so a caller judging copies may use max(jaccard(a, b), containment(smaller,
 * larger)), which is copySimilarity.
 */
export function containment(a: Uint32Array, b: Uint32Array): number {
  return a.length === 0 ? 0 : intersectionSize(a, b) / a.length;
}

/**
 * max(jaccard, containment of the smaller set in the larger), from the sizes and the
 * intersection. Since |a∪b| ≥ min(|a|, |b|) the containment is never below the Jaccard, so this
 * is |a∩b| / min(|a|, |b|) (the overlap coefficient); written as the max to say what it means.
 */
export function similarityFromCounts(inter: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.max(inter / (sizeA + sizeB - inter), inter / smaller);
}

/** The similarity by which a candidate pair is judged a copy: see similarityFromCounts. */
export function copySimilarity(a: Uint32Array, b: Uint32Array): number {
  return similarityFromCounts(intersectionSize(a, b), a.length, b.length);
}
