// One host for the page and the portals: the page is the <biometric-check> element in
// the page's own markup; in a portal the same element draws its first questions from
// the texts before the WebAssembly module is there, keeps what is answered meanwhile
// and assesses it when the module is ready; it shares links, prints and recovers a
// damaged save as the page does; it speaks all seven languages; and the one
// development server sends what a municipal web server should (caching, compression,
// MIME types, CSP).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { useBrowser, openPage, watch, overall, question, describe, scenario, violations, newContext } from './helpers.mjs';
import { CSP } from '../../xtask/serve.mjs';
import { registerMessages, questions, version } from '../../pkg/index.js';

const env = useBrowser();
const HOST = '__test__/fixtures/widget-host.html';

const languages = version().languages;
for (const lang of languages.filter((l) => l !== 'en')) {
  registerMessages(lang, readFileSync(new URL(`../../pkg/messages/${lang}.messages`, import.meta.url), 'utf8'));
}

/**
 * Opens the widget host page with problems and requests recorded; `setup` runs before
 * the page loads (to hold back requests).
 * @param {{ setup?: (page: import('playwright-core').Page) => Promise<void>, path?: string, contextOptions?: object }} [options]
 */
async function openHost(options = {}) {
  const context = await newContext(env.browser, { serviceWorkers: 'block', ...options.contextOptions });
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  watch(page, problems);
  await options.setup?.(page);
  await page.goto(env.server.url + (options.path ?? HOST));
  return { context, page, problems, requests };
}

/** Adds one widget to the host page. */
async function addWidget(/** @type {import('playwright-core').Page} */ page, /** @type {Record<string, string>} */ attributes) {
  await page.evaluate((list) => {
    const element = document.createElement('biometric-check');
    element.id = 'w';
    for (const [name, value] of Object.entries(list)) element.setAttribute(name, value);
    document.getElementById('host')?.append(element);
  }, attributes);
}

test('the page is the element: the checker drawn in the page markup, no second copy of it', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    const host = await page.evaluate(() => {
      const checker = document.getElementById('checker');
      return {
        tag: checker?.localName,
        defined: customElements.get('biometric-check') === checker?.constructor,
        shadow: checker?.shadowRoot !== null,
        form: checker?.querySelector('form.questionnaire')?.id,
        result: checker?.querySelector('section.result')?.id,
        elements: document.querySelectorAll('biometric-check').length,
      };
    });
    assert.deepEqual(host, { tag: 'biometric-check', defined: true, shadow: false, form: 'questionnaire', result: 'result', elements: 1 });
    // The element's own events reach the page's chrome.
    await describe(page, scenario('parking-occupancy').input);
    assert.equal(await page.locator('#checker').evaluate((el) => /** @type {any} */ (el).assessment.verdict), 'minimal');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('in a portal, the first questions come before the module, what is answered meanwhile is kept and assessed once it is there', async () => {
  /** @type {() => void} */
  let release = () => {};
  const held = new Promise((resolve) => {
    release = () => resolve(undefined);
  });
  const { context, page, problems, requests } = await openHost({
    setup: (p) =>
      p.route('**/biometric_check_bg.*.wasm', async (route) => {
        await held;
        await route.continue();
      }),
  });
  try {
    await addWidget(page, { lang: 'sv', autosave: 'off' });
    const swedish = questions('sv');
    const shortcut = swedish.shortcuts[0];
    const legend = page.locator(`#w form [data-shortcut="${shortcut.id}"] legend`);
    await legend.waitFor();
    assert.equal(await legend.textContent(), shortcut.question);
    assert.equal(await page.locator('#w [data-role="result"] .verdict').count(), 0, 'no result without the rules');
    assert.equal(await page.locator('#w [data-role="result-title"]').textContent(), swedish.ui['ui.result.title']);
    // Answered while the module is held back.
    await page.locator(`#w form [data-shortcut="${shortcut.id}"] input[value="live-face-public"]`).check();
    await question(page, 'name', '#w form').locator('input').fill('Torget');
    assert.ok(requests.some((url) => /biometric_check_bg\.[A-Z2-7]{8}\.wasm$/.test(url)), 'the module was asked for at once');
    release();
    await page.locator('#w [data-role="result"] .verdict').waitFor();
    assert.equal(await question(page, 'name', '#w form').locator('input').inputValue(), 'Torget');
    assert.ok(await question(page, 'identification.timing', '#w form').locator('input[value="real-time"]').isChecked(), 'the quick start filled the questions the rules then showed');
    assert.match(String(await page.locator('#w [data-role="result"] .result__name').textContent()), /Torget/);
    assert.equal(await page.locator('#w').evaluate((el) => /** @type {any} */ (el).answers.identification.timing), 'real-time');
    assert.deepEqual(problems, []);
  } finally {
    release();
    await context.close();
  }
});

test('in a portal, the element shares a link, prints and recovers a damaged save as the page does', async () => {
  const { context, page, problems } = await openHost({ contextOptions: { acceptDownloads: true } });
  let link = '';
  try {
    await addWidget(page, { lang: 'en', autosave: 'city' });
    await page.locator('#w [data-role="result"] .verdict').waitFor();
    for (const action of ['share', 'export', 'import', 'print', 'reset']) {
      assert.equal(await page.locator(`#w [data-role="tools"] [data-action="${action}"]`).count(), 1, action);
    }
    await describe(page, scenario('kidnapping-victim-live').input, '#w form');
    await page.locator('#w [data-role="tools"] [data-action="share"]').click();
    link = await page.locator('#w [data-role="tools"] [data-role="share-link"]').inputValue();
    assert.equal(link.split('#')[0], `${env.server.url}${HOST}`, 'a link to the portal page');
    assert.match(link, /#l=en&d=[A-Za-z0-9_-]+$/);
    // Printing opens every regime's details first.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.locator('#w [data-role="result"] details:not([open])').count(), 0);
  } finally {
    await context.close();
  }
  // A colleague opens the link on the same portal page: the element takes it.
  const other = await openHost({ path: link.slice(env.server.url.length) });
  try {
    await addWidget(other.page, { lang: 'en', autosave: 'city' });
    await other.page.locator('#w [data-role="result"] .verdict[data-verdict="conditional"]').waitFor();
    assert.equal(await other.page.locator('#w [data-role="notice"]').isVisible(), true);
    assert.equal(new URL(other.page.url()).hash, '', 'the link leaves the address');
    // A save damaged by hand: the valid answers are kept, the others named, the text kept.
    await other.page.evaluate(() => {
      localStorage.setItem('biometric-check:widget:city', JSON.stringify({ name: 'Kept', space: 'street' }));
      document.getElementById('w')?.remove();
    });
    await addWidget(other.page, { lang: 'en', autosave: 'city' });
    await other.page.locator('#w [data-role="recovery"]').waitFor();
    assert.match(String(await other.page.locator('#w [data-role="recovery"]').textContent()), /street/);
    assert.equal(await question(other.page, 'name', '#w form').locator('input').inputValue(), 'Kept');
    assert.equal(
      await other.page.evaluate(() => localStorage.getItem('biometric-check:widget:city:unrestored')),
      JSON.stringify({ name: 'Kept', space: 'street' }),
    );
    assert.deepEqual([...problems, ...other.problems], []);
  } finally {
    await other.context.close();
  }
});

test('in a portal, the element speaks every language of the package: first questions, result and tools', async () => {
  const { context, page, problems } = await openHost();
  try {
    for (const lang of languages) {
      await page.evaluate(() => document.getElementById('w')?.remove());
      await addWidget(page, { lang, autosave: 'off' });
      const catalogue = questions(lang);
      await page.locator('#w [data-role="result"] .verdict').waitFor();
      assert.equal(await page.locator('#w [data-role="container"]').getAttribute('lang'), lang);
      assert.equal(await page.locator('#w [data-role="result-title"]').textContent(), catalogue.ui['ui.result.title'], lang);
      assert.equal(await page.locator(`#w form [data-shortcut="${catalogue.shortcuts[0].id}"] legend`).textContent(), catalogue.shortcuts[0].question, lang);
      assert.equal(await page.locator('#w [data-action="share"]').textContent(), catalogue.ui['ui.tools.share'], lang);
      assert.equal((await overall(page, '#w [data-role="result"]')).verdict, 'incomplete');
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(await violations(page), []);
  } finally {
    await context.close();
  }
});

test('a first load asks for each file once', async () => {
  for (const path of ['', 'sv/', 'embed-example.html']) {
    const { context, page, requests } = await openHost({ path });
    try {
      if (path === 'embed-example.html') await page.locator('#checker [data-role="result"] .verdict').waitFor();
      else await page.waitForSelector('html[data-ready="true"]');
      await page.waitForLoadState('networkidle');
      assert.deepEqual(requests.filter((url, index) => requests.indexOf(url) !== index), [], path || 'the default page');
      assert.ok(!requests.some((url) => /first-screen-/.test(url)) || path === 'embed-example.html', `${path}: the page's own first screen is in its HTML`);
    } finally {
      await context.close();
    }
  }
});

test('the server: hashed files immutable, pages and the stable entry revalidated, precompressed Brotli or gzip, the wasm MIME type, the CSP', async () => {
  const html = await (await fetch(env.server.url)).text();
  const hashed = [...html.matchAll(/(?:src|href)="((?:assets\/)?[\w-]+\.[A-Z2-7]{8}\.\w+)"/g)].map((m) => m[1]);
  assert.ok(hashed.length >= 4, hashed.join(', '));
  for (const file of hashed) {
    const response = await fetch(env.server.url + file, { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', file);
    assert.equal(response.headers.get('content-encoding'), 'br', file);
    assert.equal(response.headers.get('vary'), 'Accept-Encoding', file);
  }
  const wasm = hashed.find((file) => file.endsWith('.wasm'));
  assert.ok(wasm);
  const plain = await fetch(env.server.url + wasm, { headers: { 'Accept-Encoding': 'identity' } });
  assert.equal(plain.headers.get('content-type'), 'application/wasm');
  assert.equal(plain.headers.get('content-encoding'), null);
  const bytes = Buffer.from(await plain.arrayBuffer());
  for (const [encoding, decode] of /** @type {const} */ ([['gzip', gunzipSync], ['br', brotliDecompressSync]])) {
    // Node's fetch would decode: read the raw bytes through the http module instead.
    const raw = await new Promise((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(env.server.url + wasm, { headers: { 'Accept-Encoding': encoding } }, (response) => {
          /** @type {Buffer[]} */
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }).on('error', reject),
      );
    });
    assert.equal(/** @type {any} */ (raw).encoding, encoding);
    assert.deepEqual(decode(/** @type {any} */ (raw).body), bytes, `${encoding}: the same bytes`);
  }
  for (const file of ['', 'sv/', 'biometric-check.js', 'sw.js', 'embed-example.html']) {
    const first = await fetch(env.server.url + file);
    assert.equal(first.headers.get('cache-control'), 'no-cache', file || 'the page');
    assert.equal(first.headers.get('content-security-policy'), CSP);
    assert.equal(first.headers.get('x-content-type-options'), 'nosniff');
    const etag = first.headers.get('etag');
    assert.ok(etag, file);
    const again = await fetch(env.server.url + file, { headers: { 'If-None-Match': /** @type {string} */ (etag) } });
    assert.equal(again.status, 304, `${file}: unchanged, not sent again`);
  }
  assert.equal((await fetch(`${env.server.url}..%2F..%2FCargo.toml`)).status, 403);
  assert.equal((await fetch(`${env.server.url}no-such-file.js`)).status, 404);
});
