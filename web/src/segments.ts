/**
 * Cutting a text into highlightable pieces. Pure (no DOM), so it can be unit-tested and reused
 * by both views: the check view (findings) and the diff view (changes, one side at a time).
 *
 * Spans may overlap or nest (two findings on one phrase, a cosmetic change inside a reworded
 * passage). Instead of nesting elements, which breaks as soon as two spans cross, the text is
 * cut at every span boundary: each piece is covered by a fixed set of spans, and the renderer
 * gives it the style of the most important one. Lines are cut too, so that a piece never
 * contains a line break and each line can be its own block (its own paragraph direction).
 */

export interface RangeInput {
  /** Identifies the span in the output (a finding id, a change id). */
  id: string;
  start: number;
  end: number;
  /** Lower is more important: the first id of a piece's `covers` styles it. */
  rank: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the spans covering this piece, most important first (rank, then earlier start). */
  covers: readonly string[];
}

export interface Line {
  /** Offsets of the line's text, its break excluded. */
  start: number;
  end: number;
  segments: Segment[];
}

/**
 * Widen [start, end) so that it neither splits a surrogate pair nor separates a letter from its
 * combining marks (harakat, shadda, ZWJ): an element boundary there would detach the mark from
 * its letter. Same rule as the library's snapSpan (src/text/spans.ts), which the page cannot
 * import at run time.
 */
export function snapSpan(text: string, start: number, end: number): [number, number] {
  const glued = (i: number): boolean => {
    if (i <= 0 || i >= text.length) return false;
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) return true; // low half of a surrogate pair
    return /^[\p{M}\u200d]/u.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
  };
  let a = Math.max(0, Math.min(start, text.length));
  let b = Math.max(a, Math.min(end, text.length));
  while (a > 0 && glued(a)) a--;
  while (b < text.length && glued(b)) b++;
  return [a, b];
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/gu;

/** The text's lines as [start, end) ranges, breaks excluded. Always at least one line. */
export function lineRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    out.push([at, m.index]);
    at = m.index + m[0].length;
  }
  out.push([at, text.length]);
  return out;
}

/**
 * The lines of `text`, each cut into segments at every boundary of the spans that cross it.
 * Uncovered stretches are segments with no covers. Spans outside the text or empty after
 * clamping are ignored; the segments of a line concatenate to exactly the line's text.
 */
export function segmentText(text: string, ranges: readonly RangeInput[]): Line[] {
  const spans = ranges
    .map((r) => {
      const [start, end] = snapSpan(text, r.start, r.end);
      return { ...r, start, end };
    })
    .filter((r) => r.end > r.start)
    .sort((x, y) => x.rank - y.rank || x.start - y.start || x.id.localeCompare(y.id));

  return lineRanges(text).map(([lineStart, lineEnd]) => {
    const inLine = spans.filter((s) => s.start < lineEnd && s.end > lineStart);
    const cuts = new Set<number>([lineStart, lineEnd]);
    for (const s of inLine) {
      cuts.add(Math.max(lineStart, s.start));
      cuts.add(Math.min(lineEnd, s.end));
    }
    const sorted = [...cuts].sort((x, y) => x - y);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const start = sorted[i];
      const end = sorted[i + 1];
      // `inLine` is already in importance order, so the filter keeps that order.
      const covers = inLine.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
      segments.push({ start, end, covers });
    }
    // An empty line still yields one empty segment-less line, so blank lines survive.
    return { start: lineStart, end: lineEnd, segments };
  });
}
