// Keeping the description: autosave in the browser's storage, share links that carry
// the whole description in the URL fragment (the part after `#`, which browsers never
// send to a server), and JSON files. Nothing here talks to a network.

import { isDeploymentLike } from './deployment.js';

/** @typedef {import('./deployment.js').Deployment} Deployment */

export const KEY = 'biometric-check:deployment';
export const PREVIOUS_KEY = 'biometric-check:previous';
const FRAGMENT = 'd=';

/**
 * The saved description, or null.
 * @param {Storage | null} storage
 * @param {string} [key]
 * @returns {Deployment | null}
 */
export function load(storage, key = KEY) {
  try {
    const text = storage?.getItem(key);
    if (!text) return null;
    const value = JSON.parse(text);
    return isDeploymentLike(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Saves a description (an empty one removes the entry). Returns whether it worked.
 * @param {Storage | null} storage
 * @param {Deployment} deployment
 * @param {string} [key]
 */
export function save(storage, deployment, key = KEY) {
  try {
    if (!storage) return false;
    if (Object.keys(deployment).length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(deployment));
    return true;
  } catch {
    return false;
  }
}

/** Removes a saved description. */
export function clear(/** @type {Storage | null} */ storage, key = KEY) {
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
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/**
 * A link to this page that carries the description in its fragment.
 * @param {string} pageUrl the page's address (any fragment is replaced)
 * @param {Deployment} deployment
 */
export function shareLink(pageUrl, deployment) {
  const url = new URL(pageUrl);
  url.hash = FRAGMENT + toBase64Url(JSON.stringify(deployment));
  return url.href;
}

/**
 * The description a fragment carries (`#d=…`): `null` when the fragment is not a share
 * link, `{ error }` when it is one that cannot be read.
 * @param {string} hash e.g. `location.hash`
 * @returns {null | { deployment: Deployment } | { error: string }}
 */
export function fromFragment(hash) {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(FRAGMENT)) return null;
  try {
    const value = JSON.parse(fromBase64Url(fragment.slice(FRAGMENT.length)));
    return isDeploymentLike(value) ? { deployment: value } : { error: 'not an object' };
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

/**
 * Reads an imported file's text: the parsed value (still to be validated by the core),
 * or the JSON syntax error.
 * @param {string} text
 * @returns {{ value: unknown } | { error: string }}
 */
export function parseImport(text) {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
