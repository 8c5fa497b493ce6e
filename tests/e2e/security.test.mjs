// The page under its Content-Security-Policy: no console error, no CSP violation, no
// request leaving 127.0.0.1, user text always rendered as text, and offline use after
// the first load.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSP } from '../../xtask/serve.mjs';
import { useBrowser, openPage, ready, describe, overall, scenario, question, violations, openAll } from './helpers.mjs';

const env = useBrowser();

const HOSTILE = '<img src=x onerror=alert(1)>';

test('the page loads and works under the CSP with no console error and no violation', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    const response = await page.request.get(env.server.url);
    assert.equal(response.headers()['content-security-policy'], CSP);
    await describe(page, scenario('kidnapping-victim-live').input);
    assert.equal((await overall(page)).verdict, 'conditional');
    // Every part of the page: the other regimes' details, the tools, the dialog.
    await openAll(page);
    await page.getByRole('button', { name: 'Copy a share link' }).click();
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Keep my answers' }).click();
    await page.reload();
    await ready(page);
    assert.deepEqual(problems, []);
    assert.deepEqual(await violations(page), []);
    // No inline style attribute or <style> element in the markup served.
    const html = await (await page.request.get(env.server.url)).text();
    assert.doesNotMatch(html, /<style|\sstyle=|<script(?![^>]*\ssrc=)/i);
  } finally {
    await context.close();
  }
});

test('no request leaves 127.0.0.1', async () => {
  const { context, page, requests } = await openPage(env.browser, env.server);
  try {
    await describe(page, scenario('murder-footage-post').input);
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.reload();
    await ready(page);
    assert.ok(requests.length >= 5, `requests recorded: ${requests.length}`);
    for (const url of requests) {
      const parsed = new URL(url);
      const local = parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1' && parsed.port === String(env.server.port);
      assert.ok(local || parsed.protocol === 'blob:', `request to ${url}`);
    }
    // The links to the law are links, not requests.
    assert.ok((await page.locator('a[href^="https://eur-lex.europa.eu/"]').count()) > 0);
  } finally {
    await context.close();
  }
});

test('a hostile name and description stay text everywhere (form, result, reload, share link, print)', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    await question(page, 'name').locator('input').fill(HOSTILE);
    await question(page, 'description').locator('textarea').fill(`${HOSTILE}<script>alert(2)</script>`);
    await describe(page, scenario('library-face-verification').input);
    assert.ok(String(await page.locator('#result .result__name').textContent()).includes(HOSTILE), 'shown as text');
    assert.equal(await page.locator('img').count(), 0, 'no image element was created');
    await page.getByRole('button', { name: 'Copy a share link' }).click();
    const link = await page.locator('#tools [data-role="share-link"]').inputValue();
    await page.reload();
    await ready(page);
    await page.goto(link);
    await page.reload();
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    assert.ok(String(await page.locator('#result .report-facts__description').textContent()).includes('<script>alert(2)</script>'));
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.locator('body script').count(), 0);
    assert.deepEqual(problems, [], 'no dialog opened');
    assert.deepEqual(await violations(page), []);
  } finally {
    await context.close();
  }
});

test('after the first load the page works offline', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The service worker controls the page from the next load; then go offline.
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await describe(page, scenario('cctv-scraping-database').input);
    assert.equal((await overall(page)).verdict, 'prohibited');
    await context.setOffline(false);
    assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
  } finally {
    await context.close();
  }
});
