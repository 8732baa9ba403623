import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { blindItems, evalInjected, evalRealCheck, formatRate, rateTable, LABEL_KINDS, LABEL_RULES, INJECTED, REAL_CHECK, type Rate } from './check-real.js';
import { evalCorpus } from './check-corpus.js';
import { CORPUS, ROOT, sharedAvailable } from './shared.js';

/** A section of the eval's output, and whether it met the goals of issue 12 that it measures. */
export interface Section {
  lines: string[];
  /** Goals not met, one phrase each. */
  unmet: string[];
}

const GOAL = {
  recallHigh: 0.9,
  restore: 0.85,
  falseHighShare: 0.005,
  'narrator-epithet': 0.85,
  quoted: 0.95,
  literal: 0.9,
  loaded: 0.9,
} as const;

const share = (r: Rate) => (r.of ? r.pass / r.of : 0);
const mark = (ok: boolean) => (ok ? 'met' : '**not met**');

/** Epithets inserted into real articles (../shared/corpus/news-dev-injected.jsonl), wire profile. */
export function injectedSection(outDir: string): Section {
  const lines = ['## Epithets inserted into real articles (../shared/corpus/news-dev-injected.jsonl, profile wire)'];
  if (!sharedAvailable(INJECTED)) return { lines: [...lines, 'skipped: ../shared/corpus/news-dev-injected.jsonl is not present'], unmet: [] };
  const t0 = performance.now();
  const r = evalInjected();
  const unmet: string[] = [];
  if (r.recallHigh < GOAL.recallHigh) unmet.push(`injected recall_high ${r.recallHigh.toFixed(3)} < ${GOAL.recallHigh}`);
  if (r.restore < GOAL.restore) unmet.push(`injected restore ${r.restore.toFixed(3)} < ${GOAL.restore}`);
  if (r.newHigh > 0) unmet.push(`${r.newHigh} new high findings in injected articles`);
  lines.push(
    `${r.articles} articles, ${r.spans} inserted spans (${((performance.now() - t0) / 1000).toFixed(1)} s).`,
    '',
    '| measure | value | goal |',
    '|---|---|---|',
    `| recall_high (inserted spans overlapped by a high finding) | ${r.recallHigh.toFixed(3)} | ≥ ${GOAL.recallHigh}: ${mark(r.recallHigh >= GOAL.recallHigh)} |`,
    `| shown at any severity | ${r.recallAny.toFixed(3)} | |`,
    `| restore (cleaned text equals the clean article's cleaned text) | ${r.restore.toFixed(3)} | ≥ ${GOAL.restore}: ${mark(r.restore >= GOAL.restore)} |`,
    `| new high findings elsewhere in those articles | ${r.newHigh} | 0: ${mark(r.newHigh === 0)} |`,
    '',
    ...rateTable('variant', r.byVariant), '',
    ...rateTable('anchor', r.byAnchor), '',
    ...rateTable('category', r.byCategory),
    '(misses, unrestored articles and new highs in eval/out/injected-errors.txt)',
  );
  writeFileSync(join(outDir, 'injected-errors.txt'), r.errors.join('\n') + '\n');
  return { lines, unmet };
}

/** Real paragraphs labelled by voice (../shared/corpus/real-dev-check.jsonl) and the project's blind labels. */
export function realCheckSection(outDir: string): Section {
  const lines = ['## Real paragraphs, labelled (../shared/corpus/real-dev-check.jsonl; eval/check/blind-*.jsonl)'];
  if (!sharedAvailable(REAL_CHECK)) return { lines: [...lines, 'skipped: ../shared/corpus/real-dev-check.jsonl is not present'], unmet: [] };
  const unmet: string[] = [];
  const sets = [
    { name: 'real-dev-check', r: evalRealCheck(), errors: 'real-check-errors.txt' },
    ...(sharedAvailable(CORPUS)
      ? [
        { name: 'blind dev', r: evalRealCheck(blindItems(join(ROOT, 'eval', 'check', 'blind-dev.jsonl')), false), errors: 'blind-dev-errors.txt' },
        // The held-out part's errors are never written: only its totals are seen.
        { name: 'blind held-out', r: evalRealCheck(blindItems(join(ROOT, 'eval', 'check', 'blind-heldout.jsonl')), false), errors: '' },
      ]
      : []),
  ];
  lines.push('', `| label (rule) | goal | ${sets.map((s) => s.name).join(' | ')} |`, `|---|---|${sets.map(() => '---|').join('')}`);
  for (const k of LABEL_KINDS) {
    const goal = GOAL[k];
    lines.push(`| ${k} (${LABEL_RULES[k]}) | ≥ ${goal} | ${sets.map((s) => formatRate(s.r.byKind[k])).join(' | ')} |`);
    if (share(sets[0].r.byKind[k]) < goal) unmet.push(`real-dev-check ${k} ${share(sets[0].r.byKind[k]).toFixed(3)} < ${goal}`);
  }
  lines.push(`| clean paragraphs without a high or medium finding | all | ${sets.map((s) => formatRate(s.r.clean)).join(' | ')} |`);
  lines.push(`| quoted or literal words changed by cleaned (real-dev-check: as its scorer counts; blind: an edit on the labelled span) | 0 | ${sets.map((s) => s.r.cleanedChanged).join(' | ')} |`);
  for (const s of sets) {
    if (s.r.clean.pass < s.r.clean.of) unmet.push(`${s.name}: ${s.r.clean.of - s.r.clean.pass} clean paragraphs with a finding`);
    if (s.r.cleanedChanged > 0) unmet.push(`${s.name}: cleaned changed ${s.r.cleanedChanged} quoted or literal words`);
    if (s.errors) writeFileSync(join(outDir, s.errors), s.r.errors.join('\n') + '\n');
  }
  const v = sets[0].r.voices;
  lines.push(
    '', 'Three voices on real-dev-check: the voice of the finding that covers each labelled word.', '',
    '| label | narrator | reported | quoted | not reported |', '|---|---|---|---|---|',
    ...LABEL_KINDS.map((k) => `| ${k} | ${v[k].narrator} | ${v[k].reported} | ${v[k].quoted} | ${v[k].none} |`),
    '(errors of real-dev-check and blind dev in eval/out/real-check-errors.txt, eval/out/blind-dev-errors.txt; the held-out errors are not written)',
  );
  return { lines, unmet };
}

/** Clean real news (../shared/corpus/news-dev.jsonl): every article with a high finding, judged by the blind review. */
export function corpusSection(outDir: string): Section {
  const lines = ['## High findings on real news (../shared/corpus/news-dev.jsonl, reviewed in eval/check/news-dev-review.jsonl)'];
  if (!sharedAvailable(CORPUS)) return { lines: [...lines, 'skipped: ../shared/corpus/news-dev.jsonl is not present'], unmet: [] };
  const t0 = performance.now();
  const c = evalCorpus();
  const falseShare = c.withFalseHigh / c.articles;
  const unmet = falseShare > GOAL.falseHighShare ? [`false high on news-dev ${(100 * falseShare).toFixed(2)}% > 0.5%`] : [];
  if (c.withUnreviewedHigh) unmet.push(`${c.withUnreviewedHigh} news-dev articles with an unreviewed high finding`);
  lines.push(
    `${c.articles} articles (${((performance.now() - t0) / 1000).toFixed(1)} s): ${c.withHigh} with a high finding; **${c.withFalseHigh} with a false one (${(100 * falseShare).toFixed(2)}%, goal ≤ 0.5%: ${mark(falseShare <= GOAL.falseHighShare)})**, ${c.withTrueHighOnly} whose highs are all the narrator's own epithets, ${c.withUnreviewedHigh} with a high finding not yet reviewed; ${c.withMedium} with a medium finding.`,
    '', 'Every high finding (review label: narrator-epithet is a true high; quoted, literal are false):', '',
    '| article | word | entry | label |', '|---|---|---|---|',
    ...c.highs.map((h) => `| ${h.id} | ${h.word} | ${h.entry} | ${h.label} |`),
    '(each with its context in eval/out/corpus-high.txt)',
  );
  writeFileSync(join(outDir, 'corpus-high.txt'), c.highs.map((h) => `${h.label.toUpperCase()} ${h.id} ${h.entry} «${h.word}» :: ${h.context}`).join('\n') + '\n');
  return { lines, unmet };
}
