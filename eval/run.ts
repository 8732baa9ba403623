import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, bundledLexiconEntries } from '../src/index.js';
import { evalCorpus } from './check-corpus.js';
import { evalLabelled, precision, recall } from './check-labelled.js';
import { evalSeed } from './check-seed.js';
import { evalExtract, evalExtractSeed, extractSetExists, EXTRACT_TYPES, precision as extractPrecision, recall as extractRecall, type ExtractEval } from './extract-labelled.js';
import { CORPUS, ROOT, SEED, sharedAvailable } from './shared.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const outDir = join(ROOT, 'eval', 'out');
mkdirSync(outDir, { recursive: true });
let failed = false;

const entries = bundledLexiconEntries();
const perCategory = CATEGORIES.map((c) => `${c} ${entries.filter((e) => e.category === c).length}`).join(', ');
console.log(`# amana eval — check\n\nLexicon: ${entries.length} entries (${perCategory}).\n`);

console.log('## Seed article');
if (sharedAvailable(SEED)) {
  const seed = evalSeed();
  failed ||= !seed.ok;
  for (const l of seed.lines) console.log(l);
} else console.log('skipped: ../shared/seed/article-ar.txt is not present');

function reportLabelled(file: string, title: string): void {
  console.log(`\n## ${title} (eval/check/${file})`);
  const lab = evalLabelled(file);
  console.log(`${lab.passages} passages, ${lab.expected} expected findings; profile wire; a finding counts when it overlaps the expected span with the same category.\n`);
  console.log('| category | expected | precision | recall |');
  console.log('|---|---|---|---|');
  for (const c of CATEGORIES) {
    const k = lab.byCategory[c];
    console.log(`| ${c} | ${k.tp + k.fn} | ${pct(precision(k))} | ${pct(recall(k))} |`);
  }
  console.log(`| **all** | ${lab.expected} | **${pct(precision(lab.overall))}** | **${pct(recall(lab.overall))}** |`);
  console.log(`| detection, any category | ${lab.expected} | ${pct(precision(lab.anyCategory))} | ${pct(recall(lab.anyCategory))} |`);
  console.log(`\nVoice correct on matched findings: ${pct(lab.voiceCorrect / Math.max(1, lab.matched))}; target correct: ${pct(lab.targetCorrect / Math.max(1, lab.targetExpected))} of ${lab.targetExpected} with a labelled target.`);
  console.log('\nPassages fully right, by tag:');
  for (const [tag, v] of Object.entries(lab.byTag).sort()) console.log(`- ${tag}: ${v.correct}/${v.passages}`);
  const errors = file.replace(/\.jsonl$/u, '-errors.txt');
  writeFileSync(join(outDir, errors), lab.errors.join('\n') + '\n');
  console.log(`(errors listed in eval/out/${errors})`);
}

reportLabelled('labelled.jsonl', 'Development set');
if (existsSync(join(ROOT, 'eval', 'check', 'heldout.jsonl'))) reportLabelled('heldout.jsonl', 'Held-out set, never used for tuning');

console.log('\n## False positives on real news (../shared/corpus/news-dev.jsonl)');
if (sharedAvailable(CORPUS)) {
  const t0 = performance.now();
  const c = evalCorpus();
  const secs = (performance.now() - t0) / 1000;
  const share = c.withHigh / c.articles;
  failed ||= share >= 0.01;
  console.log(`${c.articles} articles: ${c.withHigh} with any high finding (${pct(share)}, goal < 1%), ${c.withMedium} with a medium finding; ${c.highFindings} high findings in all (${secs.toFixed(1)} s).`);
  if (c.byMedium.length) console.log(`Medium findings by entry (most frequent): ${c.byMedium.slice(0, 10).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (c.byLexeme.length) console.log(`High findings by entry: ${c.byLexeme.slice(0, 15).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  writeFileSync(join(outDir, 'corpus-high.txt'), c.samples.join('\n') + '\n');
  console.log('(every high finding with its context in eval/out/corpus-high.txt)');
} else console.log('skipped: ../shared/corpus/news-dev.jsonl is not present');

console.log('\n# amana eval — extract');
const extractTable = (e: ExtractEval) => {
  console.log('| type | gold | precision | recall |');
  console.log('|---|---|---|---|');
  for (const t of EXTRACT_TYPES) {
    const k = e.counts[t];
    console.log(`| ${t} | ${k.found + k.fn} | ${pct(extractPrecision(k))} | ${pct(extractRecall(k))} |`);
  }
};
console.log('\n## Seed article (eval/extract/seed-expected.json)');
if (sharedAvailable(SEED)) {
  const e = evalExtractSeed(readFileSync(SEED, 'utf8'));
  extractTable(e);
  console.log(e.errors.length ? `\nDifferences:\n${e.errors.map((x) => `- ${x}`).join('\n')}` : '\nNo differences.');
} else console.log('skipped: ../shared/seed/article-ar.txt is not present');
for (const [file, title] of [['labelled.jsonl', 'Development set'], ['heldout.jsonl', 'Held-out set, never used for tuning']] as const) {
  if (!extractSetExists(file)) continue;
  const e = evalExtract(file);
  console.log(`\n## ${title} (eval/extract/${file}): ${e.passages} passages`);
  extractTable(e);
  const errors = `extract-${file.replace(/\.jsonl$/u, '')}-errors.txt`;
  writeFileSync(join(outDir, errors), e.errors.join('\n') + '\n');
  console.log(`(differences listed in eval/out/${errors})`);
}

process.exitCode = failed ? 1 : 0;
