// The printable report: with print media, the description, verdicts, reasons,
// citations, conditions, obligations and the date of the legal data are shown, and the
// questionnaire and the controls are not.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, describe, scenario, question, catalogue } from './helpers.mjs';

const env = useBrowser();

test('the print view is a clean report', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    await question(page, 'name').locator('input').fill('Ferry terminal search');
    await question(page, 'description').locator('textarea').fill('Live search for a kidnapped child at the ferry terminal.');
    await describe(page, scenario('kidnapping-victim-live').input);
    // The page opens the other regimes' details before printing (beforeprint).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });

    const visible = async (/** @type {string} */ selector) => page.locator(selector).first().isVisible();
    assert.ok(await visible('#result .result__name'), 'the name');
    assert.ok(await visible('#result .report-facts__description'), 'the description');
    assert.ok(await visible('#result .report-facts dl'), 'the answers');
    assert.match(String(await page.locator('#result .report-facts dl').textContent()), /Sweden/);
    assert.ok(await visible('#result .verdict'), 'the verdict');
    assert.ok(await visible('#result .compare'), 'the regimes side by side');
    assert.ok(await visible('#result [data-regime-details="eu-ai-act"] .chain'), 'the reasons');
    assert.ok(await visible('#result [data-regime-details="eu-ai-act"] .citations a'), 'the citations');
    assert.ok(await visible('#result .part--conditions'), 'the conditions');
    assert.ok(await visible('#result .part--obligations'), 'the obligations');
    assert.ok(await visible('#result [data-regime-details="eu-ai-act-2021-proposal"] .chain'), 'the other regimes, opened');
    const legal = String(await page.locator('#result .result__legal').textContent());
    assert.ok(await visible('#result .result__legal'));
    assert.ok(legal.includes(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${catalogue.legal_data_date}T00:00:00Z`))), legal);

    for (const hidden of ['#questionnaire', '#tools', '.verdict-bar', '#result button', '.skip-link']) {
      const all = await page.locator(hidden).all();
      for (const element of all) assert.equal(await element.isVisible(), false, `${hidden} is hidden in print`);
    }
    // Printed citations show their address.
    const after = await page.locator('#result .citations a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    assert.match(after, /eur-lex/);

    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'a PDF is produced');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
