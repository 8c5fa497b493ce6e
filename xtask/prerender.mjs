// The page in every language, written by the build (`web.mjs`) from
// `www/index.template.html`, with the checker's frame and its first questions already in
// the HTML:
//
//   index.html        English, and the page for every language (`x-default`): its
//                     script picks the visitor's language (stored choice, then the
//                     browser's languages) and the checker switches to it in place;
//   <lang>/index.html one page per language, the same first questions in that
//                     language, linked to each other with <link rel="alternate"
//                     hreflang>. A link to /sv/ shows Swedish before any script has run.
//
// The frame and the questions are the element's own views (`www/js/shell.js`,
// `www/js/questions-view.js`) written as HTML, so the element adopts them as if it had
// drawn them itself. Interface texts come from the catalogue (`ui.*` messages).

import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { shellView } = await import(new URL('www/js/shell.js', root).href);
const { questionnaireView } = await import(new URL('www/js/questions-view.js', root).href);
const { h, toHtml, escapeHtml } = await import(new URL('www/js/vdom.js', root).href);
const { t, formatDate } = await import(new URL('www/js/i18n.js', root).href);

/** Generated markup, inserted as is (everything in it is escaped by `toHtml`). */
const MARKUP = new Set(['head', 'checker', 'alternates', 'languages', 'language-links']);

/**
 * @typedef {{
 *   languages: string[],
 *   firstScreens: Map<string, any>,
 *   head: (lang: string, base: string, languagePage: boolean) => string,
 * }} Site
 *   `firstScreens`: each language's first screen (the catalogue with the questions asked
 *   first); `head`: the style sheet, scripts and preloads of a page.
 */

/**
 * The HTML of one page.
 * @param {Site} site
 * @param {string} lang
 * @param {boolean} languagePage whether this is the page of one language (`<lang>/`) or the default page
 */
export function page(site, lang, languagePage) {
  const template = readFileSync(new URL('www/index.template.html', root), 'utf8');
  const first = site.firstScreens.get(lang);
  const nameOf = (/** @type {string} */ other) => site.firstScreens.get(other).ui['ui.language.name'] ?? other;
  const base = languagePage ? '../' : '';
  const questionnaire = questionnaireView(first, { prefix: 'q', visible: new Set(first.visible), omitHidden: true });
  const checker = h(
    'biometric-check',
    // The page offers the comparisons (behind a switch in the result, off at first).
    { id: 'checker', lang, autosave: 'page', compare: true },
    shellView(first.ui, { lang, stamp: first.stamp, questionnaire, noscript: true }),
  );
  /** @type {string[]} */
  const missing = [];
  /** @type {Record<string, string>} */
  const values = {
    lang,
    'lang-page': String(languagePage),
    base,
    version: first.version,
    'legal-data-date': first.legal_data_date,
    head: site.head(lang, base, languagePage),
    checker: toHtml(checker),
    'legal-data': t(first.ui, 'legal-data', { date: formatDate(lang, first.legal_data_date), version: first.version }),
    alternates: toHtml([
      ...site.languages.map((other) => [h('link', { rel: 'alternate', hreflang: other, href: `${base}${other}/` }), '\n']),
      h('link', { rel: 'alternate', hreflang: 'x-default', href: base || './' }),
    ]),
    languages: toHtml(
      site.languages.map((other) => ['        ', h('option', { value: other, lang: other, selected: other === lang }, nameOf(other)), '\n']),
    ).replace(/\n$/, ''),
    'language-links': toHtml(
      site.languages.map((other, index) => [
        index ? ' · ' : '',
        h('a', { href: `${base}${other}/`, hreflang: other, lang: other, 'aria-current': other === lang && languagePage ? 'page' : null }, nameOf(other)),
      ]),
    ),
  };
  const html = template.replace(/\{\{([a-z0-9._-]+)\}\}/g, (whole, key) => {
    if (key.startsWith('ui.')) {
      const text = first.ui[key];
      if (text === undefined) missing.push(key);
      return escapeHtml(text ?? key);
    }
    if (key in values) return MARKUP.has(key) ? values[key] : escapeHtml(String(values[key]));
    missing.push(key);
    return whole;
  });
  // Texts the page itself replaces when the language changes (`data-ui="id"`).
  for (const match of template.matchAll(/data-ui(?:-label|-content)?="([a-z0-9.-]+)"/g)) {
    if (!(`ui.${match[1]}` in first.ui)) missing.push(`ui.${match[1]}`);
  }
  if (missing.length) throw new Error(`the page's template names unknown texts: ${[...new Set(missing)].join(', ')}`);
  return html;
}
