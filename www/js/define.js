// Registers <biometric-check>. Idempotent: defining it twice (two script tags, two
// bundles, a portal that calls it again) is harmless and returns the class in use.

import { BiometricCheckElement } from './element.js';

export { BiometricCheckElement };

/**
 * @param {string} [tag] the element name (default `biometric-check`)
 * @param {CustomElementRegistry} [registry] (default: the window's)
 * @returns {CustomElementConstructor}
 */
export function define(tag = 'biometric-check', registry = globalThis.customElements) {
  const existing = registry.get(tag);
  if (existing) return existing;
  try {
    // A subclass per tag: one class can be registered under one name only.
    const element = tag === 'biometric-check' ? BiometricCheckElement : class extends BiometricCheckElement {};
    registry.define(tag, element);
    return element;
  } catch (error) {
    // Defined meanwhile by another copy of this module: that one is used.
    const defined = registry.get(tag);
    if (defined) return defined;
    throw error;
  }
}
