import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readInputs } from '../src/cli/scan/inputs.js';
import type { ArticleInput, InputProblem } from '../src/cli/scan/types.js';
import { InputError } from '../src/cli/errors.js';

const T1 = 'أعلنت وزارة الصحة صباح اليوم عن افتتاح مستشفى جديد للأطفال في الحي الشرقي من المدينة.';
const T2 = 'وقال الوزير في مؤتمر صحفي إن المستشفى يضم مئتي سرير وقسما خاصا لحديثي الولادة.';
const T3 = 'وأضاف أن تكلفة المشروع بلغت نحو أربعين مليون دولار مولت الحكومة نصفها.';
const HEADLINE = 'افتتاح مستشفى جديد للأطفال';
const PAGE = `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>${HEADLINE}</title></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>${HEADLINE}</h1><p>${T1}</p><p>${T2}</p><p>${T3}</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>`;

const MAX = 20_000;
let dir: string;
let corpus: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'amana-scan-inputs-'));
  corpus = join(dir, 'corpus');
  const put = (rel: string, content: string | Buffer): void => {
    const p = join(corpus, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
  };
  put('a.txt', T1);
  put('UPPER.TXT', T2); // extension in capitals; sorts before "a" by code unit, after it by locale
  put('b/c.txt', iconv.encode(T2, 'windows-1256'));
  put('b/d.html', PAGE);
  put('b/e/f.json', JSON.stringify({ text: T3, source: 'وكالة الأنباء', url: 'https://example.com/a', date: '2024-03-05', title: 'عنوان' }));
  // \u escapes only: the raw file has no Arabic letters, yet it is a valid Arabic article.
  put('g.json', JSON.stringify([{ id: 'g-one', text: T1 }, { text: T2 }, { title: 'بلا نص' }]).replace(/[\u0600-\u06ff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  put('x.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x08, 0x00, 0xff, 0x00]));
  put('empty.txt', '');
  put('english.txt', 'The ministry of health opened a new hospital today.');
  put('big.txt', 'ب'.repeat(MAX)); // 2 bytes a letter: over the limit
  put('broken.json', '{"text": "نص"');
  put('notes.md', T1); // not an article extension: ignored
  put('.hidden.txt', T1);
  put('.git/h.txt', T1);
  symlinkSync(join(corpus, 'b'), join(corpus, 'link-dir'));

  const lines = [
    JSON.stringify({ id: 'n1', text: T1, source: 'وكالة', date: '2024-03-05', extra: 1 }),
    '',
    '{"id": "bad", "text": ',
    JSON.stringify({ id: 'n2' }),
    JSON.stringify({ id: 7, text: T2 }) + '\r',
    JSON.stringify({ id: 'n3', text: T3, date: '2024-02-30' }),
    JSON.stringify({ text: T3 }),
    JSON.stringify({ id: 'long', text: 'ت'.repeat(MAX) }),
    JSON.stringify({ id: 'n4', text: T1, source: 5 }),
  ];
  writeFileSync(join(dir, 'news.jsonl'), lines.join('\n')); // no final newline
  writeFileSync(join(dir, 'single.txt'), T3);
});

after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(inputs: string[], maxBytes = MAX): Promise<{ articles: ArticleInput[]; problems: InputProblem[] }> {
  const articles: ArticleInput[] = [];
  const problems: InputProblem[] = [];
  for await (const a of readInputs(inputs, { maxBytes, onProblem: (p) => problems.push(p) })) articles.push(a);
  return { articles, problems };
}

test('a directory is read recursively in code-unit order, by extension, skipping hidden entries', async () => {
  const { articles } = await collect([corpus]);
  // g.json's first item has its own id; the second falls back to the path and its 1-based index.
  assert.deepEqual(articles.map((a) => a.id), ['UPPER.TXT', 'a.txt', 'b/c.txt', 'b/d.html', 'b/e/f.json', 'g-one', 'g.json#2']);
  assert.deepEqual(
    articles.map((a) => a.origin),
    ['UPPER.TXT', 'a.txt', 'b/c.txt', 'b/d.html', 'b/e/f.json', 'g.json#1', 'g.json#2'].map((p) => join(corpus, p)),
  );
  const byId = new Map(articles.map((a) => [a.id, a]));
  assert.deepEqual(byId.get('a.txt'), { id: 'a.txt', text: T1, source: null, url: null, date: null, title: null, origin: join(corpus, 'a.txt') });
  assert.equal(byId.get('b/c.txt')?.text, T2, 'Windows-1256 decoded');
  const page = byId.get('b/d.html')!;
  assert.equal(page.title, HEADLINE);
  assert.ok(page.text.includes(T1) && page.text.includes(T3), page.text);
  assert.ok(!page.text.includes('جميع الحقوق'), 'page chrome dropped');
  assert.deepEqual(byId.get('b/e/f.json'), {
    id: 'b/e/f.json', text: T3, source: 'وكالة الأنباء', url: 'https://example.com/a', date: '2024-03-05', title: 'عنوان', origin: join(corpus, 'b/e/f.json'),
  });
  assert.equal(byId.get('g-one')?.text, T1, 'JSON \\u escapes decoded');
  assert.equal(byId.get('g.json#2')?.text, T2);
});

test('corrupt, binary, empty, non-Arabic and oversized files are reported and skipped', async () => {
  const { problems } = await collect([corpus]);
  const got = new Map(problems.map((p) => [p.origin, p.message]));
  assert.deepEqual([...got.keys()], ['big.txt', 'broken.json', 'empty.txt', 'english.txt', 'g.json#3', 'link-dir', 'x.txt'].map((p) => join(corpus, p)));
  const message = (rel: string): string => got.get(join(corpus, rel)) ?? '';
  assert.match(message('big.txt'), /^file is 39\.1 KB, over the 19\.5 KB limit for one document$/u);
  assert.match(message('broken.json'), /^not valid JSON \(/u);
  assert.equal(message('empty.txt'), 'input is empty');
  assert.equal(message('english.txt'), 'no Arabic text found (amana checks Arabic news text)');
  assert.equal(message('g.json#3'), 'missing "text"');
  assert.match(message('link-dir'), /symbolic link to a directory, not followed/u);
  assert.equal(message('x.txt'), 'looks like a binary file, not text');
  for (const p of problems) assert.ok(!p.message.startsWith(p.origin), `message repeats the origin: ${p.message}`);
});

test('a JSONL file: one article per line, bad lines reported with file:LINE', async () => {
  const file = join(dir, 'news.jsonl');
  const { articles, problems } = await collect([file]);
  assert.deepEqual(
    articles.map((a) => [a.id, a.origin, a.date, a.source]),
    [
      ['n1', `${file}:1`, '2024-03-05', 'وكالة'],
      ['7', `${file}:5`, null, null],
      ['n3', `${file}:6`, null, null],
      ['n4', `${file}:9`, null, null],
    ],
  );
  assert.equal(articles[1].text, T2, 'CRLF line ending stripped');
  assert.deepEqual(
    problems.map((p) => p.origin),
    [3, 4, 6, 7, 8, 9].map((n) => `${file}:${n}`),
  );
  const [json, noText, date, noId, long, source] = problems.map((p) => p.message);
  assert.match(json, /^not valid JSON \(/u);
  assert.equal(noText, 'missing "text"');
  assert.equal(date, 'date: invalid publication date "2024-02-30" (expected YYYY-MM-DD); the article is kept without a date');
  assert.equal(noId, 'missing "id" (a string or a number)');
  assert.equal(long, 'line is over the 19.5 KB limit for one document');
  assert.equal(source, '"source" must be a string, not a number; the article is kept without it');
});

test('inputs are read in the order given; a file input keeps its path as id', async () => {
  const single = join(dir, 'single.txt');
  const { articles } = await collect([single, join(dir, 'news.jsonl'), join(corpus, 'b')]);
  assert.deepEqual(
    articles.map((a) => a.id),
    [single, 'n1', '7', 'n3', 'n4', 'c.txt', 'd.html', 'e/f.json'],
  );
});

test('a missing input throws InputError before anything is yielded', async () => {
  const seen: string[] = [];
  const problems: InputProblem[] = [];
  const missing = join(dir, 'nope');
  await assert.rejects(
    (async () => {
      for await (const a of readInputs([corpus, missing], { maxBytes: MAX, onProblem: (p) => problems.push(p) })) seen.push(a.id);
    })(),
    (e: unknown) => e instanceof InputError && e.message === `${missing}: no such file or directory`,
  );
  assert.deepEqual(seen, []);
  assert.deepEqual(problems, []);
});

test('stopping early closes the JSONL file', { skip: !existsSync('/proc/self/fd') && 'needs /proc' }, async () => {
  const openFiles = (): number => readdirSync('/proc/self/fd').length;
  const before = openFiles();
  for await (const a of readInputs([join(dir, 'news.jsonl')], { maxBytes: MAX, onProblem: () => {} })) {
    assert.equal(a.id, 'n1');
    assert.equal(openFiles(), before + 1);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // the stream closes its descriptor asynchronously
  assert.equal(openFiles(), before);
});

test('stdin (-) is read as JSONL', () => {
  const module = new URL('../src/cli/scan/inputs.js', import.meta.url).href;
  const script = `
    const { readInputs } = await import(${JSON.stringify(module)});
    const out = [];
    for await (const a of readInputs(['-'], { maxBytes: 1000, onProblem: (p) => out.push(['problem', p.origin, p.message]) })) out.push([a.id, a.origin, a.text]);
    process.stdout.write(JSON.stringify(out));`;
  const input = `${JSON.stringify({ id: 's1', text: T1 })}\nnot json\n${JSON.stringify({ id: 's2', text: T2 })}\n`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input, encoding: 'utf8', timeout: 15_000 });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as string[][];
  assert.deepEqual(out.map((row) => row.slice(0, 2)), [['s1', 'stdin:1'], ['problem', 'stdin:2'], ['s2', 'stdin:3']]);
  assert.equal(out[2][2], T2);
});
