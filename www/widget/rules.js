// The rules for every widget on a page: the WebAssembly module is started once, however
// many widgets there are, and each language's texts are loaded into it once. The bytes
// come from `early.js` (fetched before this module and its imports had arrived, when
// the entry script asked for them) or are fetched now.

import init, { assess, questions, validatePolicy, version, registerMessages } from '../pkg/index.js';
import { fetchRules, fetchTexts } from './early.js';

export { languageOf, fetchPolicy, STYLES } from './early.js';

/** @type {Promise<void> | null} */
let started = null;

/**
 * The rules, once loaded. Rejects when the module cannot be loaded (the widget says so).
 * @returns {Promise<{ assess: typeof assess, questions: typeof questions, validatePolicy: typeof validatePolicy, version: typeof version }>}
 */
export async function loadRules() {
  started ??= init({ module_or_path: fetchRules() }).then(() => undefined);
  try {
    await started;
  } catch (error) {
    started = null; // a later widget (or attribute change) may try again
    throw error;
  }
  return { assess, questions, validatePolicy, version };
}

/**
 * Starts the rules, and loads the texts of the languages of the widgets already in the
 * document (as `early.preload()` found them), before the first widget asks.
 * @param {string[]} languages
 */
export function start(languages) {
  void loadRules().catch(() => {}); // a failure is reported by the widget
  for (const code of languages) void loadLanguage(code);
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
    const text = code === 'en' ? Promise.resolve('') : fetchTexts(code);
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
