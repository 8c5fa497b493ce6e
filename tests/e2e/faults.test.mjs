// Faults the page meets in real browsers, and how it recovers without losing what can
// be kept: a damaged or outdated autosave (junk, unknown fields and invalid values, an
// older form of the values), storage that is unavailable (private browsing) or full, a
// share link cut short or changed by hand, and imported files that are not a
// description.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, openPage, ready, describe, overall, scenario, question, catalogue, violations, showWholeForm, startTestServer } from './helpers.mjs';
import { assess, registerMessages, questions } from '../../pkg/index.js';

const env = useBrowser();

/** Where the page's checker keeps its answers (`autosave="page"`), and the text it could not restore. */
const KEY = 'biometric-check:widget:page';
const UNRESTORED = 'biometric-check:widget:page:unrestored';
const ui = (/** @type {string} */ id) => catalogue.ui[`ui.${id}`];
const label = (/** @type {string} */ field) => catalogue.questions.find((q) => q.field === field)?.label ?? field;

/** @param {unknown} value */
const base64Url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');

/**
 * Opens the page with a saved text in its storage, as a previous visit would have left
 * it.
 * @param {string} text
 */
async function withSaved(text) {
  const opened = await openPage(env.browser, env.server, { contextOptions: { acceptDownloads: true } });
  await opened.page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, text]);
  await opened.page.reload();
  await ready(opened.page);
  return opened;
}

/** The storage entry of a key. */
function stored(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ key) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** Downloads what could not be restored and returns its name and text. */
async function downloadUnrestored(/** @type {import('playwright-core').Page} */ page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#recovery').getByRole('button', { name: ui('recovered.download') }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(String(await download.path()), 'utf8') };
}

test('junk in the autosave: the page starts empty, says so, and the saved text stays downloadable until let go', async () => {
  const junk = '{"name": "Half a save", "country": "S';
  const { context, page, problems } = await withSaved(junk);
  try {
    const note = page.locator('#recovery');
    assert.ok(await note.isVisible());
    assert.match(String(await note.textContent()), new RegExp(ui('recovered.unreadable').slice(0, 30)));
    assert.equal(await question(page, 'name').locator('input').inputValue(), '');
    assert.deepEqual(await downloadUnrestored(page), { name: 'unrestored-answers.txt', text: junk });
    // The page works as usual.
    await describe(page, scenario('parking-occupancy').input);
    assert.equal((await overall(page)).verdict, 'minimal');
    // Still offered after a reload (the new answers are saved as usual) …
    await page.reload();
    await ready(page);
    assert.match(String(await note.textContent()), new RegExp(ui('recovered.earlier').slice(0, 30)));
    assert.equal((await overall(page)).verdict, 'minimal');
    assert.equal(await stored(page, UNRESTORED), junk);
    // … until let go.
    await note.getByRole('button', { name: ui('recovered.dismiss') }).click();
    assert.equal(await note.isVisible(), false);
    assert.equal(await stored(page, UNRESTORED), null);
    await page.reload();
    await ready(page);
    assert.equal(await note.isVisible(), false);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

for (const [what, text] of [
  ['a JSON list', '[1, 2, 3]'],
  ['a JSON string', '"ferry terminal"'],
  ['null', 'null'],
  ['control characters', '\u0000\u0001 not a save \uFFFD'],
]) {
  test(`${what} in the autosave is set aside the same way`, async () => {
    const { context, page, problems } = await withSaved(text);
    try {
      assert.match(String(await page.locator('#recovery').textContent()), new RegExp(ui('recovered.unreadable').slice(0, 30)));
      assert.equal((await downloadUnrestored(page)).text, text);
      assert.equal((await overall(page)).verdict, 'incomplete');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('unknown fields and invalid values in the autosave: every valid field is kept, the others are named', async () => {
  const saved = {
    name: 'Kept name',
    description: 'Kept description',
    country: 'SE',
    date: '2026-11-23',
    colour: 'blue',
    space: 'street',
    functions: ['identification', 'bogus', 'identification'],
    modalities: ['face'],
    identification: { remote: true, timing: 'sometimes', extra: 1 },
    law_enforcement: { max_sentence_years: 500, objective: 'suspect-search' },
  };
  const text = JSON.stringify(saved, null, 1);
  const { context, page, problems } = await withSaved(text);
  try {
    const note = page.locator('#recovery');
    assert.ok(await note.isVisible());
    const said = String(await note.textContent());
    for (const field of ['space', 'identification.timing', 'law_enforcement.max_sentence_years']) {
      assert.ok(said.includes(label(field)), `${field} is named: ${said}`);
    }
    for (const word of ['colour', 'extra', '"street"', '500', '"bogus"']) assert.ok(said.includes(word), `${word}: ${said}`);
    // What the rules accept is kept, in the form and in the storage.
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Kept name');
    assert.equal(await question(page, 'description').locator('textarea').inputValue(), 'Kept description');
    assert.equal(await question(page, 'country').locator('select').inputValue(), 'SE');
    assert.ok(await question(page, 'functions').locator('input[value="identification"]').isChecked());
    assert.ok(await question(page, 'identification.remote').locator('input[value="true"]').isChecked());
    assert.ok(await question(page, 'law_enforcement.objective').locator('input[value="suspect-search"]').isChecked());
    assert.deepEqual(JSON.parse(String(await stored(page, KEY))), {
      name: 'Kept name',
      description: 'Kept description',
      country: 'SE',
      date: '2026-11-23',
      functions: ['identification'],
      modalities: ['face'],
      identification: { remote: true },
      law_enforcement: { objective: 'suspect-search' },
    });
    // No error is left next to a question: the result is for the kept answers.
    assert.equal(await page.locator('#questionnaire .error:not([hidden])').count(), 0);
    assert.notEqual(await page.locator('#result .verdict').count(), 0);
    // The saved text, whole.
    assert.deepEqual(await downloadUnrestored(page), { name: 'unrestored-answers.json', text });
    assert.equal(await stored(page, UNRESTORED), text);
    assert.deepEqual(problems, []);
    assert.deepEqual(await violations(page), []);
  } finally {
    await context.close();
  }
});

test('a description saved in an older form is brought up to date without losing anything', async () => {
  // One choice where a list is now expected, numbers and yes/no written as text.
  const old = {
    name: 'Old save',
    functions: 'identification',
    modalities: 'face',
    purpose: 'law-enforcement',
    identification: { remote: 'yes', timing: 'real-time' },
    law_enforcement: { objective: 'suspect-search', offence: 'murder-or-grievous-bodily-injury', max_sentence_years: '20', strictly_necessary: 'true' },
    space: 'publicly-accessible',
    country: 'SE',
    date: '2026-11-23',
  };
  const { context, page, problems } = await withSaved(JSON.stringify(old));
  try {
    assert.equal(await page.locator('#recovery').isVisible(), false, 'nothing to report: nothing was lost');
    const upgraded = {
      ...old,
      functions: ['identification'],
      modalities: ['face'],
      identification: { remote: true, timing: 'real-time' },
      law_enforcement: { ...old.law_enforcement, max_sentence_years: 20, strictly_necessary: true },
    };
    assert.deepEqual(JSON.parse(String(await stored(page, KEY))), upgraded);
    assert.equal(await question(page, 'law_enforcement.max_sentence_years').locator('input').inputValue(), '20');
    assert.ok(await question(page, 'modalities').locator('input[value="face"]').isChecked());
    const expected = assess(upgraded, { lang: 'en' });
    assert.equal(expected.type, 'success');
    assert.equal((await overall(page)).verdict, expected.type === 'success' ? expected.assessment.verdict : '');
    assert.equal(await page.locator('#questionnaire .error:not([hidden])').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('storage unavailable (private browsing): the page works and says politely that answers will not be kept', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server, {
    setup: (p) =>
      p.context().addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }),
  });
  try {
    const note = page.locator('#storage-note');
    assert.ok(await note.isVisible());
    assert.equal(await note.textContent(), ui('storage.unavailable'));
    assert.equal(await note.getAttribute('role'), 'status');
    // Nothing kept means no way of answering chosen before: the guide, then the whole form.
    assert.ok(await page.locator('#guide [data-role="guide-panel"]').isVisible());
    await showWholeForm(page);
    await question(page, 'name').locator('input').fill('Not kept');
    await describe(page, scenario('kidnapping-victim-live').input);
    assert.equal((await overall(page)).verdict, 'conditional');
    // Sharing and switching language still work.
    await page.locator('#tools [data-action="share"]').click();
    assert.match(await page.locator('#tools [data-role="share-link"]').inputValue(), /#l=en&d=/);
    await page.locator('#language').selectOption('es');
    await page.waitForSelector('html[lang="es"]');
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Not kept');
    assert.equal((await overall(page)).verdict, 'conditional');
    assert.equal(await note.isVisible(), true, 'the note stays, in Spanish');
    assert.notEqual(await note.textContent(), ui('storage.unavailable'));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('storage that refuses to write (full): the page works and says the answers will not be kept', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server, {
    setup: (p) =>
      p.context().addInitScript(() => {
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      }),
  });
  try {
    assert.equal(await page.locator('#storage-note').textContent(), ui('storage.unavailable'));
    await describe(page, scenario('classroom-engagement').input);
    assert.equal((await overall(page)).verdict, 'prohibited');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a share link cut short or changed by hand gives a readable message and leaves the saved description alone', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    await question(page, 'name').locator('input').fill('Mine');
    await describe(page, scenario('museum-visitor-emotions').input);
    const mine = await stored(page, KEY);
    await page.locator('#tools [data-action="share"]').click();
    const good = await page.locator('#tools [data-role="share-link"]').inputValue();
    const payload = good.slice(good.indexOf('d=') + 2);
    const broken = {
      'cut short': good.slice(0, good.length - 7),
      'cut short by one character': good.slice(0, good.length - 1),
      'characters changed': good.replace(/d=(.{10})(.{4})/, 'd=$1!!~~'),
      'not base64': `${env.server.url}#d=%%%%`,
      'not UTF-8': `${env.server.url}#d=${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}`,
      'JSON, but a list': `${env.server.url}#l=en&d=${base64Url([1, 2])}`,
      'JSON, but a string': `${env.server.url}#d=${base64Url('"x"')}`,
      empty: `${env.server.url}#d=`,
    };
    assert.ok(payload.length > 20);
    for (const [what, link] of Object.entries(broken)) {
      // Opened in a new tab (a full load) …
      const tab = await context.newPage();
      await tab.goto(link);
      await ready(tab);
      const notice = tab.locator('#notice');
      assert.ok(await notice.isVisible(), what);
      assert.equal(await notice.textContent(), `${ui('shared.unreadable')} ${ui('shared.unreadable-kept')}`, what);
      assert.equal(await question(tab, 'name').locator('input').inputValue(), 'Mine', what);
      assert.equal(await stored(tab, KEY), mine, `${what}: the autosave is unchanged`);
      assert.equal(new URL(tab.url()).hash, '', `${what}: the broken link is removed from the address`);
      await tab.close();
    }
    // … or pasted into the address bar of the open page.
    await page.goto(broken['cut short']);
    await page.locator('#notice', { hasText: ui('shared.unreadable') }).waitFor();
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Mine');
    assert.equal(await stored(page, KEY), mine);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a share link with values changed to invalid ones: errors next to the questions, and the saved description can be brought back', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    await question(page, 'name').locator('input').fill('Mine');
    const mine = await stored(page, KEY);
    await page.goto(`${env.server.url}#l=en&d=${base64Url({ name: 'Tampered', space: 'street', colour: 'blue' })}`);
    await question(page, 'space').locator('.error').waitFor();
    assert.match(String(await question(page, 'space').locator('.error').textContent()), /street/);
    assert.match(String(await page.locator('#tools [data-role="errors"]').textContent()), /colour/);
    await page.locator('#notice [data-action="restore"]').click();
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Mine');
    assert.equal(await stored(page, KEY), mine);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('importing a file that is not a description gives a readable message and changes nothing', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    await question(page, 'name').locator('input').fill('Kept');
    const kept = await stored(page, KEY);
    const status = page.locator('#tools [data-role="status"]');
    const file = page.locator('#tools input[type="file"]');
    /** @type {[string, Buffer, string][]} */
    const cases = [
      ['notes.txt', Buffer.from('name: Ferry terminal'), ui('import.not-json').split('{error}')[0].replace('{file}', 'notes.txt')],
      ['empty.json', Buffer.from(''), ui('import.not-json').split('{error}')[0].replace('{file}', 'empty.json')],
      ['photo.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]), ui('import.not-json').split('{error}')[0].replace('{file}', 'photo.json')],
      ['list.json', Buffer.from('[{"name": "x"}]'), ui('import.not-object').replace('{file}', 'list.json')],
      ['text.json', Buffer.from('"a description"'), ui('import.not-object').replace('{file}', 'text.json')],
      ['number.json', Buffer.from('42'), ui('import.not-object').replace('{file}', 'number.json')],
      ['null.json', Buffer.from('null'), ui('import.not-object').replace('{file}', 'null.json')],
      ['huge.json', Buffer.alloc(1_200_000, 0x20), ui('import.too-large').split('{size}')[0].replace('{file}', 'huge.json')],
    ];
    for (const [name, buffer, expected] of cases) {
      await file.setInputFiles({ name, mimeType: 'application/json', buffer });
      await status.filter({ hasText: expected }).waitFor();
      assert.ok(String(await status.textContent()).startsWith(expected), `${name}: ${await status.textContent()}`);
      assert.equal(await question(page, 'name').locator('input').inputValue(), 'Kept', name);
      assert.equal(await stored(page, KEY), kept, name);
    }
    // A description after all that is imported as usual.
    await file.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from('\uFEFF{"name": "Imported"}') });
    await status.filter({ hasText: ui('import.done').replace('{file}', 'good.json') }).waitFor();
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Imported');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('offline after a visit in Swedish: the Swedish page and its texts still load; a language never loaded says so and keeps everything', async () => {
  // A server of its own, stopped to go offline: the browser's offline switch does not
  // reach the service worker's own requests in every Chromium.
  const server = await startTestServer();
  const { context, page, problems } = await openPage(env.browser, server, { path: 'sv/' });
  let stopped = false;
  try {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The page asked the service worker to keep its language's page and texts.
    await page.waitForFunction(async () => {
      const names = await caches.keys();
      for (const name of names) {
        const cache = await caches.open(name);
        const kept = (await cache.keys()).map((request) => new URL(request.url).pathname);
        if (kept.includes('/sv/') && kept.some((file) => /^\/assets\/sv\.[A-Z2-7]{8}\.messages$/.test(file))) return true;
      }
      return false;
    });
    await question(page, 'name').locator('input').fill('Offline');
    await context.setOffline(true);
    await server.close();
    stopped = true;
    await page.reload();
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    await describe(page, scenario('cctv-scraping-database').input);
    assert.equal((await overall(page)).verdict, 'prohibited');
    // German was never loaded: the page stays Swedish and says why.
    await page.locator('#language').selectOption('de');
    registerMessages('sv', await readFile(new URL('../../pkg/messages/sv.messages', import.meta.url), 'utf8'));
    // The language named as Swedish running text names it ("tyska").
    const german = String(new Intl.DisplayNames(['sv'], { type: 'language' }).of('de'));
    const failed = questions('sv').ui['ui.language.failed'].replace('{language}', german);
    await page.locator('#tools [data-role="status"]', { hasText: failed }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.equal(await page.locator('#language').inputValue(), 'sv');
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Offline');
    assert.equal((await overall(page)).verdict, 'prohibited');
    await context.setOffline(false);
    assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
  } finally {
    if (!stopped) await server.close();
    await context.close();
  }
});

test('answers the page kept before it was the element (under its earlier keys) are kept, under the keys of now', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    const earlier = JSON.stringify({ name: 'Saved before', country: 'SE' });
    await page.evaluate(([text]) => {
      localStorage.clear();
      localStorage.setItem('biometric-check:deployment', text);
      localStorage.setItem('biometric-check:unrestored', 'junk kept earlier');
    }, [earlier]);
    await page.reload();
    await ready(page);
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Saved before');
    assert.equal(await question(page, 'country').locator('select').inputValue(), 'SE');
    assert.deepEqual(JSON.parse(String(await stored(page, KEY))), JSON.parse(earlier));
    assert.equal(await stored(page, UNRESTORED), 'junk kept earlier');
    assert.equal(await stored(page, 'biometric-check:deployment'), null);
    assert.match(String(await page.locator('#recovery').textContent()), new RegExp(ui('recovered.earlier').slice(0, 30)));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
