import { analyze, mayMatch } from '../analysis/pipeline.js';
import { buildFindings } from '../analysis/findings.js';
import type { Profile } from '../analysis/policy.js';
import { extractFromDoc } from '../extract/extract.js';
import type { Finding } from '../report/types.js';
import type { DateValue, Quotation } from '../report/extract-types.js';
import type { Resources } from '../resources.js';
import { findQuotes, type QuoteRange } from '../text/quotes.js';
import { firstTokenAt } from '../text/tokenize.js';
import type { Side } from './side.js';

/**
 * What the other stages of amana say about one version, computed only where a change needs
 * it: check's findings and extraction (dates, quotations with speakers) on the sentences
 * around a change, quotation marks on the whole text (one scan). Analysing whole articles
 * would cost many times the diff itself.
 */
export interface Extracted {
  dates: DateValue[];
  people: { start: number; end: number }[];
  quotes: Quotation[];
}

/** Any fixed day will do: only the difference between the two versions' values matters. */
const REFERENCE_DAY = '2001-07-01';

export class SideFacts {
  private quotesCache: QuoteRange[] | null = null;
  private readonly findingsByWindow = new Map<number, Finding[]>();
  private readonly extractionByWindow = new Map<number, Extracted>();
  readonly text: string;

  constructor(
    private readonly side: Side,
    private readonly resources: Resources,
    private readonly profile: Profile,
  ) {
    this.text = side.text;
  }

  /**
   * The stretch of text the analyses of a change at [start, end) look at: its sentence and the
   * sentence before it on the same line when `back` is 1 (a «وأضاف:» continuation names its
   * speaker there), and every sentence the range touches. Every rule of check and extract stays inside a sentence
   * or reaches one back, so this sees what the whole text would, at a fraction of the cost.
   */
  private window(start: number, end: number, back = 1): [number, number] {
    const tokens = this.side.tokens;
    if (tokens.length === 0) return [0, this.text.length];
    let first = Math.min(firstTokenAt(tokens, start), tokens.length - 1);
    let last = Math.max(first, Math.min(firstTokenAt(tokens, end), tokens.length) - 1);
    const s0 = tokens[first].sentence;
    while (first > 0 && tokens[first - 1].sentence >= s0 - back && tokens[first - 1].norm !== '\n') first--;
    const s1 = tokens[last].sentence;
    while (last + 1 < tokens.length && tokens[last + 1].sentence === s1) last++;
    return [tokens[first].start, tokens[last].end];
  }

  /** [start, end) widened by one word on each side. */
  private wordAround(start: number, end: number): [number, number] {
    const tokens = this.side.tokens;
    let first = firstTokenAt(tokens, start);
    let last = firstTokenAt(tokens, end);
    for (let n = 0; first > 0 && n < 2; n++) first--;
    for (let n = 0; last < tokens.length - 1 && n < 2; n++) last++;
    return [tokens[first]?.start ?? start, Math.max(end, tokens[Math.min(last, tokens.length - 1)]?.end ?? end)];
  }

  /** Check's findings around [start, end) (every sense and severity: the classifier decides which count). */
  findings(start: number, end: number): Finding[] {
    // A finding that counts lies mostly inside the change, so the change and a word either side
    // hold all of it or most of it: when the prefilter finds nothing there, there is none.
    if (!mayMatch(this.text.slice(...this.wordAround(start, end)), this.resources)) return [];
    // Check's rules (targets, voice, literal cues) stay inside a sentence.
    const [from, to] = this.window(start, end, 0);
    let found = this.findingsByWindow.get(from * 1e7 + to);
    if (!found) {
      found = this.findingsIn(from, to, 0, 0);
      this.findingsByWindow.set(from * 1e7 + to, found);
    }
    return found;
  }

  /**
   * Findings around [start, end) as if those letters were a word of their own (a space put at
   * each side where they are glued to a neighbour), in this text's offsets.
   */
  findingsApart(r: [number, number]): Finding[] {
    const [from, to] = this.window(r[0], r[1], 0);
    const text = this.text;
    const before = r[0] > from && !/\s/u.test(text[r[0] - 1]) ? 1 : 0;
    const after = r[1] < to && !/\s/u.test(text[r[1]]) ? 1 : 0;
    return this.findingsIn(from, to, before ? r[0] : -1, after ? r[1] : -1);
  }

  /** Check's findings on text[from, to), with a space inserted at `breakA` and `breakB` (if ≥ 0). */
  private findingsIn(from: number, to: number, breakA: number, breakB: number): Finding[] {
    const text = this.text;
    const cuts = [breakA, breakB].filter((x) => x > from && x < to);
    let piece = '';
    let at = from;
    for (const c of cuts) {
      piece += text.slice(at, c) + ' ';
      at = c;
    }
    piece += text.slice(at, to);
    // Offsets in the piece back to the text: shift past each inserted space.
    const back = (x: number): number => {
      let y = x + from;
      for (let k = 0; k < cuts.length; k++) if (x > cuts[k] - from + k) y--;
      return y;
    };
    return buildFindings(analyze(piece, this.resources), this.profile)
      .map((f) => {
        const start = back(f.start);
        const end = back(f.end);
        const target = f.target && { ...f.target, start: back(f.target.start), end: back(f.target.end), text: text.slice(back(f.target.start), back(f.target.end)) };
        return { ...f, start, end, text: text.slice(start, end), target };
      });
  }

  /** Quotations by their marks. */
  quotes(): QuoteRange[] {
    this.quotesCache ??= findQuotes(this.text);
    return this.quotesCache;
  }

  /**
   * The quotation (by marks) holding most of [start, end), or null. Marks around one to three
   * words are a name or a title («"د ب أ"», «"عاصفة الحزم"»), not somebody's words.
   */
  quoteAround(start: number, end: number): QuoteRange | null {
    for (const q of this.quotes()) {
      const inside = Math.min(end, q.end - 1) - Math.max(start, q.start + 1);
      if (inside <= 0 || inside * 2 < end - start) continue;
      if (this.text.slice(q.start + 1, q.end - 1).trim().split(/\s+/u).length < 4) continue;
      return q;
    }
    return null;
  }

  /** Dates, people and quotations (with speakers) around [start, end], in this text's offsets. */
  extraction(start: number, end: number): Extracted {
    const [from, to] = this.window(start, end);
    const cached = this.extractionByWindow.get(from * 1e7 + to);
    if (cached) return cached;
    const piece = this.text.slice(from, to);
    // Both versions resolve relative dates («16 يونيو», «الخميس») against one fixed day, so that
    // their values compare; the values are only shown for absolute dates.
    const found = extractFromDoc(analyze(piece, this.resources, false, true), this.resources.gazetteer, this.resources.dates, REFERENCE_DAY);
    const shift = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + from, end: s.end + from });
    const result: Extracted = {
      dates: found.dates.map(shift),
      people: found.entities.filter((e) => e.type === 'person').map((e) => ({ start: e.start + from, end: e.end + from })),
      quotes: found.quotes.map((q) => ({
        ...shift(q),
        speaker: q.speaker && shift(q.speaker),
        source: q.source && shift(q.source),
        verb: q.verb && shift(q.verb),
        channel: q.channel && shift(q.channel),
      })),
    };
    this.extractionByWindow.set(from * 1e7 + to, result);
    return result;
  }
}
