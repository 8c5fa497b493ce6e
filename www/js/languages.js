// Language negotiation, the one place it happens: the languages come from the build
// (the package's own list, written into `../generated/assets.js`), and a tag is matched
// by its primary subtag (`sv-FI` → `sv`). The element and the page's chrome both ask
// here.

import { LANGUAGES } from '../generated/assets.js';

export { LANGUAGES };

/**
 * The first supported language among tags (BCP 47), by primary subtag: `sv-FI` → `sv`.
 * @param {readonly (string | null | undefined)[]} tags
 * @returns {string | null}
 */
export function negotiate(tags) {
  for (const tag of tags) {
    const primary = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
    if (primary && LANGUAGES.includes(primary)) return primary;
  }
  return null;
}

/** The browser's languages, most wanted first. */
export function browserLanguages() {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/**
 * The language an element speaks: its own `lang` attribute, else the nearest
 * ancestor's, else the browser's languages, else English. `unknown`: an own `lang`
 * that names a language the checker does not have.
 * @param {HTMLElement} element
 */
export function languageOf(element) {
  const own = element.getAttribute('lang');
  const ownLang = own ? negotiate([own]) : null;
  const inherited = element.parentElement?.closest('[lang]')?.getAttribute('lang');
  const lang = ownLang ?? negotiate([inherited]) ?? negotiate(browserLanguages()) ?? 'en';
  return { lang, unknown: own && !ownLang ? own : null };
}
