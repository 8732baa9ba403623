#!/usr/bin/env node
// The amana command. The TypeScript sources are compiled to dist/ by `npm install` (prepare)
// or `npm run build`; this shim only loads them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('amana: not built yet: run `npm install` (or `npm run build`) in the amana folder first\n');
  process.exit(70);
}
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
