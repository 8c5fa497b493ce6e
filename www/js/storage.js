// Keeping the description: autosave in the browser's storage, share links that carry
// the whole description (and the language) in the URL fragment (the part after `#`,
// which browsers never send to a server), and JSON files. Nothing here talks to a
// network. The one module that touches the browser's storage.
//
// A saved description can be damaged (edited by hand, written by an older version of
// the checker, cut short by a full disk): `loadSaved` says when it cannot be read at
// all, and `recover` keeps every field the rules accept and names the ones it had to
// leave out. The text that could not be restored is kept aside (`keys.unrestored`) so
// that nothing typed is lost for good.

import { isDeploymentLike, isObject } from './deployment.js';

/** @typedef {import('./deployment.js').Deployment} Deployment */
/** @typedef {import('../../pkg/index.js').InputError} InputError */
/** @typedef {import('../../pkg/index.js').AssessResult} AssessResult */

/** Every key this checker keeps starts so. */
const PREFIX = 'biometric-check:';
/** Where the page keeps the language chosen with its selector. */
const LANGUAGE_KEY = `${PREFIX}lang`;
const FRAGMENT = 'd=';

/**
 * The keys one checker keeps its answers under: the answers, the description a share
 * link replaced (to bring back), and the saved text that could not be restored.
 * @param {string} name the checker's own name (its `autosave` attribute, or where it is)
 */
export function storageKeys(name) {
  const answers = `${PREFIX}widget:${name}`;
  return { answers, previous: `${answers}:previous`, unrestored: `${answers}:unrestored` };
}

/** The browser's storage, or null when it is unavailable (private browsing, blocked). */
export function browserStorage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Whether anything can be kept in a storage (it exists and accepts a write). */
export function storageWorks(/** @type {Storage | null} */ storage) {
  try {
    const probe = `${PREFIX}probe`;
    storage?.setItem(probe, '1');
    storage?.removeItem(probe);
    return storage !== null;
  } catch {
    return false;
  }
}

/** The language chosen in this browser with the page's selector, or null. */
export function rememberedLanguage(/** @type {Storage | null} */ storage) {
  return readText(storage, LANGUAGE_KEY);
}

/** Keeps the language chosen with the page's selector (nothing when it cannot). */
export function rememberLanguage(/** @type {Storage | null} */ storage, /** @type {string} */ lang) {
  keepText(storage, lang, LANGUAGE_KEY);
}

/** Where the way of answering chosen last is kept: one question at a time, or the whole form. */
const MODE_KEY = `${PREFIX}mode`;

/** The way of answering chosen last in this browser (`guided` or `form`), or null. */
export function rememberedMode(/** @type {Storage | null} */ storage) {
  const mode = readText(storage, MODE_KEY);
  return mode === 'guided' || mode === 'form' ? mode : null;
}

/** Keeps the way of answering chosen (nothing when it cannot). */
export function rememberMode(/** @type {Storage | null} */ storage, /** @type {'guided' | 'form'} */ mode) {
  keepText(storage, mode, MODE_KEY);
}

/**
 * Moves what an earlier version of the page kept under other keys to the keys it uses
 * now, unless something is kept there already (so that nothing saved is left behind).
 * @param {Storage | null} storage
 * @param {[string, string][]} moves from, to
 */
export function moveKept(storage, moves) {
  for (const [from, to] of moves) {
    const text = readText(storage, from);
    if (text === null) continue;
    if (readText(storage, to) === null && !keepText(storage, text, to)) continue;
    clear(storage, from);
  }
}

/**
 * The saved description with its text: `unreadable` when there is text that is not a
 * JSON object (junk, a cut-off write, another program's data).
 * @param {Storage | null} storage
 * @param {string} key
 * @returns {{ deployment: Deployment | null, text: string | null, unreadable: boolean }}
 */
export function loadSaved(storage, key) {
  let text = null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return { deployment: null, text: null, unreadable: false };
  }
  if (!text) return { deployment: null, text: null, unreadable: false };
  try {
    const value = JSON.parse(text);
    if (isDeploymentLike(value)) return { deployment: value, text, unreadable: false };
  } catch {
    // Not JSON: reported below.
  }
  return { deployment: null, text, unreadable: true };
}

/**
 * Saves a description (an empty one removes the entry). Returns whether it worked.
 * @param {Storage | null} storage
 * @param {Deployment} deployment
 * @param {string} key
 */
export function save(storage, deployment, key) {
  try {
    if (!storage) return false;
    if (Object.keys(deployment).length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(deployment));
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps a text (the saved text that could not be restored). Returns whether it worked.
 * @param {Storage | null} storage
 * @param {string} text
 * @param {string} key
 */
export function keepText(storage, text, key) {
  try {
    if (!storage) return false;
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A kept text, or null.
 * @param {Storage | null} storage
 * @param {string} key
 */
export function readText(storage, key) {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Removes a saved description. */
export function clear(/** @type {Storage | null} */ storage, /** @type {string} */ key) {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage may be unavailable (private browsing): nothing to clear.
  }
}

/** @param {string} text */
function toBase64Url(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** @param {string} text */
function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/**
 * A link to this page that carries the description, and the language it is read in, in
 * its fragment: `#l=sv&d=…` (links without `l=` are read in the reader's language).
 * @param {string} pageUrl the page's address (any fragment is replaced)
 * @param {Deployment} deployment
 * @param {string} [lang]
 */
export function shareLink(pageUrl, deployment, lang) {
  const url = new URL(pageUrl);
  const language = lang && /^[a-z]{2,3}$/.test(lang) ? `l=${lang}&` : '';
  url.hash = `${language}${FRAGMENT}${toBase64Url(JSON.stringify(deployment))}`;
  return url.href;
}

/**
 * The parts of a fragment (`#l=sv&d=…`), or null when it is not a share link.
 * @param {string} hash
 */
function fragmentParts(hash) {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  /** @type {Map<string, string>} */
  const parts = new Map();
  for (const part of fragment.split('&')) {
    const at = part.indexOf('=');
    if (at > 0 && !parts.has(part.slice(0, at))) parts.set(part.slice(0, at), part.slice(at + 1));
  }
  return parts.has('d') ? parts : null;
}

/**
 * The language a share link asks for (`l=`), or null.
 * @param {string} hash e.g. `location.hash`
 */
export function fragmentLanguage(hash) {
  const lang = fragmentParts(hash)?.get('l') ?? null;
  return lang && /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(lang) ? lang.toLowerCase() : null;
}

/**
 * The description a fragment carries (`#d=…`, or `#l=sv&d=…`): `null` when the fragment
 * is not a share link, `{ error }` when it is one that cannot be read (cut short,
 * changed by hand, not an object).
 * @param {string} hash e.g. `location.hash`
 * @returns {null | { deployment: Deployment, lang: string | null } | { error: string }}
 */
export function fromFragment(hash) {
  const parts = fragmentParts(hash);
  if (!parts) return null;
  try {
    const value = JSON.parse(fromBase64Url(parts.get('d') ?? ''));
    return isDeploymentLike(value) ? { deployment: value, lang: fragmentLanguage(hash) } : { error: 'not an object' };
  } catch (error) {
    return { error: String(error) };
  }
}

/**
 * The JSON file for a description: its name (from the deployment's name) and text.
 * @param {Deployment} deployment
 */
export function exportFile(deployment) {
  const base = typeof deployment.name === 'string' ? deployment.name : '';
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return { name: `${slug || 'deployment'}.json`, text: `${JSON.stringify(deployment, null, 2)}\n` };
}

/** Files larger than this are not read: no description comes near it. */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * Reads an imported file's text: the parsed value (still to be validated by the core),
 * or why it cannot be a description (`not-json` with the syntax error, `not-object`).
 * @param {string} text
 * @returns {{ value: Deployment } | { error: string, reason: 'not-json' | 'not-object' }}
 */
export function parseImport(text) {
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), reason: 'not-json' };
  }
  if (!isDeploymentLike(value)) return { error: Array.isArray(value) ? 'array' : typeof value, reason: 'not-object' };
  return { value };
}

// ---------------------------------------------------------------------------------
// Recovery of a damaged or outdated saved description

/**
 * The key path of an error path as the core writes it (`a.b`, `functions[1]`), matched
 * against the value itself so that keys holding dots or brackets are found too.
 * @param {unknown} value
 * @param {string} path
 * @returns {(string | number)[] | null}
 */
function keyPath(value, path) {
  if (path === '') return [];
  if (Array.isArray(value)) {
    const match = /^\[(\d+)\](?:\.|(?=\[)|$)(.*)$/s.exec(path);
    if (!match) return null;
    const index = Number(match[1]);
    if (index >= value.length) return null;
    const rest = keyPath(value[index], match[2]);
    return rest ? [index, ...rest] : null;
  }
  if (!isObject(value)) return null;
  if (Object.hasOwn(value, path)) return [path];
  // The longest key that starts the path.
  const keys = Object.keys(value)
    .filter((key) => path.startsWith(`${key}.`) || path.startsWith(`${key}[`))
    .sort((a, b) => b.length - a.length);
  for (const key of keys) {
    const rest = keyPath(value[key], path.slice(key.length + (path[key.length] === '.' ? 1 : 0)));
    if (rest) return [key, ...rest];
  }
  return null;
}

/**
 * A copy with the value at a key path replaced (or removed when `replacement` is
 * undefined); objects left empty by a removal are removed too.
 * @param {any} value
 * @param {(string | number)[]} keys
 * @param {unknown} replacement
 * @returns {any}
 */
function replaceAt(value, keys, replacement) {
  const [key, ...rest] = keys;
  if (Array.isArray(value)) {
    const copy = [...value];
    const index = Number(key);
    if (rest.length) copy[index] = replaceAt(copy[index], rest, replacement);
    else if (replacement === undefined) copy.splice(index, 1);
    else copy[index] = replacement;
    return copy;
  }
  const copy = { ...value };
  if (rest.length) {
    const inner = replaceAt(copy[key], rest, replacement);
    if (isObject(inner) && Object.keys(inner).length === 0 && replacement === undefined) delete copy[key];
    else copy[key] = inner;
  } else if (replacement === undefined) delete copy[key];
  else copy[key] = replacement;
  return copy;
}

/**
 * A value written in an older or looser form, in the form the rules expect now, or
 * undefined when there is none: one choice where a list is expected, a number or a
 * yes/no written as text.
 * @param {unknown} value
 * @param {string | undefined} kind the catalogue's kind of the field
 */
function upgrade(value, kind) {
  if (kind === 'choices' && (typeof value === 'string' || typeof value === 'boolean')) return [value];
  if (kind === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (kind === 'flag' && typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === 'true' || word === 'yes') return true;
    if (word === 'false' || word === 'no') return false;
  }
  if (kind === 'flag' && (value === 1 || value === 0)) return value === 1;
  return undefined;
}

/**
 * Recovers a saved description: values in an older form are brought up to date, and
 * every field the rules still refuse is left out, one round at a time (removing a
 * field can reveal another error, e.g. a repeated list entry), so that every valid
 * field is kept.
 * @param {Deployment} deployment
 * @param {{ field: string, kind: string }[]} questions the catalogue's questions (their kinds)
 * @param {(deployment: Deployment) => AssessResult} validate
 * @returns {{ deployment: Deployment, dropped: InputError[], upgraded: string[] }}
 */
export function recover(deployment, questions, validate) {
  const kinds = new Map(questions.map((q) => [q.field, q.kind]));
  /** @type {InputError[]} */
  const dropped = [];
  /** @type {string[]} */
  const upgraded = [];
  let current = deployment;
  for (let round = 0; round < 64; round += 1) {
    const result = validate(current);
    if (result.type === 'success') return { deployment: current, dropped, upgraded };
    let changed = false;
    for (const error of result.errors) {
      const keys = keyPath(current, error.path);
      if (!keys || keys.length === 0) continue;
      const value = keys.reduce((/** @type {any} */ v, k) => v?.[k], current);
      const better = error.code === 'wrong-type' ? upgrade(value, kinds.get(error.path)) : undefined;
      if (better !== undefined) {
        current = replaceAt(current, keys, better);
        upgraded.push(error.path);
      } else {
        current = replaceAt(current, keys, undefined);
        dropped.push(error);
      }
      changed = true;
      // Paths of later errors may have moved (a list entry removed): validate again.
      if (keys.some((k) => typeof k === 'number')) break;
    }
    if (!changed) break;
  }
  // Nothing could be made valid field by field (the whole value is refused).
  const last = validate(current);
  if (last.type === 'success') return { deployment: current, dropped, upgraded };
  return { deployment: {}, dropped: [...dropped, ...last.errors], upgraded };
}
