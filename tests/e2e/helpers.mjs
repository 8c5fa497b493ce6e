// Shared helpers of the browser tests: the browser, a page with every problem recorded
// (console errors, page errors, CSP violations, dialogs, requests), the catalogue and
// the worked cases, and a "user" who answers the visible questions one by one.

import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../xtask/serve.mjs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initSync, questions } from '../../pkg/index.js';

const root = new URL('../../', import.meta.url);

export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
}

/** Test pages and files, served under /__test__/ from the same origin (so the CSP allows them), never part of the site. */
export const TEST_FILES = {
  mounts: { '/__test__/fixtures/': fileURLToPath(new URL('tests/e2e/fixtures/', root)) },
  files: { '/__test__/axe.min.js': fileURLToPath(new URL('node_modules/axe-core/axe.min.js', root)) },
};

/**
 * The development server (`xtask/serve.mjs`) on the built site, with the test files.
 * @param {Parameters<typeof startServer>[0]} [options]
 */
export function startTestServer(options = {}) {
  return startServer({ ...TEST_FILES, ...options });
}

/**
 * The browser and the test server of a test file: started before its tests, closed
 * after them. Use as `const env = useBrowser();`, then `env.browser`, `env.server`.
 * @param {Parameters<typeof startServer>[0]} [options] the server's
 */
export function useBrowser(options) {
  const env = {
    /** @type {import('playwright-core').Browser} */
    browser: /** @type {any} */ (null),
    /** @type {Awaited<ReturnType<typeof startServer>>} */
    server: /** @type {any} */ (null),
  };
  before(async () => {
    env.server = await startTestServer(options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

initSync({ module: readFileSync(new URL('pkg/biometric_check_bg.wasm', root)) });
/** The English catalogue, for the words the page should show. */
export const catalogue = questions('en');
/** The worked cases. */
export const scenarios = JSON.parse(readFileSync(new URL('tests/scenarios/dev.json', root), 'utf8'));
export const scenario = (/** @type {string} */ id) => scenarios.find((s) => s.id === id);

/** The catalogue's label of a verdict ("np" in the worked cases is not-applicable). */
export function verdictLabel(/** @type {string} */ id) {
  const wanted = id === 'np' ? 'not-applicable' : id;
  return catalogue.verdicts.find((v) => v.id === wanted)?.label ?? wanted;
}

/**
 * A new context and page with problems recorded. `problems` collects console errors,
 * uncaught errors, dialogs and CSP violations; `requests` every URL the page asked for.
 * `mode`: how the checker asks its questions at first, as if the person had chosen it
 * before (`form`, the whole form, unless a test says `guided`, the default of a new
 * visitor).
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string }} server
 * @param {{ path?: string, wait?: boolean, mode?: 'form' | 'guided', contextOptions?: object, setup?: (page: import('playwright-core').Page) => Promise<void> }} [options]
 */
export async function openPage(browser, server, options = {}) {
  const context = await newContext(browser, options.contextOptions ?? {}, options.mode ?? 'form');
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  watch(page, problems);
  if (options.setup) await options.setup(page);
  await page.goto(server.url + (options.path ?? ''), { waitUntil: options.wait === false ? 'commit' : 'load' });
  if (options.wait !== false) await ready(page);
  return { context, page, problems, requests };
}

/**
 * A new browser context in which the checker starts with the whole form, as if the
 * person had chosen it before (`mode: 'guided'`: as a new visitor sees it).
 * @param {import('playwright-core').Browser} browser
 * @param {object} [contextOptions]
 * @param {'form' | 'guided'} [mode]
 */
export async function newContext(browser, contextOptions = {}, mode = 'form') {
  const context = await browser.newContext(contextOptions);
  if (mode === 'form') await context.addInitScript(preferForm);
  return context;
}

/** Switches a checker to the whole form, as the person would ("review all answers"). */
export async function showWholeForm(/** @type {import('playwright-core').Page} */ page, scope = '') {
  const button = page.locator(`${scope} [data-role="mode"] button[data-action="review"]`.trim());
  if (await button.isVisible()) await button.click();
}

/** Keeps "the whole form" as the way of answering chosen before (unless one is kept already). */
function preferForm() {
  try {
    if (!localStorage.getItem('biometric-check:mode')) localStorage.setItem('biometric-check:mode', 'form');
  } catch {
    // No storage in this page: the checker starts guided.
  }
}

/**
 * Records the problems of a page.
 * @param {import('playwright-core').Page} page
 * @param {string[]} problems
 */
export function watch(page, problems) {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning' && /Content Security Policy|Refused/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  void page.addInitScript(() => {
    // @ts-ignore
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      // @ts-ignore
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/** The CSP violations the page saw. */
export async function violations(/** @type {import('playwright-core').Page} */ page) {
  // @ts-ignore
  return page.evaluate(() => window.__violations ?? []);
}

/** Waits until the rules are loaded and the page has taken over. */
export async function ready(/** @type {import('playwright-core').Page} */ page) {
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('#result [data-role="content"] .verdict');
}

/**
 * The fields a deployment gives, as path → value (lists are values).
 * @param {Record<string, any>} object
 * @returns {Map<string, unknown>}
 */
export function flatten(object, prefix = '') {
  const out = new Map();
  for (const [key, value] of Object.entries(object)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
    } else {
      out.set(`${prefix}${key}`, value);
    }
  }
  return out;
}

/**
 * The questions on screen, in order. `scope`: the questionnaire (the page's, or a
 * widget's: Playwright's selectors reach into open shadow roots).
 */
export function visibleQuestions(/** @type {import('playwright-core').Page} */ page, scope = '#questionnaire') {
  return page.$$eval(`${scope} [data-field]`, (elements) =>
    elements
      .filter((el) => !el.closest('[hidden]'))
      .map((el) => ({ field: /** @type {HTMLElement} */ (el).dataset.field ?? '', control: /** @type {HTMLElement} */ (el).dataset.control ?? '' })),
  );
}

/** The locator of a question. */
export function question(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ field, scope = '#questionnaire') {
  return page.locator(`${scope} [data-field="${field}"]`);
}

/**
 * Answers one question like a person: clicking a radio or checkboxes, choosing from a
 * list or typing.
 * @param {import('playwright-core').Page} page
 * @param {string} field
 * @param {string} control
 * @param {unknown} value
 * @param {string} [scope]
 */
export async function answer(page, field, control, value, scope) {
  const q = question(page, field, scope);
  const text = (/** @type {unknown} */ v) => (typeof v === 'string' ? v : JSON.stringify(v));
  switch (control) {
    case 'radio':
      await q.locator(`input[value="${text(value)}"]`).check();
      break;
    case 'checkbox':
      for (const v of /** @type {unknown[]} */ (value)) await q.locator(`input[value="${text(v)}"]`).check();
      break;
    case 'select':
      await q.locator('select').selectOption(text(value));
      break;
    default:
      await q.locator('input, textarea').fill(String(value));
  }
}

/**
 * Answers, one at a time, every visible question the deployment gives a value for,
 * until no visible question is left to answer. Returns the fields answered.
 * @param {import('playwright-core').Page} page
 * @param {Record<string, any>} input
 * @param {string} [scope]
 */
export async function describe(page, input, scope) {
  const values = flatten(input);
  /** @type {string[]} */
  const answered = [];
  for (let round = 0; round < 64; round += 1) {
    const next = (await visibleQuestions(page, scope)).find((q) => values.has(q.field) && !answered.includes(q.field));
    if (!next) break;
    await answer(page, next.field, next.control, values.get(next.field), scope);
    answered.push(next.field);
  }
  return answered;
}

/**
 * Shows the comparisons with texts that are not law (the switch in the result), when
 * the result offers them.
 */
export async function showComparisons(/** @type {import('playwright-core').Page} */ page, scope = '#result') {
  const toggle = page.locator(`${scope} [data-role="compare-toggle"]`);
  if ((await toggle.count()) === 0) return;
  if (!(await toggle.isChecked())) await toggle.check();
  await page.locator(`${scope} [data-role="compare-body"]:not([hidden])`).waitFor();
}

/** Shows the comparisons and opens every disclosure of the result. */
export async function openAll(/** @type {import('playwright-core').Page} */ page, scope = '#result') {
  await showComparisons(page, scope);
  for (const summary of await page.locator(`${scope} details > summary`).all()) {
    if (!(await summary.evaluate((s) => /** @type {HTMLDetailsElement} */ (s.parentElement).open))) await summary.click();
  }
}

/**
 * The verdict each regime shows, by regime id: the binding regimes in the reasons, the
 * others among the comparisons (shown or not: every regime is in the result once, with
 * `data-regime` and `data-verdict`, its verdict's words in its first `.chip__label`).
 */
export function shownVerdicts(/** @type {import('playwright-core').Page} */ page, scope = '#result') {
  return page.$$eval(`${scope} [data-regime]`, (items) =>
    Object.fromEntries(
      items.map((item) => [
        /** @type {HTMLElement} */ (item).dataset.regime,
        {
          verdict: /** @type {HTMLElement} */ (item).dataset.verdict,
          label: item.querySelector('.chip__label')?.textContent ?? '',
        },
      ]),
    ),
  );
}

/** The overall verdict shown: its id and its words. */
export async function overall(/** @type {import('playwright-core').Page} */ page, scope = '#result') {
  const box = page.locator(`${scope} .verdict`);
  return { verdict: await box.getAttribute('data-verdict'), text: (await box.locator('.verdict__label').textContent())?.trim() ?? '' };
}

/**
 * Runs axe-core (served from the test server's own origin, so the CSP allows it) over
 * the document, open shadow roots included, and returns its WCAG 2.1 A/AA violations,
 * described.
 * @param {import('playwright-core').Page} page
 */
export async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/__test__/axe.min.js' });
  return page.evaluate(async () => {
    // @ts-ignore
    const results = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return results.violations.map((/** @type {any} */ v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((/** @type {any} */ n) => n.target.join(' ')).join(' | ')}`);
  });
}
