import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (dist/eval/.. /..). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** ../shared beside the clone: the seed article and the dev corpus (absent in a user's clone). */
export const SHARED = join(ROOT, '..', 'shared');
export const SEED = join(SHARED, 'seed', 'article-ar.txt');
export const CORPUS = join(SHARED, 'corpus', 'news-dev.jsonl');

export function sharedAvailable(file: string): boolean {
  return existsSync(file);
}

export interface CorpusArticle {
  id: string;
  source: string;
  date: string;
  title: string;
  text: string;
}

export function readCorpus(limit = Infinity): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    out.push(JSON.parse(line) as CorpusArticle);
    if (out.length >= limit) break;
  }
  return out;
}
