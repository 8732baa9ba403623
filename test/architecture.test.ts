import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('the library (everything but the CLI and the server) uses no Node-only API, so it runs in a browser', () => {
  const offenders: string[] = [];
  for (const file of sources(join(root, 'src'))) {
    const rel = relative(root, file);
    if (rel.startsWith(join('src', 'cli')) || rel.startsWith(join('src', 'server'))) continue;
    const text = readFileSync(file, 'utf8');
    if (/from ['"]node:|require\(|\bprocess\.|\bBuffer\b|from ['"](fs|path|os|child_process)['"]/u.test(text)) offenders.push(rel);
  }
  assert.deepEqual(offenders, []);
});

test('the interfaces (CLI, server) import only the public API of the library', () => {
  const interfaces = [join(root, 'src', 'cli'), join(root, 'src', 'server')];
  const index = join(root, 'src', 'index.js');
  const inside = (dir: string, p: string) => !relative(dir, p).startsWith('..');
  for (const file of interfaces.flatMap((dir) => sources(dir))) {
    // Relative imports reach other interface modules or the public index, nothing else.
    for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.\.?\/[^']+)'/gu)) {
      const target = join(dirname(file), m[1]);
      assert.ok(target === index || interfaces.some((dir) => inside(dir, target)), `${relative(root, file)} imports ${m[1]}`);
    }
  }
});

test('the library and the server make no outbound network request', () => {
  // The server receives requests; nothing in it or in the library opens a connection or fetches.
  const outbound = /\bfetch\(|XMLHttpRequest|WebSocket|from ['"](node:)?(http|https|net|tls|dgram|http2)['"]|\brequire\(['"](node:)?(http|https|net)['"]\)|undici/u;
  const offenders = sources(join(root, 'src'))
    .filter((file) => !relative(root, file).startsWith(join('src', 'cli')))
    .filter((file) => outbound.test(readFileSync(file, 'utf8')))
    .map((file) => relative(root, file));
  assert.deepEqual(offenders, []);
});
