// The real-text sections of `npm run eval` alone (about 10 s): `node dist/eval/check-real-run.js [inj] [real] [fp]`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusSection, injectedSection, realCheckSection } from './check-real-report.js';
import { ROOT } from './shared.js';

const what = new Set(process.argv.slice(2));
const all = what.size === 0;
const out = join(ROOT, 'eval', 'out');
mkdirSync(out, { recursive: true });
const sections = [
  ...(all || what.has('inj') ? [injectedSection(out)] : []),
  ...(all || what.has('real') ? [realCheckSection(out)] : []),
  ...(all || what.has('fp') ? [corpusSection(out)] : []),
];
for (const s of sections) console.log(s.lines.join('\n') + '\n');
const unmet = sections.flatMap((s) => s.unmet);
console.log(unmet.length ? `Goals not met: ${unmet.join('; ')}.` : 'All goals met.');
