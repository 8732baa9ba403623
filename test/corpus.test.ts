import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, VERSION } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '..', 'shared', 'corpus', 'news-dev.jsonl');

test('fewer than 1% of real clean news articles get a high finding (../shared dev corpus)', (t) => {
  if (!existsSync(corpus)) {
    t.skip('../shared/corpus/news-dev.jsonl is not present (it is only in the developers\' and CI\'s checkouts)');
    return;
  }
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim());
  let withHigh = 0;
  for (const line of lines) {
    const { text } = JSON.parse(line) as { text: string };
    const r = check(text);
    for (const f of r.findings) assert.equal(text.slice(f.start, f.end), f.text);
    if (r.summary.by_severity.high > 0) withHigh++;
  }
  assert.ok(lines.length >= 1000, 'the dev corpus has its articles');
  assert.ok(withHigh / lines.length < 0.01, `${withHigh} of ${lines.length} articles have a high finding`);
});

test('on real news the prefilter changes no report (first 600 dev-corpus articles)', (t) => {
  if (!existsSync(corpus)) {
    t.skip('../shared/corpus/news-dev.jsonl is not present');
    return;
  }
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).slice(0, 600);
  for (const line of lines) {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    const fast = check(text);
    const slow = check(text, { exhaustive: true });
    assert.deepEqual(fast.findings.map((f) => [f.start, f.end, f.entry, f.severity]), slow.findings.map((f) => [f.start, f.end, f.entry, f.severity]), id);
    assert.equal(fast.cleaned, slow.cleaned, id);
  }
});

test('the library version matches package.json', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
});
