// Guided mode: one question at a time, the one the rules say decides next, with the
// verdict so far above it, progress, "back" and "I don't know". The whole form stays
// one button away ("review all answers"), and both edit the same description (the
// store), so either can be used at any moment.
//
// Which question comes next (`nextStep`, pure):
//   1. the quick-start questions (what kind of system, who uses it), unless the
//      description already answers them: they fill several answers at once;
//   2. while the verdict is undecided, the unknown facts the rules rank as most
//      decisive (`assessment.questions`, best first);
//   3. once it is decided, the answers that would settle what still blocks the use
//      (`decision.blocking`: open conditions, duties, a missing law or ground);
//   4. then nothing: the guide says so and leads to the result.
// A question answered "I don't know" is not asked again in this session (going back
// to it is always possible).

import { h, toDom } from './vdom.js';
import { t, formatCount } from './i18n.js';
import { questionView, shortcutView } from './questions-view.js';
import { answerOf, writeControl, parseSets, fillPreset } from './questionnaire.js';
import { getPath, setPath, merge, without, contains, isAnswered, flattenFields } from './deployment.js';
import { SYMBOLS } from './result-view.js';

/**
 * @typedef {import('../../pkg/index.js').Catalogue} Catalogue
 * @typedef {import('../../pkg/index.js').Assessment} Assessment
 * @typedef {import('./questions-view.js').Questions} Questions
 * @typedef {import('./deployment.js').Deployment} Deployment
 * @typedef {import('./store.js').Store<Deployment>} DeploymentStore
 * @typedef {NonNullable<Questions['shortcuts']>[number]} Shortcut
 * @typedef {{ kind: 'shortcut', id: string } | { kind: 'field', id: string }} Step
 */

/** The fields every option of a quick start fills: answering one of them answers it. */
function shortcutFields(/** @type {Shortcut} */ shortcut) {
  const [first, ...rest] = shortcut.options.map((o) => new Set(flattenFields(/** @type {Deployment} */ (o.sets))));
  return [...(first ?? [])].filter((field) => rest.every((set) => set.has(field)));
}

/** Whether the description already answers a quick start. */
function shortcutAnswered(/** @type {Shortcut} */ shortcut, /** @type {Deployment} */ deployment) {
  return shortcutFields(shortcut).some((field) => isAnswered(deployment, field));
}

/** A step's key (for the history and the questions left unanswered). */
const key = (/** @type {Step} */ step) => `${step.kind}:${step.id}`;

/**
 * The steps still to ask, in order: quick starts, the deciding questions, what blocks
 * the use. `skipped`: step keys answered "I don't know".
 * @param {Questions} catalogue
 * @param {Assessment | null} assessment
 * @param {Deployment} deployment
 * @param {Set<string>} skipped
 * @returns {Step[]}
 */
export function stepsLeft(catalogue, assessment, deployment, skipped) {
  /** @type {Step[]} */
  const steps = [];
  const seen = new Set();
  const add = (/** @type {Step} */ step) => {
    const k = key(step);
    if (seen.has(k) || skipped.has(k)) return;
    seen.add(k);
    steps.push(step);
  };
  for (const shortcut of catalogue.shortcuts ?? []) {
    if (!shortcutAnswered(shortcut, deployment)) add({ kind: 'shortcut', id: shortcut.id });
  }
  if (!assessment) return steps;
  const asked = new Set(catalogue.questions.map((q) => q.field));
  const open = (/** @type {string | null | undefined} */ field) => field && asked.has(field) && !isAnswered(deployment, field);
  // Only what the law needs: a question that narrows a comparison alone is not asked.
  const binding = new Set(assessment.regimes.filter((r) => r.binding).map((r) => r.id));
  for (const question of assessment.questions) {
    if (open(question.field) && question.regimes.some((id) => binding.has(id))) add({ kind: 'field', id: question.field });
  }
  for (const blocker of assessment.decision.blocking) if (open(blocker.field)) add({ kind: 'field', id: /** @type {string} */ (blocker.field) });
  return steps;
}

/**
 * @param {HTMLElement} root the guide's section
 * @param {{
 *   store: DeploymentStore,
 *   form: HTMLElement,
 *   onMode: (mode: 'guided' | 'form') => void,
 *   onShowResult: () => void,
 * }} options
 */
export function createGuide(root, options) {
  const { store } = options;
  const doc = root.ownerDocument;
  /** @type {Questions | null} */
  let catalogue = null;
  /** @type {Assessment | null} */
  let assessment = null;
  /** The steps shown so far, the current one last. */
  /** @type {Step[]} */
  let history = [];
  /** Steps answered "I don't know". */
  /** @type {Set<string>} */
  const skipped = new Set();
  /** The step whose question is drawn, and the catalogue it was drawn from. */
  let drawn = '';
  /** The verdict so far as last drawn (the status is a live region: redrawn only on a change). */
  let statusShown = '';

  /** The element that has the focus, in this root's document or shadow root. */
  const focused = () => /** @type {Document | ShadowRoot} */ (root.getRootNode()).activeElement ?? null;
  const ui = () => catalogue?.ui ?? {};

  const current = () => history.at(-1) ?? null;

  /** The next step to ask after the current one (null: nothing left to ask). */
  function next() {
    if (!catalogue) return null;
    const shown = current();
    const left = stepsLeft(catalogue, assessment, store.get(), skipped);
    return left.find((step) => !shown || key(step) !== key(shown)) ?? null;
  }

  /** Moves on: the current step is left as answered (or unknown), the next is shown. */
  function forward() {
    const shown = current();
    if (shown && !stepAnswered(shown)) skipped.add(key(shown));
    const step = next();
    if (step) history.push(step);
    else if (shown) history.push({ kind: 'field', id: '' });
    render(true);
  }

  /** Whether a step holds an answer in the description. */
  function stepAnswered(/** @type {Step} */ step) {
    const deployment = store.get();
    if (step.kind === 'field') return isAnswered(deployment, step.id);
    const shortcut = catalogue?.shortcuts?.find((s) => s.id === step.id);
    return shortcut ? shortcutAnswered(shortcut, deployment) : false;
  }

  /** The question of a step, as an element description. */
  function questionOf(/** @type {Step} */ step) {
    if (!catalogue) return null;
    if (step.kind === 'shortcut') {
      const shortcut = catalogue.shortcuts?.find((s) => s.id === step.id);
      return shortcut ? shortcutView(shortcut, 'g') : null;
    }
    const question = catalogue.questions.find((q) => q.field === step.id);
    // "I don't know" is the guide's own button, not an answer among the others.
    return question ? questionView(question, catalogue, 'g', false, { unknownOption: false }) : null;
  }

  /** The verdict so far, in the words of the headline. */
  function statusView() {
    if (!assessment) return h('p', { class: 'guide__status guide__status--waiting' }, t(ui(), 'loading'));
    const { decision, verdict } = assessment;
    return h(
      'p',
      { class: `guide__status guide__status--${verdict}`, 'data-standing': decision.standing, 'data-verdict': verdict },
      h('span', { class: 'guide__status-symbol', 'aria-hidden': 'true' }, SYMBOLS[verdict] ?? '•'),
      ' ',
      h('span', { class: 'guide__status-kicker' }, t(ui(), 'guide.so-far')),
      ' ',
      h('span', { class: 'guide__headline', 'data-role': 'guide-headline' }, decision.headline),
    );
  }

  /** Where the person is: the question's number and how many more matter now. */
  function progressView(/** @type {number} */ left) {
    const text = ui();
    const position = history.length;
    return h('div', { class: 'guide__where', 'data-role': 'guide-progress' },
      h('p', { class: 'guide__progress', id: 'guide-progress' },
        t(text, 'guide.step', { n: position }), ' ',
        left > 0 ? formatCount(catalogue?.lang ?? 'en', text, 'guide.left', left) : t(text, 'guide.last'),
      ),
      h('progress', { class: 'guide__bar', max: String(position + left), value: String(position), 'aria-labelledby': 'guide-progress' }),
    );
  }

  /** The question shown, or what to do when nothing is left to ask. */
  function bodyView(/** @type {Step | null} */ step, /** @type {number} */ left) {
    const text = ui();
    const position = history.length;
    if (step && step.id) {
      return [
        progressView(left),
        h('div', { class: 'guide__question', 'data-step': key(step) }, questionOf(step)),
        h('div', { class: 'guide__nav' },
          h('button', { type: 'button', class: 'button button--primary', 'data-action': 'next' }, t(text, 'guide.next')),
          h('button', { type: 'button', class: 'button', 'data-action': 'unknown' }, t(text, 'dont-know')),
          position > 1 ? h('button', { type: 'button', class: 'button', 'data-action': 'back' }, t(text, 'guide.back')) : null,
        ),
      ];
    }
    return [
      h('div', { class: 'guide__done', 'data-step': 'done', tabindex: '-1' },
        h('p', { class: 'guide__done-title' }, t(text, !assessment ? 'loading' : assessment.verdict === 'incomplete' ? 'guide.done.undecided' : 'guide.done')),
        assessment ? h('p', null, t(text, 'guide.done.more')) : null,
      ),
      h('div', { class: 'guide__nav' },
        assessment ? h('button', { type: 'button', class: 'button button--primary', 'data-action': 'result' }, t(text, 'guide.see-result')) : null,
        history.length > 1 ? h('button', { type: 'button', class: 'button', 'data-action': 'back' }, t(text, 'guide.back')) : null,
      ),
    ];
  }

  /**
   * Draws the guide. The question is rebuilt only when the step (or the language)
   * changed; otherwise its controls take the description's values, so that typing and
   * the focus are never disturbed. `move`: the focus goes to the new question.
   */
  function render(move = false) {
    if (!catalogue) return;
    if (history.length === 0) {
      const first = next();
      history.push(first ?? { kind: 'field', id: '' });
    }
    const step = current();
    // A step answered elsewhere, or no longer relevant, stays until the person moves on.
    const left = stepsLeft(catalogue, assessment, store.get(), skipped).filter((s) => !step || key(s) !== key(step)).length;
    const shown = assessment ? `${assessment.decision.standing} ${assessment.decision.headline}` : '';
    if (shown !== statusShown || !root.querySelector('[data-role="guide-status"] .guide__status')) {
      root.querySelector('[data-role="guide-status"]')?.replaceChildren(toDom(statusView(), doc));
      statusShown = shown;
    }
    const body = /** @type {HTMLElement} */ (root.querySelector('[data-role="guide-body"]'));
    const id = `${catalogue.lang} ${catalogue.questions.length} ${step ? key(step) : ''} ${history.length} ${assessment ? 1 : 0}`;
    if (id !== drawn || move) {
      body.replaceChildren(toDom(bodyView(step, left), doc));
      drawn = id;
    } else {
      body.querySelector('[data-role="guide-progress"]')?.replaceWith(toDom(progressView(left), doc));
    }
    sync();
    if (move) {
      const target = /** @type {HTMLElement | null} */ (body.querySelector('legend, label.question__text, .guide__done'));
      if (target) {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: true });
      }
      // The verdict so far and the question in view together, when the guide's top is not.
      const top = root.getBoundingClientRect().top;
      if (top < 0 || top > innerHeight / 2) root.scrollIntoView({ block: 'start' });
    }
  }

  /** Writes the description's values into the question shown. */
  function sync() {
    const deployment = store.get();
    for (const element of root.querySelectorAll('[data-role="guide-body"] [data-field]')) {
      const el = /** @type {HTMLElement} */ (element);
      writeControl(el, getPath(deployment, el.dataset.field ?? ''), false, focused());
    }
    for (const input of root.querySelectorAll('[data-role="guide-body"] input[data-sets]')) {
      const radio = /** @type {HTMLInputElement} */ (input);
      radio.checked = contains(deployment, parseSets(radio));
    }
  }

  /** An answer given in the guide goes to the store at once (the verdict follows). */
  function onChange(/** @type {Event} */ event) {
    const target = /** @type {HTMLInputElement} */ (event.target);
    if (target.dataset.sets !== undefined) {
      if (event.type !== 'change' || !target.checked) return;
      const others = [...root.querySelectorAll(`input[name="${target.name}"]`)]
        .map((i) => /** @type {HTMLInputElement} */ (i))
        .filter((i) => i !== target && contains(store.get(), parseSets(i)));
      store.update((d) => merge(others.reduce((acc, other) => without(acc, parseSets(other)), d), parseSets(target)), 'shortcut');
      return;
    }
    const given = answerOf(event, root);
    if (given) store.update((d) => setPath(d, given.field, given.value), 'answer');
  }

  root.addEventListener('change', onChange);
  root.addEventListener('input', onChange);
  root.addEventListener('keydown', (event) => {
    // Enter in a text box moves on, as a form's submit would.
    const target = /** @type {HTMLElement} */ (event.target);
    if (event.key === 'Enter' && target.matches('[data-role="guide-body"] input:not([type="radio"]):not([type="checkbox"])')) {
      event.preventDefault();
      forward();
    }
  });
  root.addEventListener('click', (event) => {
    if (fillPreset(event)) return;
    const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('button[data-action]'));
    if (!button || !root.contains(button)) return;
    switch (button.dataset.action) {
      case 'next':
        forward();
        break;
      case 'unknown': {
        const step = current();
        if (step) {
          skipped.add(key(step));
          if (step.kind === 'field') store.update((d) => setPath(d, step.id, undefined), 'answer');
        }
        forward();
        break;
      }
      case 'back':
        if (history.length > 1) {
          history.pop();
          const step = current();
          if (step) skipped.delete(key(step));
          render(true);
        }
        break;
      case 'result':
        options.onShowResult();
        break;
      case 'review':
        options.onMode('form');
        break;
      case 'guided':
        options.onMode('guided');
        break;
      default:
    }
  });

  return {
    root,

    /** The questions and texts in use (a first screen before the rules, then the catalogue). */
    setCatalogue(/** @type {Questions} */ next) {
      catalogue = next;
      const text = next.ui;
      const title = root.querySelector('[data-role="guide-title"]');
      if (title) title.textContent = t(text, 'guide.title');
      for (const button of root.querySelectorAll('[data-role="mode"] [data-action]')) {
        const b = /** @type {HTMLElement} */ (button);
        b.textContent = t(text, b.dataset.action === 'review' ? 'guide.review' : 'guide.one-at-a-time');
      }
      drawn = '';
      statusShown = '';
      render();
    },

    /** A new assessment (the verdict so far, the questions that decide). */
    update(/** @type {Assessment} */ next) {
      assessment = next;
      render();
    },

    /** Asks one question now (a "go to the question" button in the result). */
    ask(/** @type {string} */ field) {
      if (!catalogue?.questions.some((q) => q.field === field)) return false;
      skipped.delete(`field:${field}`);
      const step = current();
      if (!step || key(step) !== `field:${field}`) history.push({ kind: 'field', id: field });
      render(true);
      root.scrollIntoView({ block: 'start' });
      return true;
    },

    /** Starts again from the first question (the description was cleared). */
    restart() {
      history = [];
      skipped.clear();
      render();
    },

    /** Shows the guide or the whole form. */
    setMode(/** @type {'guided' | 'form'} */ mode) {
      const guided = mode === 'guided';
      const panel = /** @type {HTMLElement} */ (root.querySelector('[data-role="guide-panel"]'));
      panel.hidden = !guided;
      options.form.hidden = guided;
      const review = /** @type {HTMLElement | null} */ (root.querySelector('[data-action="review"]'));
      const back = /** @type {HTMLElement | null} */ (root.querySelector('[data-action="guided"]'));
      if (review) review.hidden = !guided;
      if (back) back.hidden = guided;
      if (guided) render();
    },

  };
}
