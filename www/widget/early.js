// What the widgets on a page need first, asked for before anything else has loaded.
// This module imports nothing, so it runs as soon as it arrives: the entry script
// (`biometric-check.js`) calls `preload()`, which starts fetching, in parallel, the
// texts of the widgets' languages, their style sheets and the city policies they name,
// and keeps the response of the WebAssembly module the entry fetched itself. Each
// early response is handed out once, to the code that would otherwise fetch it
// (`rules.js`, `element.js`); anything asked for later is fetched then.

/** The languages the widget speaks (those of the package), English first. */
export const LANGUAGES = ['en', 'sv', 'es', 'ca', 'nl', 'fr', 'de'];

/** The widget's style sheets (linked in each widget's shadow root). */
export const STYLES = ['../checker.css', './widget.css'].map((path) => new URL(path, import.meta.url).href);

const WASM = new URL('../pkg/biometric_check_bg.wasm', import.meta.url);
/** How a city policy is fetched (an early one is fetched the same way). @type {RequestInit} */
const POLICY_REQUEST = { credentials: 'same-origin', headers: { Accept: 'application/json' } };

/** @type {Promise<Response> | null} */
let wasm = null;
/** Early texts of languages, by code. @type {Map<string, Promise<string>>} */
const texts = new Map();
/** Early city policies, by URL. @type {Map<string, Promise<Response>>} */
const policies = new Map();

/** Hands out an early response once. @template T @param {Map<string, T>} map @param {string} key */
function take(map, key) {
  const early = map.get(key);
  map.delete(key);
  return early;
}

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

/** The WebAssembly module's response. */
export function fetchRules() {
  const early = wasm;
  wasm = null;
  return early ?? fetch(WASM);
}

/**
 * The texts of a language other than English (`messages/<code>.messages` of the package).
 * @param {string} code
 * @returns {Promise<string>}
 */
export function fetchTexts(code) {
  return (
    take(texts, code) ??
    fetch(new URL(`../pkg/messages/${code}.messages`, import.meta.url)).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    })
  );
}

/**
 * A city policy (a same-origin URL).
 * @param {URL} url
 */
export function fetchPolicy(url) {
  return take(policies, url.href) ?? fetch(url, POLICY_REQUEST);
}

/**
 * Starts fetching what the widgets already in the document will need.
 * @param {Document} doc
 * @param {Promise<Response>} [rules] the WebAssembly module, if its fetch has started
 * @returns {string[]} the languages of those widgets
 */
export function preload(doc, rules) {
  if (rules) wasm = rules;
  const widgets = [...doc.querySelectorAll('biometric-check')];
  if (widgets.length === 0) return [];
  const languages = [...new Set(widgets.map((element) => languageOf(/** @type {HTMLElement} */ (element)).lang))];
  for (const code of languages) {
    if (code === 'en' || texts.has(code)) continue;
    const early = fetchTexts(code);
    early.catch(() => {}); // a failure is reported by the widget, which fetches again
    texts.set(code, early);
  }
  // The style sheets, before any shadow root links them (the same requests, answered once).
  const preloaded = new Set([...doc.querySelectorAll('link[rel="preload"]')].map((link) => /** @type {HTMLLinkElement} */ (link).href));
  for (const href of STYLES) {
    if (preloaded.has(href)) continue;
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.as = 'style';
    link.href = href;
    doc.head.append(link);
  }
  // The city policies named by URL (same origin only: the widget refuses others).
  for (const element of widgets) {
    const attribute = element.getAttribute('policy');
    if (!attribute) continue;
    let url;
    try {
      url = new URL(attribute, doc.baseURI);
    } catch {
      continue;
    }
    if (url.origin !== location.origin || policies.has(url.href)) continue;
    const early = fetchPolicy(url);
    early.catch(() => {});
    policies.set(url.href, early);
  }
  return languages;
}
