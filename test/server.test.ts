import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, diff, extract } from '../src/index.js';
import { CheckReportSchema, CONTENT_SECURITY_POLICY, DiffReportSchema, ErrorSchema, ExtractReportSchema, HealthSchema, startServer, type RunningServer } from '../src/server/index.js';
import { StaticFiles } from '../src/server/static-files.js';

// API tests against a real server on loopback (fastify listening on a free port, analyses on
// worker threads), with texts written for these tests.

const ARTICLE =
  'الرباط (رويترز) - قال وزير الخارجية المغربي ناصر بوريطة يوم الاثنين إن المحادثات ستستأنف الأسبوع المقبل. ' +
  'وهاجم الخائن سمير القاسم الحكومة في مؤتمر صحفي، وقال «لن نقبل بهذا الاتفاق أبدا». ' +
  'وأضاف أن 12 شخصا أصيبوا في الاحتجاجات.';
const ORIGINAL = 'قال رئيس الوزراء سالم الحداد الثلاثاء إن 40 شخصا قتلوا في الفيضانات، بحسب وكالة الأنباء الرسمية.';
const COPY = 'قال رئيس الوزراء المجرم سالم الحداد الثلاثاء إن 400 شخص قتلوا في الفيضانات.';

async function post(server: RunningServer, path: string, body: string, contentType = 'application/json'): Promise<{ status: number; json: any; headers: Headers; raw: string }> {
  const r = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': contentType }, body });
  const raw = await r.text();
  let json: unknown = null;
  try {
    json = JSON.parse(raw);
  } catch {
    /* asserted by the caller */
  }
  return { status: r.status, json, headers: r.headers, raw };
}

/** An error response: the documented shape, the expected code, one line, no trace of the code. */
function assertError(r: { status: number; json: any; raw: string }, status: number, code: string, message?: RegExp): void {
  assert.equal(r.status, status, r.raw);
  assert.ok(ErrorSchema.safeParse(r.json).success, r.raw);
  assert.equal(r.json.error.code, code);
  assert.ok(!r.json.error.message.includes('\n'), 'one line');
  assert.doesNotMatch(r.raw, /node_modules|\bat \S+ \(|\.js:\d+/u, 'no stack trace');
  if (message) assert.match(r.json.error.message, message);
}

describe('amana serve: the API', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ host: '127.0.0.1', port: 0, threads: 1, bodyLimit: 64 * 1024 });
  });
  after(async () => {
    await server.close();
  });

  test('POST /v1/check returns the report the library (and the CLI) gives, with its extraction', async () => {
    const r = await post(server, '/v1/check', JSON.stringify({ text: ARTICLE, date: '2026-03-02' }));
    assert.equal(r.status, 200, r.raw);
    assert.match(r.headers.get('content-type') ?? '', /^application\/json/u);
    const parsed = CheckReportSchema.safeParse(r.json);
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
    assert.deepEqual(r.json, JSON.parse(JSON.stringify(check(ARTICLE, { extract: true, date: '2026-03-02' }))));
    const traitor = r.json.findings.find((f: any) => f.text === 'الخائن');
    assert.ok(traitor, 'the epithet is found');
    assert.equal(ARTICLE.slice(traitor.start, traitor.end), 'الخائن');
    assert.ok(r.json.extract.entity_index.some((e: any) => e.name.includes('بوريطة')));
  });

  test('POST /v1/check with extract:false and a profile', async () => {
    const r = await post(server, '/v1/check', JSON.stringify({ text: ARTICLE, extract: false, profile: 'opinion' }));
    assert.equal(r.status, 200, r.raw);
    assert.equal(r.json.extract, undefined);
    assert.equal(r.json.profile, 'opinion');
    assert.deepEqual(r.json, JSON.parse(JSON.stringify(check(ARTICLE, { profile: 'opinion' }))));
  });

  test('POST /v1/extract and POST /v1/diff return the library\'s reports', async () => {
    const e = await post(server, '/v1/extract', JSON.stringify({ text: ARTICLE }));
    assert.equal(e.status, 200, e.raw);
    assert.ok(ExtractReportSchema.safeParse(e.json).success);
    assert.deepEqual(e.json, JSON.parse(JSON.stringify(extract(ARTICLE))));

    const d = await post(server, '/v1/diff', JSON.stringify({ original: ORIGINAL, copy: COPY }));
    assert.equal(d.status, 200, d.raw);
    const parsed = DiffReportSchema.safeParse(d.json);
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
    assert.deepEqual(d.json, JSON.parse(JSON.stringify(diff(ORIGINAL, COPY))));
    assert.equal(d.json.verdict, 'manipulated');
    const categories = d.json.changes.map((c: any) => c.category);
    for (const c of ['inserted-epithet', 'number-change', 'attribution-removed']) assert.ok(categories.includes(c), `${c} in ${categories}`);
  });

  test('bad requests get a clear 4xx and no stack trace', async () => {
    assertError(await post(server, '/v1/check', '{}'), 400, 'bad_request', /"text" is required/u);
    assertError(await post(server, '/v1/check', JSON.stringify({ text: 42 })), 400, 'bad_request', /"text" must be a string, got a number/u);
    assertError(await post(server, '/v1/diff', JSON.stringify({ original: 'نص' })), 400, 'bad_request', /"copy" is required/u);
    assertError(await post(server, '/v1/check', JSON.stringify({ text: 'نص', colour: 'red' })), 400, 'bad_request', /unknown field "colour"/u);
    assertError(await post(server, '/v1/check', JSON.stringify({ text: 'نص', profile: 'tabloid' })), 400, 'bad_request', /"profile" must be one of "wire", "opinion"/u);
    assertError(await post(server, '/v1/extract', JSON.stringify({ text: 'نص', date: '2026-02-30' })), 400, 'bad_request', /date/u);
    assertError(await post(server, '/v1/check', '[1, 2]'), 400, 'bad_request', /must be a JSON object, got an array/u);
    assertError(await post(server, '/v1/check', '{"text": "نص"'), 400, 'invalid_json');
    assertError(await post(server, '/v1/check', ''), 400, 'invalid_json');
    assertError(await post(server, '/v1/check', 'نص', 'text/plain'), 415, 'unsupported_media_type');
    assertError(await post(server, '/v1/check', JSON.stringify({ text: 'ن'.repeat(40_000) })), 413, 'body_too_large', /65536 bytes/u);
    const notFound = await fetch(server.url + '/v2/check');
    assertError({ status: notFound.status, json: await notFound.clone().json(), raw: await notFound.text() }, 404, 'not_found');
    const wrongMethod = await fetch(server.url + '/v1/check');
    assert.equal(wrongMethod.headers.get('allow'), 'POST');
    assertError({ status: wrongMethod.status, json: await wrongMethod.clone().json(), raw: await wrongMethod.text() }, 405, 'method_not_allowed');
  });

  test('every response carries a Content-Security-Policy that forbids inline scripts', async () => {
    for (const r of [await fetch(server.url + '/health'), await fetch(server.url + '/nowhere'), await fetch(server.url + '/v1/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"نص"}' })]) {
      assert.equal(r.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    }
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/u);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/u);
  });

  test('GET /health and /openapi.json, generated from the request schemas', async () => {
    const h = (await (await fetch(server.url + '/health')).json()) as any;
    assert.ok(HealthSchema.safeParse(h).success);
    assert.equal(h.threads, 1);
    const doc = (await (await fetch(server.url + '/openapi.json')).json()) as any;
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths).sort(), ['/health', '/openapi.json', '/v1/check', '/v1/diff', '/v1/extract']);
    const req = doc.components.schemas.CheckRequest;
    assert.deepEqual(Object.keys(req.properties).sort(), ['date', 'extract', 'profile', 'text']);
    assert.deepEqual(req.required, ['text']);
    assert.deepEqual(req.properties.profile.enum, ['wire', 'opinion']);
    assert.equal(req.additionalProperties, false);
    assert.deepEqual(doc.components.schemas.DiffRequest.required.sort(), ['copy', 'original']);
    assert.ok(doc.paths['/v1/diff'].post.responses['413']);
    assert.equal(doc.paths['/v1/check'].post.responses['200'].content['application/json'].schema.$ref, '#/components/schemas/CheckReport');
  });
});

describe('amana serve: limits on work', () => {
  // A text long enough to take seconds (1.4 million characters): the same paragraph many times.
  const long = (ARTICLE + '\n\n').repeat(6000);

  test('an analysis over the time limit is stopped with 503 timeout, and the server goes on', async () => {
    const server = await startServer({ port: 0, threads: 1, timeoutMs: 500, bodyLimit: 8 * 1024 * 1024 });
    try {
      const r = await post(server, '/v1/check', JSON.stringify({ text: long }));
      assertError(r, 503, 'timeout', /longer than/u);
      assert.equal(r.headers.get('retry-after'), '1');
      // The stopped thread is replaced: a short request is answered once the new thread has
      // loaded (its start-up counts against the same time limit, so allow a few tries).
      let status = 0;
      for (let i = 0; i < 20 && status !== 200; i++) {
        const next = await post(server, '/v1/check', JSON.stringify({ text: 'قال الوزير إن الاجتماع انتهى.' }));
        status = next.status;
        if (status !== 200) assertError(next, 503, 'timeout');
      }
      assert.equal(status, 200);
    } finally {
      await server.close();
    }
  });

  test('beyond the threads and the queue, requests are refused at once with 503 busy', async () => {
    const server = await startServer({ port: 0, threads: 1, queue: 0, timeoutMs: 60_000, bodyLimit: 8 * 1024 * 1024 });
    try {
      const first = post(server, '/v1/check', JSON.stringify({ text: long }));
      // Let the first request reach its thread before the second arrives.
      for (let i = 0; i < 200; i++) {
        const h = (await (await fetch(server.url + '/health')).json()) as any;
        if (h.running === 1) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      const second = await post(server, '/v1/check', JSON.stringify({ text: 'نص قصير' }));
      assertError(second, 503, 'busy');
      assert.equal((await first).status, 200);
    } finally {
      await server.close();
    }
  });
});

describe('amana serve: the web page\'s files', () => {
  let dir: string;
  let server: RunningServer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'amana-static-'));
    mkdirSync(join(dir, 'public'));
    mkdirSync(join(dir, 'js'));
    writeFileSync(join(dir, 'public', 'index.html'), '<!doctype html><title>amana</title>');
    writeFileSync(join(dir, 'public', 'styles.css'), 'body{}');
    writeFileSync(join(dir, 'js', 'main.js'), 'export {};');
    writeFileSync(join(dir, 'secret.txt'), 'not served');
    server = await startServer({ port: 0, threads: 1, staticFiles: new StaticFiles(join(dir, 'public'), join(dir, 'js')) });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('serves the page, its styles and its modules with their types', async () => {
    const page = await fetch(server.url + '/');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/u);
    assert.equal(await page.text(), '<!doctype html><title>amana</title>');
    assert.match((await fetch(server.url + '/styles.css')).headers.get('content-type') ?? '', /^text\/css/u);
    assert.match((await fetch(server.url + '/js/main.js')).headers.get('content-type') ?? '', /^text\/javascript/u);
  });

  test('nothing outside the two folders, and no path tricks', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/js/..%2fsecret.txt', '/js/../public/index.html', '/secret.txt', '/js/styles.css', '/public/index.html', '/.hidden.css']) {
      const r = await fetch(server.url + path);
      assert.equal(r.status, 404, path);
      assert.doesNotMatch(await r.text(), /not served/u, path);
    }
  });
});
