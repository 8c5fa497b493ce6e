// The rules for every element on a page: the WebAssembly module is fetched and compiled
// once, however many elements there are, and each language's messages are loaded into
// it once.
//
// Compilation starts with the first element, streaming (the module is compiled while
// its bytes arrive, off the main thread), and nothing waits for it: the element draws
// its first questions from the texts meanwhile, and keeps every answer given before the
// rules are ready.

import init, { assess, questions, validatePolicy, version, registerMessages } from '../../pkg/index.js';
import { ASSETS } from '../generated/assets.js';
import { messages, assetUrl } from './texts.js';

/** @typedef {import('../../pkg/index.js').LanguageResult} LanguageResult */

/** @type {Promise<WebAssembly.Module> | null} */
let compiled = null;
/** @type {Promise<void> | null} */
let started = null;

/**
 * Starts compiling the module (once). A server that sends the wrong MIME type for
 * `.wasm` only costs the streaming: the bytes are then compiled as a whole.
 */
export function compileRules() {
  if (!compiled) {
    const url = assetUrl(ASSETS.wasm);
    const response = fetch(url);
    response.catch(() => {}); // a failure is reported by compileStreaming
    compiled = WebAssembly.compileStreaming(response).catch(async () => {
      const again = await fetch(url);
      if (!again.ok) throw new Error(`HTTP ${again.status}`);
      return WebAssembly.compile(await again.arrayBuffer());
    });
    compiled.catch(() => {
      compiled = null; // a later element (back online) tries again
    });
  }
  return compiled;
}

/**
 * The rules, once loaded. Rejects when the module cannot be loaded (the element says so).
 * @returns {Promise<{ assess: typeof assess, questions: typeof questions, validatePolicy: typeof validatePolicy, version: typeof version }>}
 */
export async function loadRules() {
  started ??= compileRules().then((module) => init({ module_or_path: module })).then(() => undefined);
  try {
    await started;
  } catch (error) {
    started = null;
    throw error;
  }
  return { assess, questions, validatePolicy, version };
}

/** @type {Map<string, Promise<LanguageResult>>} */
const languages = new Map();

/**
 * Loads a language's messages into the rules (English is built in). Resolves to the
 * package's result object (a failure to fetch the messages too, worded by the rules);
 * rejects only when the rules themselves cannot be loaded.
 * @param {string} code a language of the build (`sv`, not `sv-FI`)
 * @returns {Promise<LanguageResult>}
 */
export function loadLanguage(code) {
  let loading = languages.get(code);
  if (!loading) {
    const text = code === 'en' ? Promise.resolve('') : messages(code);
    loading = Promise.all([text, loadRules()])
      .then(([catalogue]) => registerMessages(code, catalogue))
      .catch(async (error) => {
        await loadRules();
        return registerMessages(code, `\u0000 ${String(error)}`);
      });
    languages.set(code, loading);
    // A failure may be passing (offline): the next request tries again.
    void loading.then(
      (result) => {
        if (result.type !== 'success') languages.delete(code);
      },
      () => languages.delete(code),
    );
  }
  return loading;
}
