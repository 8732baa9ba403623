import { check } from '../src/index.js';
import { readCorpus } from './shared.js';

export interface CorpusResult {
  articles: number;
  withHigh: number;
  withMedium: number;
  highFindings: number;
  byLexeme: [string, number][];
  byMedium: [string, number][];
  samples: string[];
}

/** False positives on real clean news: how many articles get any high finding, and from what. */
export function evalCorpus(limit = Infinity): CorpusResult {
  const articles = readCorpus(limit);
  let withHigh = 0;
  let withMedium = 0;
  let highFindings = 0;
  const byLexeme = new Map<string, number>();
  const byMedium = new Map<string, number>();
  const samples: string[] = [];
  for (const a of articles) {
    const r = check(a.text);
    const high = r.findings.filter((f) => f.severity === 'high');
    if (high.length) withHigh++;
    if (r.findings.some((f) => f.severity === 'medium')) withMedium++;
    highFindings += high.length;
    for (const f of r.findings) if (f.severity === 'medium') byMedium.set(f.entry, (byMedium.get(f.entry) ?? 0) + 1);
    for (const f of high) {
      byLexeme.set(f.entry, (byLexeme.get(f.entry) ?? 0) + 1);
      const ctx = a.text.slice(Math.max(0, f.start - 50), f.end + 50).replace(/\n/g, ' ');
      samples.push(`${a.id} ${f.entry} «${f.text}» target=${f.target?.text ?? '-'} :: ${ctx}`);
    }
  }
  return { articles: articles.length, withHigh, withMedium, highFindings, byLexeme: [...byLexeme].sort((a, b) => b[1] - a[1]), byMedium: [...byMedium].sort((a, b) => b[1] - a[1]), samples };
}
