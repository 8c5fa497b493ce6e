// Fetching texts, the one place it happens. Two files per language, both written by the
// build and named in `../generated/assets.js` (relative to the bundle):
//
//   - the first screen: the interface texts, the quick starts and the questions asked
//     before anything is known, as the package's catalogue gives them (JSON). The
//     element draws its first questions from it while the WebAssembly module compiles;
//   - the language's messages (`<lang>.messages`), which the rules load to write their
//     results in that language (English is built into the module).
//
// Each file is fetched once per page, however many elements ask for it; a failed fetch
// is forgotten, so that a later request (back online) tries again.

import { ASSETS } from '../generated/assets.js';

/**
 * @typedef {import('../../pkg/index.js').Catalogue} Catalogue
 * @typedef {Pick<Catalogue, 'lang' | 'version' | 'legal_data_date' | 'sections' | 'questions' | 'countries' | 'shortcuts' | 'ui'>
 *   & { stamp: string, visible: string[] }} FirstScreen
 *   The catalogue with the questions asked first only; `stamp` is the full catalogue's
 *   (so that the questionnaire built from it is adopted, not rebuilt, once the rules
 *   have loaded), `visible` the fields asked before anything is known.
 */

/** Where the files are: next to the bundle. */
const base = import.meta.url;

/** @type {Map<string, Promise<any>>} */
const cache = new Map();

/**
 * @param {string} key
 * @param {string | undefined} path
 * @param {(response: Response) => Promise<any>} read
 */
function once(key, path, read) {
  let loading = cache.get(key);
  if (!loading) {
    loading = path
      ? fetch(new URL(path, base)).then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return read(response);
        })
      : Promise.reject(new Error(`no texts for ${key}`));
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
  }
  return loading;
}

/**
 * The first screen of a language (a language the build has).
 * @param {string} lang
 * @returns {Promise<FirstScreen>}
 */
export function firstScreen(lang) {
  return once(`first:${lang}`, ASSETS.first[lang], (response) => response.json());
}

/**
 * The text of a language's messages (not English: it is built into the rules).
 * @param {string} lang
 * @returns {Promise<string>}
 */
export function messages(lang) {
  return once(`messages:${lang}`, ASSETS.messages[lang], (response) => response.text());
}

/**
 * The address of a file of the build (the WebAssembly module, a style sheet).
 * @param {string} path as `ASSETS` names it
 */
export function assetUrl(path) {
  return new URL(path, base).href;
}
