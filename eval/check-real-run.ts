import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blindItems, evalInjected, evalRealCheck, formatRate, rateTable, LABEL_KINDS, LABEL_RULES } from './check-real.js';
import { evalCorpus } from './check-corpus.js';
import { ROOT } from './shared.js';

const what = new Set(process.argv.slice(2));
const all = what.size === 0;
const out = join(ROOT, 'eval', 'out');
mkdirSync(out, { recursive: true });
if (all || what.has('inj')) {
  const t0 = performance.now();
  const r = evalInjected();
  console.log(`injected: ${r.articles} articles, ${r.spans} spans: recall_high ${r.recallHigh.toFixed(3)}, any ${r.recallAny.toFixed(3)}, restore ${r.restore.toFixed(3)}, new high ${r.newHigh} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  for (const l of [...rateTable('variant', r.byVariant), ...rateTable('anchor', r.byAnchor), ...rateTable('category', r.byCategory)]) console.log(l);
  writeFileSync(join(out, 'injected-errors.txt'), r.errors.join('\n') + '\n');
}
if (all || what.has('real')) {
  const r = evalRealCheck();
  for (const k of LABEL_KINDS) console.log(`${k} (${LABEL_RULES[k]}): ${formatRate(r.byKind[k])}`);
  console.log(`clean: ${formatRate(r.clean)}; quoted voice: ${formatRate(r.quotedVoice)}; cleaned changed ${r.cleanedChanged}; unlabelled ${r.unlabelled}`);
  writeFileSync(join(out, 'real-check-errors.txt'), r.errors.join('\n') + '\n');
  for (const part of ['dev', 'heldout']) {
    const b = evalRealCheck(blindItems(join(ROOT, 'eval', 'check', `blind-${part}.jsonl`)));
    console.log(`blind ${part}: ` + LABEL_KINDS.map((k) => `${k} ${formatRate(b.byKind[k])}`).join('; ') + `; clean ${formatRate(b.clean)}; cleaned changed ${b.cleanedChanged}`);
    if (part === 'dev') writeFileSync(join(out, 'blind-dev-errors.txt'), b.errors.join('\n') + '\n');
  }
}
if (all || what.has('fp')) {
  const c = evalCorpus();
  console.log(`news-dev: ${c.articles} articles, ${c.withHigh} with high (${(100 * c.withHigh / c.articles).toFixed(2)}%), ${c.withMedium} with medium`);
  console.log(c.byLexeme.slice(0, 20).map(([k, v]) => `${k} ${v}`).join(', '));
  writeFileSync(join(out, 'corpus-high.txt'), c.samples.join('\n') + '\n');
}
