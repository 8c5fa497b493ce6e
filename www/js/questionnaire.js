// The questionnaire component. It takes a root element (a <form>, in the page or in a
// shadow root), adopts the questions already in it when they were built from the same
// catalogue (the page's prerendered first screen, or the first screen drawn from the
// texts before the rules had loaded) or builds them, and keeps the form and the
// deployment in the store in step:
//
//   - an answer changes the store at once (before the rules have loaded too);
//   - `update()` shows the questions that matter (the assessment's `relevant`, plus
//     answered ones whose declared relevance may still hold) and writes the store's
//     values into the form;
//   - errors from the core are shown next to their fields, by path.
//
// It never queries the document: everything is found inside `root`.

import { toDom } from './vdom.js';
import { questionnaireView, stamp, control as controlOf } from './questions-view.js';
import { getPath, setPath, merge, without, contains, isAnswered, mayBeRelevant, fieldForPath } from './deployment.js';
import { t } from './i18n.js';

/**
 * @typedef {import('./texts.js').FirstScreen} FirstScreen
 * @typedef {import('../../pkg/index.js').Catalogue} Catalogue
 * @typedef {import('../../pkg/index.js').Assessment} Assessment
 * @typedef {import('../../pkg/index.js').InputError} InputError
 * @typedef {import('./deployment.js').Deployment} Deployment
 * @typedef {import('./store.js').Store<Deployment>} DeploymentStore
 */

/** @param {string | undefined} value @param {string | undefined} kind */
function decode(value, kind) {
  if (value === undefined || value === '') return undefined;
  if (kind === 'flag') return value === 'true';
  return value;
}

/** @param {unknown} value */
function encode(value) {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The answer a question's controls hold.
 * @param {HTMLElement} el
 */
function readControl(el) {
  const kind = el.dataset.kind;
  switch (el.dataset.control) {
    case 'radio': {
      const checked = /** @type {HTMLInputElement | null} */ (el.querySelector('input:checked'));
      return decode(checked?.value, kind);
    }
    case 'checkbox': {
      const values = [...el.querySelectorAll('input:checked:not([data-unknown])')].map((i) => /** @type {HTMLInputElement} */ (i).value);
      return values.length > 0 ? values : undefined;
    }
    case 'select':
      return decode(/** @type {HTMLSelectElement} */ (el.querySelector('select')).value, kind);
    default: {
      const input = /** @type {HTMLInputElement | HTMLTextAreaElement} */ (el.querySelector('input, textarea'));
      const value = input.value;
      if (value.trim() === '') return undefined;
      if (kind === 'number') {
        const number = Number(value);
        return Number.isFinite(number) ? number : undefined;
      }
      return value;
    }
  }
}

/**
 * Writes a value into a question's controls (leaving a text box being typed in alone).
 * @param {HTMLElement} el
 * @param {unknown} value
 * @param {boolean} force also a text box being typed in
 * @param {Element | null} focused the element that has the focus
 */
export function writeControl(el, value, force, focused) {
  switch (el.dataset.control) {
    case 'radio': {
      const wanted = encode(value);
      for (const input of el.querySelectorAll('input')) {
        const radio = /** @type {HTMLInputElement} */ (input);
        radio.checked = radio.value === wanted;
      }
      break;
    }
    case 'checkbox': {
      const list = Array.isArray(value) ? value.map(encode) : [];
      for (const input of el.querySelectorAll('input')) {
        const box = /** @type {HTMLInputElement} */ (input);
        box.checked = box.dataset.unknown !== undefined ? list.length === 0 : list.includes(box.value);
      }
      break;
    }
    case 'select': {
      const select = /** @type {HTMLSelectElement} */ (el.querySelector('select'));
      const wanted = encode(value);
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
      break;
    }
    default: {
      const input = /** @type {HTMLInputElement | HTMLTextAreaElement} */ (el.querySelector('input, textarea'));
      if (input === focused && !force) break;
      const text = value === undefined || value === null ? '' : String(value);
      if (input.value !== text) input.value = text;
    }
  }
}

/**
 * The answer an input or change event gives to a question inside `root` (text boxes
 * answer as they are typed in, other controls when they change), or null when the
 * event answers none. In a checkbox question, "I don't know" is kept exclusive first.
 * @param {Event} event
 * @param {HTMLElement} root
 * @returns {{ field: string, value: unknown } | null}
 */
export function answerOf(event, root) {
  const target = /** @type {HTMLInputElement} */ (event.target);
  const el = /** @type {HTMLElement | null} */ (target.closest('[data-field]'));
  if (!el || !root.contains(el)) return null;
  const control = el.dataset.control;
  if (event.type === 'input' && control !== 'input' && control !== 'textarea') return null;
  if (event.type === 'change' && (control === 'input' || control === 'textarea')) return null;
  if (control === 'checkbox') keepUnknownExclusive(el, target);
  return { field: el.dataset.field ?? '', value: readControl(el) };
}

/**
 * In a checkbox question, "I don't know" and the answers exclude each other: checking
 * it clears the others, and it is checked again when no answer is.
 * @param {HTMLElement} el the question
 * @param {HTMLInputElement} changed the box just changed
 */
function keepUnknownExclusive(el, changed) {
  const boxes = [...el.querySelectorAll('input')].map((i) => /** @type {HTMLInputElement} */ (i));
  const unknown = boxes.find((b) => b.dataset.unknown !== undefined);
  if (changed === unknown) {
    for (const box of boxes) box.checked = box === unknown;
  } else if (unknown) {
    unknown.checked = !boxes.some((b) => b !== unknown && b.checked);
  }
}

/**
 * What a quick-start answer fills in (its `data-sets`), or nothing when unreadable.
 * @param {HTMLInputElement} radio
 * @returns {Deployment}
 */
export function parseSets(radio) {
  try {
    const sets = JSON.parse(radio.dataset.sets ?? '{}');
    return typeof sets === 'object' && sets !== null ? sets : {};
  } catch {
    return {};
  }
}

/**
 * A button that fills in a named value of a number question (a life sentence): the
 * value goes into the box as if typed, and the box keeps the focus for a correction.
 * Returns whether the click was on such a button.
 * @param {Event} event
 */
export function fillPreset(event) {
  const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest?.('[data-preset]') ?? null);
  const input = /** @type {HTMLInputElement | null} */ (button?.closest('[data-field]')?.querySelector('input') ?? null);
  if (!button || !input) return false;
  input.value = button.dataset.preset ?? '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
  return true;
}

/**
 * @param {HTMLElement} root the form (or container) holding the questions
 * @param {{ store: DeploymentStore, prefix?: string }} options
 */
export function createQuestionnaire(root, { store, prefix = 'q' }) {
  const doc = root.ownerDocument;
  /** @type {Catalogue | null} */
  let catalogue = null;
  /** @type {Map<string, HTMLElement>} */
  let byField = new Map();
  /** Fields with an error shown (kept visible while it is). */
  /** @type {Set<string>} */
  const errorFields = new Set();

  function index() {
    byField = new Map();
    for (const element of root.querySelectorAll('[data-field]')) {
      const el = /** @type {HTMLElement} */ (element);
      byField.set(el.dataset.field ?? '', el);
    }
  }
  index();

  /** The element that has focus, in this root's document or shadow root. */
  function active() {
    const node = /** @type {Document | ShadowRoot} */ (root.getRootNode());
    return node.activeElement ?? null;
  }

  /**
   * Runs a rebuild of the questions, after which the question being answered (if any)
   * has the focus again, with the caret where it was.
   * @param {() => void} rebuild
   */
  function keepingFocus(rebuild) {
    const before = /** @type {HTMLElement | null} */ (active());
    const field = before && root.contains(before) ? /** @type {HTMLElement | null} */ (before.closest('[data-field]'))?.dataset.field : null;
    const input = /** @type {HTMLInputElement} */ (before);
    const caret = field && typeof input.selectionStart === 'number' ? [input.selectionStart, input.selectionEnd ?? input.selectionStart] : null;
    rebuild();
    if (!field || (before && root.contains(before)) || !focusField(field)) return;
    const control = /** @type {HTMLInputElement} */ (active());
    if (caret && typeof control?.setSelectionRange === 'function') {
      try {
        control.setSelectionRange(caret[0], caret[1]);
      } catch {
        // Not a text control.
      }
    }
  }

  /**
   * Brings a question into view and focuses its first control (the chosen answer of
   * a radio group).
   * @param {string} field
   * @returns {boolean} whether the question exists
   */
  function focusField(field) {
    const el = byField.get(field);
    if (!el) return false;
    if (el.hidden) {
      el.hidden = false;
      const section = /** @type {HTMLElement | null} */ (el.closest('section[data-section]'));
      if (section) section.hidden = false;
    }
    const target = /** @type {HTMLElement | null} */ (el.querySelector('input:checked') ?? el.querySelector('input, select, textarea'));
    el.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
    return true;
  }

  /**
   * Writes the deployment into every control, and checks the matching quick starts. The
   * text box being typed in is left alone unless `force` (a description replaced as a
   * whole: imported, opened from a link, cleared).
   * @param {Deployment} deployment
   * @param {boolean} [force]
   */
  function sync(deployment, force = false) {
    const focused = active();
    for (const [field, el] of byField) writeControl(el, getPath(deployment, field), force, focused);
    for (const input of root.querySelectorAll('input[data-sets]')) {
      const radio = /** @type {HTMLInputElement} */ (input);
      radio.checked = contains(deployment, parseSets(radio));
      if (radio.checked) chosen.set(radio.name, radio);
      else if (chosen.get(radio.name) === radio) chosen.delete(radio.name);
    }
  }

  /** The quick-start answer that describes the deployment, per quick-start question. */
  /** @type {Map<string, HTMLInputElement>} */
  const chosen = new Map();

  /** @param {Event} event */
  function onChange(event) {
    const target = /** @type {HTMLInputElement} */ (event.target);
    if (target.dataset.sets !== undefined) {
      if (event.type === 'change' && target.checked) {
        const previous = chosen.get(target.name);
        const before = previous && previous !== target ? parseSets(previous) : {};
        chosen.set(target.name, target);
        store.update((d) => merge(without(d, before), parseSets(target)), 'shortcut');
      }
      return;
    }
    const given = answerOf(event, root);
    if (!given) return;
    clearError(given.field, 'all');
    store.update((d) => setPath(d, given.field, given.value), 'answer');
  }

  root.addEventListener('change', onChange);
  root.addEventListener('input', onChange);
  root.addEventListener('click', fillPreset);
  root.addEventListener('submit', (event) => event.preventDefault());

  /** @param {HTMLElement} el */
  function isDirty(el) {
    for (const control of el.querySelectorAll('input, select, textarea')) {
      if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
        if (control.checked !== control.defaultChecked) return true;
      } else if (control instanceof HTMLSelectElement) {
        if ([...control.options].some((o) => o.selected !== o.defaultSelected)) return true;
      } else if (/** @type {HTMLInputElement} */ (control).value !== /** @type {HTMLInputElement} */ (control).defaultValue) {
        return true;
      }
    }
    return false;
  }

  /** Visibility of questions and of the sections holding them. */
  function applyVisibility(/** @type {(field: string, el: HTMLElement) => boolean} */ shown) {
    const focused = active();
    for (const [field, el] of byField) {
      const visible = shown(field, el) || errorFields.has(field) || (focused !== null && el.contains(focused));
      if (el.hidden === visible) el.hidden = !visible;
    }
    for (const section of root.querySelectorAll('section[data-section]')) {
      const s = /** @type {HTMLElement} */ (section);
      if (s.dataset.section === 'shortcuts') continue;
      const visible = [...s.querySelectorAll('[data-field]')].some((q) => !(/** @type {HTMLElement} */ (q).hidden));
      if (s.hidden === visible) s.hidden = !visible;
    }
  }

  /**
   * Adds to the adopted (prerendered) questions those it left out, each in its place,
   * without moving what is there (a control being used keeps its focus and value).
   * @param {DocumentFragment} fresh the missing questions in their sections, built from the catalogue
   */
  function complete(fresh) {
    /** @type {Element | null} */
    let previous = null;
    for (const section of [...fresh.children]) {
      const id = /** @type {HTMLElement} */ (section).dataset.section;
      if (!id) continue;
      const existing = [...root.querySelectorAll('section[data-section]')].find((s) => /** @type {HTMLElement} */ (s).dataset.section === id);
      if (!existing) {
        if (previous) previous.after(section);
        else root.prepend(section);
        previous = section;
        continue;
      }
      /** @type {Element | null} */
      let anchor = existing.querySelector(':scope > .section__title');
      for (const question of [...section.querySelectorAll(':scope > [data-field]')]) {
        const field = /** @type {HTMLElement} */ (question).dataset.field;
        const have = [...existing.querySelectorAll(':scope > [data-field]')].find((q) => /** @type {HTMLElement} */ (q).dataset.field === field);
        if (have) anchor = have;
        else if (anchor) {
          anchor.after(question);
          anchor = question;
        }
      }
      previous = existing;
    }
  }

  /** @param {string} field @param {string} [source] */
  function clearError(field, source) {
    const el = byField.get(field);
    if (!el || !errorFields.has(field)) return;
    const slot = /** @type {HTMLElement | null} */ (el.querySelector('.error'));
    if (source && slot && slot.dataset.source !== source && source !== 'all') return;
    errorFields.delete(field);
    if (slot) {
      slot.hidden = true;
      slot.textContent = '';
    }
    for (const target of describedTargets(el)) {
      target.removeAttribute('aria-invalid');
      const ids = (target.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== slot?.id);
      if (ids.length) target.setAttribute('aria-describedby', ids.join(' '));
      else target.removeAttribute('aria-describedby');
    }
  }

  /** The elements that carry a question's description and invalid state. */
  function describedTargets(/** @type {HTMLElement} */ el) {
    if (el.tagName === 'FIELDSET') return [el];
    return [...el.querySelectorAll('input, select, textarea')];
  }

  return {
    /** The root element. */
    root,

    /**
     * Makes sure the questions are those of this catalogue: adopts the ones there when
     * they were built from it (prerendered, or drawn from the first screen), adding the
     * questions they left out; builds them otherwise. The question being answered keeps
     * the focus.
     * @param {Catalogue} next
     */
    setCatalogue(next) {
      catalogue = next;
      keepingFocus(() => {
        const hidden = new Set();
        if (root.dataset.catalogue !== stamp(next) || byField.size === 0) {
          root.replaceChildren(toDom(questionnaireView(next, { prefix, visible: hidden }), doc));
          root.dataset.catalogue = stamp(next);
          errorFields.clear();
        } else {
          const missing = new Set(next.questions.map((q) => q.field).filter((field) => !byField.has(field)));
          if (missing.size) complete(/** @type {DocumentFragment} */ (toDom(questionnaireView(next, { prefix, visible: hidden, only: missing }), doc)));
        }
        index();
        sync(store.get());
      });
    },

    /**
     * Draws the questions asked first, from a language's first screen, before the rules
     * have loaded (nothing is drawn when they are there already, in that language). The
     * answers given so far stay, and so does the focus.
     * @param {FirstScreen} first
     */
    showFirst(first) {
      if (root.dataset.catalogue === first.stamp && byField.size > 0) return;
      keepingFocus(() => {
        root.replaceChildren(toDom(questionnaireView(first, { prefix, visible: new Set(first.visible), omitHidden: true }), doc));
        root.dataset.catalogue = first.stamp;
        index();
        sync(store.get());
      });
    },

    /** The language of the questions shown (null before there are any). */
    language() {
      return root.dataset.catalogue?.split(' ')[0] || null;
    },

    /**
     * Answers given in the form before this component took over (typed into the
     * prerendered page while the scripts loaded): quick starts first, then fields.
     * @param {Deployment} deployment the description to apply them to
     * @returns {Deployment}
     */
    takeTyped(deployment) {
      let result = deployment;
      for (const input of root.querySelectorAll('input[data-sets]')) {
        const radio = /** @type {HTMLInputElement} */ (input);
        if (radio.checked && !radio.defaultChecked) result = merge(result, parseSets(radio));
      }
      for (const [field, el] of byField) {
        if (isDirty(el)) result = setPath(result, field, readControl(el));
      }
      return result;
    },

    sync,

    /**
     * Shows the questions that matter for the deployment and writes its values.
     * @param {Deployment} deployment
     * @param {Assessment | null} assessment
     * @param {{ force?: boolean }} [options] `force`: also rewrite the text box being typed in
     */
    update(deployment, assessment, options = {}) {
      if (assessment) {
        const relevant = new Set(assessment.relevant);
        const declared = new Map((catalogue?.questions ?? []).map((q) => [q.field, q.relevant_when]));
        applyVisibility(
          (field) =>
            relevant.has(field) || (isAnswered(deployment, field) && mayBeRelevant(deployment, declared.get(field) ?? [])),
        );
      }
      sync(deployment, options.force ?? false);
    },

    /**
     * Shows errors next to their fields. Returns the errors no question holds (an
     * unknown field, a wrong top-level value), for the caller to show elsewhere.
     * @param {InputError[]} errors
     * @param {'live' | 'import' | 'link'} source
     * @returns {InputError[]}
     */
    showErrors(errors, source) {
      const ui = catalogue?.ui ?? {};
      const fields = [...byField.keys()];
      /** @type {InputError[]} */
      const unplaced = [];
      /** @type {Map<string, string[]>} */
      const messages = new Map();
      for (const error of errors) {
        const field = fieldForPath(error.path, fields);
        if (!field) {
          unplaced.push(error);
          continue;
        }
        const prefix = `${error.path}: `;
        const text = error.message.startsWith(prefix) && error.path === field ? error.message.slice(prefix.length) : error.message;
        const list = messages.get(field) ?? [];
        list.push(source === 'live' ? text : t(ui, `errors.${source}`, { message: text }));
        messages.set(field, list);
      }
      for (const [field, list] of messages) {
        const el = /** @type {HTMLElement} */ (byField.get(field));
        const slot = /** @type {HTMLElement} */ (el.querySelector('.error'));
        slot.textContent = list.join(' ');
        slot.dataset.source = source;
        slot.hidden = false;
        errorFields.add(field);
        el.hidden = false;
        const section = /** @type {HTMLElement | null} */ (el.closest('section[data-section]'));
        if (section) section.hidden = false;
        for (const target of describedTargets(el)) {
          target.setAttribute('aria-invalid', 'true');
          const ids = (target.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
          if (!ids.includes(slot.id)) target.setAttribute('aria-describedby', [...ids, slot.id].join(' '));
        }
      }
      return unplaced;
    },

    /** Removes the errors shown (of one source, or all). */
    clearErrors(/** @type {string} */ source = 'all') {
      for (const field of [...errorFields]) clearError(field, source);
    },

    /** The fields with an error shown. */
    errorFields: () => [...errorFields],

    focusField,

    /** The short label of a field (for links to it). */
    label(/** @type {string} */ field) {
      return catalogue?.questions.find((q) => q.field === field)?.label ?? field;
    },

    /** How a field is answered (radio, checkbox, select, input, textarea). */
    controlOf(/** @type {string} */ field) {
      const question = catalogue?.questions.find((q) => q.field === field);
      return question ? controlOf(question) : null;
    },
  };
}
