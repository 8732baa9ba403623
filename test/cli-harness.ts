// Shared by the CLI tests: run `node bin/amana.js` as a user's shell would, and write inputs to
// a temporary directory removed after the test file's run.
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (dist/test/ → ../../). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'amana.js');

/** Run the CLI without colour and without debug output. */
export function amana(args: string[], input?: string | Buffer): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  delete env.AMANA_DEBUG;
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, input, encoding: 'utf8', timeout: 15_000 });
}

/** A temporary directory for this test file, and a function writing a file into it. */
export function tempFiles(prefix: string): { dir: string; file: (content: string | Buffer, ext?: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let counter = 0;
  return {
    dir,
    file: (content, ext = 'txt') => {
      const p = join(dir, `f${++counter}.${ext}`);
      writeFileSync(p, content);
      return p;
    },
  };
}

/** A usage or input error: exit 2, exactly one `amana: …` line on stderr, no stack trace. */
export function assertInputError(r: SpawnSyncReturns<string>, pattern?: RegExp): void {
  assert.equal(r.error, undefined);
  assert.equal(r.status, 2, `exit ${r.status}; stderr: ${r.stderr}`);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `stderr: ${JSON.stringify(r.stderr)}`);
  assert.ok(r.stderr.endsWith('\n'));
  assert.ok(!r.stderr.includes('    at '), 'no stack trace');
  assert.match(lines[0], /^amana: /);
  if (pattern) assert.match(lines[0], pattern);
}
