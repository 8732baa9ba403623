import { lcs } from './lcs.js';
import type { Side } from './side.js';

/**
 * Word alignment of two versions: which word of the copy each word of the original became.
 * The longest common subsequence gives the words kept in order; sentences the copy moved
 * elsewhere are then found among the leftovers and aligned to their new place, so that a
 * moved paragraph reads as moved, not as one removed and another added.
 */
export interface Alignment {
  readonly a: Side;
  readonly b: Side;
  /** For each original word, the copy word it is aligned with, or -1. */
  readonly matchA: Int32Array;
  /** For each copy word, the original word it is aligned with, or -1. */
  readonly matchB: Int32Array;
  /** Words inside a moved block (aligned or not), marked on both sides. */
  readonly inMoveA: Uint8Array;
  readonly inMoveB: Uint8Array;
  readonly moves: readonly Block[];
}

/** Word ranges [a0, a1) of the original and [b0, b1) of the copy. */
export interface Block {
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
}

/** A sentence shorter than this is not looked for elsewhere: short runs match by chance. */
const MIN_MOVED_WORDS = 4;
/** Share of the longer piece's words the two pieces must have in common to be one sentence moved. */
const MOVED_OVERLAP = 0.5;

export function align(a: Side, b: Side): Alignment {
  const matchA = new Int32Array(a.keys.length).fill(-1);
  const matchB = new Int32Array(b.keys.length).fill(-1);
  const pairs = lcs(a.keys, b.keys);
  for (let p = 0; p < pairs.length; p += 2) {
    matchA[pairs[p]] = pairs[p + 1];
    matchB[pairs[p + 1]] = pairs[p];
  }
  const inMoveA = new Uint8Array(a.keys.length);
  const inMoveB = new Uint8Array(b.keys.length);
  const moves = findMoves(a, b, matchA, matchB);
  for (const m of moves) {
    inMoveA.fill(1, m.a0, m.a1);
    inMoveB.fill(1, m.b0, m.b1);
    const inner = lcs(a.keys, b.keys, m.a0, m.a1, m.b0, m.b1);
    for (let p = 0; p < inner.length; p += 2) {
      matchA[inner[p]] = inner[p + 1];
      matchB[inner[p + 1]] = inner[p];
    }
  }
  return { a, b, matchA, matchB, inMoveA, inMoveB, moves };
}

/** Runs of unaligned words, cut at sentence ends, at least MIN_MOVED_WORDS long. */
function leftoverPieces(side: Side, match: Int32Array): Block[] {
  const out: Block[] = [];
  let w = 0;
  const n = match.length;
  while (w < n) {
    if (match[w] >= 0) {
      w++;
      continue;
    }
    let e = w + 1;
    while (e < n && match[e] < 0 && side.sentence[e] === side.sentence[w]) e++;
    if (e - w >= MIN_MOVED_WORDS) out.push({ a0: w, a1: e, b0: 0, b1: 0 });
    w = e;
  }
  return out;
}

/**
 * Pair leftover sentences of the original with leftover sentences of the copy that share most
 * of their words, when the copy's piece is not where the original's would be (then it is a
 * rewrite in place, which the classifier handles). Best pairs first, each piece used once.
 */
function findMoves(a: Side, b: Side, matchA: Int32Array, matchB: Int32Array): Block[] {
  const piecesA = leftoverPieces(a, matchA);
  const piecesB = leftoverPieces(b, matchB);
  if (piecesA.length === 0 || piecesB.length === 0) return [];
  const byKey = new Map<number, number[]>();
  piecesB.forEach((p, i) => {
    const seen = new Set<number>();
    for (let w = p.a0; w < p.a1; w++) {
      const k = b.keys[w];
      if (seen.has(k)) continue;
      seen.add(k);
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  });
  const candidates: { score: number; pa: number; pb: number }[] = [];
  piecesA.forEach((p, i) => {
    const shared = new Map<number, number>();
    const seen = new Set<number>();
    for (let w = p.a0; w < p.a1; w++) {
      const k = a.keys[w];
      if (seen.has(k)) continue;
      seen.add(k);
      for (const j of byKey.get(k) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      const q = piecesB[j];
      const score = count / Math.max(p.a1 - p.a0, q.a1 - q.a0);
      if (count >= MIN_MOVED_WORDS && score >= MOVED_OVERLAP) candidates.push({ score, pa: i, pb: j });
    }
  });
  candidates.sort((x, y) => y.score - x.score || x.pa - y.pa || x.pb - y.pb);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const moves: Block[] = [];
  for (const c of candidates) {
    if (usedA.has(c.pa) || usedB.has(c.pb)) continue;
    const pa = piecesA[c.pa];
    const pb = piecesB[c.pb];
    if (inPlace(matchA, pa.a0, pa.a1, pb.a0, pb.a1, b.keys.length)) continue;
    usedA.add(c.pa);
    usedB.add(c.pb);
    moves.push({ a0: pa.a0, a1: pa.a1, b0: pb.a0, b1: pb.a1 });
  }
  return moves.sort((x, y) => x.a0 - y.a0);
}

/** The copy's piece lies between the copy positions of the original piece's aligned neighbours. */
function inPlace(matchA: Int32Array, a0: number, a1: number, b0: number, b1: number, nb: number): boolean {
  let before = -1;
  for (let w = a0 - 1; w >= 0; w--) if (matchA[w] >= 0) {
    before = matchA[w];
    break;
  }
  let after = nb;
  for (let w = a1; w < matchA.length; w++) if (matchA[w] >= 0) {
    after = matchA[w];
    break;
  }
  return b0 > before && b1 <= after;
}

/**
 * The changed regions: between consecutive aligned words (outside moved blocks, then inside
 * each moved block), the unaligned run of the original paired with the unaligned run of the
 * copy. A run with nothing opposite it is a pure removal or addition: its other range is
 * empty (a0 === a1 or b0 === b1) and sits where the run would have been.
 */
export function hunks(al: Alignment): Block[] {
  const out: Block[] = [];
  const { matchA, matchB, inMoveA, inMoveB } = al;
  // Outside moves: anchors are aligned words that are not in a moved block.
  gapHunks(al, 0, matchA.length, 0, matchB.length, (w) => matchA[w] >= 0 && !inMoveA[w], (w) => matchA[w] < 0 && !inMoveA[w], (w) => matchB[w] < 0 && !inMoveB[w], out);
  for (const m of al.moves) {
    gapHunks(al, m.a0, m.a1, m.b0, m.b1, (w) => matchA[w] >= 0, (w) => matchA[w] < 0, (w) => matchB[w] < 0, out);
  }
  return out;
}

function gapHunks(
  al: Alignment,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  anchor: (w: number) => boolean,
  freeA: (w: number) => boolean,
  freeB: (w: number) => boolean,
  out: Block[],
): void {
  let pa = a0;
  let pb = b0;
  const flush = (ea: number, eb: number) => {
    const runsA = runs(pa, ea, freeA);
    const runsB = runs(pb, eb, freeB);
    if (runsA.length === 1 && runsB.length === 1) out.push({ a0: runsA[0][0], a1: runsA[0][1], b0: runsB[0][0], b1: runsB[0][1] });
    else {
      // Nothing opposite: the empty range on the other side marks where it would have been.
      for (const [s, e] of runsA) out.push({ a0: s, a1: e, b0: pb, b1: pb });
      for (const [s, e] of runsB) out.push({ a0: pa, a1: pa, b0: s, b1: e });
    }
  };
  for (let w = a0; w < a1; w++) {
    if (!anchor(w)) continue;
    const j = al.matchA[w];
    flush(w, j);
    pa = w + 1;
    pb = j + 1;
  }
  flush(a1, b1);
}

/** Maximal runs of words in [from, to) passing `free`. */
function runs(from: number, to: number, free: (w: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let w = from;
  while (w < to) {
    if (!free(w)) {
      w++;
      continue;
    }
    let e = w + 1;
    while (e < to && free(e)) e++;
    out.push([w, e]);
    w = e;
  }
  return out;
}
