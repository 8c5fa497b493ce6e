// The questionnaire as an element description, from the core's question catalogue.
// Pure (no DOM, no globals): the page builds it at run time, and the build step
// (xtask/prerender.mjs) writes the very same description as HTML for the first screen.
//
// Every question carries its field path and kind in data attributes, so reading an
// answer from the form needs no catalogue (the prerendered form works before the rules
// have loaded). "I don't know" is always an answer: a radio, a checkbox, the first
// entry of a list, or an empty text box.

import { h } from './vdom.js';
import { t, countryName } from './i18n.js';
import { citationsView } from './citations.js';

/**
 * @typedef {import('../../pkg/index.js').Catalogue} Catalogue
 * @typedef {Catalogue['questions'][number]} Question
 * @typedef {Pick<Catalogue, 'lang' | 'version' | 'sections' | 'questions' | 'countries' | 'shortcuts' | 'ui'>} Questions
 *   what the questionnaire is drawn from: the catalogue, or a first screen (its first questions only)
 * @typedef {{ prefix?: string, visible?: Set<string> | null, omitHidden?: boolean, only?: Set<string> | null }} ViewOptions
 *   `visible`: the questions shown (null: all); `omitHidden`: leave the others out
 *   altogether (the prerendered first screen); `only`: just these questions, in their
 *   sections, without the quick start (what the page adds to the prerendered ones).
 */

/** One collator per language (`localeCompare` with a locale builds one per call). */
const collators = new Map();
/** @returns {Intl.Collator} */
function collator(/** @type {string} */ lang) {
  let found = collators.get(lang);
  if (!found) {
    found = new Intl.Collator(lang);
    collators.set(lang, found);
  }
  return found;
}

/** Choice questions with more options than this are a drop-down list, not radios. */
const MAX_RADIOS = 12;

/** The version stamp of a built questionnaire: rebuilt when it differs. */
export function stamp(/** @type {Catalogue} */ catalogue) {
  return `${catalogue.lang} ${catalogue.version} ${catalogue.questions.length}`;
}

/** The element id of a field's question. */
export function questionId(/** @type {string} */ prefix, /** @type {string} */ field) {
  return `${prefix}-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** How a question is answered: radios, checkboxes, a list or a text box. */
export function control(/** @type {Question} */ question) {
  switch (question.kind) {
    case 'choice':
      return question.options.length > MAX_RADIOS ? 'select' : 'radio';
    case 'flag':
      return 'radio';
    case 'choices':
      return 'checkbox';
    case 'country':
      return 'select';
    case 'text':
      return (question.max_chars ?? 0) > 200 ? 'textarea' : 'input';
    default:
      return 'input';
  }
}

/** An option value as form text (booleans as `true`/`false`). */
export function encodeValue(/** @type {unknown} */ value) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The whole questionnaire: the quick start, then each section with its questions.
 * @param {Questions} catalogue
 * @param {ViewOptions} [options]
 */
export function questionnaireView(catalogue, options = {}) {
  const prefix = options.prefix ?? 'q';
  const visible = options.visible ?? null;
  const ui = catalogue.ui;
  const only = options.only ?? null;
  const shown = (/** @type {string} */ field) => visible === null || visible.has(field);
  return [
    only ? null : shortcutsView(catalogue, prefix),
    catalogue.sections.map((section) => {
      const questions = catalogue.questions
        .filter((q) => q.section === section.id)
        .filter((q) => !options.omitHidden || shown(q.field))
        .filter((q) => only === null || only.has(q.field));
      if (questions.length === 0) return null;
      const titleId = `${prefix}-section-${section.id}`;
      return h(
        'section',
        {
          class: 'section',
          'data-section': section.id,
          'aria-labelledby': titleId,
          hidden: !questions.some((q) => shown(q.field)),
        },
        h('h2', { id: titleId, class: 'section__title' }, section.title),
        questions.map((question) => questionView(question, catalogue, prefix, !shown(question.field))),
      );
    }),
    only ? null : h('p', { class: 'form-end' }, t(ui, 'form.end')),
  ];
}

/**
 * The quick-start questions: each option fills several fields (its `sets`, carried in
 * the markup so that it works before the rules have loaded).
 * @param {Questions} catalogue
 * @param {string} prefix
 */
function shortcutsView(catalogue, prefix) {
  if (!catalogue.shortcuts || catalogue.shortcuts.length === 0) return null;
  const ui = catalogue.ui;
  const titleId = `${prefix}-shortcuts-title`;
  return h(
    'section',
    { class: 'section shortcuts', 'data-section': 'shortcuts', 'aria-labelledby': titleId },
    h('h2', { id: titleId, class: 'section__title' }, t(ui, 'shortcuts.title')),
    h('p', { class: 'section__intro' }, t(ui, 'shortcuts.intro')),
    catalogue.shortcuts.map((shortcut) => shortcutView(shortcut, prefix)),
  );
}

/**
 * One quick-start question.
 * @param {Questions['shortcuts'][number]} shortcut
 * @param {string} prefix
 */
export function shortcutView(shortcut, prefix) {
  const id = `${prefix}-shortcut-${shortcut.id}`;
  return h(
    'fieldset',
    { class: 'question shortcut', id, 'data-shortcut': shortcut.id, 'aria-describedby': `${id}-help` },
    h('legend', { class: 'question__text' }, shortcut.question),
    h('p', { class: 'help', id: `${id}-help` }, shortcut.help),
    h(
      'div',
      { class: 'options' },
      shortcut.options.map((option, index) =>
        optionView({
          type: 'radio',
          id: `${id}-${index}`,
          name: `${prefix}-shortcut-${shortcut.id}`,
          value: option.id,
          label: option.label,
          help: option.help,
          extra: { 'data-sets': JSON.stringify(option.sets) },
        }),
      ),
    ),
  );
}

/**
 * One radio or checkbox with its label and help.
 * @param {{ type: 'radio' | 'checkbox', id: string, name: string, value: string, label: string,
 *   help?: string, checked?: boolean, unknown?: boolean, extra?: Record<string, string> }} o
 */
function optionView(o) {
  return h(
    'div',
    { class: o.unknown ? 'option option--unknown' : 'option' },
    h('input', {
      type: o.type,
      id: o.id,
      name: o.name,
      value: o.value,
      checked: o.checked ?? false,
      'data-unknown': o.unknown ?? false,
      'aria-describedby': o.help ? `${o.id}-help` : null,
      ...(o.extra ?? {}),
    }),
    h('label', { for: o.id }, o.label),
    o.help ? h('span', { class: 'option__help', id: `${o.id}-help` }, o.help) : null,
  );
}

/**
 * One question.
 * @param {Question} question
 * @param {Questions} catalogue
 * @param {string} prefix
 * @param {boolean} hidden
 * @param {{ unknownOption?: boolean }} [options] `unknownOption: false`: radios and
 *   checkboxes without their "I don't know" (the guide has a button for it)
 */
export function questionView(question, catalogue, prefix, hidden, options = {}) {
  const ui = catalogue.ui;
  const id = questionId(prefix, question.field);
  const kind = control(question);
  const common = {
    id,
    'data-field': question.field,
    'data-kind': question.kind,
    'data-control': kind,
    hidden,
  };
  const helpId = `${id}-help`;
  const cites = citationsView(question.citations, ui, 'matters-for');
  const error = h('p', { class: 'error', id: `${id}-error`, hidden: true });

  if (kind === 'radio' || kind === 'checkbox') {
    const choices = question.options.map((option, index) =>
      optionView({
        type: kind,
        id: `${id}-${index}`,
        name: question.field,
        value: encodeValue(option.value),
        label: option.label,
        help: option.help,
      }),
    );
    if (options.unknownOption !== false) {
      choices.push(
        optionView({ type: kind, id: `${id}-unknown`, name: question.field, value: '', label: t(ui, 'dont-know'), checked: true, unknown: true }),
      );
    }
    return h(
      'fieldset',
      { class: 'question', ...common, 'aria-describedby': helpId },
      h('legend', { class: 'question__text' }, question.question),
      h('p', { class: 'help', id: helpId }, question.help, kind === 'checkbox' ? ` ${t(ui, 'choose-all')}` : ''),
      h('div', { class: 'options' }, choices),
      cites,
      error,
    );
  }

  const inputId = `${id}-input`;
  let field;
  if (kind === 'select') {
    const unknown = h('option', { value: '', selected: true }, t(ui, 'dont-know'));
    if (question.kind === 'country') {
      const lang = catalogue.lang;
      // A first screen names the countries already, in order (written at build time:
      // the browser's country names cost a moment to load, which the first questions skip).
      const countries = /** @type {{ code: string, class: string, name?: string }[]} */ (catalogue.countries);
      const named = countries.every((c) => c.name)
        ? countries.map((c) => ({ ...c, name: c.name ?? c.code }))
        : countries.map((c) => ({ ...c, name: countryName(lang, c.code) })).sort((a, b) => collator(lang).compare(a.name, b.name));
      const group = (/** @type {string} */ label, /** @type {typeof named} */ list) =>
        h('optgroup', { label }, list.map((c) => h('option', { value: c.code }, c.name)));
      field = h(
        'select',
        { id: inputId, name: question.field, 'aria-describedby': helpId, autocomplete: 'off' },
        unknown,
        group(t(ui, 'countries.eu'), named.filter((c) => c.class !== 'outside-eu')),
        group(t(ui, 'countries.other'), named.filter((c) => c.class === 'outside-eu')),
      );
    } else {
      field = h(
        'select',
        { id: inputId, name: question.field, 'aria-describedby': helpId, autocomplete: 'off' },
        unknown,
        question.options.map((option) => h('option', { value: encodeValue(option.value) }, option.label)),
      );
    }
  } else if (kind === 'textarea') {
    field = h('textarea', {
      id: inputId,
      name: question.field,
      rows: 4,
      maxlength: question.max_chars ?? null,
      'aria-describedby': helpId,
      autocomplete: 'off',
    });
  } else {
    const type = question.kind === 'date' || question.kind === 'number' ? question.kind : 'text';
    field = h('input', {
      id: inputId,
      name: question.field,
      type,
      maxlength: type === 'text' ? (question.max_chars ?? null) : null,
      min: question.min ?? null,
      max: question.max ?? null,
      step: type === 'number' ? 'any' : null,
      inputmode: type === 'number' ? 'decimal' : null,
      'aria-describedby': helpId,
      autocomplete: 'off',
    });
  }
  const unknownHint = question.kind === 'date' || question.kind === 'number' ? ` ${t(ui, 'empty-unknown')}` : '';
  const range =
    question.kind === 'number' && question.min !== undefined && question.max !== undefined
      ? ` ${t(ui, 'number-range', { min: question.min, max: question.max })}`
      : '';
  // A number with named values (a life sentence): each a button that fills it in.
  const presets =
    question.kind === 'number' && question.options.length > 0
      ? h('p', { class: 'presets' }, question.options.map((option) =>
          h('button', { type: 'button', class: 'button presets__button', 'data-preset': encodeValue(option.value), 'aria-controls': inputId }, option.label),
        ))
      : null;
  return h(
    'div',
    { class: 'question', ...common },
    h('label', { class: 'question__text', for: inputId }, question.question),
    h('p', { class: 'help', id: helpId }, question.help, range, unknownHint),
    field,
    presets,
    cites,
    error,
  );
}
