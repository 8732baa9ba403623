/**
 * Longest common subsequence of two key sequences, as matched index pairs. Patience anchors
 * first (keys that occur once on each side, in increasing order on both), then Myers' O(ND)
 * algorithm between anchors. Anchoring on unique words keeps a moved paragraph from dragging
 * the alignment of everything else with it, and keeps each Myers region small, so a long
 * article with many edits stays fast.
 */

/** A region larger than this with no unique anchor is compared by a cheaper greedy pass. */
const MYERS_MAX_COST = 1_000_000;

/** Append to `out` (flat [a, b, a, b, …]) the matched pairs of a[a0,a1) and b[b0,b1). */
export function lcs(a: Int32Array, b: Int32Array, a0 = 0, a1 = a.length, b0 = 0, b1 = b.length, out: number[] = []): number[] {
  // Common prefix and suffix need no search.
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push(a0++, b0++);
  const tail: number[] = [];
  while (a1 > a0 && b1 > b0 && a[a1 - 1] === b[b1 - 1]) tail.push(--a1, --b1);
  if (a0 < a1 && b0 < b1) {
    const anchors = uniqueAnchors(a, b, a0, a1, b0, b1);
    if (anchors.length > 0) {
      let pa = a0;
      let pb = b0;
      for (let k = 0; k < anchors.length; k += 2) {
        lcs(a, b, pa, anchors[k], pb, anchors[k + 1], out);
        out.push(anchors[k], anchors[k + 1]);
        pa = anchors[k] + 1;
        pb = anchors[k + 1] + 1;
      }
      lcs(a, b, pa, a1, pb, b1, out);
    } else if ((a1 - a0) * (b1 - b0) <= MYERS_MAX_COST) {
      myers(a, b, a0, a1, b0, b1, out);
    } else {
      greedy(a, b, a0, a1, b0, b1, out);
    }
  }
  for (let k = tail.length - 2; k >= 0; k -= 2) out.push(tail[k], tail[k + 1]);
  return out;
}

/**
 * Keys occurring exactly once in each range, as pairs in a-order, reduced to the longest run
 * increasing in b (patience sorting).
 */
function uniqueAnchors(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number): number[] {
  // count: 1 once, 2 more; position of the single occurrence.
  const inA = new Map<number, number>();
  for (let i = a0; i < a1; i++) inA.set(a[i], inA.has(a[i]) ? -1 : i);
  const inB = new Map<number, number>();
  for (let j = b0; j < b1; j++) {
    const k = b[j];
    const ai = inA.get(k);
    if (ai === undefined || ai < 0) continue;
    inB.set(k, inB.has(k) ? -1 : j);
  }
  const pairs: number[] = [];
  for (let i = a0; i < a1; i++) {
    const j = inB.get(a[i]);
    if (j !== undefined && j >= 0 && inA.get(a[i]) === i) pairs.push(i, j);
  }
  if (pairs.length === 0) return pairs;
  // Longest increasing subsequence of the b positions (pairs are already in a order).
  const n = pairs.length / 2;
  const tails: number[] = [];
  const prev = new Int32Array(n).fill(-1);
  for (let p = 0; p < n; p++) {
    const j = pairs[2 * p + 1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[2 * tails[mid] + 1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1];
    tails[lo] = p;
  }
  const chain: number[] = [];
  for (let p = tails[tails.length - 1]; p >= 0; p = prev[p]) chain.push(p);
  const out: number[] = [];
  for (let k = chain.length - 1; k >= 0; k--) out.push(pairs[2 * chain[k]], pairs[2 * chain[k] + 1]);
  return out;
}

/** Myers' greedy O(ND) shortest edit script, keeping each round's frontier for the walk back. */
function myers(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number, out: number[]): void {
  const n = a1 - a0;
  const m = b1 - b0;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    // Only diagonals -d..d are live in round d: keep that slice for the backtrack.
    const snapshot = new Int32Array(2 * d + 3);
    for (let k = -d - 1; k <= d + 1; k++) snapshot[k + d + 1] = v[k + offset];
    trace.push(snapshot);
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[k - 1 + offset] < v[k + 1 + offset]) ? v[k + 1 + offset] : v[k - 1 + offset] + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[k + offset] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  // Walk back through the snapshots collecting the diagonal (matching) moves.
  const pairs: number[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const snap = trace[d];
    const at = (k: number) => snap[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      pairs.push(a0 + x, b0 + y);
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    pairs.push(a0 + x, b0 + y);
  }
  for (let p = pairs.length - 2; p >= 0; p -= 2) out.push(pairs[p], pairs[p + 1]);
}

/**
 * For huge regions with no unique word (pathological input): match each a-key to its next
 * occurrence in b, in order. Linear, not optimal; it only has to keep hostile input fast.
 */
function greedy(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number, out: number[]): void {
  const positions = new Map<number, number[]>();
  for (let j = b1 - 1; j >= b0; j--) {
    const list = positions.get(b[j]);
    if (list) list.push(j);
    else positions.set(b[j], [j]);
  }
  let pb = b0;
  for (let i = a0; i < a1; i++) {
    const list = positions.get(a[i]);
    if (!list) continue;
    while (list.length > 0 && list[list.length - 1] < pb) list.pop();
    if (list.length === 0) continue;
    const j = list.pop()!;
    // Skipping far ahead in b would throw away everything in between: only take near matches.
    if (j - pb > 64) {
      list.push(j);
      continue;
    }
    out.push(i, j);
    pb = j + 1;
  }
}
