// Build step of `cargo xtask dist`: writes the page in every language from
// `www/index.template.html`, with the first screen of questions already in the HTML:
//
//   www/index.html        English, and the page for every language (`x-default`): its
//                         script picks the visitor's language (stored choice, then the
//                         browser's languages) and switches to it in place;
//   www/<lang>/index.html one page per language (en, sv, es, ca, nl, fr, de), the same
//                         first questions in that language, linked to each other with
//                         <link rel="alternate" hreflang>. A link to /sv/ shows Swedish
//                         before any script has run; the script then loads the Swedish
//                         texts of the rules in parallel with the rules themselves.
//
// It loads the freshly built package from `pkg/`, gets the question catalogue and the
// questions relevant to an empty description, and renders those with the page's own
// view module (`www/js/questions-view.js`), so the prerendered form is exactly what the
// page would build: the page adopts it and adds the other questions when it takes
// over. Interface texts come from the catalogue (`ui.*` messages), as in the page.
//
// The head also asks at once for everything the script will need: the rules
// (WebAssembly), the texts of the page's language, and every module the script imports
// directly or through others (`module-graph.mjs`), so none of them waits for another.
//
// Runs after `www/pkg/` is in place (its modules are part of that graph).
//
// Usage: node xtask/prerender.mjs [lang...]   (default: every language; paths are
// relative to the repository)

import { readFileSync, writeFileSync, readdirSync, mkdirSync, renameSync } from 'node:fs';

const root = new URL('../', import.meta.url);

const pkg = await import(new URL('pkg/index.js', root).href);
pkg.initSync({ module: readFileSync(new URL('pkg/biometric_check_bg.wasm', root)) });
const { questionnaireView, stamp } = await import(new URL('www/js/questions-view.js', root).href);
const { h, toHtml, escapeHtml } = await import(new URL('www/js/vdom.js', root).href);
const { t, formatDate } = await import(new URL('www/js/i18n.js', root).href);
const { moduleGraph, relative } = await import(new URL('xtask/module-graph.mjs', root).href);

const www = new URL('www/', root);
/** Every module the page's script imports, relative to `www/`. */
const pageModules = moduleGraph([new URL('app.js', www)]).map((module) => relative(module, www));

/** Every language of the core, English first. */
const languages = pkg.version().languages;
const wanted = process.argv.length > 2 ? process.argv.slice(2) : languages;
for (const lang of wanted) {
  if (!languages.includes(lang)) {
    console.error(`prerender: ${lang} is not a language of the core (${languages.join(', ')})`);
    process.exit(1);
  }
}

/** @type {Map<string, any>} */
const catalogues = new Map();
for (const lang of languages) {
  if (lang !== 'en') {
    // English is built into the module; other languages come from their catalogues.
    const registered = pkg.registerMessages(lang, readFileSync(new URL(`pkg/messages/${lang}.messages`, root), 'utf8'));
    if (registered.type !== 'success') {
      console.error(`prerender: cannot load the ${lang} texts`, JSON.stringify(registered));
      process.exit(1);
    }
  }
  catalogues.set(lang, pkg.questions(lang));
}
/** A language's name in that language ("Svenska"), from its own catalogue. */
const nameOf = (/** @type {string} */ lang) => catalogues.get(lang).ui['ui.language.name'] ?? lang;

const template = readFileSync(new URL('www/index.template.html', root), 'utf8');
/** Generated markup, inserted as is (everything in it is escaped by `toHtml`). */
const MARKUP = new Set(['questionnaire', 'alternates', 'preloads', 'languages', 'language-links']);

/**
 * What the page's head asks for before its script runs. The rules and the texts are
 * fetched by the script with `fetch()` (CORS mode, same-origin credentials), which is
 * what `as="fetch" crossorigin="anonymous"` preloads, so the script gets these very
 * responses.
 * @param {string} lang
 * @param {boolean} languagePage
 * @param {string} base
 */
function preloads(lang, languagePage, base) {
  const fetched = (/** @type {string} */ href) => h('link', { rel: 'preload', href: `${base}${href}`, as: 'fetch', crossorigin: 'anonymous' });
  return toHtml([
    fetched('pkg/biometric_check_bg.wasm'),
    '\n',
    // The default page picks its language when its script runs; a language's page knows it.
    ...(languagePage && lang !== 'en' ? [fetched(`pkg/messages/${lang}.messages`), '\n'] : []),
    ...pageModules.flatMap((module, index) => [index ? '\n' : '', h('link', { rel: 'modulepreload', href: `${base}${module}` })]),
  ]);
}

/**
 * One page.
 * @param {string} lang
 * @param {boolean} languagePage whether this is the page of one language (`<lang>/`) or the default page
 */
function page(lang, languagePage) {
  const catalogue = catalogues.get(lang);
  // The questions that matter before anything is known (independent of the date).
  const empty = pkg.assess({}, { lang, date: catalogue.legal_data_date });
  if (empty.type !== 'success') {
    console.error('prerender: the core could not assess an empty description', JSON.stringify(empty));
    process.exit(1);
  }
  const visible = new Set(empty.assessment.relevant);
  const base = languagePage ? '../' : '';
  const missing = [];
  const values = {
    lang,
    'lang-page': String(languagePage),
    base,
    stamp: stamp(catalogue),
    preloads: preloads(lang, languagePage, base),
    questionnaire: toHtml(questionnaireView(catalogue, { prefix: 'q', visible, omitHidden: true })),
    'legal-data': t(catalogue.ui, 'legal-data', { date: formatDate(lang, catalogue.legal_data_date), version: catalogue.version }),
    alternates: toHtml([
      ...languages.map((other) => [h('link', { rel: 'alternate', hreflang: other, href: `${base}${other}/` }), '\n']),
      h('link', { rel: 'alternate', hreflang: 'x-default', href: base || './' }),
    ]),
    languages: toHtml(
      languages.map((other) => [
        '        ',
        h('option', { value: other, lang: other, selected: other === lang }, nameOf(other)),
        '\n',
      ]),
    ).replace(/\n$/, ''),
    'language-links': toHtml(
      languages.map((other, index) => [
        index ? ' · ' : '',
        h('a', { href: `${base}${other}/`, hreflang: other, lang: other, 'aria-current': other === lang && languagePage ? 'page' : null }, nameOf(other)),
      ]),
    ),
  };
  const html = template.replace(/\{\{([a-z0-9._-]+)\}\}/g, (whole, key) => {
    if (key.startsWith('ui.')) {
      const text = catalogue.ui[key];
      if (text === undefined) missing.push(key);
      return escapeHtml(text ?? key);
    }
    if (key in values) return MARKUP.has(key) ? values[key] : escapeHtml(String(values[key]));
    missing.push(key);
    return whole;
  });
  // Texts the page itself replaces when the language changes (`data-ui="id"`).
  for (const match of template.matchAll(/data-ui(?:-label|-content)?="([a-z0-9.-]+)"/g)) {
    if (!(`ui.${match[1]}` in catalogue.ui)) missing.push(`ui.${match[1]}`);
  }
  if (missing.length) {
    console.error(`prerender: the template names unknown texts: ${[...new Set(missing)].join(', ')}`);
    process.exit(1);
  }
  return { html, visible: visible.size, total: catalogue.questions.length };
}

const english = catalogues.get('en');
const missingUi = [];
// Every ui.* id the page's modules use must exist (a missing one would show its id).
const modules = ['js', 'widget'].flatMap((dir) =>
  readdirSync(new URL(`www/${dir}/`, root)).filter((name) => name.endsWith('.js')).map((name) => `${dir}/${name}`),
);
for (const name of ['app.js', ...modules]) {
  const source = readFileSync(new URL(`www/${name}`, root), 'utf8');
  for (const match of source.matchAll(/\bt\((?:catalogue\.)?ui, '([a-z0-9.-]+)'/g)) {
    if (!(`ui.${match[1]}` in english.ui)) missingUi.push(`${name}: ui.${match[1]}`);
  }
}
if (missingUi.length) {
  console.error(`prerender: these interface texts are missing from src/i18n/en.messages:\n  ${missingUi.join('\n  ')}`);
  process.exit(1);
}

/** Writes a file whole (a reader never sees half a page). */
function write(/** @type {URL} */ url, /** @type {string} */ text) {
  const partial = new URL(`${url.href}.partial`);
  writeFileSync(partial, text);
  renameSync(partial, url);
}

for (const lang of wanted) {
  mkdirSync(new URL(`www/${lang}/`, root), { recursive: true });
  const own = page(lang, true);
  write(new URL(`www/${lang}/index.html`, root), own.html);
  let line = `prerender: www/${lang}/index.html written (${own.html.length} bytes, with the ${own.visible} of ${own.total} questions asked first)`;
  if (lang === 'en') {
    const home = page('en', false);
    write(new URL('www/index.html', root), home.html);
    line += `, and www/index.html (${home.html.length} bytes)`;
  }
  console.log(line);
}
