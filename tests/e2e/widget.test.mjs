// The widget municipal portals embed: the example portal, a hostile host stylesheet,
// two widgets on one page, define() twice, attribute changes, events, invalid
// settings and policies, theming, text-only rendering, keyboard use and axe-core
// inside the shadow root, and no request leaving 127.0.0.1.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  useBrowser,
  watch,
  violations,
  describe,
  overall,
  question,
  scenario,
  shownVerdicts,
  openAll,
  axe,
  catalogue as english, newContext } from './helpers.mjs';
import { registerMessages, questions } from '../../pkg/index.js';

const env = useBrowser();

registerMessages('sv', await readFile(new URL('../../pkg/messages/sv.messages', import.meta.url), 'utf8'));
const swedish = questions('sv');
const HOST = '__test__/fixtures/widget-host.html';

/**
 * Opens a page in a fresh context with its problems (console errors, page errors,
 * dialogs), its requests and the widget's console warnings recorded.
 * @param {string} path
 * @param {{ contextOptions?: object }} [options]
 */
async function open(path, options = {}) {
  const context = await newContext(env.browser, options.contextOptions ?? {});
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const warnings = [];
  /** @type {string[]} */
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  watch(page, problems);
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(env.server.url + path);
  return { context, page, problems, warnings, requests };
}

/** Waits until a widget shows a result. */
async function widgetReady(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id) {
  await page.locator(`#${id} [data-role="result"] .verdict`).waitFor();
}

/**
 * Adds widgets to the host page (markup as a portal would write it) and waits for them.
 * @param {import('playwright-core').Page} page
 * @param {{ id: string, attributes?: Record<string, string> }[]} widgets
 */
async function addWidgets(page, widgets) {
  await page.evaluate((list) => {
    const host = /** @type {HTMLElement} */ (document.getElementById('host'));
    for (const { id, attributes } of list) {
      const element = document.createElement('biometric-check');
      element.id = id;
      for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, value);
      host.append(element);
    }
  }, widgets);
  for (const { id } of widgets) await widgetReady(page, id);
}

/** The texts of a widget's configuration problems. */
function problemsShown(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id) {
  return page.locator(`#${id} [data-role="problems"] li`).allTextContents();
}

/** Records the widget events that reach the document. */
async function recordEvents(/** @type {import('playwright-core').Page} */ page) {
  await page.evaluate(() => {
    // @ts-ignore
    window.__events = [];
    for (const type of ['biometric-check-ready', 'biometric-check-change', 'biometric-check-verdict', 'biometric-check-export', 'biometric-check-problem']) {
      document.addEventListener(type, (event) => {
        const detail = /** @type {CustomEvent} */ (event).detail;
        // @ts-ignore
        window.__events.push({ type, target: /** @type {HTMLElement} */ (event.target).id, composed: event.composed, verdict: detail.verdict, previous: detail.previous ?? null, regimes: detail.assessment?.regimes.map((/** @type {any} */ r) => r.id) ?? null, deployment: detail.deployment, attribute: detail.attribute ?? null });
      });
    }
  });
}

/** @returns {Promise<any[]>} */
function events(/** @type {import('playwright-core').Page} */ page) {
  // @ts-ignore
  return page.evaluate(() => window.__events);
}

const ui = (/** @type {any} */ catalogue, /** @type {string} */ id) => catalogue.ui[`ui.${id}`];

/**
 * axe-core over the page, shadow roots included. While it looks into a shadow root,
 * axe itself applies inline styles, which the page's CSP refuses: those reports are
 * axe's, not the widget's, and are left out of the page's problems.
 * @param {import('playwright-core').Page} page
 * @param {string[]} problems
 */
async function axeInShadow(page, problems) {
  const before = problems.length;
  const found = await axe(page);
  const during = problems.splice(before);
  problems.push(...during.filter((p) => !/Applying inline style violates/.test(p)));
  return found;
}

test('the example portal embeds the widget in Swedish with the city policy binding, and hears its events', async () => {
  const { context, page, problems, requests } = await open('embed-example.html');
  try {
    await widgetReady(page, 'checker');
    const widget = '#checker';
    assert.equal(await page.locator(`${widget} [data-role="result-title"]`).textContent(), ui(swedish, 'result.title'));
    assert.equal(await page.locator(`${widget} [data-role="container"]`).getAttribute('lang'), 'sv');
    // The answers given in the markup are there.
    assert.equal(await question(page, 'country', `${widget} form`).locator('select').inputValue(), 'SE');
    // The city's policy is shown beside the law, and counts towards the overall verdict.
    const shown = await shownVerdicts(page, `${widget} [data-role="result"]`);
    assert.deepEqual(Object.keys(shown), ['eu-ai-act', 'data-protection', 'policy:exempelstad', 'policy:mass-surveillance-ban']);
    // Emotion recognition of visitors in a city service: the AI Act asks for transparency,
    // the city's own policy bans it, so the binding verdict is "prohibited".
    await describe(page, { functions: ['emotion-recognition'], modalities: ['face'], operator: 'public-authority', purpose: 'public-service', space: 'publicly-accessible', emotion_recognition: { subjects: 'other', medical_or_safety: false } }, `${widget} form`);
    const after = await shownVerdicts(page, `${widget} [data-role="result"]`);
    assert.equal(after['eu-ai-act'].verdict, 'high-risk');
    assert.equal(after['policy:exempelstad'].verdict, 'prohibited');
    assert.equal((await overall(page, `${widget} [data-role="result"]`)).verdict, 'prohibited');
    // The portal's own listener got the verdict.
    await page.locator('#portal-verdict', { hasText: 'prohibited' }).waitFor();
    assert.match(String(await page.locator('#portal-log').textContent()), /ready \(sv\)/);
    // The portal switches to English: the widget follows and keeps every answer.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator(`${widget} [data-role="result-title"]`, { hasText: ui(english, 'result.title') }).waitFor();
    assert.equal(await question(page, 'country', `${widget} form`).locator('select').inputValue(), 'SE');
    assert.equal((await overall(page, `${widget} [data-role="result"]`)).verdict, 'prohibited');
    assert.deepEqual(await problemsShown(page, 'checker'), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(requests.filter((url) => !url.startsWith(env.server.url)), []);
    // What the entry asks for early (rules, texts, styles, the policy) is fetched once.
    assert.deepEqual(requests.filter((url, index) => requests.indexOf(url) !== index), []);
  } finally {
    await context.close();
  }
});

test('a hostile host stylesheet (all: unset, div { display: none }) does not break the widget', async () => {
  const { context, page, problems } = await open('__test__/fixtures/hostile.html');
  try {
    await widgetReady(page, 'hostile');
    const box = await page.locator('#hostile').boundingBox();
    assert.ok(box && box.height > 300 && box.width > 200, `the widget is laid out (${JSON.stringify(box)})`);
    // The questions are visible and work.
    const radio = question(page, 'space', '#hostile form').locator('input[value="publicly-accessible"]');
    await describe(page, scenario('kidnapping-victim-live').input, '#hostile form');
    assert.ok(await radio.isVisible());
    assert.equal((await overall(page, '#hostile [data-role="result"]')).verdict, 'conditional');
    // Its own colours, not the page's.
    const colours = await page.locator('#hostile [data-role="container"]').evaluate((el) => {
      const style = getComputedStyle(el);
      return { color: style.color, background: style.backgroundColor, display: style.display };
    });
    assert.deepEqual(colours, { color: 'rgb(26, 26, 26)', background: 'rgb(255, 255, 255)', display: 'block' });
    // And the widget's styles do not leak out: the page's own elements keep the page's
    // rules (the widget sets box-sizing and link colours for its own elements only).
    assert.deepEqual(
      await page.locator('.host-link').evaluate((el) => ({ boxSizing: getComputedStyle(el).boxSizing, color: getComputedStyle(el).color })),
      { boxSizing: 'content-box', color: 'rgb(255, 0, 0)' },
    );
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('two widgets on one page do not interfere: own answers, own language, own storage', async () => {
  const { context, page, problems } = await open(HOST);
  try {
    await addWidgets(page, [
      { id: 'one', attributes: { lang: 'en' } },
      { id: 'two', attributes: { lang: 'sv', compact: '' } },
    ]);
    await describe(page, scenario('kidnapping-victim-live').input, '#one form');
    assert.equal((await overall(page, '#one [data-role="result"]')).verdict, 'conditional');
    assert.equal((await overall(page, '#two [data-role="result"]')).verdict, 'incomplete');
    assert.equal(await question(page, 'space', '#two form').locator('input[value="publicly-accessible"]:checked').count(), 0);
    assert.equal(await page.locator('#two [data-role="result-title"]').textContent(), ui(swedish, 'result.title'));
    assert.equal(await page.locator('#one [data-role="result-title"]').textContent(), ui(english, 'result.title'));
    // Each keeps its answers under its own key.
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('biometric-check:widget:')));
    assert.deepEqual(keys, ['biometric-check:widget:/__test__/fixtures/widget-host.html#one']);
    // A reload brings each widget's own answers back.
    await page.reload();
    await addWidgets(page, [{ id: 'one' }, { id: 'two' }]);
    assert.equal((await overall(page, '#one [data-role="result"]')).verdict, 'conditional');
    assert.equal((await overall(page, '#two [data-role="result"]')).verdict, 'incomplete');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('define() twice is harmless, and the element can be registered under another name', async () => {
  const { context, page, problems } = await open(HOST);
  try {
    const result = await page.evaluate(async () => {
      const { define, BiometricCheckElement } = await import('/biometric-check.js');
      const first = define();
      const second = define();
      const other = define('city-biometric-check');
      const again = define('city-biometric-check');
      await import('/biometric-check.js');
      return {
        same: first === second && first === BiometricCheckElement && customElements.get('biometric-check') === first,
        other: other === again && other !== first && other.prototype instanceof BiometricCheckElement,
      };
    });
    assert.deepEqual(result, { same: true, other: true });
    await page.evaluate(() => {
      const element = document.createElement('city-biometric-check');
      element.id = 'renamed';
      document.getElementById('host')?.append(element);
    });
    await widgetReady(page, 'renamed');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('attribute changes re-render: language, regimes, compact, answers, and the properties reflect them', async () => {
  const { context, page, problems } = await open(HOST);
  try {
    await addWidgets(page, [{ id: 'w', attributes: { lang: 'en', autosave: 'off' } }]);
    const result = '#w [data-role="result"]';
    await page.locator('#w').evaluate((el) => el.setAttribute('lang', 'sv'));
    await page.locator(`#w [data-role="result-title"]`, { hasText: ui(swedish, 'result.title') }).waitFor();
    assert.equal(await question(page, 'space', '#w form').locator('legend').first().textContent().then((t) => t?.trim()), swedish.questions.find((q) => q.field === 'space')?.question);

    await page.locator('#w').evaluate((el) => {
      // @ts-ignore
      el.regimes = ['eu-ai-act', 'policy:global-ban-call'];
    });
    await page.waitForFunction(() => document.querySelectorAll('#w').length && document.getElementById('w')?.shadowRoot?.querySelectorAll('[data-regime]').length === 3);
    // The law in force is always shown: the AI Act and data protection law.
    assert.deepEqual(Object.keys(await shownVerdicts(page, result)), ['eu-ai-act', 'data-protection', 'policy:global-ban-call']);
    assert.equal(await page.locator('#w').getAttribute('regimes'), 'eu-ai-act policy:global-ban-call');

    // Compact: fewer tools.
    assert.equal(await page.locator('#w [data-role="tools"] [data-action="import"]').count(), 1);
    await page.locator('#w').evaluate((el) => {
      // @ts-ignore
      el.compact = true;
    });
    await page.locator('#w [data-role="tools"] [data-action="import"]').waitFor({ state: 'detached' });
    assert.equal(await page.locator('#w').getAttribute('compact'), '');

    // Answers set by the host: as an attribute, and as a property.
    const input = scenario('parking-occupancy').input;
    await page.locator('#w').evaluate((el, value) => el.setAttribute('answers', JSON.stringify(value)), input);
    await page.locator(`${result} .verdict[data-verdict="minimal"]`).waitFor();
    const murder = scenario('kidnapping-victim-live').input;
    await page.locator('#w').evaluate((el, value) => {
      // @ts-ignore
      el.answers = value;
    }, murder);
    await page.locator(`${result} .verdict[data-verdict="conditional"]`).waitFor();
    // @ts-ignore
    assert.deepEqual(await page.locator('#w').evaluate((el) => el.answers), murder);
    // @ts-ignore
    assert.equal(await page.locator('#w').evaluate((el) => el.assessment.verdict), 'conditional');
    assert.deepEqual(await problemsShown(page, 'w'), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('events bubble out of the shadow root with the assessment; a cancelled export leaves it to the host', async () => {
  const { context, page, problems } = await open(HOST, { contextOptions: { acceptDownloads: true } });
  try {
    await recordEvents(page);
    await addWidgets(page, [{ id: 'w', attributes: { lang: 'en', autosave: 'off' } }]);
    await page.waitForFunction(() => {
      // @ts-ignore
      return window.__events.some((/** @type {any} */ e) => e.type === 'biometric-check-ready');
    });
    await describe(page, scenario('kidnapping-victim-live').input, '#w form');
    const seen = await events(page);
    const ready = seen.find((e) => e.type === 'biometric-check-ready');
    assert.equal(ready.target, 'w');
    assert.equal(ready.composed, true);
    const verdicts = seen.filter((e) => e.type === 'biometric-check-verdict');
    assert.equal(verdicts[0].verdict, 'incomplete');
    assert.equal(verdicts.at(-1).verdict, 'conditional');
    assert.equal(verdicts.at(-1).previous, verdicts.at(-2)?.verdict ?? null);
    // Every change carried the whole assessment; the last one the whole description.
    const changes = seen.filter((e) => e.type === 'biometric-check-change');
    assert.ok(changes.length >= verdicts.length);
    // The law in force, in the package's order: the comparisons are the host's to ask for.
    assert.deepEqual(changes.at(-1).regimes, english.regimes.filter((r) => r.binding_by_default).map((r) => r.id));
    assert.deepEqual(changes.at(-1).deployment, scenario('kidnapping-victim-live').input);

    // Export: a file, unless the host cancels the event and takes the result itself.
    const exportButton = page.locator('#w [data-role="tools"] [data-action="export"]');
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    assert.match(download.suggestedFilename(), /\.json$/);
    await page.evaluate(() => document.addEventListener('biometric-check-export', (event) => event.preventDefault()));
    let downloaded = false;
    page.on('download', () => {
      downloaded = true;
    });
    await exportButton.click();
    await page.waitForTimeout(300);
    assert.equal(downloaded, false);
    const exports = (await events(page)).filter((e) => e.type === 'biometric-check-export');
    assert.equal(exports.length, 2);
    assert.equal(exports[1].verdict, 'conditional');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('invalid settings are shown inside the widget and warned in the console, never a blank box', async () => {
  const { context, page, problems, warnings } = await open(HOST);
  try {
    await recordEvents(page);
    await addWidgets(page, [
      { id: 'missing', attributes: { lang: 'en', autosave: 'off', policy: '/__test__/fixtures/no-such-policy.json', 'binding-policy': '' } },
      { id: 'junk', attributes: { lang: 'en', autosave: 'off', policy: '/__test__/fixtures/junk-policy.json' } },
      { id: 'invalid', attributes: { lang: 'en', autosave: 'off', policy: '/__test__/fixtures/invalid-policy.json' } },
      { id: 'elsewhere', attributes: { lang: 'en', autosave: 'off', policy: 'https://policies.example.org/city.json' } },
      { id: 'settings', attributes: { lang: 'xx', autosave: 'off', regimes: 'eu-ai-act no-such-regime', answers: '{"country": "SE",' } },
    ]);
    const missing = await problemsShown(page, 'missing');
    assert.equal(missing.length, 1);
    assert.match(missing[0], /no-such-policy\.json \(HTTP 404\)/);
    assert.match((await problemsShown(page, 'junk'))[0], /junk-policy\.json \(it is not JSON/);
    const invalid = (await problemsShown(page, 'invalid'))[0];
    assert.match(invalid, /The city's policy is not valid \(\d+ problems: /);
    assert.match(invalid, /id: /);
    assert.match((await problemsShown(page, 'elsewhere'))[0], /must come from this site/);
    const settings = await problemsShown(page, 'settings');
    assert.equal(settings.length, 3);
    assert.match(settings[0], /“xx” is not available/);
    assert.match(settings[1], /no-such-regime/);
    assert.match(settings[2], /not JSON/);
    // Each still works: the questions and the law in force are there.
    for (const id of ['missing', 'junk', 'invalid', 'elsewhere', 'settings']) {
      assert.ok((await page.locator(`#${id} form [data-field]`).count()) > 20, id);
      assert.ok(Object.keys(await shownVerdicts(page, `#${id} [data-role="result"]`)).includes('eu-ai-act'), id);
    }
    assert.ok(warnings.some((w) => /<biometric-check> policy: .*no-such-policy/.test(w)));
    assert.ok((await events(page)).some((e) => e.type === 'biometric-check-problem' && e.target === 'settings' && e.attribute === 'regimes'));
    // A policy given as an object is checked the same way; a valid one then clears the message.
    await page.locator('#invalid').evaluate((el) => {
      // @ts-ignore
      el.policy = { id: 'x', title: {}, rules: [] };
    });
    await page.locator('#invalid [data-role="problems"] li', { hasText: /3 problems/ }).waitFor();
    const policy = JSON.parse(await readFile(new URL('../../www/examples/city-policy.json', import.meta.url), 'utf8'));
    await page.locator('#invalid').evaluate((el, value) => {
      // @ts-ignore
      el.policy = value;
    }, policy);
    await page.locator('#invalid [data-regime="policy:exempelstad"]').waitFor();
    assert.deepEqual(await problemsShown(page, 'invalid'), []);
    // The 404 is the only failed request the page made; nothing else went wrong.
    assert.deepEqual(problems.filter((p) => !/404|Failed to load resource/.test(p)), []);
  } finally {
    await context.close();
  }
});

test('host pages theme the widget through --bc-* custom properties and ::part()', async () => {
  const { context, page, problems } = await open(HOST);
  try {
    await addWidgets(page, [{ id: 'w', attributes: { lang: 'en', autosave: 'off' } }]);
    await page.addStyleTag({ url: '/__test__/fixtures/theme.css' });
    const styles = await page.evaluate(() => {
      const root = /** @type {ShadowRoot} */ (document.getElementById('w')?.shadowRoot);
      const link = /** @type {HTMLElement} */ (root.querySelector('.citations a, a'));
      const container = /** @type {HTMLElement} */ (root.querySelector('[data-role="container"]'));
      const verdict = /** @type {HTMLElement} */ (root.querySelector('.verdict'));
      return { link: getComputedStyle(link).color, border: getComputedStyle(container).borderTopColor, verdictOutline: getComputedStyle(verdict).outlineStyle };
    });
    assert.deepEqual(styles, { link: 'rgb(0, 75, 135)', border: 'rgb(0, 75, 135)', verdictOutline: 'dashed' });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('inside the widget, a hostile name and description stay text', async () => {
  const { context, page, problems } = await open(HOST);
  try {
    await page.evaluate(() => {
      // @ts-ignore
      window.__alerted = false;
      window.alert = () => {
        // @ts-ignore
        window.__alerted = true;
      };
    });
    const payload = '<img src=x onerror=alert(1)>';
    await addWidgets(page, [{ id: 'w', attributes: { lang: 'en', autosave: 'off', answers: JSON.stringify({ name: payload, description: `<script>alert(2)</script>${payload}` }) } }]);
    await page.locator('#w .result__name').waitFor();
    assert.match(String(await page.locator('#w .result__name').textContent()), /<img src=x onerror=alert\(1\)>/);
    assert.equal(await page.evaluate(() => document.getElementById('w')?.shadowRoot?.querySelectorAll('img, script').length), 0);
    // @ts-ignore
    assert.equal(await page.evaluate(() => window.__alerted), false);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('axe-core finds no WCAG 2.1 A/AA violation inside the widget; it can be used with the keyboard alone', async () => {
  const { context, page, problems, requests } = await open('embed-example.html');
  try {
    await widgetReady(page, 'checker');
    assert.deepEqual(await axeInShadow(page, problems), [], 'empty widget on the example portal');
    // Keyboard only: from the portal's last button into the widget, to the first
    // quick start, and through its options with the arrow keys.
    await page.getByRole('button', { name: 'English' }).focus();
    await page.locator('#checker [data-role="result-title"]', { hasText: ui(english, 'result.title') }).waitFor().catch(() => {});
    /** @type {string | null} */
    let focused = null;
    for (let i = 0; i < 12 && focused !== 'radio'; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const active = document.getElementById('checker')?.shadowRoot?.activeElement;
        return active instanceof HTMLInputElement ? active.type : active?.tagName ?? null;
      });
    }
    assert.equal(focused, 'radio', 'a quick-start radio is reachable with Tab');
    await page.keyboard.press('Space');
    await page.locator('#checker [data-role="result"] .verdict:not([data-verdict="incomplete"]), #checker [data-role="result"] .open').first().waitFor();
    const chosen = await page.evaluate(() => /** @type {HTMLInputElement | null} */ (document.getElementById('checker')?.shadowRoot?.querySelector('[data-shortcut] input:checked'))?.value ?? null);
    assert.ok(chosen, 'the quick start was answered with the keyboard');
    // A visible focus ring inside the shadow root.
    const outline = await page.evaluate(() => {
      const active = /** @type {HTMLElement} */ (document.getElementById('checker')?.shadowRoot?.activeElement);
      return getComputedStyle(active).outlineStyle;
    });
    assert.notEqual(outline, 'none');
    await describe(page, scenario('kidnapping-victim-live').input, '#checker form');
    await openAll(page, '#checker [data-role="result"]');
    assert.deepEqual(await axeInShadow(page, problems), [], 'complete result inside the widget');
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((url) => !url.startsWith(env.server.url)), []);
  } finally {
    await context.close();
  }
});
