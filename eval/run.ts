import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, bundledLexiconEntries } from '../src/index.js';
import { corpusSection, injectedSection, realCheckSection } from './check-real-report.js';
import { evalLabelled, precision, recall } from './check-labelled.js';
import { evalSeed } from './check-seed.js';
import { evalExtract, evalExtractSeed, extractSetExists, EXTRACT_TYPES, precision as extractPrecision, recall as extractRecall, type ExtractEval } from './extract-labelled.js';
import { CORPUS, ROOT, SEED, SHARED, sharedAvailable } from './shared.js';
import { constructedPairs, evalPairs, evalRealPairs, HELD_OUT_SEED } from './diff-pairs.js';
import { CHANGE_CATEGORIES, VERDICTS } from '../src/index.js';

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

// Real text (issue 12): inserted epithets in real articles, labelled real paragraphs in three
// voices, and every high finding on clean real news with its blind review label.
for (const section of [injectedSection(outDir), realCheckSection(outDir), corpusSection(outDir)]) {
  console.log('\n' + section.lines.join('\n'));
  if (section.unmet.length) console.log(`\nGoals not met: ${section.unmet.join('; ')}.`);
}

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

console.log('\n# amana eval — diff');
function reportDiff(title: string, seed: number | undefined, errorsFile: string | null): void {
  const pairs = constructedPairs(seed);
  const t0 = performance.now();
  const d = evalPairs(pairs);
  const secs = (performance.now() - t0) / 1000;
  const gold = (c: { tp: number; fn: number }) => c.tp + c.fn;
  const changes = pairs.reduce((n, p) => n + p.changes.length, 0);
  console.log(`\n## ${title}: ${d.pairs} pairs, ${changes} alterations (${secs.toFixed(1)} s)`);
  console.log('A change counts when its category is the alteration\'s and their spans overlap.\n');
  console.log('| category | gold | precision | recall |');
  console.log('|---|---|---|---|');
  let all = { tp: 0, fp: 0, fn: 0 };
  for (const c of CHANGE_CATEGORIES) {
    const k = d.byCategory[c];
    all = { tp: all.tp + k.tp, fp: all.fp + k.fp, fn: all.fn + k.fn };
    console.log(`| ${c} | ${gold(k)} | ${pct(precision(k))} | ${pct(recall(k))} |`);
  }
  console.log(`| **all** | ${gold(all)} | **${pct(precision(all))}** | **${pct(recall(all))}** |`);
  console.log(`| distorting changes, any distorting category | ${gold(d.anyDistorting)} | ${pct(precision(d.anyDistorting))} | ${pct(recall(d.anyDistorting))} |`);
  console.log(`\nVerdict accuracy: **${pct(d.verdictCorrect / d.pairs)}** (${d.verdictCorrect}/${d.pairs}). Rows expected, columns given:\n`);
  console.log(`| expected \\ given | ${VERDICTS.join(' | ')} |`);
  console.log(`|---|${VERDICTS.map(() => '---').join('|')}|`);
  for (const v of VERDICTS) console.log(`| ${v} | ${VERDICTS.map((w) => d.verdictConfusion[v][w]).join(' | ')} |`);
  if (errorsFile) {
    writeFileSync(join(outDir, errorsFile), d.errors.join('\n') + '\n');
    console.log(`\n(differences listed in eval/out/${errorsFile})`);
  }
}
if (sharedAvailable(CORPUS)) {
  reportDiff('Constructed pairs, development (eval/diff/construct.ts, default seed)', undefined, 'diff-errors.txt');
  reportDiff(`Constructed pairs, held out (seed ${HELD_OUT_SEED}; errors never read)`, HELD_OUT_SEED, null);
  if (sharedAvailable(join(SHARED, 'corpus', 'news-dev-pairs.jsonl'))) {
    const real = evalRealPairs();
    console.log('\n## Real same-story pairs (../shared/corpus/news-dev-pairs.jsonl)\n');
    for (const l of real.lines) console.log(l);
    writeFileSync(join(outDir, 'diff-real-pairs.txt'), real.details.join('\n') + '\n');
    console.log('\n(every pair with its distorting changes in eval/out/diff-real-pairs.txt)');
  }
} else console.log('skipped: ../shared/corpus/news-dev.jsonl is not present');

process.exitCode = failed ? 1 : 0;
