// WCAG 2.1 A/AA: axe-core on the empty form, a filled form and a result; one worked
// case completed with the keyboard only; the verdict change announced politely; the
// layout on a phone, at 200 % zoom and on a wide screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, describe, overall, scenario, question, verdictLabel, axe, openAll } from './helpers.mjs';
import { assess } from '../../pkg/index.js';

const env = useBrowser();

test('axe-core finds no WCAG 2.1 A/AA violation on the empty form, a filled form and a result', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(await axe(page), [], 'empty form');
    const input = scenario('live-id-objective-undecided').input;
    await question(page, 'name').locator('input').fill('Square cameras');
    await describe(page, input);
    assert.equal((await overall(page)).verdict, 'incomplete');
    assert.deepEqual(await axe(page), [], 'filled form, open result');
    await question(page, 'law_enforcement.objective').locator('input[value="victim-search"]').check();
    await describe(page, scenario('kidnapping-victim-live').input);
    assert.equal((await overall(page)).verdict, 'conditional');
    await openAll(page);
    assert.deepEqual(await axe(page), [], 'complete result with every detail open');
    // An import with errors shown next to the fields.
    await page.locator('#tools input[type="file"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"space":"street","colour":1}') });
    await question(page, 'space').locator('.error').waitFor();
    assert.deepEqual(await axe(page), [], 'errors shown');
    await page.getByRole('button', { name: 'Start again' }).click();
    assert.deepEqual(await axe(page), [], 'confirmation dialog');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/**
 * Presses Tab until the focused element satisfies a test (in the page).
 * @param {import('playwright-core').Page} page
 * @param {string} selector the element to reach
 */
async function tabTo(page, selector) {
  for (let i = 0; i < 400; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Chooses a radio of a group with the keyboard: Tab into the group, then arrow keys
 * (which move and check), or Space when the focused radio is the one but unchecked.
 * @param {import('playwright-core').Page} page
 * @param {string} group selector of the fieldset
 * @param {string} value
 */
async function chooseRadio(page, group, value) {
  await tabTo(page, `${group} input[type="radio"]`);
  for (let i = 0; i < 40; i += 1) {
    const state = await page.evaluate(() => {
      const el = /** @type {HTMLInputElement} */ (document.activeElement);
      return { value: el.value, checked: el.checked };
    });
    if (state.value === value) {
      if (!state.checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no radio ${value} in ${group}`);
}

/** Chooses from a drop-down list with the arrow keys. */
async function chooseOption(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ select, /** @type {string} */ value) {
  await tabTo(page, select);
  for (let i = 0; i < 300; i += 1) {
    if ((await page.evaluate(() => /** @type {HTMLSelectElement} */ (document.activeElement).value)) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${value} in ${select}`);
}

test('a worked case completed with the keyboard only (Tab, Space, Enter, arrow keys)', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server, {
    // The case leaves the date of use out: fix "today" so that the verdict is certain.
    setup: (p) => p.clock.setFixedTime(new Date('2026-11-23T12:00:00Z')),
  });
  try {
    const s = scenario('classroom-engagement');
    await chooseRadio(page, '[data-shortcut="system"]', 'emotions');
    // Focus is visible.
    assert.equal(await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.activeElement)).outlineStyle), 'solid');
    await chooseRadio(page, '[data-shortcut="who"]', 'school');
    assert.equal((await overall(page)).verdict, 'incomplete');
    // Arrowing through the quick-start options did not leave their answers behind.
    assert.equal(await question(page, 'space').locator('input[data-unknown]').isChecked(), true);

    // The next question that decides, reached from the result with Enter.
    const next = String(await page.locator('#result .next').getAttribute('data-next'));
    await tabTo(page, '#result .next [data-jump]');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement?.closest('[data-field]'))?.dataset.field), next);

    await tabTo(page, '[data-field="modalities"] input[value="face"]');
    await page.keyboard.press('Space');
    await chooseRadio(page, '[data-field="emotion_recognition.subjects"]', s.input.emotion_recognition.subjects);
    await chooseRadio(page, '[data-field="emotion_recognition.medical_or_safety"]', 'false');
    await chooseOption(page, '[data-field="country"] select', s.input.country);
    await chooseRadio(page, '[data-field="space"]', s.input.space);
    const result = await overall(page);
    assert.equal(result.verdict, s.expect['eu-ai-act']);
    assert.ok(result.text.includes(verdictLabel(result.verdict)));
    // The reasons cite the provision, reachable by keyboard.
    await tabTo(page, '#result [data-regime-details="eu-ai-act"] a.cite');
    assert.ok((await page.locator('#result [data-regime-details="eu-ai-act"] a.cite', { hasText: '5(1)(f)' }).count()) > 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a change of the decision is announced politely, in the headline\'s words, and only it', async () => {
  const { context, page } = await openPage(env.browser, env.server);
  try {
    const live = page.locator('#result [aria-live="polite"]');
    assert.equal(await live.count(), 1);
    await describe(page, scenario('parking-occupancy').input);
    assert.equal(await live.textContent(), `Result: ${await headline(page)}`);
    await question(page, 'functions').locator('input[value="emotion-recognition"]').check();
    await page.locator('#result [aria-live="polite"]', { hasText: 'Result:' }).waitFor();
    assert.equal(await live.textContent(), `Result: ${await headline(page)}`);
    assert.equal(await page.locator('#result [aria-live]').count(), 1, 'the result itself is not a live region');
  } finally {
    await context.close();
  }
});

test('the layout works on a phone, at 200 % zoom and on a wide screen', async () => {
  for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 400 }, { width: 1600, height: 1000 }]) {
    const { context, page } = await openPage(env.browser, env.server, { contextOptions: { viewport } });
    try {
      await describe(page, scenario('murder-footage-post').input);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${viewport.width}px: no horizontal scrolling (${overflow}px)`);
      const side = await page.evaluate(() => {
        const form = /** @type {Element} */ (document.querySelector('.checker__form')).getBoundingClientRect();
        const result = /** @type {Element} */ (document.querySelector('.checker__result')).getBoundingClientRect();
        return result.left >= form.right;
      });
      assert.equal(side, viewport.width >= 1000, `${viewport.width}px: form and result side by side only when wide`);
      // Away from the result (at the questions), the decision stays in view on narrow
      // screens, in the headline's words; it gives way once the result is in view.
      const bar = page.locator('#verdict-bar');
      await page.evaluate(() => scrollTo(0, 0));
      await page.waitForTimeout(100);
      assert.equal(await bar.isVisible(), viewport.width < 1000, 'the decision stays in view on narrow screens');
      const assessed = assess(scenario('murder-footage-post').input, { lang: 'en' });
      const wanted = assessed.type === 'success' ? assessed.assessment.decision.headline : '';
      if (viewport.width < 1000) {
        assert.ok(String(await bar.textContent()).includes(wanted));
        await page.locator('#result').scrollIntoViewIfNeeded();
        await page.waitForFunction(() => document.querySelector('#verdict-bar')?.classList.contains('verdict-bar--away'));
      }
    } finally {
      await context.close();
    }
  }
});

/** The headline the result shows. */
async function headline(/** @type {import('playwright-core').Page} */ page) {
  return String(await page.locator('#result [data-role="headline"]').textContent()).trim();
}
