// The diff on real articles of the shared dev corpus: the constructed evaluation pairs (both
// generator seeds) and the corpus's real same-story pairs. Skipped when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diff } from '../src/index.js';
import { constructPairs } from '../eval/diff/construct.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '..', 'shared', 'corpus', 'news-dev.jsonl');
const pairsFile = join(root, '..', 'shared', 'corpus', 'news-dev-pairs.jsonl');

function articles(): { id: string; text: string; title: string }[] {
  return readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; title: string });
}

test('on constructed pairs from real news, every span is exact and identical copies are faithful', (t) => {
  if (!existsSync(corpus)) {
    t.skip('../shared/corpus/news-dev.jsonl is not present (it is only in the developers\' and CI\'s checkouts)');
    return;
  }
  const all = articles();
  let verdictRight = 0;
  let n = 0;
  for (const seed of [undefined, 4242]) {
    for (const p of constructPairs(all, seed)) {
      const r = diff(p.original, p.copy);
      for (const c of r.changes) {
        if (c.original) assert.equal(p.original.slice(c.original.start, c.original.end), c.original.text);
        if (c.copy) assert.equal(p.copy.slice(c.copy.start, c.copy.end), c.copy.text);
      }
      if (p.original === p.copy) assert.equal(r.verdict, 'faithful');
      if (r.verdict === p.verdict) verdictRight++;
      n++;
    }
  }
  // npm run eval prints the full figures; this only guards against a collapse.
  assert.ok(verdictRight / n > 0.85, `verdict right on ${verdictRight} of ${n} pairs`);
});

test('on the corpus\'s real same-story pairs, spans are exact and near-identical copies are not called manipulated', (t) => {
  if (!existsSync(pairsFile)) {
    t.skip('../shared/corpus/news-dev-pairs.jsonl is not present');
    return;
  }
  const byId = new Map(articles().map((a) => [a.id, a.text]));
  for (const line of readFileSync(pairsFile, 'utf8').split('\n').filter((l) => l.trim())) {
    const p = JSON.parse(line) as { id_a: string; id_b: string; jaccard: number };
    const a = byId.get(p.id_a);
    const b = byId.get(p.id_b);
    if (a === undefined || b === undefined) continue;
    const r = diff(a, b);
    for (const c of r.changes) {
      if (c.original) assert.equal(a.slice(c.original.start, c.original.end), c.original.text);
      if (c.copy) assert.equal(b.slice(c.copy.start, c.copy.end), c.copy.text);
    }
    if (p.jaccard >= 0.9) assert.notEqual(r.verdict, 'manipulated', `${p.id_a} → ${p.id_b}`);
  }
});
