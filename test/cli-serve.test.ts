import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { amana, assertInputError, BIN, ROOT } from './cli-harness.js';

test('amana serve listens, answers, and stops cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--threads', '1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address after 15 s: ${stderr}`)), 15_000);
    child.stderr.on('data', (s: string) => {
      stderr += s;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/u.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  try {
    const health = (await (await fetch(`${url}/health`)).json()) as { status: string };
    assert.equal(health.status, 'ok');
    const r = await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'وصف المتحدث الخونة بأنهم أعداء الوطن.', extract: false }) });
    assert.equal(r.status, 200);
  } finally {
    child.kill('SIGTERM');
  }
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  assert.equal(code, 0, stderr);
  assert.match(stderr, /amana serve: stopping/u);
  assert.doesNotMatch(stderr, /Error|\n\s+at /u);
});

test('amana serve: a taken port or a bad option is one line and exit 2', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    assertInputError(amana(['serve', '--port', String(port)]), /already in use/u);
  } finally {
    blocker.close();
  }
  assertInputError(amana(['serve', '--port', '70000']), /port number/u);
  assertInputError(amana(['serve', '--timeout', '0']), /seconds/u);
  assertInputError(amana(['serve', '--host', '203.0.113.7', '--port', '0']), /not an address of this machine/u);
});
