// The rules for every widget on a page: the WebAssembly module is fetched and started
// once, however many widgets there are, and each language's texts are fetched once.
// The fetches start as soon as they are first asked for, in parallel (the texts of a
// language do not wait for the module); `preload()` asks for them before the widget's
// own modules have loaded.

import init, { assess, questions, validatePolicy, version, registerMessages } from '../pkg/index.js';

const WASM = new URL('../pkg/biometric_check_bg.wasm', import.meta.url);

/** @type {Promise<void> | null} */
let started = null;
/** The module's response if the entry fetched it early (used once). @type {Promise<Response> | null} */
let early = null;

/**
 * The rules, once loaded. Rejects when the module cannot be loaded (the widget says so).
 * @returns {Promise<{ assess: typeof assess, questions: typeof questions, validatePolicy: typeof validatePolicy, version: typeof version }>}
 */
export async function loadRules() {
  if (!started) {
    const response = early ?? fetch(WASM);
    early = null;
    started = init({ module_or_path: response }).then(() => undefined);
  }
  try {
    await started;
  } catch (error) {
    started = null; // a later widget (or attribute change) may try again
    throw error;
  }
  return { assess, questions, validatePolicy, version };
}

/** The languages the widget speaks (those of the package), English first. */
export const LANGUAGES = ['en', 'sv', 'es', 'ca', 'nl', 'fr', 'de'];

/**
 * The first supported language among tags (BCP 47), by primary subtag: `sv-FI` → `sv`.
 * @param {readonly (string | null | undefined)[]} tags
 */
export function negotiate(tags) {
  for (const tag of tags) {
    const primary = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
    if (primary && LANGUAGES.includes(primary)) return primary;
  }
  return null;
}

/**
 * The language a widget speaks: its own `lang` attribute, else the nearest ancestor's,
 * else the browser's languages, else English. `unknown`: an own `lang` that names a
 * language the widget does not have.
 * @param {HTMLElement} element
 */
export function languageOf(element) {
  const own = element.getAttribute('lang');
  const ownLang = own ? negotiate([own]) : null;
  const inherited = element.parentElement?.closest('[lang]')?.getAttribute('lang');
  const lang =
    ownLang ??
    negotiate([inherited]) ??
    negotiate(navigator.languages?.length ? navigator.languages : [navigator.language]) ??
    'en';
  return { lang, unknown: own && !ownLang ? own : null };
}

/**
 * Starts loading the rules, and the texts of the languages of the widgets already in
 * the document, at once.
 * @param {Document} doc
 * @param {Promise<Response>} [response] the module, if its fetch has started already
 */
export function preload(doc, response) {
  if (!started && response) early = response;
  void loadRules().catch(() => {}); // a failure is reported by the widget
  const tags = new Set([...doc.querySelectorAll('biometric-check')].map((element) => languageOf(/** @type {HTMLElement} */ (element)).lang));
  for (const code of tags) void loadLanguage(code);
}

/** @type {Map<string, Promise<import('../pkg/index.js').LanguageResult>>} */
const languages = new Map();

/**
 * Loads a language's texts into the rules (English is built in). Resolves to the
 * package's result object; never rejects.
 * @param {string} code a language the package has (`sv`, not `sv-FI`)
 */
export function loadLanguage(code) {
  let loading = languages.get(code);
  if (!loading) {
    const text = code === 'en' ? Promise.resolve('') : fetch(new URL(`../pkg/messages/${code}.messages`, import.meta.url)).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    loading = Promise.all([text, loadRules()])
      .then(([messages]) => registerMessages(code, messages))
      .catch((error) => registerMessages(code, `\u0000 ${String(error)}`));
    languages.set(code, loading);
    // A failure may be passing (offline): the next request tries again.
    void loading.then((result) => {
      if (result.type !== 'success') languages.delete(code);
    });
  }
  return loading;
}
