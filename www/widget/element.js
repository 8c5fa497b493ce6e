// <biometric-check>: the checker as a custom element for municipal portals.
//
// The class only; `define.js` registers it. It runs the same checker as the page
// (`../js/checker.js`: the questionnaire, the result, the tools) inside an open shadow
// root, so the host page's CSS cannot reach in and the widget's CSS cannot leak out.
//
// Attributes are the source of truth; each is reflected as a property:
//   lang            the language (else the nearest ancestor's `lang`, else the browser's)
//   regimes         the regimes to show, space-separated ids (default: all); the law in
//                   force (`eu-ai-act`) is always shown
//   policy          the URL of a city's policy (JSON, same origin); the `policy`
//                   property also takes the policy as an object
//   binding-policy  the city's policy counts towards the overall verdict
//   compact         one column, fewer tools
//   answers         answers to start from, as a JSON object (a deployment)
//   autosave        the key answers are kept under in this browser, or `off`
//                   (default: one key per widget on the page)
//
// Events (bubbling, crossing the shadow boundary), each with the assessment in `detail`:
//   biometric-check-ready    the rules are loaded and the first assessment is shown
//   biometric-check-change   every new assessment
//   biometric-check-verdict  the overall verdict changed
//   biometric-check-export   the person asked to export; cancelable: `preventDefault()`
//                            and the host takes the result instead of a file download
//   biometric-check-problem  an attribute or the policy could not be used (also shown
//                            inside the widget, and warned in the console)

import { createChecker } from '../js/checker.js';
import { createStore } from '../js/store.js';
import { createTools } from '../js/tools.js';
import { loadSaved, save, clear } from '../js/storage.js';
import { isDeploymentLike } from '../js/deployment.js';
import { h, toDom } from '../js/vdom.js';
import { t, formatList } from '../js/i18n.js';
import { loadRules, loadLanguage, languageOf, fetchPolicy, STYLES } from './rules.js';

/**
 * @typedef {import('../pkg/index.js').Catalogue} Catalogue
 * @typedef {import('../pkg/index.js').Assessment} Assessment
 * @typedef {import('../pkg/index.js').AssessOptions} AssessOptions
 * @typedef {import('../pkg/index.js').PolicyDocument} PolicyDocument
 * @typedef {import('../pkg/index.js').InputError} InputError
 * @typedef {import('../js/deployment.js').Deployment} Deployment
 * @typedef {ReturnType<typeof createChecker>} Checker
 * @typedef {{ attribute: string, message: string }} Problem
 */

/** The law in force: always shown, and binding. */
const LAW = 'eu-ai-act';
/** Where a widget keeps its answers in this browser, before its own key. */
const STORAGE_PREFIX = 'biometric-check:widget:';
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

/** The browser's storage, or null when it is unavailable (private browsing, blocked). */
function browserStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export class BiometricCheckElement extends HTMLElement {
  static observedAttributes = ['lang', 'regimes', 'policy', 'binding-policy', 'compact', 'answers', 'autosave'];

  /** @type {ShadowRoot} */
  #shadow;
  /** @type {Record<string, HTMLElement>} */
  #parts = {};
  /** @type {Checker | null} */
  #checker = null;
  /** @type {ReturnType<typeof createTools> | null} */
  #tools = null;
  #store = createStore(/** @type {Deployment} */ ({}));
  /** @type {Awaited<ReturnType<typeof loadRules>> | null} */
  #rules = null;
  /** A policy given as an object through the `policy` property. */
  /** @type {unknown} */
  #policyObject = null;
  /** The policy in use (valid), or null. */
  /** @type {PolicyDocument | null} */
  #policy = null;
  /** The document last read from the `policy` URL: a change of language re-validates it
   * (its errors are in the widget's language) without fetching it again.
   * @type {{ href: string, document: unknown } | null} */
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

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
  }

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
    this.#build();
    void this.#startRules();
  }

  /** @param {string} name @param {string | null} previous @param {string | null} value */
  attributeChangedCallback(name, previous, value) {
    if (!this.#ready || previous === value) return;
    if (name === 'answers') {
      this.#answersFromAttribute();
      return;
    }
    if (name === 'compact') {
      this.#buildTools();
      return;
    }
    if (name === 'policy') this.#fetchedPolicy = null;
    this.#schedule();
  }

  // ---- Building

  #build() {
    const doc = this.ownerDocument;
    const container = h(
      'div',
      { class: 'widget', part: 'container', 'data-role': 'container', hidden: true },
      h('div', { class: 'widget__problems', part: 'problems', 'data-role': 'problems', role: 'alert', hidden: true }),
      h(
        'div',
        { class: 'widget__layout' },
        h(
          'div',
          { class: 'widget__form' },
          h('section', { class: 'tools', part: 'tools', 'data-role': 'tools', hidden: true }),
          h('p', { class: 'notice', 'data-role': 'storage', role: 'status', hidden: true }),
          h('form', { class: 'questionnaire', part: 'questionnaire', 'data-role': 'form', method: 'dialog', autocomplete: 'off', novalidate: true }),
        ),
        h(
          'div',
          { class: 'widget__result' },
          h(
            'section',
            { class: 'result', part: 'result', 'data-role': 'result', 'aria-labelledby': 'result-title', tabindex: '-1' },
            h('h2', { class: 'result__title', id: 'result-title', 'data-role': 'result-title' }),
            h('p', { 'data-role': 'announce', class: 'visually-hidden', 'aria-live': 'polite' }),
            h('div', { 'data-role': 'content' }, h('p', { class: 'notice', 'aria-busy': 'true' }, '…')),
          ),
        ),
      ),
    );
    const styles = STYLES.map((href) => h('link', { rel: 'stylesheet', href }));
    this.#shadow.replaceChildren(toDom([styles, container], doc));
    for (const element of this.#shadow.querySelectorAll('[data-role]')) {
      const el = /** @type {HTMLElement} */ (element);
      this.#parts[el.dataset.role ?? ''] = el;
    }
    // Shown once its styles are there (no flash of unstyled questions), or after a
    // moment whatever happens to them.
    let waiting = STYLES.length;
    const show = () => {
      this.#parts.container.hidden = false;
    };
    for (const link of this.#shadow.querySelectorAll('link')) {
      const done = () => {
        waiting -= 1;
        if (waiting === 0) show();
      };
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    }
    setTimeout(show, 1500);
  }

  #buildTools() {
    const checker = this.#checker;
    if (!checker) return;
    const catalogue = checker.catalogue();
    // A fresh element each time: the tools listen on their root.
    const root = /** @type {HTMLElement} */ (this.#parts.tools.cloneNode(false));
    this.#parts.tools.replaceWith(root);
    this.#parts.tools = root;
    this.#tools = createTools(root, {
      ui: catalogue.ui,
      store: this.#store,
      prefix: 'widget-tools',
      actions: this.compact ? ['export', 'reset'] : ['export', 'import', 'reset'],
      validate: (value) => checker.validate(value),
      showErrors: (errors) => checker.questionnaire.showErrors(errors, 'import'),
      clearErrors: () => checker.questionnaire.clearErrors(),
      onReset: () => {
        this.#store.set({}, 'reset');
        /** @type {HTMLElement | null} */ (this.#parts.form.querySelector('input'))?.focus();
      },
      onExport: () => this.#emit('biometric-check-export', { cancelable: true }),
      pageUrl: () => location.href,
      lang: () => catalogue.lang,
    });
  }

  // ---- Configuration: language, regimes, policy

  /** @param {string} attribute @param {string} message */
  #problem(attribute, message) {
    this.#problems.push({ attribute, message });
  }

  /** The policy to use: from the property, from the URL, or none (with problems noted). */
  async #loadPolicy(/** @type {Catalogue} */ catalogue) {
    const rules = /** @type {NonNullable<typeof this.#rules>} */ (this.#rules);
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
      if (this.#fetchedPolicy?.href === target.href) candidate = this.#fetchedPolicy.document;
      else try {
        const response = await fetchPolicy(target);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const text = await response.text();
        try {
          candidate = JSON.parse(text);
        } catch (error) {
          throw new Error(t(ui, 'widget.policy.not-json', { error: String(/** @type {Error} */ (error).message ?? error) }));
        }
        this.#fetchedPolicy = { href: target.href, document: candidate };
      } catch (error) {
        this.#problem('policy', t(ui, 'widget.policy.failed', { url, error: String(/** @type {Error} */ (error).message ?? error) }));
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
    let regimes = asked.filter((id) => known.includes(id));
    if (regimes.length > 0) {
      if (!regimes.includes(LAW)) regimes.unshift(LAW);
      // The city's policy is shown whenever one is given.
      if (policyId && !regimes.includes(policyId)) regimes.push(policyId);
      regimes = [...new Set(regimes)];
    }
    /** @type {Omit<AssessOptions, 'lang'>} */
    const options = {};
    if (regimes.length > 0) options.regimes = regimes;
    if (this.#policy) options.policies = [this.#policy];
    if (policyId && this.bindingPolicy) options.binding = [LAW, policyId];
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
    const loaded = await loadLanguage(lang);
    if (generation !== this.#generation) return;
    const catalogue = rules.questions(loaded.type === 'success' ? lang : 'en');
    if (unknown) this.#problem('lang', t(catalogue.ui, 'widget.lang.unknown', { value: unknown, language: languageName(catalogue.lang, catalogue.lang) }));
    if (loaded.type !== 'success') this.#problem('lang', t(catalogue.ui, 'language.failed', { language: languageName(lang, catalogue.lang) }));
    // Read again at every change (its problems are then worded in the current language).
    const policy = await this.#loadPolicy(catalogue);
    if (generation !== this.#generation) return;
    this.#policy = policy;
    const options = this.#assessOptions(catalogue);
    this.#applyLanguage(catalogue);
    const checker = this.#checker;
    if (!checker) {
      this.#startChecker(catalogue, options);
    } else {
      if (checker.catalogue().lang !== catalogue.lang) {
        checker.setCatalogue(catalogue);
        this.#buildTools();
      }
      checker.setOptions(options);
    }
    this.#showProblems(catalogue);
  }

  /** Texts around the checker in the language; `lang` on the container for assistive technology. */
  #applyLanguage(/** @type {Catalogue} */ catalogue) {
    const container = this.#parts.container;
    container.setAttribute('lang', catalogue.lang);
    container.setAttribute('aria-label', t(catalogue.ui, 'title'));
    container.setAttribute('role', 'region');
    this.#parts.form.setAttribute('aria-label', t(catalogue.ui, 'form.title'));
    this.#parts['result-title'].textContent = t(catalogue.ui, 'result.title');
  }

  #showProblems(/** @type {Catalogue} */ catalogue) {
    const box = this.#parts.problems;
    const problems = this.#problems;
    box.replaceChildren(
      toDom(
        problems.length
          ? [h('p', { class: 'widget__problems-title' }, t(catalogue.ui, 'widget.problems')), h('ul', null, problems.map((p) => h('li', { 'data-attribute': p.attribute }, p.message)))]
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

  // ---- The rules and the checker

  async #startRules() {
    try {
      this.#rules = await loadRules();
    } catch (error) {
      // The module could not be loaded: say so in the widget, in the language asked for
      // when its texts could be known, else in English (the rules carry the texts).
      this.#parts.container.hidden = false;
      const content = /** @type {HTMLElement} */ (this.#parts.result.querySelector('[data-role="content"]'));
      content.replaceChildren(
        toDom(h('p', { class: 'notice notice--error', role: 'alert' }, 'The rules could not be loaded, so no result can be shown. ', String(error)), this.ownerDocument),
      );
      console.warn(`<${this.localName}>: the rules could not be loaded`, error);
      return;
    }
    this.#ready = true;
    await this.#configure();
    this.#emit('biometric-check-ready');
  }

  /** The storage key of this widget's answers, or null when it keeps none. */
  #storageKey() {
    const own = this.getAttribute('autosave');
    if (own === 'off') return null;
    if (own) return STORAGE_PREFIX + own;
    const siblings = [...this.ownerDocument.querySelectorAll(this.localName)];
    return `${STORAGE_PREFIX}${location.pathname}#${this.id || siblings.indexOf(this)}`;
  }

  /**
   * @param {Catalogue} catalogue
   * @param {Omit<AssessOptions, 'lang'>} options
   */
  #startChecker(catalogue, options) {
    const rules = /** @type {NonNullable<typeof this.#rules>} */ (this.#rules);
    const storage = browserStorage();
    const key = this.#storageKey();
    const saved = key ? loadSaved(storage, key).deployment : null;
    const given = this.#parseAnswersAttribute(catalogue);
    this.#store.set(saved && Object.keys(saved).length > 0 ? saved : (given ?? {}), 'start');
    if (key) {
      this.#store.subscribe((deployment) => {
        if (!save(storage, deployment, key)) this.#storageFailed(catalogue);
      });
      if (!save(storage, this.#store.get(), key)) this.#storageFailed(catalogue);
    }
    const checker = createChecker({
      form: this.#parts.form,
      result: this.#parts.result,
      store: this.#store,
      assess: rules.assess,
      catalogue,
      options,
      prefix: 'q',
      onUnplacedErrors: (errors) => this.#tools?.listErrors(errors),
      onAssessed: (assessment) => this.#assessed(assessment),
    });
    this.#checker = checker;
    this.#buildTools();
    checker.start();
  }

  #storageFailed(/** @type {Catalogue} */ catalogue) {
    const note = this.#parts.storage;
    if (!note.hidden) return;
    note.textContent = t(catalogue.ui, 'widget.storage.unavailable');
    note.hidden = false;
  }

  /** @param {Assessment} assessment */
  #assessed(assessment) {
    this.#emit('biometric-check-change');
    if (assessment.verdict !== this.#verdict) {
      const previous = this.#verdict;
      this.#verdict = assessment.verdict;
      this.#emit('biometric-check-verdict', { extra: { previous } });
    }
  }

  // ---- Answers given by the host

  /** The `answers` attribute as a description, or null (a problem noted when it is not one). */
  #parseAnswersAttribute(/** @type {Catalogue} */ catalogue) {
    const text = this.getAttribute('answers');
    if (!text) return null;
    try {
      const value = JSON.parse(text);
      if (isDeploymentLike(value)) return /** @type {Deployment} */ (value);
      this.#problem('answers', t(catalogue.ui, 'widget.answers.not-object'));
    } catch (error) {
      this.#problem('answers', t(catalogue.ui, 'widget.answers.not-json', { error: String(/** @type {Error} */ (error).message ?? error) }));
    }
    return null;
  }

  #answersFromAttribute() {
    const checker = this.#checker;
    if (!checker) return;
    const catalogue = checker.catalogue();
    this.#problems = this.#problems.filter((p) => p.attribute !== 'answers');
    const given = this.#parseAnswersAttribute(catalogue);
    if (given) this.#store.set(given, 'import');
    this.#showProblems(catalogue);
  }

  /** @param {unknown} value @param {string} attribute */
  #replaceAnswers(value, attribute) {
    const checker = this.#checker;
    if (!checker) {
      // Before the rules have loaded: kept as the answers to start from.
      if (isDeploymentLike(value)) this.setAttribute(attribute, JSON.stringify(value));
      return;
    }
    const catalogue = checker.catalogue();
    this.#problems = this.#problems.filter((p) => p.attribute !== attribute);
    if (isDeploymentLike(value)) this.#store.set(/** @type {Deployment} */ (value), 'import');
    else this.#problem(attribute, t(catalogue.ui, 'widget.answers.not-object'));
    this.#showProblems(catalogue);
  }

  /** Forgets the answers kept in this browser for this widget, and clears the form. */
  reset() {
    const key = this.#storageKey();
    if (key) clear(browserStorage(), key);
    this.#store.set({}, 'reset');
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
      lang: this.#checker?.catalogue().lang ?? null,
      ...how.extra,
    };
    return this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable: how.cancelable ?? false, detail }));
  }
}
