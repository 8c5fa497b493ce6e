// The page's own chrome around the checker: the language (chosen, stored, negotiated),
// the header and footer in that language, the address of the language's page, the
// offline copy, and the marks the page's tests and measurements wait for. Everything
// the checker does is the element's (`js/element.js`), the same as in a portal.
//
// This module runs before the element's (its script comes first in the page), so the
// element starts in the language chosen here.
//
// The language: an explicit choice (a share link's `l=`, the page of one language, the
// selector in the header) → the choice stored in this browser → the browser's languages
// (by primary subtag) → English. Switching language keeps every answer: the element
// redraws in place.

import { negotiate, browserLanguages } from './js/languages.js';
import { browserStorage, rememberedLanguage, rememberLanguage, fragmentLanguage, fromFragment, storageKeys, moveKept } from './js/storage.js';
import { t, formatDate } from './js/i18n.js';

const doc = document;
const html = doc.documentElement;
const checker = /** @type {HTMLElement} */ (doc.querySelector('biometric-check'));
const select = /** @type {HTMLSelectElement | null} */ (doc.getElementById('language'));
const storage = browserStorage();
/** The site's root: the language pages are `<root><lang>/` (this module sits at the root). */
const siteRoot = new URL('./', import.meta.url);

// The address can change to another language's page (`history.replaceState`): links in
// the head that the browser may read again (the icon, the other languages' pages) and
// the link to the one document in English only are made absolute first, so that they
// keep pointing where they did. (The list of questions follows the language: `<lang>/`.)
for (const link of doc.querySelectorAll('link[rel~="icon"], link[rel="alternate"], a[href$="readings.html"]')) {
  link.setAttribute('href', /** @type {HTMLLinkElement} */ (link).href);
}

// Answers kept by the page before it was the element, under the keys it used then.
const keys = storageKeys(checker.getAttribute('autosave') ?? 'page');
moveKept(storage, [
  ['biometric-check:deployment', keys.answers],
  ['biometric-check:previous', keys.previous],
  ['biometric-check:unrestored', keys.unrestored],
]);

/** The address of a language's page (`<root>sv/`), with this page's query and fragment. */
function languagePage(/** @type {string} */ code) {
  const url = new URL(`${code}/`, siteRoot);
  url.search = location.search;
  url.hash = location.hash;
  return url;
}

/** Moves the address to a language's page (a reload then keeps the language). */
function goToLanguagePage(/** @type {string} */ code) {
  const url = languagePage(code);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

/** The language a share link in the address names, when it is one the page has. */
function linkLanguage(/** @type {string} */ hash) {
  const shared = fromFragment(hash);
  return shared && !('error' in shared) ? negotiate([fragmentLanguage(hash)]) : null;
}

const fromLink = linkLanguage(location.hash);
const lang =
  fromLink ??
  (html.dataset.langPage === 'true' ? negotiate([html.lang]) : null) ??
  negotiate([rememberedLanguage(storage)]) ??
  negotiate(browserLanguages()) ??
  'en';
if (fromLink) goToLanguagePage(fromLink);
checker.setAttribute('lang', lang);

// The selector works at once; the element follows, keeping every answer.
doc.getElementById('language-choice')?.removeAttribute('hidden');
if (select) {
  select.value = lang;
  select.addEventListener('change', () => {
    const code = negotiate([select.value]);
    if (!code) return;
    rememberLanguage(storage, code);
    goToLanguagePage(code);
    checker.setAttribute('lang', code);
  });
}

// A share link pasted into this tab's address bar: its language's page, in its language
// (the element opens the description it carries).
addEventListener('hashchange', () => {
  const code = linkLanguage(location.hash);
  if (!code) return;
  goToLanguagePage(code);
  checker.setAttribute('lang', code);
});

/** The texts of the page outside the checker (header, footer, title) in the language shown. */
function translatePage(/** @type {string} */ code, /** @type {Record<string, string>} */ ui) {
  html.lang = code;
  doc.title = t(ui, 'title');
  for (const element of doc.querySelectorAll('[data-ui]')) {
    const el = /** @type {HTMLElement} */ (element);
    const id = el.dataset.ui ?? '';
    el.textContent =
      id === 'legal-data' ? t(ui, 'legal-data', { date: formatDate(code, el.dataset.date), version: el.dataset.version ?? '' }) : t(ui, id);
  }
  for (const element of doc.querySelectorAll('[data-ui-label]')) {
    element.setAttribute('aria-label', t(ui, /** @type {HTMLElement} */ (element).dataset.uiLabel ?? ''));
  }
  for (const element of doc.querySelectorAll('[data-ui-content]')) {
    element.setAttribute('content', t(ui, /** @type {HTMLElement} */ (element).dataset.uiContent ?? ''));
  }
}

// The element says which language it shows (the one asked for, or the one it stayed in
// when another could not be loaded): the page follows.
checker.addEventListener('biometric-check-language', (event) => {
  const { lang: shown, texts } = /** @type {CustomEvent<{ lang: string, texts: Record<string, string> }>} */ (event).detail;
  translatePage(shown, texts);
  if (select) select.value = shown;
  if (checker.getAttribute('lang') !== shown) checker.setAttribute('lang', shown);
  offlineCopies(shown);
});

checker.addEventListener('biometric-check-ready', () => {
  html.dataset.ready = 'true';
  performance.mark('rules-ready');
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch(() => {});
    offlineCopies(/** @type {string} */ (html.lang));
  }
});

/**
 * Asks the service worker to keep a language's page and texts for offline use (the
 * first visit is not yet under its control, and a change of language fetches no page).
 * @param {string} code
 */
function offlineCopies(code) {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.ready
    .then((registration) => registration.active?.postMessage({ type: 'keep', lang: code, page: new URL(`${code}/`, siteRoot).pathname }))
    .catch(() => {});
}
