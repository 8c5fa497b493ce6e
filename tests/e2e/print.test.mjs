// The printed decision memo: with print media, a header (the deployment, who prepared
// it, the dates, the legal data and version), the headline, what blocks it, the
// checklist, the answers in words, the reasons with numbered references and one list
// of references at the end; the questionnaire, the tools and the controls are not
// printed, nor the comparisons unless chosen. A police live face recognition case fits
// in four A4 pages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, describe, scenario, question, catalogue, showComparisons } from './helpers.mjs';

const env = useBrowser();

/** Police live face recognition in Lyon, searching for a murder suspect; national law not known. */
const LYON = {
  name: 'Live face recognition, Lyon city centre',
  country: 'FR',
  role: 'deployer',
  operator: 'law-enforcement-authority',
  purpose: 'law-enforcement',
  functions: ['identification'],
  modalities: ['face'],
  identification: { remote: true, timing: 'real-time', untargeted_scraping: false },
  space: 'publicly-accessible',
  law_enforcement: { objective: 'suspect-search', offence: 'murder-or-grievous-bodily-injury', max_sentence_years: 30 },
  date: '2026-11-23',
};

/** The number of pages of a PDF. */
function pageCount(/** @type {Buffer} */ pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

const longDate = (/** @type {string} */ iso) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

test('the print view is a decision memo', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    await question(page, 'name').locator('input').fill('Ferry terminal search');
    await question(page, 'description').locator('textarea').fill('Live search for a kidnapped child at the ferry terminal.');
    await describe(page, scenario('kidnapping-victim-live').input);
    // Who prepared it: typed in the result, kept when the result is drawn again.
    await page.locator('#result [data-role="prepared-by"]').fill('A. Andersson, legal unit');
    await question(page, 'name').locator('input').fill('Ferry terminal search, north quay');
    await page.locator('#result .result__name', { hasText: 'north quay' }).waitFor();
    assert.equal(await page.locator('#result [data-role="prepared-by"]').inputValue(), 'A. Andersson, legal unit');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });

    const visible = async (/** @type {string} */ selector) => page.locator(selector).first().isVisible();
    assert.ok(await visible('#result .memo-header__title'), 'the memo title');
    assert.ok(await visible('#result .result__name'), 'the name');
    assert.equal((await page.locator('#result [data-role="prepared-by-text"]').textContent())?.trim(), 'A. Andersson, legal unit');
    const legal = String(await page.locator('#result [data-role="memo-header"] [data-role="legal"]').textContent());
    assert.ok(legal.includes(longDate(catalogue.legal_data_date)) && legal.includes(catalogue.version), legal);
    assert.ok(await visible('#result [data-role="headline"]'), 'the headline');
    assert.ok(await visible('#result .verdict'), 'the verdict');
    assert.ok(await visible('#result [data-role="checklist"]'), 'the checklist');
    assert.ok(await visible('#result .report-facts__description'), 'the description');
    assert.ok(await visible('#result .report-facts dl'), 'the answers');
    assert.match(String(await page.locator('#result .report-facts dl').textContent()), /Sweden/);
    assert.ok(await visible('#result [data-regime-details="eu-ai-act"] .chain'), 'the reasons');
    // Citations numbered, the addresses listed once at the end.
    assert.ok(await visible('#result [data-regime-details="eu-ai-act"] .cite__number'), 'numbered citations');
    const references = page.locator('#result [data-role="references"] .references__item');
    assert.ok((await references.count()) > 3);
    assert.match(String(await references.first().textContent()), /^\[1\] .*https:\/\/eur-lex\.europa\.eu\//);
    const after = await page.locator('#result .citations a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    assert.ok(after === 'none' || after === 'normal', `no address printed after a link (${after})`);
    // Comparisons only when chosen.
    assert.equal(await visible('#result [data-role="compare"]'), false, 'no comparisons unless chosen');
    for (const hidden of ['#questionnaire', '#tools', '.verdict-bar', '#result button', '#result input', '.skip-link', '.checker__form']) {
      for (const element of await page.locator(hidden).all()) assert.equal(await element.isVisible(), false, `${hidden} is hidden in print`);
    }
    // No internal ids in the printed text.
    const text = String(await page.locator('#result').innerText());
    assert.doesNotMatch(text, /\b(rule “|law_enforcement\.|safeguards\.|identification\.remote)/);

    await page.emulateMedia({ media: 'screen' });
    await showComparisons(page);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    assert.ok(await visible('#result [data-regime-details="eu-ai-act-2021-proposal"] .chain'), 'the comparisons, chosen, printed opened');
    assert.equal(await visible('#result [data-role="compare-toggle"]'), false);

    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'a PDF is produced');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the memo of a police live face recognition case in Lyon fits in four A4 pages', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server);
  try {
    await question(page, 'name').locator('input').fill(LYON.name);
    await describe(page, LYON);
    await page.locator('#result .verdict[data-standing="not-yet"]').waitFor();
    await page.locator('#result [data-role="prepared-by"]').fill('Direction des affaires juridiques');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const pages = pageCount(await page.pdf({ format: 'A4' }));
    assert.ok(pages >= 1 && pages <= 4, `the memo takes ${pages} A4 pages`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
