/**
 * Disjoint sets over 0..n-1, with path compression and union by size (near-constant time per
 * operation), for turning verified pairs into clusters: copies of copies end up together.
 */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`UnionFind: n must be a non-negative integer, got ${n}`);
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  get length(): number {
    return this.parent.length;
  }

  find(i: number): number {
    const p = this.parent;
    let root = i;
    while (p[root] !== root) root = p[root];
    // Iterative rather than recursive: a long chain must not overflow the stack.
    while (p[i] !== root) {
      const next = p[i];
      p[i] = root;
      i = next;
    }
    return root;
  }

  /** Join the sets of i and j; false when they were already one. */
  union(i: number, j: number): boolean {
    let a = this.find(i);
    let b = this.find(j);
    if (a === b) return false;
    if (this.size[a] < this.size[b]) [a, b] = [b, a];
    this.parent[b] = a;
    this.size[a] += this.size[b];
    return true;
  }

  /**
   * The sets of at least `minSize` members, each sorted, in order of their smallest member:
   * the same input gives the same output whatever order the unions came in.
   */
  groups(minSize = 2): number[][] {
    const n = this.parent.length;
    const slot = new Int32Array(n).fill(-1);
    const all: number[][] = [];
    // Ascending i: a set is opened at its smallest member and filled in ascending order.
    for (let i = 0; i < n; i++) {
      const r = this.find(i);
      if (this.size[r] < minSize) continue;
      if (slot[r] < 0) {
        slot[r] = all.length;
        all.push([]);
      }
      all[slot[r]].push(i);
    }
    return all;
  }
}
