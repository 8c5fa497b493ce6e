// The rules for every widget on a page: the WebAssembly module is fetched and started
// once, however many widgets there are, and each language's texts are fetched once.
// The fetches start as soon as they are first asked for, in parallel (the texts of a
// language do not wait for the module).

import init, { assess, questions, validatePolicy, version, registerMessages } from '../pkg/index.js';

const WASM = new URL('../pkg/biometric_check_bg.wasm', import.meta.url);

/** @type {Promise<void> | null} */
let started = null;

/**
 * The rules, once loaded. Rejects when the module cannot be loaded (the widget says so).
 * @returns {Promise<{ assess: typeof assess, questions: typeof questions, validatePolicy: typeof validatePolicy, version: typeof version }>}
 */
export async function loadRules() {
  started ??= init({ module_or_path: fetch(WASM) }).then(() => undefined);
  try {
    await started;
  } catch (error) {
    started = null; // a later widget (or attribute change) may try again
    throw error;
  }
  return { assess, questions, validatePolicy, version };
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
