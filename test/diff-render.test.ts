// The two views of an `amana diff` report: the self-contained HTML page and the terminal text.
// Reports are built by hand on short texts written for these tests, so only the renderers are
// under test, not the alignment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDiffHtml } from '../src/report/diff-html.js';
import { renderDiffText } from '../src/cli/render-diff.js';
import { CHANGE_CATEGORIES, DIFF_REPORT_SCHEMA, type Change, type ChangeCategory, type DiffReport, type Verdict } from '../src/report/diff-types.js';
import type { Span } from '../src/report/types.js';

/** The span of the n-th occurrence (from 0) of `sub` in `text`; fails loudly when absent. */
function span(text: string, sub: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(sub, start + 1);
  assert.ok(start >= 0, `«${sub}» not in the text`);
  return { start, end: start + sub.length, text: sub };
}

function change(id: string, category: ChangeCategory, original: Span | null, copy: Span | null, evidence: string[] = [], kind: string | null = null): Change {
  return { id, category, original, copy, kind, evidence, values: null, lexicon: [], target: null };
}

function report(original: string, copy: string, changes: Change[], verdict: Verdict, similarity: number, deciding: string[] = []): DiffReport {
  const by_category = Object.fromEntries(CHANGE_CATEGORIES.map((c) => [c, changes.filter((x) => x.category === c).length])) as Record<ChangeCategory, number>;
  const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;
  return {
    schema: DIFF_REPORT_SCHEMA,
    tool: { name: 'amana', version: '0.0.0-test' },
    similarity,
    verdict,
    deciding,
    original_length: original.length,
    copy_length: copy.length,
    changes,
    summary: { changes: changes.length, by_category, words: { original: words(original), copy: words(copy), kept: words(original) - 1 } },
    warning: null,
  };
}

const ANSI = /\u001b\[[0-9;]*m/gu;
const count = (hay: string, needle: string) => hay.split(needle).length - 1;
const unescape = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&#10;/gu, '\n').replace(/&amp;/gu, '&');

/** The markup of one article column, without the <div> around it. */
function columnHtml(html: string, side: 'orig' | 'copy'): string {
  const m = new RegExp(`<div class="text ${side}-text"[^>]*>\n([\\s\\S]*?)\n</div>`, 'u').exec(html);
  assert.ok(m, `no ${side} column`);
  return m[1];
}

/** The article as a column shows it: tags and reference numbers dropped, entities decoded. */
function columnText(html: string, side: 'orig' | 'copy'): string {
  return unescape(columnHtml(html, side).replace(/<sup[\s\S]*?<\/sup>/gu, '').replace(/<\/p>\n<p>/gu, '\n').replace(/<[^>]*>/gu, ''));
}

/** Each line with Arabic keeps it inside FSI … PDI; outside the isolates only ASCII-ish labels. */
function assertIsolated(text: string): void {
  for (const line of text.split('\n')) {
    const outside = line.replace(/\u2068[^\u2069]*\u2069/gu, '');
    assert.doesNotMatch(outside, /[\u0600-\u06ff]/u, `Arabic outside an isolate: ${JSON.stringify(line)}`);
  }
}

// The example from the brief: an epithet inserted before the name, a number changed.
const ORIGINAL = 'قال الرئيس أحمد سالم إن 12 شخصا قتلوا.';
const COPY = 'قال الرئيس المجرم أحمد سالم إن 15 شخصا قتلوا.';
const EPITHET = change('c1', 'inserted-epithet', null, span(COPY, 'المجرم'), ['«المجرم» is an insult (lexicon: mujrim) aimed at «أحمد سالم»']);
const NUMBER = change('c2', 'number-change', span(ORIGINAL, '12'), span(COPY, '15'), ['12 → 15']);
const BASIC = report(ORIGINAL, COPY, [EPITHET, NUMBER], 'manipulated', 0.857, ['c1', 'c2']);

test('html: one self-contained rtl page with the CSP, the verdict and both texts marked', () => {
  const html = renderDiffHtml(BASIC, ORIGINAL, COPY);
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.equal(count(html, '<html'), 1);
  assert.match(html, /<html lang="ar" dir="rtl">/u);
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`));
  assert.doesNotMatch(html, /<script|<link|<img|\bsrc=|url\(|@import/iu, 'no script and nothing fetched');
  assert.ok(html.includes('محرفة') && html.includes('manipulated'));
  assert.ok(html.includes('85.7%'));
  assert.ok(html.includes('نعت مضاف') && html.includes('تغيير رقم'));
  assert.match(html, /<mark class="c-inserted-epithet" id="k-c1" title="[^"]*">المجرم<\/mark>/u);
  assert.match(html, /<mark class="c-number-change" id="o-c2" title="[^"]*">12<\/mark>/u);
  assert.match(html, /<mark class="c-number-change" id="k-c2" title="[^"]*">15<\/mark>/u);
  assert.equal(count(html, 'id="o-c1"'), 0, 'an insertion has nothing to mark in the original');
  for (const id of ['c1', 'c2']) {
    assert.equal(count(html, `<tr id="row-${id}">`), 1);
    assert.ok(html.includes(`href="#row-${id}"`), `reference to ${id}`);
  }
  assert.equal(columnText(html, 'orig'), ORIGINAL);
  assert.equal(columnText(html, 'copy'), COPY);
  // The original is the first column of an rtl grid, so it sits on the right.
  assert.ok(html.indexOf('<div class="text orig-text"') < html.indexOf('<div class="text copy-text"'));
  assert.match(html, /<main class="sides" dir="rtl">/u);
});

test('html: the article, the evidence and the title are text, never markup', () => {
  const original = 'قال <script>alert(1)</script> المتحدث إن 3 أشخاص قتلوا & جرح 4.';
  const copy = 'قال " onmouseover="x المتحدث إن 30 شخصا قتلوا & جرح 4 \'هنا\'.';
  const changes = [
    change('c1', 'speaker-change', span(original, '<script>alert(1)</script>'), span(copy, '" onmouseover="x'), ['<img src=x onerror=alert(1)>', '" onmouseover="y']),
    change('c2', 'number-change', span(original, '3 أشخاص'), span(copy, '30 شخصا'), ["it's 3 → 30"]),
    change('c3', 'attribution-added', null, span(copy, "'هنا'"), []),
  ];
  const html = renderDiffHtml(report(original, copy, changes, 'manipulated', 0.6, ['c1', 'c2']), original, copy, { title: '</title><script>alert(2)</script>' });
  assert.doesNotMatch(html, /<script/iu);
  assert.doesNotMatch(html, /<img/iu);
  assert.ok(!html.includes('" onmouseover="'), 'no attribute injected');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&quot; onmouseover=&quot;x'));
  assert.ok(html.includes('&#39;هنا&#39;'));
  assert.ok(html.includes('قتلوا &amp; جرح'));
  assert.equal(count(html, '<title>'), 1);
  // Every tag in the page is one the renderer writes.
  const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'p', 'strong', 'span', 'ul', 'li', 'a', 'main', 'section', 'div', 'mark', 'sup', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'bdi']);
  for (const m of html.matchAll(/<\/?([a-z][a-z0-9]*)/giu)) assert.ok(allowed.has(m[1].toLowerCase()), `unexpected tag <${m[1]}>`);
  assert.equal(columnText(html, 'orig'), original);
  assert.equal(columnText(html, 'copy'), copy);
});

// Overlapping changes, one at the very start of both texts and one at the very end of each.
const O2 = 'قُتل 5 مسلحين في الغارة.\nوقال المتحدث إن العملية مستمرة. وأضاف أن الوضع هادئ.';
const K2 = 'قتل 5 إرهابيين في الغارة.\nوقال المتحدث إن العملية مستمرة. بحسب وكالة الأنباء';
const OVERLAP = report(O2, K2, [
  change('c1', 'cosmetic', span(O2, 'قُتل'), span(K2, 'قتل'), ['only diacritics differ'], 'diacritics'),
  change('c2', 'reworded', span(O2, 'قُتل 5 مسلحين في الغارة.'), span(K2, 'قتل 5 إرهابيين في الغارة.'), ['the sentence was rewritten']),
  change('c3', 'loaded-substitution', span(O2, 'مسلحين'), span(K2, 'إرهابيين'), ['«مسلحين» → «إرهابيين»: loaded term']),
  change('c4', 'sentence-removed', span(O2, 'وأضاف أن الوضع هادئ.'), null, ['sentence not in the copy']),
  change('c5', 'attribution-added', null, span(K2, 'بحسب وكالة الأنباء'), ['the copy credits an agency']),
], 'manipulated', 0.7, ['c3']);

test('html: overlapping spans are split into segments styled by the most serious change', () => {
  const html = renderDiffHtml(OVERLAP, O2, K2);
  for (const id of ['o-c1', 'o-c2', 'o-c3', 'o-c4', 'k-c1', 'k-c2', 'k-c3', 'k-c5']) assert.equal(count(html, `id="${id}"`), 1, id);
  assert.equal(count(html, 'id="k-c4"') + count(html, 'id="o-c5"'), 0);
  // The loaded term wins over the rewording that contains it; the rest of the sentence is reworded.
  assert.match(html, /<mark class="c-loaded-substitution" id="o-c3" title="[^"]*">مسلحين<\/mark>/u);
  assert.match(html, /<mark class="c-reworded" id="o-c2" title="[^"]*">قُتل<\/mark>/u, 'c2 owns the start, c1 gets an anchor');
  assert.ok(html.includes('<span class="anchor" id="o-c1"></span><mark class="c-reworded" id="o-c2"'));
  // The tooltip of a shared segment names every change covering it.
  const shared = /<mark class="c-loaded-substitution" id="o-c3" title="([^"]*)"/u.exec(html)!;
  assert.ok(shared[1].includes('c3') && shared[1].includes('c2') && !shared[1].includes('c1 '));
  // Start and end of the texts.
  assert.match(html, /<div class="text copy-text" dir="rtl" lang="ar">\n<p><span class="anchor" id="k-c1"><\/span><mark class="c-reworded" id="k-c2"/u);
  assert.match(html, /<mark class="c-attribution-added" id="k-c5" title="[^"]*">بحسب وكالة الأنباء<\/mark><sup class="ref"><a href="#row-c5">5<\/a><\/sup><\/p>\n<\/div>/u);
  assert.match(html, /<mark class="c-sentence-removed" id="o-c4" title="[^"]*">وأضاف أن الوضع هادئ\.<\/mark><sup class="ref"><a href="#row-c4">4<\/a><\/sup><\/p>\n<\/div>/u);
  // Paragraphs kept, text intact.
  assert.equal(columnText(html, 'orig'), O2);
  assert.equal(columnText(html, 'copy'), K2);
  assert.equal(count(columnHtml(html, 'orig'), '<p>'), 2);
});

test('html: english labels, article columns still rtl; a faithful copy has no marks', () => {
  const html = renderDiffHtml(BASIC, ORIGINAL, COPY, { lang: 'en', title: 'Wire vs site' });
  assert.match(html, /<html lang="en" dir="ltr">/u);
  assert.ok(html.includes('<title>Wire vs site</title>'));
  assert.ok(!html.includes('محرفة') && !html.includes('نعت مضاف'), 'no Arabic labels');
  assert.match(html, /<div class="text orig-text" dir="rtl" lang="ar">/u);

  const same = 'نص لم يتغير.\nفقرة ثانية.';
  const faithful = renderDiffHtml(report(same, same, [], 'faithful', 1), same, same);
  assert.ok(faithful.includes('أمينة') && faithful.includes('100%') && faithful.includes('لا تغييرات'));
  assert.equal(count(faithful, '<mark'), 0);
  assert.equal(columnText(faithful, 'copy'), same);
});

test('text: verdict header, labels on their own line, word diff with markers, isolates', () => {
  const text = renderDiffText(BASIC, ORIGINAL, COPY, { color: false });
  assert.ok(text.endsWith('\n'));
  assert.doesNotMatch(text, ANSI);
  const lines = text.split('\n');
  assert.equal(lines[0], 'verdict: manipulated');
  assert.ok(lines[1].startsWith('similarity: 85.7%'));
  assert.equal(lines[2], 'changes: 1 inserted-epithet, 1 number-change');
  assert.equal(lines[3], 'deciding: c1, c2');
  assert.ok(lines.includes(`c1  inserted-epithet  copy ${EPITHET.copy!.start}–${EPITHET.copy!.end}`));
  assert.ok(lines.includes(`c2  number-change  original 24–26 → copy 31–33`));
  assert.ok(text.includes('\u2068قال الرئيس {+المجرم+} أحمد سالم إن 15 شخصا قتلوا.\u2069'));
  assert.ok(text.includes('[-12-]{+15+}'));
  assert.ok(text.includes('    · \u2068«المجرم» is an insult'));
  assertIsolated(text);
  for (const line of lines.filter((l) => /^c\d/u.test(l))) assert.match(line, /^[\x20-\x7e–→]*$/u, 'label lines are ASCII');
});

test('text: colours when asked, placed at span boundaries only', () => {
  const text = renderDiffText(BASIC, ORIGINAL, COPY, { color: true });
  assert.match(text, ANSI);
  assert.ok(text.includes('\u001b[1;41;97m{+المجرم+}\u001b[0m'), 'a distorting insertion is loud');
  assert.ok(text.includes('\u001b[31;9m[-12-]\u001b[0m\u001b[1;41;97m{+15+}\u001b[0m'));
  assert.equal(text.replace(ANSI, ''), renderDiffText(BASIC, ORIGINAL, COPY, { color: false }));
});

test('text: context is cut at paragraph breaks and to `context` words; removals are placed in the copy', () => {
  const text = renderDiffText(OVERLAP, O2, K2, { color: false, context: 3, all: true });
  assertIsolated(text);
  assert.ok(text.includes('\u2068[-قُتل-]{+قتل+} 5 إرهابيين في…\u2069'), 'a change at the very start');
  assert.ok(text.includes('\u2068قتل 5 [-مسلحين-]{+إرهابيين+} في الغارة.\u2069'), 'cut at the line break');
  assert.ok(text.includes('\u2068…إن العملية مستمرة. [-وأضاف أن الوضع هادئ.-] بحسب وكالة الأنباء\u2069'), 'removal at the very end of the original');
  assert.ok(text.includes('\u2068…إن العملية مستمرة. {+بحسب وكالة الأنباء+}\u2069'), 'insertion at the very end of the copy');
  assert.ok(text.includes('c1  cosmetic (diacritics)  original 0–4 → copy 0–3\n'));
  assert.ok(text.includes('\nc4  sentence-removed  original '));
  assert.ok(text.includes('changes: 1 cosmetic, 1 loaded-substitution, 1 attribution-added, 1 sentence-removed, 1 reworded\n'));
});

test('a span that cuts a letter from its haraka is widened: no tag or code between them', () => {
  const original = 'قُتل رجل';
  const copy = 'قتل رجل';
  // A diacritics fix reported on the damma alone (after the qaf), and on the bare qaf in the copy.
  const r = report(original, copy, [change('c1', 'cosmetic', { start: 1, end: 2, text: 'ُ' }, { start: 0, end: 1, text: 'ق' }, [], 'diacritics')], 'cosmetic', 1);
  const text = renderDiffText(r, original, copy, { color: true, all: true });
  assert.ok(text.replace(ANSI, '').includes('[-قُ-]{+ق+}'));
  for (const m of text.matchAll(ANSI)) assert.doesNotMatch(text.slice(m.index + m[0].length, m.index + m[0].length + 1), /\p{M}/u);
  const html = renderDiffHtml(r, original, copy);
  assert.match(html, /<mark class="c-cosmetic" id="o-c1" title="[^"]*">قُ<\/mark>/u);
  assert.doesNotMatch(html, />\p{M}/u, 'no element starts with a combining mark');
});

test('text: cosmetic changes are counted, not listed, unless `all`; moved text is always listed', () => {
  const original = 'قال الوزير إن الأمر مهم. وأضاف أن الحكومة ستعمل.';
  const copy = 'قال الوزير ان الامر مهم. وأضاف أن الحكومة ستعمل.';
  const report: DiffReport = {
    ...BASIC,
    verdict: 'cosmetic',
    deciding: ['c1'],
    changes: [
      { id: 'c1', category: 'cosmetic', kind: 'spelling', original: { start: 11, end: 20, text: original.slice(11, 20) }, copy: { start: 11, end: 20, text: copy.slice(11, 20) }, evidence: ['hamza'], values: null, lexicon: [], target: null },
    ],
  };
  const short = renderDiffText(report, original, copy, { color: false });
  assert.ok(!short.includes('[-إن الأمر-]'));
  assert.match(short, /1 cosmetic change not listed \(spelling 1\); --all lists them/u);
  const all = renderDiffText(report, original, copy, { color: false, all: true });
  assert.ok(all.includes('c1  cosmetic (spelling)'));
  assert.ok(!all.includes('not listed'));
});
