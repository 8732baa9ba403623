/**
 * The worker thread of `amana scan`: analyses one article (check with its extraction, and the
 * MinHash signature of its shingles) or diffs one copy against its cluster's original. Resources
 * are built once per thread, on the first task.
 */
import { check, diff, MinHasher, wordShingles, type DiffReport } from '../../index.js';
import type { ArticleInput, ArticleResult, DiffJob, DiffResult } from './types.js';

/** One MinHash family for every thread and every run: signatures must compare across them. */
export const SIGNATURE_HASHES = 128;
export const SIGNATURE_SEED = 20261129;

let hasher: MinHasher | null = null;

export function analyzeArticle(article: ArticleInput): ArticleResult {
  hasher ??= new MinHasher(SIGNATURE_HASHES, SIGNATURE_SEED);
  const shingles = wordShingles(article.text);
  const report = check(article.text, { extract: true, date: article.date });
  const extraction = report.extract!;
  return {
    id: article.id,
    report: JSON.stringify(report),
    findings: report.findings.map((f) => ({
      start: f.start,
      end: f.end,
      text: f.text,
      category: f.category,
      severity: f.severity,
      voice: f.voice,
      lexeme: f.lexeme,
      entry: f.entry,
      target: f.target ? f.target.text : null,
      target_kind: f.target ? f.target.kind : null,
      target_group: f.target ? f.target.group : null,
    })),
    entities: extraction.entity_index.map((e) => ({ entity_id: e.entity_id, type: e.type, name: e.name, mentions: e.mentions, gazetteer_id: e.gazetteer_id })),
    quotes: extraction.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker?.text ?? null, source: q.source?.text ?? null })),
    signature: hasher.signature(shingles),
    shingles,
    maxSeverity: report.summary.max_severity,
    agencies: [...new Set(extraction.credits.filter((c) => c.kind === 'agency').map((c) => c.text))].sort(),
  };
}

export function diffCopy(job: DiffJob): DiffResult {
  const report: DiffReport = diff(job.original, job.copy);
  return {
    clusterId: job.clusterId,
    originalId: job.originalId,
    copyId: job.copyId,
    similarity: report.similarity,
    verdict: report.verdict,
    report: JSON.stringify(report),
    changes: report.changes.map((c) => ({ category: c.category, original: c.original?.text ?? null, copy: c.copy?.text ?? null, target: c.target?.text ?? null })),
  };
}

/** Piscina's entry point: one task, either kind. */
export default function task(message: { kind: 'analyze'; article: ArticleInput } | { kind: 'diff'; job: DiffJob }): ArticleResult | DiffResult {
  return message.kind === 'analyze' ? analyzeArticle(message.article) : diffCopy(message.job);
}
