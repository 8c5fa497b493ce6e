// biometric-check: the JavaScript API of the package.
//
// Plain objects in, plain objects out. Each call passes JSON text to the WebAssembly
// module and parses the JSON text it returns; nothing here reasons about the law.
// No call throws: failures come back as { type: "failure", errors: [...] }.

import init, { initSync, assessJson, questionsJson, validatePolicyJson, versionJson, registerMessagesJson } from './biometric_check.js';

export { init as default, initSync };

// Text that is not JSON, so the core reports an unreadable input in the caller's
// language when a value cannot be written as JSON (a cycle, a BigInt).
const UNREADABLE = '\u0000';

function encode(value) {
  if (value === undefined) return 'null';
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return UNREADABLE;
  }
}

function call(run) {
  try {
    return JSON.parse(run());
  } catch (error) {
    // Only reachable if the module itself failed (not initialised, or a bug).
    return {
      type: 'failure',
      errors: [{ path: '', code: 'internal-error', expected: 'a working module', found: null, message: String(error) }],
    };
  }
}

/** Assesses a deployment. @type {import('./index').assess} */
export function assess(deployment, options) {
  return call(() => assessJson(encode(deployment), encode(options ?? {})));
}

/** The question catalogue in a language. @type {import('./index').questions} */
export function questions(lang) {
  return call(() => questionsJson(typeof lang === 'string' ? lang : 'en'));
}

/** Validates a policy document. @type {import('./index').validatePolicy} */
export function validatePolicy(policy, lang) {
  return call(() => validatePolicyJson(encode(policy), typeof lang === 'string' ? lang : 'en'));
}

/** The package version and the date of the legal data. @type {import('./index').version} */
export function version() {
  return call(() => versionJson());
}

/**
 * Loads the texts of a language (BCP 47 tag) from `messages/<lang>.messages` next to
 * this module. English is built in; until a language is loaded its texts fall back to
 * English. Resolves to the same result objects as the other calls; never rejects.
 * @type {import('./index').loadLanguage}
 */
export async function loadLanguage(lang) {
  const code = String(lang ?? '').toLowerCase().split(/[-_]/)[0];
  if (code === 'en') return registerMessages('en', '');
  let text;
  try {
    const response = await fetch(new URL(`messages/${encodeURIComponent(code)}.messages`, import.meta.url));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    // The core words the failure (an unsupported code, or a file that could not be read).
    return call(() => registerMessagesJson(code, `\u0000 ${String(error)}`));
  }
  return registerMessages(code, text);
}

/** Registers a language's texts given as the text of its `.messages` file (Node, bundlers). @type {import('./index').registerMessages} */
export function registerMessages(lang, text) {
  return call(() => registerMessagesJson(String(lang ?? ''), String(text ?? '')));
}
