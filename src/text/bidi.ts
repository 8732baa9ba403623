/**
 * Bidi override and isolate runs: LRO/RLO (U+202D/U+202E) … PDF (U+202C), and LRI/RLI/FSI
 * (U+2066/U+2067/U+2068) … PDI (U+2069). Inside an override the letters are laid out in the
 * forced direction whatever their own, so a word typed backwards between LRO and PDF («بالك»)
 * displays as the word read the other way («كلاب»): a filter reading the stored text misses it.
 * Used for matching only (the reversed reading of a run); offsets stay those of the original.
 */

export interface BidiRun {
  /** The opening control. */
  readonly start: number;
  /** One past the closing control. */
  readonly end: number;
  /** The content between the controls. */
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly kind: 'override' | 'isolate';
}

const OPENERS = /[\u202d\u202e\u2066-\u2068]/u;

/** Does the text hold an override or isolate opener at all (the cheap test before bidiRuns)? */
export function hasBidiRuns(input: string): boolean {
  return OPENERS.test(input);
}

/**
 * The closed override and isolate runs of a text, sorted by start (a run before those nested in it), as the
 * Unicode bidi algorithm pairs them: PDF closes the latest open override (or embedding), PDI the
 * latest open isolate and everything opened inside it; a paragraph break closes everything.
 * Unclosed runs are left out: a tamperer's run is a closed one around a word, and an unclosed
 * override at a paragraph start is an editor's leftover.
 */
export function bidiRuns(input: string): BidiRun[] {
  const out: BidiRun[] = [];
  if (!hasBidiRuns(input)) return out;
  // Stack of open controls: [position, code].
  const stack: [number, number][] = [];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x202a || c === 0x202b || c === 0x202d || c === 0x202e || (c >= 0x2066 && c <= 0x2068)) {
      stack.push([i, c]);
    } else if (c === 0x202c) {
      // PDF closes the latest embedding or override, not across an isolate.
      const top = stack[stack.length - 1];
      if (top && top[1] >= 0x202a && top[1] <= 0x202e) {
        stack.pop();
        if (top[1] === 0x202d || top[1] === 0x202e) out.push({ start: top[0], end: i + 1, innerStart: top[0] + 1, innerEnd: i, kind: 'override' });
      }
    } else if (c === 0x2069) {
      let k = stack.length - 1;
      while (k >= 0 && stack[k][1] < 0x2066) k--;
      if (k >= 0) {
        const [at] = stack[k];
        stack.length = k;
        out.push({ start: at, end: i + 1, innerStart: at + 1, innerEnd: i, kind: 'isolate' });
      }
    } else if (c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85) {
      stack.length = 0;
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
