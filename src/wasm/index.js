// biometric-check: the JavaScript API of the package.
//
// Plain objects in, plain objects out: the WebAssembly module reads the caller's values
// and builds its results itself; nothing here reasons about the law. No call throws:
// failures come back as { type: "failure", errors: [...] }.

import * as core from './biometric_check.js';

export { default, initSync } from './biometric_check.js';

function call(run) {
  try {
    return run();
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
  return call(() => core.assess(deployment, options));
}

/** The question catalogue in a language. @type {import('./index').questions} */
export function questions(lang) {
  return call(() => core.questions(typeof lang === 'string' ? lang : 'en'));
}

/** Validates a policy document. @type {import('./index').validatePolicy} */
export function validatePolicy(policy, lang) {
  return call(() => core.validatePolicy(policy, typeof lang === 'string' ? lang : 'en'));
}

/** The package version and the date of the legal data. @type {import('./index').version} */
export function version() {
  return call(() => core.version());
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
    return call(() => core.registerMessages(code, `\u0000 ${String(error)}`));
  }
  return registerMessages(code, text);
}

/** Registers a language's texts given as the text of its `.messages` file (Node, bundlers). @type {import('./index').registerMessages} */
export function registerMessages(lang, text) {
  return call(() => core.registerMessages(String(lang ?? ''), String(text ?? '')));
}
