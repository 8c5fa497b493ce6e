// Nothing typed is lost: autosave and reload, share links in the URL fragment, JSON
// export and import (with errors shown next to the fields), start again after asking,
// and answers typed before the rules have loaded.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, openPage, ready, describe, overall, scenario, question, shownVerdicts } from './helpers.mjs';

const env = useBrowser();

const NAME = 'Ferry terminal search — Gränsö ÅÄÖ ✓';
const DESCRIPTION = 'Cameras at the ferry terminal.\nSecond line with "quotes" & <angle brackets>.';

/** Describes a worked case and names it. */
async function fill(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id) {
  await question(page, 'name').locator('input').fill(NAME);
  await question(page, 'description').locator('textarea').fill(DESCRIPTION);
  await describe(page, scenario(id).input);
}

/** What the form shows: every visible control's state. */
function formState(/** @type {import('playwright-core').Page} */ page) {
  return page.$$eval('#questionnaire input, #questionnaire select, #questionnaire textarea', (controls) =>
    controls.map((c) => {
      const el = /** @type {HTMLInputElement} */ (c);
      return el.type === 'radio' || el.type === 'checkbox' ? `${el.name}=${el.value}:${el.checked}` : `${el.name}=${el.value}`;
    }),
  );
}

test('a reload keeps every answer (autosave in this env.browser)', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    await fill(page, 'murder-footage-post');
    const before = await formState(page);
    const verdicts = await shownVerdicts(page);
    await page.reload();
    await ready(page);
    assert.deepEqual(await formState(page), before);
    assert.deepEqual(await shownVerdicts(page), verdicts);
    assert.equal(await question(page, 'name').locator('input').inputValue(), NAME);
    assert.equal(await question(page, 'description').locator('textarea').inputValue(), DESCRIPTION);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a share link carries the whole description in the fragment, never sent to the server', async () => {
  const { context, page } = await openPage(env.browser, env.server);
  let link = '';
  let before;
  try {
    await fill(page, 'corruption-suspect-live');
    before = await formState(page);
    await page.getByRole('button', { name: 'Copy a share link' }).click();
    const input = page.locator('#tools [data-role="share-link"]');
    await input.waitFor({ state: 'visible' });
    link = await input.inputValue();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/en\/#l=en&d=[A-Za-z0-9_-]+$/);
  } finally {
    await context.close();
  }
  // A colleague opens it in another browser (empty storage).
  const requestsBefore = env.server.requests.length;
  const other = await openPage(env.browser, { url: link }, { path: '' });
  try {
    assert.deepEqual(await formState(other.page), before);
    assert.equal((await overall(other.page)).verdict, 'prohibited');
    assert.equal(await question(other.page, 'name').locator('input').inputValue(), NAME);
    // The fragment is removed from the address once read, and kept as the autosave.
    assert.equal(new URL(other.page.url()).hash, '');
    assert.ok(await other.page.locator('#notice').isVisible(), 'the page says it opened a shared description');
    await other.page.reload();
    await ready(other.page);
    assert.deepEqual(await formState(other.page), before);
    for (const request of env.server.requests.slice(requestsBefore)) {
      assert.ok(!request.url.includes('d='), `the description never reaches the server: ${request.url}`);
      assert.ok(!JSON.stringify(request.headers).includes('#d='), 'nor in a header');
    }
  } finally {
    await other.context.close();
  }
});

test('a share link opened over a different saved description keeps the earlier one to bring back', async () => {
  const { context, page } = await openPage(env.browser, env.server);
  try {
    await question(page, 'name').locator('input').fill('Mine');
    await page.getByRole('button', { name: 'Copy a share link' }).click();
    const mine = await page.locator('#tools [data-role="share-link"]').inputValue();
    await question(page, 'name').locator('input').fill('Shared');
    await page.getByRole('button', { name: 'Copy a share link' }).click();
    const shared = await page.locator('#tools [data-role="share-link"]').inputValue();
    await question(page, 'name').locator('input').fill('Mine');
    assert.notEqual(mine, shared);
    // Pasted into the address bar of the same tab: only the fragment changes.
    await page.goto(shared);
    await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.querySelector('[data-field="name"] input')).value === 'Shared');
    await page.locator('#notice [data-action="restore"]').waitFor();
    await page.locator('#notice [data-action="restore"]').click();
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Mine');
  } finally {
    await context.close();
  }
});

test('export as JSON and import it again gives the same description and result', async () => {
  const { context, page } = await openPage(env.browser, env.server, { contextOptions: { acceptDownloads: true } });
  try {
    await fill(page, 'museum-visitor-emotions');
    const before = await formState(page);
    const verdicts = await shownVerdicts(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as JSON' }).click()]);
    assert.match(download.suggestedFilename(), /^ferry-terminal-search.*\.json$/);
    const text = await readFile(String(await download.path()), 'utf8');
    const exported = JSON.parse(text);
    assert.equal(exported.name, NAME);
    assert.equal(exported.description, DESCRIPTION);
    assert.equal(exported.emotion_recognition.subjects, 'other');

    // Start again (after confirming), then import the file.
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Clear everything' }).click();
    await nameCleared(page);
    assert.equal((await overall(page)).verdict, 'incomplete');
    await page.locator('#tools input[type="file"]').setInputFiles({ name: 'deployment.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('#tools [data-role="status"]', { hasText: 'Imported' }).waitFor();
    assert.deepEqual(await formState(page), before);
    assert.deepEqual(await shownVerdicts(page), verdicts);
  } finally {
    await context.close();
  }
});

test('a malformed import is refused, with each error next to its field', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    await question(page, 'name').locator('input').fill('Kept');
    const bad = { name: 'Imported', identification: { timing: 'sometimes' }, law_enforcement: { max_sentence_years: 500 }, colour: 'blue' };
    await page.locator('#tools input[type="file"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.locator('#tools [data-role="status"]', { hasText: 'bad.json was not imported' }).waitFor();
    // Nothing was replaced.
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Kept');
    // Each error is next to its question (shown even if that question is not asked yet).
    const timing = question(page, 'identification.timing');
    assert.ok(await timing.isVisible());
    assert.match(String(await timing.locator('.error').textContent()), /real-time/);
    assert.match(String(await timing.locator('.error').textContent()), /sometimes/);
    assert.equal(await timing.getAttribute('aria-invalid'), 'true');
    assert.match(String(await timing.getAttribute('aria-describedby')), /-error/);
    const sentence = question(page, 'law_enforcement.max_sentence_years');
    assert.ok(await sentence.isVisible());
    assert.match(String(await sentence.locator('.error').textContent()), /500/);
    assert.equal(await sentence.locator('input').getAttribute('aria-invalid'), 'true');
    // An unknown field has no question: it is listed with the tools.
    assert.match(String(await page.locator('#tools [data-role="errors"]').textContent()), /colour/);

    // Not JSON at all.
    await page.locator('#tools input[type="file"]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('name: x') });
    await page.locator('#tools [data-role="status"]', { hasText: 'not a JSON file' }).waitFor();
    assert.equal(await timing.locator('.error').isVisible(), false, 'earlier errors are cleared');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('start again asks first, and keeps everything when cancelled', async () => {
  const { context, page } = await openPage(env.browser, env.server);
  try {
    await fill(page, 'classroom-engagement');
    await page.getByRole('button', { name: 'Start again' }).click();
    const dialog = page.getByRole('dialog');
    assert.ok(await dialog.isVisible());
    await dialog.getByRole('button', { name: 'Keep my answers' }).click();
    assert.equal(await dialog.isVisible(), false);
    assert.equal(await question(page, 'name').locator('input').inputValue(), NAME);
    assert.equal((await overall(page)).verdict, 'prohibited');
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.keyboard.press('Escape');
    assert.equal(await question(page, 'name').locator('input').inputValue(), NAME);
    await page.getByRole('button', { name: 'Start again' }).click();
    await dialog.getByRole('button', { name: 'Clear everything' }).click();
    await nameCleared(page);
    await page.reload();
    await ready(page);
    assert.equal(await question(page, 'name').locator('input').inputValue(), '', 'cleared from storage too');
  } finally {
    await context.close();
  }
});

test('answers given in the prerendered form before the rules load are kept', async () => {
  /** @type {() => void} */
  let release = () => {};
  const held = new Promise((resolve) => {
    release = () => resolve(undefined);
  });
  const { context, page } = await openPage(env.browser, env.server, {
    wait: false,
    setup: async (p) => {
      // Hold back the page's scripts and the rules: only the HTML and CSS arrive.
      for (const pattern of ['**/page.*.js', '**/biometric-check.*.js', '**/biometric_check_bg.*.wasm']) {
        await p.route(pattern, async (route) => {
          await held;
          await route.continue();
        });
      }
    },
  });
  try {
    // The first questions are in the HTML, usable before any rule has loaded.
    const radio = page.locator('#questionnaire [data-shortcut="system"] input[value="live-face-public"]');
    await radio.waitFor();
    assert.equal(await page.locator('html[data-ready]').count(), 0, 'the rules are not loaded yet');
    assert.equal(await page.locator('#tools').isVisible(), false, 'no script has run');
    await radio.check();
    await question(page, 'name').locator('input').fill('Typed early');
    release();
    await ready(page);
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Typed early');
    assert.ok(await question(page, 'identification.timing').locator('input[value="real-time"]').isChecked());
    assert.ok(await radio.isChecked());
    assert.equal((await overall(page)).verdict, 'incomplete');
    assert.ok((await page.locator('#result .result__name').textContent())?.includes('Typed early'));
  } finally {
    release();
    await context.close();
  }
});

/** Waits until the description is cleared (the dialog closes, then the form is emptied). */
async function nameCleared(/** @type {import('playwright-core').Page} */ page) {
  await page.waitForFunction(() => /** @type {HTMLInputElement | null} */ (document.querySelector('#questionnaire [data-field="name"] input'))?.value === '');
}
