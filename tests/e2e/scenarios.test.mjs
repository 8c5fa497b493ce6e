// The worked cases of tests/scenarios/dev.json, described through the page the way a
// person would (answering the questions on screen one by one, never injecting JSON),
// with the verdicts and citations the page then shows.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser,
  openPage,
  describe,
  shownVerdicts,
  overall,
  scenarios,
  scenario,
  verdictLabel,
  catalogue,
  question,
  visibleQuestions,
} from './helpers.mjs';
import { assess } from '../../pkg/index.js';

const env = useBrowser();

const ids = scenarios.map((s) => s.id);

for (const id of ids) {
  test(`worked case ${id}: answered through the questions, the page shows the expected verdicts and citations`, async () => {
    const s = scenario(id);
    const { context, page, problems } = await openPage(env.browser, env.server);
    try {
      const answered = await describe(page, s.input);
      assert.ok(answered.length >= 5, `answered ${answered.join(', ')}`);
      // The date of use is answered like any question, so the verdict does not depend on today.
      assert.ok(answered.includes('date'), 'the date of use was asked and answered');
      const shown = await shownVerdicts(page);
      for (const [regime, want] of Object.entries(s.expect)) {
        if (regime === 'cites') continue;
        const wanted = (Array.isArray(want) ? want : [want]).map((v) => (v === 'np' ? 'not-applicable' : v));
        assert.ok(shown[regime], `${regime} is shown`);
        assert.ok(wanted.includes(shown[regime].verdict), `${id}: ${regime} shows ${shown[regime].verdict}, expected ${wanted.join(' or ')}`);
        assert.equal(shown[regime].label, verdictLabel(shown[regime].verdict), `${regime}: the verdict in words`);
      }
      // The overall verdict is the binding regimes' together, as the package gives it.
      const law = await overall(page);
      const expected = assess(s.input, { lang: 'en' });
      assert.equal(expected.type, 'success');
      assert.equal(law.verdict, expected.type === 'success' ? expected.assessment.verdict : null);
      assert.ok(law.text.includes(verdictLabel(law.verdict)), `overall verdict in words: ${law.text}`);

      for (const [regime, cites] of Object.entries(s.expect.cites ?? {})) {
        for (const cite of /** @type {string[]} */ (cites)) {
          const links = page.locator(`#result [data-regime-details="${regime}"] a.cite`, { hasText: cite });
          assert.ok((await links.count()) > 0, `${id}: a citation of ${cite} is shown for ${regime}`);
          const link = links.first();
          assert.match(String(await link.getAttribute('href')), regime === 'eu-ai-act' ? /^https:\/\/eur-lex\.europa\.eu\// : /^https:\/\//);
          assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
        }
      }
      if (s.expect['eu-ai-act'] === 'incomplete') {
        // Which outcomes remain possible, and the next question that decides, one click away.
        const next = page.locator('#result .next');
        await next.waitFor();
        const field = await next.getAttribute('data-next');
        assert.ok(field, 'the next question names its field');
        assert.ok((await page.locator('#result .open .chips li').count()) >= 2, 'the outcomes still possible are listed');
        await next.locator('[data-jump]').click();
        const focusedField = await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement?.closest('[data-field]'))?.dataset.field);
        assert.equal(focusedField, field, 'the button leads to that question');
        assert.ok(await question(page, String(field)).isVisible());
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('police live face recognition to find a murder suspect: six answers with the quick start reach a complete verdict', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    assert.equal((await overall(page)).verdict, 'incomplete');
    const shortcut = (/** @type {string} */ q, /** @type {string} */ option) =>
      page.locator(`#questionnaire [data-shortcut="${q}"] input[value="${option}"]`).check();
    await shortcut('system', 'live-face-public');
    await shortcut('who', 'police');
    // The quick starts filled several questions, which stay editable.
    assert.equal(await question(page, 'identification.timing').locator('input[value="real-time"]').isChecked(), true);
    assert.equal(await question(page, 'purpose').locator('input[value="law-enforcement"]').isChecked(), true);
    await page.locator('#questionnaire [data-field="date"] input').fill('2026-11-23');
    await question(page, 'country').locator('select').selectOption('SE');
    await question(page, 'law_enforcement.objective').locator('input[value="suspect-search"]').check();
    assert.equal((await overall(page)).verdict, 'incomplete');
    // Questions appear as they become relevant.
    await question(page, 'law_enforcement.offence').locator('select').selectOption('murder-or-grievous-bodily-injury');
    await question(page, 'law_enforcement.max_sentence_years').locator('input').fill('20');
    const result = await overall(page);
    assert.equal(result.verdict, 'conditional');
    assert.ok(result.text.includes(verdictLabel('conditional')));
    // The conditions of the exception are listed as open, each leading to its question.
    const open = page.locator('#result [data-regime-details="eu-ai-act"] .part--conditions [data-status="unknown"]');
    assert.ok((await open.count()) >= 5);
    await page.locator('#result [data-regime-details="eu-ai-act"] .part--conditions [data-jump="safeguards.national_law"]').click();
    assert.equal(await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement?.closest('[data-field]'))?.dataset.field), 'safeguards.national_law');
    // Changing an answer changes the result at once.
    await question(page, 'safeguards.national_law').locator('input[value="false"]').check();
    assert.equal((await overall(page)).verdict, 'prohibited');
    assert.ok((await page.locator('#result [data-regime-details="eu-ai-act"] .part--conditions [data-status="unmet"]').count()) >= 1);
    // "I don't know" takes the answer back.
    await question(page, 'safeguards.national_law').locator('input[data-unknown]').check();
    assert.equal((await overall(page)).verdict, 'conditional');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('only the questions that matter are shown, in the catalogue order, each with help and the provision it matters for', async () => {
  const { context, page } = await openPage(env.browser, env.server);
  try {
    const first = (await visibleQuestions(page)).map((q) => q.field);
    assert.ok(!first.includes('law_enforcement.offence'), 'the offence is not asked before it matters');
    assert.ok(!first.includes('safeguards.national_law'));
    const order = catalogue.questions.map((q) => q.field);
    const positions = first.map((f) => order.indexOf(f));
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'catalogue order');
    // Sections in the catalogue order, after the quick start.
    const sections = await page.$$eval('#questionnaire section[data-section]', (s) => s.map((e) => /** @type {HTMLElement} */ (e).dataset.section));
    assert.deepEqual(sections, ['shortcuts', ...catalogue.sections.map((s) => s.id)]);
    const functions = question(page, 'functions');
    assert.ok(((await functions.locator('.help').first().textContent()) ?? '').length > 20, 'help text');
    assert.ok((await functions.locator('.citations a.cite').count()) > 0, 'the provision it matters for');
    assert.equal(await functions.locator('legend').count(), 1, 'a checkbox group in a fieldset with a legend');
    for (const q of await visibleQuestions(page)) {
      if (q.control === 'radio' || q.control === 'checkbox') {
        assert.equal(await question(page, q.field).locator('input[data-unknown]').count(), 1, `${q.field} offers "I don't know"`);
      }
    }
    await functions.locator('input[value="identification"]').check();
    await question(page, 'purpose').locator('input[value="law-enforcement"]').check();
    await question(page, 'identification.timing').waitFor({ state: 'visible' });
    assert.ok(await question(page, 'law_enforcement.objective').isVisible());
    await question(page, 'law_enforcement.objective').locator('input[value="suspect-search"]').check();
    assert.ok(await question(page, 'law_enforcement.offence').isVisible());
  } finally {
    await context.close();
  }
});

test('the result leads with the decision: the headline by standing, what blocks it with what each answer would mean, the checklist, comparisons only when asked for', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    const input = scenario('corruption-suspect-live').input;
    const lyon = {
      ...input,
      country: 'FR',
      law_enforcement: { objective: 'suspect-search', offence: 'murder-or-grievous-bodily-injury', max_sentence_years: 30 },
      safeguards: {},
      date: '2026-11-23',
    };
    await describe(page, lyon);
    const expected = assess(lyon, { lang: 'en' });
    assert.equal(expected.type, 'success');
    if (expected.type !== 'success') return;
    const { decision } = expected.assessment;
    const box = page.locator(`#result .verdict[data-standing="${decision.standing}"]`);
    await box.waitFor();
    assert.equal(await box.locator('[data-role="headline"]').textContent(), decision.headline);
    // What blocks it, in the core's order, each with what an answer would mean.
    const blockers = page.locator('#result ul.blocking > li.blocker');
    assert.equal(await blockers.count(), decision.blocking.length);
    const law = page.locator('#result li.blocker[data-kind="condition"][data-field="safeguards.national_law"]');
    assert.match(String(await law.textContent()), /If no national or EU law allows this use: Prohibited/);
    await law.locator('[data-jump="safeguards.national_law"]').click();
    assert.equal(await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement?.closest('[data-field]'))?.dataset.field), 'safeguards.national_law');
    // The checklist: the user's obligations, now and from a later date, with their status.
    const checklist = page.locator('#result [data-role="checklist"]');
    assert.ok((await checklist.locator('[data-who="deployer"] [data-when="now"] li.check').count()) > 0);
    assert.ok((await checklist.locator('[data-who="deployer"] [data-when="2027-12-02"] li.check').count()) > 0);
    assert.ok((await checklist.locator('li.check[data-status="unknown"] [data-jump]').count()) > 0);
    // No internal ids, no counts in the wrong number.
    const text = String(await page.locator('#result').innerText());
    assert.doesNotMatch(text, /rule “|\b1 things\b|\b1 obligations\b/);
    // Comparisons: off by default, shown when asked for, labelled as not law.
    const toggle = page.locator('#result [data-role="compare-toggle"]');
    assert.equal(await toggle.isChecked(), false);
    assert.equal(await page.locator('#result [data-regime="eu-ai-act-2021-proposal"]').isVisible(), false);
    await toggle.check();
    assert.ok(await page.locator('#result [data-regime="eu-ai-act-2021-proposal"]').isVisible());
    assert.match(String(await page.locator('#result [data-regime="eu-ai-act-2021-proposal"] .compare__role').textContent()), /not law/);
    // An answer that settles a condition changes the decision at once; the switch stays on.
    await question(page, 'safeguards.national_law').locator('input[value="false"]').check();
    await page.locator('#result .verdict[data-standing="prohibited"]').waitFor();
    assert.equal(await toggle.isChecked(), true);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
