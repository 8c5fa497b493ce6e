// Types of the package's element module (`biometric-check/element`): importing it
// registers <biometric-check>. Attributes, events and theming: pkg-config.md,
// "Embedding the widget".

import type { Assessment, Deployment, PolicyDocument } from './index.js';

/** The checker as a custom element. Attributes are the source of truth; the properties reflect them. */
export class BiometricCheckElement extends HTMLElement {
  /** The regimes shown (the `regimes` attribute); the law in force is always shown. */
  regimes: string[];
  /** The city's policy in use after validation (or null); set a policy object or a same-origin URL. */
  get policy(): PolicyDocument | null;
  set policy(value: PolicyDocument | string | null);
  /** Whether the city's policy counts towards the overall verdict (`binding-policy`). */
  bindingPolicy: boolean;
  /** One column, fewer tools (`compact`). */
  compact: boolean;
  /** The answers given so far (a copy); setting a description replaces them. */
  get answers(): Deployment;
  set answers(value: Deployment | string);
  /** The name answers are kept under in this browser, or `off` (`autosave`). */
  autosave: string;
  /** The last assessment shown (null before the rules have loaded). */
  readonly assessment: Assessment | null;
  /** Forgets the answers kept in this browser for this element, and clears the form. */
  reset(): void;
}

/**
 * Registers the element (idempotent: a second call returns the class in use). Called
 * by the module itself for `biometric-check`; call it for another name.
 */
export function define(tag?: string, registry?: CustomElementRegistry): CustomElementConstructor;

/** What every event of the element carries in `detail`. */
export interface BiometricCheckDetail {
  verdict: string | null;
  assessment: Assessment | null;
  deployment: Deployment;
  lang: string | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'biometric-check': BiometricCheckElement;
  }
  interface HTMLElementEventMap {
    'biometric-check-ready': CustomEvent<BiometricCheckDetail>;
    'biometric-check-change': CustomEvent<BiometricCheckDetail>;
    'biometric-check-verdict': CustomEvent<BiometricCheckDetail & { previous: string | null }>;
    'biometric-check-language': CustomEvent<BiometricCheckDetail & { texts: Record<string, string> }>;
    'biometric-check-export': CustomEvent<BiometricCheckDetail>;
    'biometric-check-problem': CustomEvent<BiometricCheckDetail & { attribute: string; message: string }>;
  }
}
