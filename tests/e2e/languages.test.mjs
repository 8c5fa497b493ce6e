// The page in its seven languages: the selector in the header switches in place and
// keeps every answer, the choice survives a reload and travels in share links, a
// browser set to German gets German, the prerendered Swedish page is Swedish before any
// script runs, and no English text is left on a Swedish page (every visible text is
// compared with the English catalogue and the English assessment). A screenshot of a
// complete result per language is written to target/screenshots/<lang>.png.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, statSync, rmSync } from 'node:fs';
import { useBrowser, openPage, ready, describe, overall, scenario, question, watch, violations, newContext, showComparisons } from './helpers.mjs';
import { registerMessages, questions, assess } from '../../pkg/index.js';

const root = new URL('../../', import.meta.url);
const LANGUAGES = ['en', 'sv', 'es', 'ca', 'nl', 'fr', 'de'];
for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
  const registered = registerMessages(lang, readFileSync(new URL(`pkg/messages/${lang}.messages`, root), 'utf8'));
  assert.equal(registered.type, 'success', `${lang} texts registered`);
}
/** @type {Record<string, import('../../pkg/index.js').Catalogue>} */
const catalogues = Object.fromEntries(LANGUAGES.map((lang) => [lang, questions(lang)]));
/** The EUR-Lex language of each page language (Catalan reads the Spanish version). */
const EUR_LEX = { en: 'eng', sv: 'swe', es: 'spa', ca: 'spa', nl: 'nld', fr: 'fra', de: 'deu' };
/**
 * A EUR-Lex address in a page language: the ELI of the Regulation (`/oj/swe`) or the
 * legal-content view of other documents (`/legal-content/SV/`).
 * @param {string} lang
 */
function eurLexIn(lang) {
  const three = EUR_LEX[/** @type {keyof typeof EUR_LEX} */ (lang)];
  const two = lang === 'ca' ? 'ES' : lang.toUpperCase();
  return new RegExp(`^https://eur-lex\\.europa\\.eu/(?:eli/.+/oj/${three}(?:#|$)|legal-content/${two}/)`);
}

const env = useBrowser();

/** The worked case used for complete results (obligations that apply from later dates). */
const CASE = 'murder-footage-post';

/** The overall verdict the package gives a description (the binding regimes together). */
function overallOf(/** @type {Record<string, unknown>} */ input, lang = 'en') {
  const assessed = assess(input, { lang });
  assert.equal(assessed.type, 'success');
  return assessed.type === 'success' ? assessed.assessment.verdict : '';
}

/** @param {unknown} value */
function base64Url(value) {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

// ---- Every English text the page could show

/** @param {string} text */
const normal = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * The texts of a language: every `ui.*` text, question, option, section, verdict,
 * regime, milestone and quick start of its catalogue, its assessment of the case, and
 * the names of the countries. Texts with placeholders are returned apart.
 * @param {string} lang
 */
function textsOf(lang) {
  const c = catalogues[lang];
  /** @type {Set<string>} */
  const texts = new Set();
  /** @type {Set<string>} */
  const templates = new Set();
  const add = (/** @type {string | undefined | null} */ text) => {
    if (!text) return;
    const t = normal(text);
    if (/\{[a-z_]+\}/.test(t)) templates.add(t);
    else texts.add(t);
  };
  Object.values(c.ui).forEach(add);
  for (const q of c.questions) {
    [q.label, q.question, q.help].forEach(add);
    for (const o of q.options) [o.label, o.help].forEach(add);
  }
  c.sections.forEach((s) => add(s.title));
  c.verdicts.forEach((v) => [v.label, v.description].forEach(add));
  c.regimes.forEach((r) => [r.title, r.description].forEach(add));
  c.milestones.forEach((m) => [m.text, m.citation.ref].forEach(add));
  for (const s of c.shortcuts) {
    [s.question, s.help].forEach(add);
    for (const o of s.options) [o.label, o.help].forEach(add);
  }
  for (const id of [CASE, 'kidnapping-victim-live', 'classroom-engagement', 'museum-visitor-emotions']) {
    const assessed = assess(scenario(id).input, { lang });
    assert.equal(assessed.type, 'success');
    if (assessed.type !== 'success') continue;
    for (const r of assessed.assessment.regimes) {
      [r.title, r.summary].forEach(add);
      r.findings.forEach((f) => add(f.text));
      r.conditions.forEach((x) => add(x.text));
      r.obligations.forEach((o) => add(o.text));
      r.counterfactuals.forEach((x) => [x.change, x.text].forEach(add));
    }
    assessed.assessment.questions.forEach((q) => [q.text, q.help].forEach(add));
  }
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  for (const country of c.countries) add(names.of(country.code));
  return { texts, templates };
}

/**
 * The English texts that give English away on a page in another language: those the
 * other language does not share ("Iris", "Malta" and the like are the same in both).
 * Templates become patterns (their fixed words, anything in the placeholders).
 * @param {string} lang the page's language
 */
function englishOnly(lang) {
  const en = textsOf('en');
  const theirs = lang === 'en' ? { texts: new Set(), templates: new Set() } : textsOf(lang);
  const texts = new Set([...en.texts].filter((t) => !theirs.texts.has(t)));
  const patterns = [...en.templates]
    .filter((t) => !theirs.templates.has(t) && t.replace(/\{[a-z_]+\}/g, '').replace(/[^\p{L}]+/gu, '').length >= 3)
    .map((t) => new RegExp(`^${t.split(/\{[a-z_]+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 'su'));
  return { texts, patterns };
}

/**
 * Words that are the same in English and in the other languages: the languages' own
 * names, names of things and codes.
 */
const SAME_IN_EVERY_LANGUAGE = new Set([
  ...LANGUAGES.map((lang) => catalogues[lang].ui['ui.language.name']),
  'EU', 'JSON', 'PDF', 'GDPR', 'biometric-check', 'OK',
]);

/**
 * The texts a person sees or hears on the page: visible text nodes (including
 * visually hidden ones for screen readers), the options of lists, labels given as
 * attributes, and the title.
 * @param {import('playwright-core').Page} page
 */
function shownTexts(page) {
  return page.evaluate(() => {
    /** @type {{ text: string, where: string }[]} */
    const out = [];
    const describe = (/** @type {Element} */ el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, template, select')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      out.push({ text: node.textContent ?? '', where: describe(el) });
    }
    for (const option of document.querySelectorAll('select option')) {
      if (option.closest('[hidden]')) continue;
      out.push({ text: option.textContent ?? '', where: 'option' });
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (el.closest('[hidden]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value) out.push({ text: value, where: `${describe(el)}[${name}]` });
      }
    }
    out.push({ text: document.title, where: 'title' });
    return out;
  });
}

/** @type {Map<string, ReturnType<typeof englishOnly>>} */
const english = new Map();

/**
 * The English texts shown on a page in a language.
 * @param {import('playwright-core').Page} page
 * @param {string} lang
 */
async function englishLeft(page, lang) {
  const { texts, patterns } = english.get(lang) ?? englishOnly(lang);
  english.set(lang, { texts, patterns });
  const found = [];
  for (const { text, where } of await shownTexts(page)) {
    const t = normal(text).replace(/^[\s:;,.—–·•✕✓▲!?()-]+|[\s:;,—–·•]+$/gu, '');
    if (!/\p{L}{2}/u.test(t) || SAME_IN_EVERY_LANGUAGE.has(t)) continue;
    if (texts.has(t) || texts.has(normal(text)) || patterns.some((p) => p.test(t))) found.push(`${where}: ${t}`);
  }
  return found;
}

/** What the form holds: every control's name, value and state (language-independent). */
function formState(/** @type {import('playwright-core').Page} */ page) {
  return page.$$eval('#questionnaire input, #questionnaire select, #questionnaire textarea', (controls) =>
    controls
      .map((c) => {
        const el = /** @type {HTMLInputElement} */ (c);
        return el.type === 'radio' || el.type === 'checkbox' ? `${el.name}=${el.value}:${el.checked}` : `${el.name}=${el.value}`;
      })
      .sort(),
  );
}

/** Opens the details of every regime, so that their texts are on screen too. */
async function openDetails(/** @type {import('playwright-core').Page} */ page) {
  await showComparisons(page);
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('#result details')) /** @type {HTMLDetailsElement} */ (details).open = true;
  });
}

test('the check finds English on the English page (so that it can find it elsewhere)', async () => {
  const { context, page } = await openPage(env.browser, env.server);
  try {
    await describe(page, scenario(CASE).input);
    await openDetails(page);
    const found = await englishLeft(page, 'en');
    assert.ok(found.length > 100, `English texts found on the English page: ${found.length}`);
  } finally {
    await context.close();
  }
});

test('the selector switches to Swedish in place, keeps every answer, and leaves no English text', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server, { contextOptions: { locale: 'en-GB' } });
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await question(page, 'name').locator('input').fill('Stationen');
    await describe(page, scenario(CASE).input);
    const before = await formState(page);
    const verdict = (await overall(page)).verdict;
    assert.equal(verdict, overallOf(scenario(CASE).input));

    const selector = page.getByRole('combobox', { name: 'Language' });
    // Each language is offered under its own name.
    assert.deepEqual(
      await selector.locator('option').allTextContents(),
      ['English', 'Svenska', 'Español', 'Català', 'Nederlands', 'Français', 'Deutsch'],
    );
    await selector.selectOption('sv');
    await page.waitForSelector('html[lang="sv"]');
    await page.locator('#result .verdict__label', { hasText: catalogues.sv.verdicts.find((v) => v.id === verdict)?.label ?? '' }).waitFor();

    assert.equal(await page.title(), catalogues.sv.ui['ui.title']);
    assert.equal(await page.locator('h1').textContent(), catalogues.sv.ui['ui.title']);
    assert.deepEqual(await formState(page), before, 'every answer kept');
    assert.equal((await overall(page)).verdict, verdict);
    assert.equal(new URL(page.url()).pathname, '/sv/', 'the address is the Swedish page');
    assert.equal(await page.getByRole('combobox', { name: catalogues.sv.ui['ui.language.label'] }).inputValue(), 'sv');

    await openDetails(page);
    assert.deepEqual(await englishLeft(page, 'sv'), [], 'no English text on the Swedish page');

    // Dates and country names in Swedish, formatted by the browser (Intl).
    const dates = await page.$$eval('#result time[datetime]', (times) =>
      times.map((time) => ({ text: time.textContent, want: new Intl.DateTimeFormat('sv', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${time.getAttribute('datetime')}T00:00:00Z`)) })),
    );
    assert.ok(dates.length > 0);
    for (const { text, want } of dates) assert.equal(text, want);
    assert.match(String(await page.locator('#result .report-facts dl').textContent()), /Tyskland/, 'the country in Swedish');

    // EUR-Lex in Swedish.
    const links = await page.$$eval('a[href^="https://eur-lex.europa.eu/"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(links.length > 5);
    for (const href of links) assert.match(href, eurLexIn('sv'), href);

    // A reload keeps the language and the answers.
    await page.reload();
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.deepEqual(await formState(page), before);
    assert.equal(await page.locator('#result .verdict').getAttribute('data-verdict'), verdict);
    // So does a visit to the default page: the choice is stored.
    await page.goto(env.server.url);
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Stationen');
    assert.deepEqual(problems, []);
    assert.deepEqual(await violations(page), []);
  } finally {
    await context.close();
  }
});

test('a share link carries the language: a German browser opening a Swedish link sees Swedish', async () => {
  const { context, page } = await openPage(env.browser, env.server, { path: 'sv/' });
  let link = '';
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    await describe(page, scenario('kidnapping-victim-live').input);
    await page.locator('#tools [data-action="share"]').click();
    link = await page.locator('#tools [data-role="share-link"]').inputValue();
    assert.match(link, /\/sv\/#l=sv&d=[A-Za-z0-9_-]+$/);
  } finally {
    await context.close();
  }
  // The same link with the path of the default page still carries the language.
  for (const url of [link, link.replace('/sv/#', '/#')]) {
    const other = await openPage(env.browser, { url }, { path: '', contextOptions: { locale: 'de-DE' } });
    try {
      assert.equal(await other.page.getAttribute('html', 'lang'), 'sv', url);
      assert.equal((await overall(other.page)).verdict, 'conditional');
      assert.equal(new URL(other.page.url()).pathname, '/sv/');
      assert.equal(new URL(other.page.url()).hash, '');
    } finally {
      await other.context.close();
    }
  }
  // An old link (without a language) opens in the reader's language.
  const old = `${env.server.url}#d=${base64Url({ name: 'Old link', country: 'SE' })}`;
  const reader = await openPage(env.browser, { url: old }, { path: '', contextOptions: { locale: 'fr-BE' } });
  try {
    assert.equal(await reader.page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await question(reader.page, 'name').locator('input').inputValue(), 'Old link');
  } finally {
    await reader.context.close();
  }
});

test('a browser set to German gets the page in German', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server, { contextOptions: { locale: 'de-DE' } });
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.title(), catalogues.de.ui['ui.title']);
    const shortcut = catalogues.de.shortcuts[0];
    assert.equal(await page.locator(`#questionnaire [data-shortcut="${shortcut.id}"] legend`).textContent(), shortcut.question);
    assert.equal(await page.locator('#language').inputValue(), 'de');
    // Negotiated, not chosen: the address stays the default page's.
    assert.equal(new URL(page.url()).pathname, '/');
    await describe(page, scenario('classroom-engagement').input);
    assert.equal((await overall(page)).verdict, 'prohibited');
    assert.ok(String(await page.locator('#result .verdict__label').textContent()).includes(catalogues.de.verdicts.find((v) => v.id === 'prohibited')?.label ?? '?'));
    // A language the page does not have falls through to English.
    const { context: c2, page: p2 } = await openPage(env.browser, env.server, { contextOptions: { locale: 'pt-BR' } });
    try {
      assert.equal(await p2.getAttribute('html', 'lang'), 'en');
    } finally {
      await c2.close();
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the Swedish page is Swedish before any script runs', async () => {
  const context = await newContext(env.browser, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}sv/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.equal(await page.title(), catalogues.sv.ui['ui.title']);
    assert.equal(await page.locator('h1').textContent(), catalogues.sv.ui['ui.title']);
    const shortcut = catalogues.sv.shortcuts[0];
    assert.equal(await page.locator(`#questionnaire [data-shortcut="${shortcut.id}"] legend`).textContent(), shortcut.question);
    const country = catalogues.sv.questions.find((q) => q.field === 'country');
    assert.equal(await page.locator('#questionnaire [data-field="country"] label.question__text').textContent(), country?.question);
    assert.equal(await page.locator('#questionnaire [data-field="country"] option[value="SE"]').textContent(), 'Sverige');
    // Linked to the other languages' pages.
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      links.map((l) => [l.getAttribute('hreflang'), /** @type {HTMLLinkElement} */ (l).href]),
    );
    assert.deepEqual(
      alternates,
      [...LANGUAGES.map((lang) => [lang, `${env.server.url}${lang}/`]), ['x-default', env.server.url]],
    );
    // Without scripts, the languages are plain links.
    assert.equal(await page.locator('.language-links a[hreflang="de"]').textContent(), 'Deutsch');
    // No endless "Loading": an honest note, and a link to what works without scripts.
    assert.equal(await page.locator('#result [data-role="loading"]').isVisible(), false);
    assert.equal(await page.locator('#guide').isVisible(), false);
    const note = page.locator('#result .notice--noscript');
    assert.ok((await note.textContent())?.startsWith(catalogues.sv.ui['ui.noscript']));
    await note.locator('a').click();
    await page.waitForURL(`${env.server.url}sv/questions.html`);
    assert.equal(await page.locator('h1').textContent(), catalogues.sv.ui['ui.questions-page.title']);
    // Every question of the catalogue, in Swedish, with its answers.
    const listed = await page.locator('main li > .question__text').allTextContents();
    const sv = catalogues.sv;
    assert.deepEqual(listed, sv.sections.flatMap((section) => sv.questions.filter((q) => q.section === section.id).map((q) => q.question)));
    await page.goBack();
    // How the tool reads the law, from the footer.
    const readings = await page.request.get(`${env.server.url}readings.html`);
    assert.equal(readings.status(), 200);
    assert.match(await readings.text(), /<h1>How this tool reads the law<\/h1>/);
    assert.deepEqual(await englishLeft(page, 'sv'), [], 'no English text on the static Swedish page');
    for (const lang of LANGUAGES) {
      const response = await page.request.get(`${env.server.url}${lang}/`);
      assert.equal(response.status(), 200);
      assert.match(await response.text(), new RegExp(`<html lang="${lang}"`));
    }
  } finally {
    await context.close();
  }
});

test('the language texts load in parallel with the rules, not after them', async () => {
  const context = await newContext(env.browser, { serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const order = [];
    /** @type {() => void} */
    let release = () => {};
    const held = new Promise((resolve) => {
      release = () => resolve(undefined);
    });
    // Hold the rules back: the Swedish texts are asked for while they are still loading.
    await page.route('**/biometric_check_bg.*.wasm', async (route) => {
      order.push('wasm');
      await held;
      await route.continue();
    });
    page.on('request', (request) => {
      if (/\/sv\.[A-Z2-7]{8}\.messages$/.test(request.url())) order.push('messages');
    });
    await page.goto(`${env.server.url}sv/`);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/sv\.[A-Z2-7]{8}\.messages$/.test(e.name)));
    assert.equal(await page.locator('html[data-ready]').count(), 0, 'the rules have not loaded yet');
    release();
    await ready(page);
    assert.deepEqual(order.filter((x) => x === 'messages'), ['messages'], 'the texts are fetched once');
  } finally {
    await context.close();
  }
});

test('a complete result in every language: its texts, its dates, EUR-Lex in that language, and a screenshot', async () => {
  const dir = new URL('target/screenshots/', root);
  mkdirSync(dir, { recursive: true });
  const input = scenario(CASE).input;
  for (const lang of LANGUAGES) {
    const file = new URL(`${lang}.png`, dir);
    rmSync(file, { force: true });
    const url = `${env.server.url}${lang}/#l=${lang}&d=${base64Url(input)}`;
    const { context, page, problems } = await openPage(env.browser, { url }, { path: '', contextOptions: { viewport: { width: 900, height: 1200 } } });
    try {
      const c = catalogues[lang];
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      const wanted = overallOf(input, lang);
      assert.equal((await overall(page)).verdict, wanted);
      assert.equal((await overall(page)).text, c.verdicts.find((v) => v.id === wanted)?.label);
      // "Applies from" dates, written for this language by the browser.
      const from = page.locator('#result .when-group__title').last();
      const date = await page.evaluate((l) => new Intl.DateTimeFormat(l === 'en' ? 'en-GB' : l, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2027-12-02T00:00:00Z')), lang);
      assert.ok((await page.locator('#result').textContent())?.includes(date), `${lang}: ${date}`);
      assert.ok((await from.count()) > 0);
      const links = await page.$$eval('#result a[href^="https://eur-lex.europa.eu/"]', (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') })));
      assert.ok(links.length > 5);
      for (const link of links) {
        assert.match(link.href, eurLexIn(lang), `${lang}: ${link.href}`);
        assert.equal(link.rel, 'noopener noreferrer');
      }
      if (lang !== 'en') {
        await openDetails(page);
        assert.deepEqual(await englishLeft(page, lang), [], `no English text on the ${lang} page`);
      }
      await page.locator('#result').screenshot({ path: file.pathname });
      assert.ok(statSync(file).size > 30_000, `${lang}: screenshot of ${statSync(file).size} bytes`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});

test('switching back and forth keeps every answer and typed text', async () => {
  const { context, page, problems } = await openPage(env.browser, env.server, { path: 'fr/' });
  try {
    await question(page, 'description').locator('textarea').fill('Caméras « test » — ÅÄÖ');
    await describe(page, scenario('museum-visitor-emotions').input);
    const before = await formState(page);
    for (const lang of ['de', 'ca', 'nl', 'es', 'en', 'fr']) {
      await page.locator('#language').selectOption(lang);
      await page.waitForSelector(`html[lang="${lang}"]`);
      await page.locator('#tools [data-role="status"]', { hasText: catalogues[lang].ui['ui.language.changed'] }).waitFor();
      assert.deepEqual(await formState(page), before, lang);
      assert.equal((await overall(page)).verdict, overallOf(scenario('museum-visitor-emotions').input));
    }
    // Watch the page in a second tab: its own language, not disturbed.
    const other = await context.newPage();
    watch(other, problems);
    await other.goto(`${env.server.url}nl/`);
    await ready(other);
    assert.equal(await other.getAttribute('html', 'lang'), 'nl');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('typing while the Dutch texts load, in a browser set to Dutch: the text and the focus stay when the page turns Dutch, before the rules are there', async () => {
  /** @type {() => void} */
  let releaseTexts = () => {};
  /** @type {() => void} */
  let releaseRules = () => {};
  const texts = new Promise((resolve) => {
    releaseTexts = () => resolve(undefined);
  });
  const rules = new Promise((resolve) => {
    releaseRules = () => resolve(undefined);
  });
  const { context, page, problems } = await openPage(env.browser, env.server, {
    wait: false,
    contextOptions: { locale: 'nl-BE' },
    setup: async (p) => {
      await p.route('**/first-screen-nl.*.json', async (route) => {
        await texts;
        await route.continue();
      });
      await p.route('**/biometric_check_bg.*.wasm', async (route) => {
        await rules;
        await route.continue();
      });
    },
  });
  try {
    // The default page is English until the Dutch texts are there.
    const name = page.locator('#questionnaire [data-field="name"] input');
    await name.waitFor();
    await page.waitForFunction(() => !document.getElementById('language-choice')?.hidden);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await name.click();
    await page.keyboard.type('Kruispunt');
    releaseTexts();
    // Dutch questions, drawn from the texts alone: the rules are still held back.
    await page.waitForSelector('html[lang="nl"]');
    const shortcut = catalogues.nl.shortcuts[0];
    assert.equal(await page.locator(`#questionnaire [data-shortcut="${shortcut.id}"] legend`).textContent(), shortcut.question);
    assert.equal(await page.locator('html[data-ready]').count(), 0, 'the rules are not loaded yet');
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Kruispunt');
    assert.equal(await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement?.closest('[data-field]'))?.dataset.field), 'name');
    await page.keyboard.type(' Noord');
    releaseRules();
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.equal(await question(page, 'name').locator('input').inputValue(), 'Kruispunt Noord');
    assert.equal(await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement?.closest('[data-field]'))?.dataset.field), 'name');
    assert.ok(String(await page.locator('#result .result__name').textContent()).includes('Kruispunt Noord'));
    assert.deepEqual(problems, []);
  } finally {
    releaseTexts();
    releaseRules();
    await context.close();
  }
});
