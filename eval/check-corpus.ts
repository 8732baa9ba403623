import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/index.js';
import { readCorpus, ROOT } from './shared.js';

/**
 * Blind labels of findings on news-dev (eval/check/news-dev-review.jsonl, see BLIND.md): every
 * finding the tool reported at some severity on a day, judged from the Arabic alone as the
 * narrator's epithet (a true high in the wire profile), quoted speech or a literal use.
 */
export const REVIEW = join(ROOT, 'eval', 'check', 'news-dev-review.jsonl');
export type ReviewLabel = 'narrator-epithet' | 'quoted' | 'literal' | 'unsure';
interface Review {
  id: string;
  start: number;
  end: number;
  word: string;
  label: ReviewLabel;
}

export function readReview(file = REVIEW): Map<string, Review[]> {
  const out = new Map<string, Review[]>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Review;
    out.set(r.id, [...(out.get(r.id) ?? []), r]);
  }
  return out;
}

/** One high finding on clean news and its reviewed label (`unreviewed` when no label covers it). */
export interface HighLine {
  id: string;
  word: string;
  entry: string;
  label: ReviewLabel | 'unreviewed';
  context: string;
}

export interface CorpusResult {
  articles: number;
  withHigh: number;
  /** Articles with a high finding whose label is quoted, literal or unsure. */
  withFalseHigh: number;
  /** Articles whose every high finding is a reviewed narrator epithet. */
  withTrueHighOnly: number;
  /** Articles with a high finding no label covers (to be reviewed blind). */
  withUnreviewedHigh: number;
  withMedium: number;
  highFindings: number;
  byLexeme: [string, number][];
  byMedium: [string, number][];
  highs: HighLine[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** False positives on real clean news: articles with a high finding, judged by the blind review. */
export function evalCorpus(limit = Infinity, review = readReview()): CorpusResult {
  const articles = readCorpus(limit);
  const r0 = { withHigh: 0, withFalseHigh: 0, withTrueHighOnly: 0, withUnreviewedHigh: 0, withMedium: 0, highFindings: 0 };
  const byLexeme = new Map<string, number>();
  const byMedium = new Map<string, number>();
  const highs: HighLine[] = [];
  for (const a of articles) {
    const r = check(a.text);
    const high = r.findings.filter((f) => f.severity === 'high');
    if (r.findings.some((f) => f.severity === 'medium')) r0.withMedium++;
    for (const f of r.findings) if (f.severity === 'medium') byMedium.set(f.entry, (byMedium.get(f.entry) ?? 0) + 1);
    if (!high.length) continue;
    r0.withHigh++;
    r0.highFindings += high.length;
    const labels = high.map((f) => {
      byLexeme.set(f.entry, (byLexeme.get(f.entry) ?? 0) + 1);
      const label = review.get(a.id)?.find((x) => overlaps(x, f))?.label ?? 'unreviewed';
      const context = a.text.slice(Math.max(0, f.start - 50), f.end + 50).replace(/\s+/gu, ' ');
      highs.push({ id: a.id, word: f.text, entry: f.entry, label, context });
      return label;
    });
    if (labels.some((l) => l !== 'narrator-epithet' && l !== 'unreviewed')) r0.withFalseHigh++;
    else if (labels.includes('unreviewed')) r0.withUnreviewedHigh++;
    else r0.withTrueHighOnly++;
  }
  return { articles: articles.length, ...r0, byLexeme: [...byLexeme].sort((a, b) => b[1] - a[1]), byMedium: [...byMedium].sort((a, b) => b[1] - a[1]), highs };
}
