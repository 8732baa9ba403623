/**
 * The editors' web page, end to end: the real server (in-process, free port) and headless
 * Chromium driving the page as an editor would. What is asserted comes from the API's own
 * responses and the library, not from hard-coded expectations.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page, Response } from 'playwright-core';
import { check, type CheckReport, type DiffReport } from '../src/index.js';
import { browserSkip, openPage, openSession, seedSkip, SEED_PATH, type Session } from './support.js';

/** Clicks `trigger` and returns the JSON body of the API response it causes. */
async function apiCall<T>(page: Page, path: string, trigger: () => Promise<void>): Promise<T> {
  const [response] = await Promise.all([page.waitForResponse((r: Response) => new URL(r.url()).pathname === path && r.request().method() === 'POST'), trigger()]);
  assert.equal(response.status(), 200, `${path} answered ${response.status()}`);
  return (await response.json()) as T;
}

/** The highlights of the article view, grouped by finding: id → the text of all its pieces. */
async function highlightedFindings(page: Page, selector: string): Promise<Map<string, string>> {
  const pieces = await page.locator(selector).evaluateAll((marks) =>
    marks.map((m) => [(m as HTMLElement).dataset.findingId ?? '', m.textContent ?? ''] as [string, string]),
  );
  const out = new Map<string, string>();
  for (const [id, text] of pieces) out.set(id, (out.get(id) ?? '') + text);
  return out;
}

async function analyse(page: Page, text: string): Promise<CheckReport> {
  await page.getByTestId('check-text').fill(text);
  const report = await apiCall<CheckReport>(page, '/v1/check', () => page.getByTestId('analyse').click());
  await page.getByTestId('summary-total').waitFor();
  return report;
}

describe('web page', { skip: browserSkip }, () => {
  let session: Session;

  before(async () => {
    session = await openSession();
  });
  after(async () => {
    await session?.close();
  });

  test('check: the seed article’s two inserted insults are highlighted high; accepting both downloads the cleaned text', { skip: seedSkip }, async () => {
    const seed = await readFile(SEED_PATH, 'utf8');
    const { page, context, problems } = await openPage(session);
    try {
      const report = await analyse(page, seed);
      // The textarea keeps the text as is (no line-ending change), so the offsets hold.
      assert.equal(await page.getByTestId('check-text').inputValue(), seed);

      const high = report.findings.filter((f) => f.severity === 'high');
      assert.equal(high.length, 2, 'the seed has exactly two high findings');
      const firstSentenceEnd = seed.indexOf('.');
      for (const f of high) {
        assert.ok(f.end <= firstSentenceEnd, `«${f.text}» is in the first sentence`);
        assert.equal(seed.slice(f.start, f.end), f.text);
      }

      const shown = await highlightedFindings(page, '[data-testid="article-view"] [data-testid="highlight"][data-severity="high"]');
      assert.deepEqual(
        [...shown].sort(),
        high.map((f) => [f.id, f.text]).sort(),
        'the high highlights are exactly the high findings, with their texts',
      );
      for (const f of high) {
        const mark = page.locator(`[data-testid="highlight"][data-finding-id="${f.id}"]`).first();
        assert.equal(await mark.getAttribute('data-category'), f.category);
      }
      // The summary counts what the report counts.
      const highCount = page.locator('[data-testid="severity-counts"] [data-severity="high"]');
      assert.equal(await highCount.getAttribute('data-count'), String(report.summary.by_severity.high));

      const list = page.getByTestId('findings-list');
      for (const f of high) {
        const accept = list.locator(`[data-testid="accept"][data-finding-id="${f.id}"]`);
        await accept.click();
        assert.equal(await accept.getAttribute('aria-pressed'), 'true');
        assert.match((await page.locator(`[data-testid="highlight"][data-finding-id="${f.id}"]`).first().getAttribute('class')) ?? '', /is-accepted/);
      }

      const expected = check(seed).cleaned;
      assert.equal(report.cleaned, expected, 'the server’s cleaned text is the library’s');
      assert.equal(await page.getByTestId('cleaned-text').inputValue(), expected);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-cleaned').click()]);
      assert.match(download.suggestedFilename(), /-cleaned\.txt$/);
      const path = await download.path();
      assert.ok(path, 'the download was saved');
      assert.equal(await readFile(path, 'utf8'), expected, 'the downloaded file is the cleaned text, byte for byte');

      // Rejecting one restores its word.
      const first = high[0];
      await list.locator(`[data-testid="reject"][data-finding-id="${first.id}"]`).click();
      assert.ok((await page.getByTestId('cleaned-text').inputValue()).includes(first.text));

      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('diff: an inserted epithet and a changed number make the copy manipulated, highlighted in the copy', async () => {
    const original =
      'القاهرة (رويترز) - قال وزير الخارجية المصري سامح شكري يوم الأحد إن 12 شخصا أصيبوا في حادث سير قرب مدينة الإسماعيلية.\n\nوأضاف شكري أن السلطات فتحت تحقيقا في الحادث.';
    const copy =
      'القاهرة (رويترز) - قال وزير الخارجية المصري المجرم سامح شكري يوم الأحد إن 20 شخصا أصيبوا في حادث سير قرب مدينة الإسماعيلية.\n\nوأضاف شكري أن السلطات فتحت تحقيقا في الحادث.';
    const { page, context, problems } = await openPage(session);
    try {
      await page.getByTestId('tab-diff').click();
      await page.getByTestId('diff-original').fill(original);
      await page.getByTestId('diff-copy').fill(copy);
      const report = await apiCall<DiffReport>(page, '/v1/diff', () => page.getByTestId('compare').click());
      assert.equal(report.verdict, 'manipulated');

      const verdict = page.getByTestId('verdict');
      await verdict.waitFor();
      assert.equal(await verdict.getAttribute('data-verdict'), report.verdict);
      assert.equal(await page.getByTestId('verdict-value').textContent(), 'محرَّفة', 'the verdict is shown in Arabic by default');

      const copyView = page.getByTestId('diff-copy-view');
      for (const category of ['inserted-epithet', 'number-change'] as const) {
        const change = report.changes.find((c) => c.category === category);
        assert.ok(change?.copy, `the API reports a ${category} in the copy`);
        const marks = copyView.locator(`[data-testid="change-highlight"][data-category="${category}"]`);
        assert.ok((await marks.count()) >= 1, `a ${category} highlight in the copy column`);
        assert.equal((await marks.allTextContents()).join(''), change.copy.text);
      }

      // Selecting a change in the list focuses its highlight.
      const epithet = report.changes.find((c) => c.category === 'inserted-epithet');
      assert.ok(epithet);
      await page.locator(`[data-testid="select-change"][data-change-id="${epithet.id}"]`).click();
      const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.changeId ?? null);
      assert.equal(focused, epithet.id);

      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('hostile markup in the article is shown as text, never run', async () => {
    const hostile =
      '<script>window.__pwned=1</script>\nوصل وزير الخارجية التركي الخائن هاكان فيدان إلى القاهرة <img src=x onerror="window.__pwned=1"> الأحد في زيارة رسمية.';
    const { page, context, problems } = await openPage(session);
    try {
      const report = await analyse(page, hostile);
      assert.ok(report.findings.length >= 1, 'the insult next to the markup is found');
      const article = page.getByTestId('article-view');
      await article.locator('[data-testid="highlight"]').first().waitFor();

      // Hover the highlight so that the popover renders the finding too.
      await article.locator('[data-testid="highlight"]').first().hover();
      await page.getByTestId('popover').waitFor({ state: 'visible' });

      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      assert.equal(await article.locator('img').count(), 0, 'no <img> in the article view');
      assert.equal(await page.locator('main script, #popover script, #popover img').count(), 0);
      const visible = await article.innerText();
      assert.ok(visible.includes('<script>window.__pwned=1</script>'), 'the literal <script> text is shown');
      assert.ok(visible.includes('<img src=x onerror="window.__pwned=1">'), 'the literal <img> text is shown');
      await assert.doesNotReject(page.getByText('<script>window.__pwned=1</script>', { exact: true }).waitFor({ state: 'visible' }));
      assert.equal(await page.getByTestId('cleaned-text').inputValue(), hostile, 'nothing accepted: the cleaned text is the input');

      assert.deepEqual(problems, [], 'no console error, CSP violation or exception');
    } finally {
      await context.close();
    }
  });

  test('the English toggle switches direction and labels, and is remembered; the keyboard reaches a highlight and its popover', async () => {
    const { page, context, problems } = await openPage(session);
    try {
      const html = page.locator('html');
      assert.equal(await html.getAttribute('dir'), 'rtl');
      assert.equal(await html.getAttribute('lang'), 'ar');

      await page.getByTestId('lang-toggle').click();
      assert.equal(await html.getAttribute('dir'), 'ltr');
      assert.equal(await html.getAttribute('lang'), 'en');
      assert.equal((await page.getByTestId('analyse').innerText()).trim(), 'Analyse');
      assert.equal(await page.getByTestId('tab-diff').innerText(), 'Compare two versions');
      // The article keeps its own direction in the English interface.
      assert.equal(await page.getByTestId('article-view').getAttribute('dir'), 'rtl');

      await page.reload();
      assert.equal(await html.getAttribute('dir'), 'ltr', 'the choice survives a reload');

      await page.getByTestId('lang-toggle').click();
      assert.equal(await html.getAttribute('dir'), 'rtl');
      assert.equal((await page.getByTestId('analyse').innerText()).trim(), 'حلّل النص');

      // Tabs: a tablist; in Arabic, ArrowLeft moves forward.
      await page.getByTestId('tab-check').focus();
      await page.keyboard.press('ArrowLeft');
      assert.equal(await page.getByTestId('tab-diff').getAttribute('aria-selected'), 'true');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.getByTestId('tab-check').getAttribute('aria-selected'), 'true');

      const report = await analyse(page, 'وصل وزير الخارجية التركي الخائن هاكان فيدان إلى القاهرة الأحد.\nوواصلت قوات الكيان الصهيوني عملياتها في جنوب لبنان.');
      const target = report.findings[0];
      assert.ok(target);

      // From the summary (focused after the analysis), Tab goes on until a highlight.
      let onHighlight = false;
      for (let i = 0; i < 25 && !onHighlight; i++) {
        await page.keyboard.press('Tab');
        onHighlight = await page.evaluate(() => document.activeElement?.matches('mark.hl') ?? false);
      }
      assert.ok(onHighlight, 'Tab reaches a highlight');
      const focusedId = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.findingId);
      assert.equal(focusedId, target.id, 'the first highlight reached is the first finding');

      const popover = page.getByTestId('popover');
      await popover.waitFor({ state: 'visible' });
      assert.ok((await popover.innerText()).includes(target.text), 'the popover describes the focused finding');
      const describedBy = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby') ?? '');
      assert.ok(describedBy, 'the highlight has a description for screen readers');

      // Enter moves into the popover, Enter on Accept accepts, Escape closes and returns.
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid), 'accept');
      await page.keyboard.press('Enter');
      const listAccept = page.getByTestId('findings-list').locator(`[data-testid="accept"][data-finding-id="${target.id}"]`);
      assert.equal(await listAccept.getAttribute('aria-pressed'), 'true');
      await page.keyboard.press('Escape');
      await popover.waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.findingId), target.id);

      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('errors: the server’s message and a network failure are shown', async () => {
    const { page, context } = await openPage(session);
    try {
      await page.route('**/v1/check', (route) =>
        route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'busy', message: 'too many analyses at once, retry in a moment' } }) }),
      );
      await page.getByTestId('check-text').fill('نص قصير للاختبار.');
      await page.getByTestId('analyse').click();
      const box = page.getByTestId('check-error');
      await box.waitFor({ state: 'visible' });
      assert.equal(await page.getByTestId('server-message').innerText(), 'too many analyses at once, retry in a moment');
      assert.equal(await page.getByTestId('analyse').isEnabled(), true, 'the button is usable again');

      await page.unroute('**/v1/check');
      await page.route('**/v1/check', (route) => route.abort('connectionrefused'));
      await page.getByTestId('analyse').click();
      await page.getByText('تعذّر الاتصال بالخادم', { exact: false }).waitFor({ state: 'visible' });

      // An empty text is refused before any request.
      await page.getByTestId('check-text').fill('   ');
      await page.getByTestId('analyse').click();
      assert.match(await box.innerText(), /الصق نص المقال/);
    } finally {
      await context.close();
    }
  });
});
