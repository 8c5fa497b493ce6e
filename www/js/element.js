// <biometric-check>: the checker as a custom element, the same on this project's own
// page and in a municipal portal. Everything the checker does lives here and in the
// modules it runs: the questionnaire and the result (`checker.js`), the share link,
// JSON export and import, printing and "start again" (`tools.js`), autosave, share
// links opened and recovery of a damaged save (`storage.js`, `notices.js`).
//
// Where it draws: in an open shadow root, so that a portal's CSS cannot reach in and
// the checker's cannot leak out; or, when the host page prerendered the checker's frame
// inside the element (this project's page does, so that its first questions work
// before any script), into that markup, styled by the page.
//
// Order of events, so that nothing typed is lost and the first questions never wait
// for WebAssembly:
//   1. The module compiles while it streams in (`rules.js`), started at once.
//   2. The description to start from: a share link in the address (the first element
//      on the page takes it), else what this browser kept, else the `answers`
//      attribute; answers typed into prerendered questions are added.
//   3. The first questions: the prerendered ones, or drawn from the language's first
//      screen (`texts.js`); every answer goes to the store and is kept at once.
//   4. When the rules are ready: the language's messages are loaded, a saved
//      description they refuse is recovered field by field, and from then on every
//      change is assessed at once.
//
// Attributes are the source of truth; each is reflected as a property:
//   lang            the language (else the nearest ancestor's `lang`, else the browser's)
//   regimes         the regimes to show, space-separated ids (default: the law in force,
//                   and the comparisons only with `compare`); the law in force
//                   (`eu-ai-act`, `data-protection`) is always shown
//   policy          the URL of a city's policy (JSON, same origin); the `policy`
//                   property also takes the policy as an object
//   binding-policy  the city's policy counts towards the overall verdict
//   compact         one column, fewer tools
//   mode            how questions are asked at first: `guided` (one at a time, the
//                   default) or `form` (the whole form); the person's own choice, kept
//                   in this browser, wins
//   compare         offer the non-binding comparisons (the 2021 proposal, the
//                   campaigners' demands) behind a switch in the result, off until the
//                   person turns it on (when `regimes` does not name the regimes)
//   answers         answers to start from, as a JSON object (a deployment)
//   autosave        the name answers are kept under in this browser, or `off`
//                   (default: one name per element on the page)
//
// Events (bubbling, crossing the shadow boundary), each with the assessment in `detail`:
//   biometric-check-ready     the rules are loaded and the first assessment is shown
//   biometric-check-change    every new assessment
//   biometric-check-verdict   the overall verdict changed
//   biometric-check-language  the checker is shown in another language (`detail.texts`:
//                             its interface texts, for the host's own words around it)
//   biometric-check-export    the person asked to export; cancelable: `preventDefault()`
//                             and the host takes the result instead of a file download
//   biometric-check-problem   an attribute or the policy could not be used (also shown
//                             inside the element, and warned in the console)

import { createChecker } from './checker.js';
import { createQuestionnaire } from './questionnaire.js';
import { createStore } from './store.js';
import { createTools } from './tools.js';
import { createNotices } from './notices.js';
import { createGuide } from './guide.js';
import {
  loadSaved,
  save,
  clear,
  keepText,
  readText,
  recover,
  fromFragment,
  storageKeys,
  browserStorage,
  storageWorks,
  rememberedMode,
  rememberMode,
} from './storage.js';
import { isDeploymentLike } from './deployment.js';
import { h, toDom } from './vdom.js';
import { t, formatList } from './i18n.js';
import { shellView } from './shell.js';
import { languageOf } from './languages.js';
import { firstScreen, messages, assetUrl } from './texts.js';
import { compileRules, loadRules, loadLanguage } from './rules.js';
import { ASSETS } from '../generated/assets.js';

/**
 * @typedef {import('../../pkg/index.js').Catalogue} Catalogue
 * @typedef {import('../../pkg/index.js').Assessment} Assessment
 * @typedef {import('../../pkg/index.js').AssessOptions} AssessOptions
 * @typedef {import('../../pkg/index.js').PolicyDocument} PolicyDocument
 * @typedef {import('./deployment.js').Deployment} Deployment
 * @typedef {ReturnType<typeof createChecker>} Checker
 * @typedef {{ attribute: string, message: string }} Problem
 * @typedef {{ fromLink: boolean, keptPrevious: boolean, linkError: boolean }} Start
 * @typedef {Awaited<ReturnType<typeof loadRules>>} Rules
 * @typedef {{ href: string, document: Promise<unknown> }} PolicyRequest
 */

/** How a city policy is fetched. @type {RequestInit} */
const POLICY_REQUEST = { credentials: 'same-origin', headers: { Accept: 'application/json' } };
/** How long a frame in a shadow root waits for its styles before showing anyway. */
const STYLE_WAIT_MS = 1500;

/** Whether an element on this page has taken the share link in the address. */
let linkTaken = false;

/**
 * A language's name as written in running text of another (`svenska`, `Deutsch`).
 * @param {string} code @param {string} inLang
 */
function languageName(code, inLang) {
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The address without its fragment (a share link read is not left in it). */
function forgetFragment() {
  history.replaceState(history.state, '', location.pathname + location.search);
}

export class BiometricCheckElement extends HTMLElement {
  static observedAttributes = ['lang', 'regimes', 'policy', 'binding-policy', 'compact', 'answers', 'autosave', 'mode', 'compare'];

  /** Where the checker draws: the shadow root, or the element itself (prerendered). */
  /** @type {ShadowRoot | HTMLElement | null} */
  #root = null;
  /** @type {Record<string, HTMLElement>} */
  #parts = {};
  #store = createStore(/** @type {Deployment} */ ({}));
  /** @type {ReturnType<typeof createQuestionnaire> | null} */
  #questionnaire = null;
  /** @type {Checker | null} */
  #checker = null;
  /** @type {ReturnType<typeof createTools> | null} */
  #tools = null;
  /** @type {ReturnType<typeof createNotices> | null} */
  #notices = null;
  /** @type {ReturnType<typeof createGuide> | null} */
  #guide = null;
  /** @type {Rules | null} */
  #rules = null;
  /** The language shown, and its interface texts (null until known). */
  /** @type {string | null} */
  #lang = null;
  /** @type {Record<string, string>} */
  #ui = {};
  /** A policy given as an object through the `policy` property. */
  /** @type {unknown} */
  #policyObject = null;
  /** The policy in use (valid), or null. */
  /** @type {PolicyDocument | null} */
  #policy = null;
  /** The document read (or being read) from the `policy` URL: a change of language
   * re-validates it (its errors are in the new language) without fetching it again.
   * @type {PolicyRequest | null} */
  #fetchedPolicy = null;
  /** @type {Problem[]} */
  #problems = [];
  /** @type {string | null} */
  #verdict = null;
  #started = false;
  #ready = false;
  /** A configuration pass is queued (several attribute changes give one pass). */
  #pending = false;
  /** Counts configuration passes, so that a slow one never overwrites a newer one. */
  #generation = 0;
  /** Counts the first screens asked for, so that only the last one asked is drawn. */
  #firstScreens = 0;
  /** @type {Storage | null} */
  #storage = null;
  /** @type {ReturnType<typeof storageKeys> | null} */
  #keys = null;
  /** What was kept in this browser when the element started. */
  /** @type {ReturnType<typeof loadSaved>} */
  #saved = { deployment: null, text: null, unreadable: false };
  /** Text kept in this browser that could not be restored (kept until let go). */
  /** @type {string | null} */
  #unrestored = null;
  /** @type {Start} */
  #start = { fromLink: false, keptPrevious: false, linkError: false };

  // ---- Properties (reflecting the attributes)

  get regimes() {
    return (this.getAttribute('regimes') ?? '').split(/[\s,]+/).filter(Boolean);
  }

  set regimes(value) {
    const list = Array.isArray(value) ? value.join(' ') : String(value ?? '');
    if (list) this.setAttribute('regimes', list);
    else this.removeAttribute('regimes');
  }

  /** The city's policy in use (after validation), or null. Set an object or a URL. */
  get policy() {
    return this.#policy;
  }

  set policy(value) {
    if (typeof value === 'string') {
      this.#policyObject = null;
      this.setAttribute('policy', value);
      return;
    }
    this.#policyObject = value ?? null;
    if (this.hasAttribute('policy')) this.removeAttribute('policy');
    else this.#schedule();
  }

  get bindingPolicy() {
    return this.hasAttribute('binding-policy');
  }

  set bindingPolicy(value) {
    this.toggleAttribute('binding-policy', Boolean(value));
  }

  get compact() {
    return this.hasAttribute('compact');
  }

  set compact(value) {
    this.toggleAttribute('compact', Boolean(value));
  }

  /** The answers given so far (a copy). Setting an object replaces them. */
  get answers() {
    return structuredClone(this.#store.get());
  }

  set answers(value) {
    if (typeof value === 'string') {
      this.setAttribute('answers', value);
      return;
    }
    this.#replaceAnswers(value ?? {}, 'answers');
  }

  /** How the questions are asked: `guided` (one at a time) or `form` (all of them). */
  get mode() {
    return this.#mode();
  }

  set mode(value) {
    this.setAttribute('mode', String(value));
  }

  get compare() {
    return this.hasAttribute('compare');
  }

  set compare(value) {
    this.toggleAttribute('compare', Boolean(value));
  }

  get autosave() {
    return this.getAttribute('autosave') ?? '';
  }

  set autosave(value) {
    if (value) this.setAttribute('autosave', String(value));
    else this.removeAttribute('autosave');
  }

  /** The last assessment shown (null before the rules have loaded). */
  get assessment() {
    return this.#checker?.assessment() ?? null;
  }

  // ---- Lifecycle

  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    // What the first screen and the rules need, asked for at once and in parallel: the
    // language's texts first (the first questions wait for them, not for the module).
    const { lang } = languageOf(this);
    const form = this.querySelector(':scope > [data-role="container"] [data-role="form"]');
    const prerendered = /** @type {HTMLElement | null} */ (form)?.dataset.catalogue?.split(' ')[0];
    if (prerendered !== lang) firstScreen(lang).catch(() => {});
    if (lang !== 'en') messages(lang).catch(() => {});
    compileRules();
    // After the script that added or upgraded the element: a host that sets attributes
    // right after (the page choosing the language) is heard before anything is drawn.
    queueMicrotask(() => void this.#begin());
  }

  /** @param {string} name @param {string | null} previous @param {string | null} value */
  attributeChangedCallback(name, previous, value) {
    if (previous === value || !this.#questionnaire) return;
    // Before the checker runs, only the language shows (the first questions are redrawn).
    if (name === 'lang' && !this.#checker) void this.#showFirstScreen(languageOf(this).lang);
    if (!this.#ready) return;
    if (name === 'answers') {
      this.#answersFromAttribute();
      return;
    }
    if (name === 'compact') {
      this.#buildTools();
      return;
    }
    if (name === 'mode') {
      this.#guide?.setMode(this.#mode());
      return;
    }
    if (name === 'policy') this.#fetchedPolicy = null;
    this.#schedule();
  }

  // ---- Starting: the frame, the description, the first questions, then the rules

  async #begin() {
    this.#mount();
    this.#storage = browserStorage();
    this.#keys = this.#storageKeys();
    this.#prefetchPolicy();
    const form = this.#parts.form;
    const questionnaire = createQuestionnaire(form, { store: this.#store, prefix: 'q' });
    this.#questionnaire = questionnaire;
    this.#store.set(questionnaire.takeTyped(this.#startingPoint()), 'start');
    questionnaire.sync(this.#store.get());
    this.#startGuide();
    this.#lang = questionnaire.language();
    const keys = this.#keys;
    if (keys) {
      this.#store.subscribe((deployment) => {
        if (!save(this.#storage, deployment, keys.answers)) this.#notices?.storageUnavailable();
      });
      save(this.#storage, this.#store.get(), keys.answers);
    }
    addEventListener('hashchange', (event) => this.#openLink(new URL(event.newURL).hash));
    addEventListener('beforeprint', () => this.#checker?.result.expandAll());
    void this.#showFirstScreen(languageOf(this).lang);
    await this.#startRules();
  }

  /** The way of answering: the person's choice kept in this browser, else the host's. */
  #mode() {
    return rememberedMode(this.#storage ?? browserStorage()) ?? (this.getAttribute('mode') === 'form' ? 'form' : 'guided');
  }

  /** Guided mode: one question at a time over the same answers as the form. */
  #startGuide() {
    const root = this.#parts.guide;
    if (!root) return;
    this.#guide = createGuide(root, {
      store: this.#store,
      form: this.#parts.form,
      onMode: (mode) => {
        rememberMode(this.#storage, mode);
        this.#guide?.setMode(mode);
        const target = /** @type {HTMLElement | null} */ (
          mode === 'form' ? this.#parts.form.querySelector('input, select, textarea') : root.querySelector('[data-role="guide-body"] input, [data-role="guide-body"] select, [data-role="guide-body"] textarea, [data-role="guide-body"] button')
        );
        target?.focus();
      },
      onShowResult: () => {
        const result = this.#parts.result;
        result.scrollIntoView({ block: 'start' });
        result.focus({ preventScroll: true });
      },
    });
    root.hidden = false;
    this.#guide.setMode(this.#mode());
    // While the rules load, say so (the page's HTML leaves it out for browsers without scripts).
    if (!this.#ready && this.#parts.loading) this.#parts.loading.hidden = false;
  }

  /** Adopts the frame prerendered inside the element, or builds it in a shadow root. */
  #mount() {
    const doc = this.ownerDocument;
    const prerendered = this.querySelector(':scope > [data-role="container"]');
    if (prerendered) {
      this.#root = this;
    } else {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const styles = ASSETS.styles.map((path) => h('link', { rel: 'stylesheet', href: assetUrl(path) }));
      shadow.replaceChildren(toDom([styles, shellView({}, { hidden: true })], doc));
      this.#root = shadow;
    }
    for (const element of this.#root.querySelectorAll('[data-role]')) {
      const el = /** @type {HTMLElement} */ (element);
      const role = el.dataset.role ?? '';
      if (!this.#parts[role]) this.#parts[role] = el;
    }
    if (!prerendered) this.#showWhenStyled();
    this.#barOnlyAwayFromResult();
    this.#notices = createNotices(
      { storage: this.#parts['storage-note'], shared: this.#parts.notice, recovery: this.#parts.recovery },
      {
        onRestore: () => this.#restorePrevious(),
        onDiscard: () => {
          if (this.#keys) clear(this.#storage, this.#keys.unrestored);
          this.#unrestored = null;
        },
        unrestored: () => this.#unrestored,
        // On its own page the checker is the page; in a portal it is a part of one.
        storageText: prerendered ? 'storage.unavailable' : 'widget.storage.unavailable',
      },
    );
  }

  /** The verdict bar (narrow screens) gives way as soon as the result itself is in view:
   * it never covers the result it summarises. */
  #barOnlyAwayFromResult() {
    const bar = this.#parts.bar;
    const result = this.#parts.result;
    if (!bar || !result || typeof IntersectionObserver !== 'function') return;
    new IntersectionObserver((entries) => {
      for (const entry of entries) bar.classList.toggle('verdict-bar--away', entry.isIntersecting);
    }).observe(result);
  }

  /** Shows the frame once its styles are there (no flash of unstyled questions), or
   * after a moment whatever happens to them. */
  #showWhenStyled() {
    const links = [.../** @type {ShadowRoot} */ (this.#root).querySelectorAll('link')];
    let waiting = links.length;
    const show = () => {
      this.#parts.container.hidden = false;
    };
    for (const link of links) {
      const done = () => {
        waiting -= 1;
        if (waiting === 0) show();
      };
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    }
    if (waiting === 0) show();
    setTimeout(show, STYLE_WAIT_MS);
  }

  /** The keys this element keeps its answers under, or null when it keeps none. */
  #storageKeys() {
    const own = this.getAttribute('autosave');
    if (own === 'off') return null;
    if (own) return storageKeys(own);
    const siblings = [...this.ownerDocument.querySelectorAll(this.localName)];
    return storageKeys(`${location.pathname}#${this.id || siblings.indexOf(this)}`);
  }

  /**
   * The description to start from: a share link in the address (the first element on
   * the page takes it, and it leaves the address), else what this browser kept, else
   * the `answers` attribute. When a link replaces a different kept description, that
   * one is kept aside to bring back; a link that cannot be read changes nothing.
   * @returns {Deployment}
   */
  #startingPoint() {
    const keys = this.#keys;
    this.#saved = keys ? loadSaved(this.#storage, keys.answers) : { deployment: null, text: null, unreadable: false };
    if (keys) {
      this.#unrestored = this.#saved.unreadable ? this.#saved.text : readText(this.#storage, keys.unrestored);
      if (this.#saved.unreadable && this.#saved.text !== null) keepText(this.#storage, this.#saved.text, keys.unrestored);
    }
    const own = this.#saved.deployment ?? null;
    const shared = linkTaken ? null : fromFragment(location.hash);
    if (shared) {
      linkTaken = true;
      forgetFragment();
      if ('error' in shared) {
        this.#start = { fromLink: false, keptPrevious: false, linkError: true };
      } else {
        const keptPrevious = own !== null && Object.keys(own).length > 0 && JSON.stringify(own) !== JSON.stringify(shared.deployment);
        if (keptPrevious && keys) save(this.#storage, own, keys.previous);
        this.#start = { fromLink: true, keptPrevious: keptPrevious && keys !== null, linkError: false };
        return shared.deployment;
      }
    }
    if (own && Object.keys(own).length > 0) return own;
    return this.#answersAttribute() ?? own ?? {};
  }

  /** A share link pasted into the address of the open page. */
  #openLink(/** @type {string} */ hash) {
    const shared = fromFragment(hash);
    // Taken already by another element on the page (which removed it from the address).
    if (!shared || location.hash === '') return;
    forgetFragment();
    const current = this.#store.get();
    if ('error' in shared) {
      this.#notices?.shared('shared.unreadable', false, Object.keys(current).length > 0);
      return;
    }
    const keep = Object.keys(current).length > 0 && JSON.stringify(current) !== JSON.stringify(shared.deployment);
    if (keep && this.#keys) save(this.#storage, current, this.#keys.previous);
    this.#store.set(shared.deployment, 'import');
    this.#notices?.shared('shared.opened', keep && this.#keys !== null);
  }

  /** Brings back the description a share link replaced (the link's is kept aside in turn). */
  #restorePrevious() {
    const keys = this.#keys;
    if (!keys) return;
    const previous = loadSaved(this.#storage, keys.previous).deployment;
    if (!previous) return;
    save(this.#storage, this.#store.get(), keys.previous);
    this.#store.set(previous, 'import');
  }

  /**
   * Draws the first questions in a language from its first screen, until the checker
   * runs (nothing then, or when the questions shown are in that language already).
   * @param {string} lang
   */
  async #showFirstScreen(lang) {
    const generation = ++this.#firstScreens;
    if (this.#checker || this.#questionnaire?.language() === lang) return;
    let first;
    try {
      first = await firstScreen(lang);
    } catch {
      return; // drawn by the rules once they are there
    }
    if (generation !== this.#firstScreens || this.#checker) return;
    /** @type {ReturnType<typeof createQuestionnaire>} */ (this.#questionnaire).showFirst(first);
    this.#applyLanguage(first.lang, first.ui);
    this.#guide?.setCatalogue(first);
  }

  /** Texts around the questions in the language; `lang` on the frame for assistive technology. */
  #applyLanguage(/** @type {string} */ lang, /** @type {Record<string, string>} */ ui) {
    const container = this.#parts.container;
    container.setAttribute('lang', lang);
    container.setAttribute('aria-label', t(ui, 'title'));
    this.#parts.form.setAttribute('aria-label', t(ui, 'form.title'));
    this.#parts['result-title'].textContent = t(ui, 'result.title');
    const loading = this.#parts.loading;
    if (loading?.isConnected) loading.textContent = t(ui, 'loading');
    const failed = this.#parts['load-failed'];
    if (failed) failed.textContent = t(ui, 'load-failed');
    const changed = this.#lang !== lang;
    this.#lang = lang;
    this.#ui = ui;
    if (changed) this.#emit('biometric-check-language', { extra: { texts: ui } });
  }

  async #startRules() {
    try {
      this.#rules = await loadRules();
    } catch (error) {
      // Said in the language shown when its texts are known, else in English.
      this.#parts.container.hidden = false;
      this.#parts.loading.hidden = true;
      const failed = this.#parts['load-failed'];
      if (!failed.textContent) failed.textContent = 'The rules could not be loaded, so no result can be shown. Your answers are kept; try reloading the page.';
      failed.append(` ${String(error)}`);
      failed.hidden = false;
      console.warn(`<${this.localName}>: the rules could not be loaded`, error);
      return;
    }
    this.#ready = true;
    await this.#configure();
    this.#emit('biometric-check-ready');
  }

  // ---- Configuration: language, regimes, policy

  /** @param {string} attribute @param {string} message */
  #problem(attribute, message) {
    this.#problems.push({ attribute, message });
  }

  /** Starts fetching the policy the `policy` attribute names (same origin only). */
  #prefetchPolicy() {
    const url = this.getAttribute('policy');
    if (!url) return;
    let target;
    try {
      target = new URL(url, this.ownerDocument.baseURI);
    } catch {
      return;
    }
    if (target.origin !== location.origin || this.#fetchedPolicy?.href === target.href) return;
    const document = fetch(target, POLICY_REQUEST).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      try {
        return JSON.parse(text);
      } catch (error) {
        throw Object.assign(new Error(String(/** @type {Error} */ (error).message ?? error)), { notJson: true });
      }
    });
    document.catch(() => {}); // reported when the policy is read
    this.#fetchedPolicy = { href: target.href, document };
  }

  /** The policy to use: from the property, from the URL, or none (with problems noted). */
  async #loadPolicy(/** @type {Catalogue} */ catalogue) {
    const rules = /** @type {Rules} */ (this.#rules);
    const ui = catalogue.ui;
    /** @type {unknown} */
    let candidate = this.#policyObject;
    const url = this.getAttribute('policy');
    if (url) {
      let target;
      try {
        target = new URL(url, this.ownerDocument.baseURI);
      } catch {
        this.#problem('policy', t(ui, 'widget.policy.failed', { url, error: t(ui, 'widget.policy.bad-url') }));
        return null;
      }
      if (target.origin !== location.origin) {
        this.#problem('policy', t(ui, 'widget.policy.other-origin', { url, origin: location.origin }));
        return null;
      }
      if (this.#fetchedPolicy?.href !== target.href) this.#prefetchPolicy();
      try {
        candidate = await /** @type {PolicyRequest} */ (this.#fetchedPolicy).document;
      } catch (error) {
        const message = String(/** @type {Error} */ (error).message ?? error);
        const why = /** @type {{ notJson?: boolean }} */ (error).notJson ? t(ui, 'widget.policy.not-json', { error: message }) : message;
        this.#problem('policy', t(ui, 'widget.policy.failed', { url, error: why }));
        return null;
      }
    }
    if (candidate === null || candidate === undefined) return null;
    const checked = rules.validatePolicy(/** @type {PolicyDocument} */ (candidate), catalogue.lang);
    if (checked.type === 'failure') {
      const errors = checked.errors.slice(0, 5).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
      this.#problem('policy', t(ui, 'widget.policy.invalid', { count: checked.errors.length, errors: formatList(catalogue.lang, errors) }));
      return null;
    }
    return /** @type {PolicyDocument} */ (candidate);
  }

  /** The assessment options the attributes ask for (problems noted). */
  #assessOptions(/** @type {Catalogue} */ catalogue) {
    const ui = catalogue.ui;
    const policyId = this.#policy ? `policy:${this.#policy.id}` : null;
    const known = [...catalogue.regimes.map((r) => r.id), ...(policyId ? [policyId] : [])];
    const asked = this.regimes;
    const unknown = asked.filter((id) => !known.includes(id));
    if (unknown.length > 0) {
      this.#problem('regimes', t(ui, 'widget.regimes.unknown', { values: formatList(catalogue.lang, unknown), known: formatList(catalogue.lang, known) }));
    }
    // The law in force is always shown (and binding); a city's policy whenever one is given.
    const law = catalogue.regimes.filter((r) => r.binding_by_default).map((r) => r.id);
    const comparisons = catalogue.regimes.filter((r) => !r.binding_by_default).map((r) => r.id);
    const named = asked.filter((id) => known.includes(id));
    const wanted = named.length > 0 ? named : this.compare ? comparisons : [];
    const regimes = [...new Set([...law, ...wanted, ...(policyId ? [policyId] : [])])];
    /** @type {Omit<AssessOptions, 'lang'>} */
    const options = { regimes };
    if (this.#policy) options.policies = [this.#policy];
    if (policyId && this.bindingPolicy) options.binding = [...law, policyId];
    if (this.bindingPolicy && !this.#policyObject && !this.hasAttribute('policy')) {
      this.#problem('binding-policy', t(ui, 'widget.binding.no-policy'));
    }
    return options;
  }

  #schedule() {
    if (this.#pending || !this.#ready) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      void this.#configure();
    });
  }

  /** Applies every attribute: language, policy, regimes; then assesses. */
  async #configure() {
    const rules = this.#rules;
    if (!rules) return;
    const generation = ++this.#generation;
    this.#problems = [];
    const { lang, unknown } = languageOf(this);
    const loaded = await loadLanguage(lang).catch(() => null);
    if (generation !== this.#generation) return;
    const checker = this.#checker;
    const failed = loaded?.type !== 'success';
    // A language that cannot be loaded (offline) leaves the checker in the one shown;
    // at the start, that is English (built into the rules).
    const shown = failed ? (checker ? checker.catalogue().lang : 'en') : lang;
    const catalogue = checker && checker.catalogue().lang === shown ? checker.catalogue() : rules.questions(shown);
    if (unknown) this.#problem('lang', t(catalogue.ui, 'widget.lang.unknown', { value: unknown, language: languageName(catalogue.lang, catalogue.lang) }));
    if (failed && !checker) this.#problem('lang', t(catalogue.ui, 'language.failed', { language: languageName(lang, catalogue.lang) }));
    // Read again at every change (its problems are then worded in the current language).
    const policy = await this.#loadPolicy(catalogue);
    if (generation !== this.#generation) return;
    this.#policy = policy;
    const options = this.#assessOptions(catalogue);
    const previousLang = this.#lang;
    this.#applyLanguage(catalogue.lang, catalogue.ui);
    if (!checker) {
      this.#startChecker(catalogue, options);
    } else {
      if (checker.catalogue().lang !== catalogue.lang) {
        this.#guide?.setCatalogue(catalogue);
        checker.setCatalogue(catalogue);
        this.#tools?.setUi(catalogue.ui);
        this.#notices?.setCatalogue(catalogue);
      }
      checker.setOptions(options);
      if (failed) this.#tools?.say(t(catalogue.ui, 'language.failed', { language: languageName(lang, catalogue.lang) }));
      else if (previousLang !== catalogue.lang) this.#tools?.say(t(catalogue.ui, 'language.changed'));
    }
    if (failed && checker) this.#emit('biometric-check-language', { extra: { texts: catalogue.ui } });
    this.#showProblems(catalogue);
  }

  #showProblems(/** @type {Catalogue} */ catalogue) {
    const box = this.#parts.problems;
    const problems = this.#problems;
    box.replaceChildren(
      toDom(
        problems.length
          ? [h('p', { class: 'checker__problems-title' }, t(catalogue.ui, 'widget.problems')), h('ul', null, problems.map((p) => h('li', { 'data-attribute': p.attribute }, p.message)))]
          : null,
        this.ownerDocument,
      ),
    );
    box.hidden = problems.length === 0;
    for (const problem of problems) {
      console.warn(`<${this.localName}> ${problem.attribute}: ${problem.message}`);
      this.#emit('biometric-check-problem', { extra: problem });
    }
  }

  // ---- The checker

  #buildTools() {
    const checker = this.#checker;
    if (!checker) return;
    // A fresh element each time: the tools listen on their root.
    const root = /** @type {HTMLElement} */ (this.#parts.tools.cloneNode(false));
    this.#parts.tools.replaceWith(root);
    this.#parts.tools = root;
    this.#tools = createTools(root, {
      ui: checker.catalogue().ui,
      store: this.#store,
      actions: this.compact ? ['share', 'print', 'reset'] : undefined,
      validate: (value) => checker.validate(value),
      showErrors: (errors) => checker.questionnaire.showErrors(errors, 'import'),
      clearErrors: () => checker.questionnaire.clearErrors(),
      onReset: () => {
        if (this.#keys) clear(this.#storage, this.#keys.answers);
        this.#store.set({}, 'reset');
        this.#guide?.restart();
        const start = this.#mode() === 'guided' ? this.#parts.guide : this.#parts.form;
        /** @type {HTMLElement | null} */ (start.querySelector('input'))?.focus();
      },
      onExport: () => this.#emit('biometric-check-export', { cancelable: true }),
      pageUrl: () => this.#pageUrl(),
      lang: () => checker.catalogue().lang,
      beforePrint: () => checker.result.expandAll(),
    });
  }

  /**
   * The address a share link opens: the page of the language shown when the document
   * names one (`<link rel="alternate" hreflang>`, as this project's page does), else
   * this page.
   */
  #pageUrl() {
    const lang = this.#checker?.catalogue().lang ?? this.#lang;
    const alternate = /** @type {HTMLLinkElement | null} */ (this.ownerDocument.querySelector(`link[rel="alternate"][hreflang="${lang}"]`));
    const url = new URL(alternate?.href ?? location.href);
    if (!alternate) url.hash = '';
    else url.search = location.search;
    return url.href;
  }

  /**
   * @param {Catalogue} catalogue
   * @param {Omit<AssessOptions, 'lang'>} options
   */
  #startChecker(catalogue, options) {
    const rules = /** @type {Rules} */ (this.#rules);
    const questionnaire = /** @type {ReturnType<typeof createQuestionnaire>} */ (this.#questionnaire);
    const notices = /** @type {ReturnType<typeof createNotices>} */ (this.#notices);
    const start = this.#start;
    if (!start.fromLink) this.#answersAttributeProblems(catalogue);
    const checker = createChecker({
      form: this.#parts.form,
      result: this.#parts.result,
      store: this.#store,
      assess: rules.assess,
      catalogue,
      options,
      questionnaire,
      bar: this.#parts.bar,
      startErrors: start.fromLink ? 'link' : 'live',
      onUnplacedErrors: (errors) => this.#tools?.listErrors(errors),
      onAssessed: (assessment) => this.#assessed(assessment),
      onJump: (field) => {
        if (this.#mode() === 'guided' && this.#guide?.ask(field)) return;
        questionnaire.focusField(field);
      },
    });
    this.#guide?.setCatalogue(catalogue);
    this.#checker = checker;
    this.#buildTools();
    notices.setCatalogue(catalogue);

    // A kept description the rules refuse (changed by hand, written by an older
    // version): keep every field they accept, say which were left out, keep the text.
    const keys = this.#keys;
    const saved = this.#saved;
    /** @type {import('./notices.js').Recovery | null} */
    let recovery = null;
    if (!start.fromLink && saved.deployment && keys) {
      const recovered = recover(this.#store.get(), catalogue.questions, (value) => rules.assess(value, { ...options, lang: catalogue.lang }));
      if (recovered.dropped.length > 0 || recovered.upgraded.length > 0) {
        if (recovered.dropped.length > 0 && saved.text !== null) {
          this.#unrestored = saved.text;
          keepText(this.#storage, saved.text, keys.unrestored);
          recovery = { kind: 'dropped', dropped: recovered.dropped };
        }
        this.#store.set(recovered.deployment, 'import');
      }
    }
    if (keys && !recovery && saved.unreadable) recovery = { kind: 'unreadable', dropped: [] };
    if (keys && !recovery && this.#unrestored !== null) recovery = { kind: 'earlier', dropped: [] };
    notices.recovered(recovery);

    checker.start();

    if (keys && !storageWorks(this.#storage)) notices.storageUnavailable();
    if (start.fromLink) notices.shared('shared.opened', start.keptPrevious);
    if (start.linkError) notices.shared('shared.unreadable', false, Object.keys(saved.deployment ?? {}).length > 0);
  }

  /** @param {Assessment} assessment */
  #assessed(assessment) {
    this.#guide?.update(assessment);
    this.#emit('biometric-check-change');
    if (assessment.verdict !== this.#verdict) {
      const previous = this.#verdict;
      this.#verdict = assessment.verdict;
      this.#emit('biometric-check-verdict', { extra: { previous } });
    }
  }

  // ---- Answers given by the host

  /** The `answers` attribute as a description, or null when it is none. */
  #answersAttribute() {
    const text = this.getAttribute('answers');
    if (!text) return null;
    try {
      const value = JSON.parse(text);
      return isDeploymentLike(value) ? /** @type {Deployment} */ (value) : null;
    } catch {
      return null;
    }
  }

  /** Notes why the `answers` attribute cannot be used, if it cannot. */
  #answersAttributeProblems(/** @type {Catalogue} */ catalogue) {
    const text = this.getAttribute('answers');
    if (!text) return;
    try {
      if (!isDeploymentLike(JSON.parse(text))) this.#problem('answers', t(catalogue.ui, 'widget.answers.not-object'));
    } catch (error) {
      this.#problem('answers', t(catalogue.ui, 'widget.answers.not-json', { error: String(/** @type {Error} */ (error).message ?? error) }));
    }
  }

  #answersFromAttribute() {
    const checker = this.#checker;
    if (!checker) return;
    const catalogue = checker.catalogue();
    this.#problems = this.#problems.filter((p) => p.attribute !== 'answers');
    this.#answersAttributeProblems(catalogue);
    const given = this.#answersAttribute();
    if (given) this.#store.set(given, 'import');
    this.#showProblems(catalogue);
  }

  /** @param {unknown} value @param {string} attribute */
  #replaceAnswers(value, attribute) {
    const checker = this.#checker;
    if (!checker) {
      // Before the rules have loaded: kept as the answers to start from.
      if (isDeploymentLike(value)) {
        if (this.#questionnaire) this.#store.set(/** @type {Deployment} */ (value), 'import');
        else this.setAttribute(attribute, JSON.stringify(value));
      }
      return;
    }
    const catalogue = checker.catalogue();
    this.#problems = this.#problems.filter((p) => p.attribute !== attribute);
    if (isDeploymentLike(value)) this.#store.set(/** @type {Deployment} */ (value), 'import');
    else this.#problem(attribute, t(catalogue.ui, 'widget.answers.not-object'));
    this.#showProblems(catalogue);
  }

  /** Forgets the answers kept in this browser for this element, and clears the form. */
  reset() {
    const keys = this.#keys ?? (this.#started ? null : this.#storageKeys());
    if (keys) clear(browserStorage(), keys.answers);
    this.#store.set({}, 'reset');
    this.#guide?.restart();
  }

  // ---- Events

  /**
   * Fires an event that bubbles out of the shadow root, with the assessment in `detail`.
   * Returns false when a cancelable event was cancelled.
   * @param {string} type
   * @param {{ cancelable?: boolean, extra?: object }} [how]
   */
  #emit(type, how = {}) {
    const assessment = this.#checker?.assessment() ?? null;
    const detail = {
      verdict: assessment?.verdict ?? null,
      assessment,
      deployment: structuredClone(this.#store.get()),
      lang: this.#lang,
      ...how.extra,
    };
    return this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable: how.cancelable ?? false, detail }));
  }
}
