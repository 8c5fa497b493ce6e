// The tools for keeping a description: share link, JSON export and import, printing,
// and "start again" (which asks first). Builds its own controls inside `root`; reads
// and writes the description only through the store; never queries the document.
// `setUi` rebuilds the controls in another language, keeping the share link shown.

import { h, toDom } from './vdom.js';
import { t } from './i18n.js';
import { shareLink, exportFile, parseImport, MAX_IMPORT_BYTES } from './storage.js';

/**
 * @typedef {import('./deployment.js').Deployment} Deployment
 * @typedef {import('../../pkg/index.js').InputError} InputError
 * @typedef {import('../../pkg/index.js').AssessResult} AssessResult
 */

/**
 * Offers a text as a file to download (a link to a blob, clicked at once).
 * @param {HTMLElement} root where the temporary link goes
 * @param {string} name
 * @param {string} text
 * @param {string} [type]
 */
export function downloadText(root, name, text, type = 'application/json') {
  const doc = root.ownerDocument;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** @typedef {'share' | 'export' | 'import' | 'print' | 'reset'} Action */

/** Every action, in the order they are offered. */
const ACTIONS = /** @type {const} */ (['share', 'export', 'import', 'print', 'reset']);

/**
 * @param {HTMLElement} root
 * @param {{
 *   ui: Record<string, string>,
 *   store: import('./store.js').Store<Deployment>,
 *   validate: (value: unknown) => AssessResult,
 *   showErrors: (errors: InputError[]) => InputError[],
 *   clearErrors: () => void,
 *   onReset: () => void,
 *   pageUrl: () => string,
 *   lang?: () => string,
 *   beforePrint?: () => void,
 *   prefix?: string,
 *   actions?: readonly Action[],
 *   onExport?: () => boolean,
 * }} options
 *   `actions`: the buttons offered, in this order (default: all); `onExport`: asked
 *   before a file is offered, `false` leaves the export to the caller (the widget's
 *   host page may take it over).
 */
export function createTools(root, options) {
  const { store } = options;
  let ui = options.ui;
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const id = (/** @type {string} */ name) => `${options.prefix ?? 'tools'}-${name}`;

  const actions = options.actions ?? ACTIONS;

  /** The button (and for an import, its file input) of an action. */
  function button(/** @type {Action} */ action) {
    switch (action) {
      case 'share':
        return h('button', { type: 'button', class: 'button', 'data-action': 'share' }, t(ui, 'tools.share'));
      case 'export':
        return h('button', { type: 'button', class: 'button', 'data-action': 'export' }, t(ui, 'tools.export'));
      case 'import':
        return [
          h('button', { type: 'button', class: 'button', 'data-action': 'import' }, t(ui, 'tools.import')),
          h('input', { type: 'file', accept: '.json,application/json', hidden: true, 'data-role': 'import-file', tabindex: '-1', 'aria-label': t(ui, 'tools.import') }),
        ];
      case 'print':
        return h('button', { type: 'button', class: 'button', 'data-action': 'print' }, t(ui, 'tools.print'));
      case 'reset':
        return h('button', { type: 'button', class: 'button button--danger', 'data-action': 'reset' }, t(ui, 'tools.reset'));
    }
  }

  function build() {
    root.replaceChildren(
      toDom(
        [
          h('h2', { class: 'visually-hidden', id: id('title') }, t(ui, 'tools.title')),
          h(
            'div',
            { class: 'tools__buttons' },
            actions.map((action) => button(action)),
          ),
          h(
            'div',
            { class: 'tools__share', hidden: true, 'data-role': 'share' },
            h('label', { for: id('share-link') }, t(ui, 'tools.share.label')),
            h('input', { type: 'text', id: id('share-link'), readonly: true, 'data-role': 'share-link', autocomplete: 'off' }),
            h('p', { class: 'help' }, t(ui, 'tools.share.help')),
          ),
          h('p', { class: 'tools__status', role: 'status', 'data-role': 'status' }),
          h('ul', { class: 'tools__errors', hidden: true, 'data-role': 'errors' }),
          h(
            'dialog',
            { class: 'confirm', 'data-role': 'confirm', 'aria-labelledby': id('confirm-title'), 'aria-describedby': id('confirm-text') },
            h(
              'form',
              { method: 'dialog' },
              h('h2', { id: id('confirm-title') }, t(ui, 'reset.title')),
              h('p', { id: id('confirm-text') }, t(ui, 'reset.text')),
              h(
                'div',
                { class: 'confirm__buttons' },
                h('button', { type: 'submit', value: 'cancel', class: 'button', autofocus: true }, t(ui, 'reset.cancel')),
                h('button', { type: 'submit', value: 'confirm', class: 'button button--danger' }, t(ui, 'reset.confirm')),
              ),
            ),
          ),
        ],
        doc,
      ),
    );
  }
  build();
  root.setAttribute('aria-labelledby', id('title'));
  root.hidden = false;

  const find = (/** @type {string} */ role) => /** @type {HTMLElement} */ (root.querySelector(`[data-role="${role}"]`));
  const status = () => find('status');
  const errorsList = () => find('errors');
  const share = () => find('share');
  const shareInput = () => /** @type {HTMLInputElement} */ (find('share-link'));
  const file = () => /** @type {HTMLInputElement} */ (find('import-file'));
  const dialog = () => /** @type {HTMLDialogElement} */ (find('confirm'));

  /** @param {string} text */
  function say(text) {
    status().textContent = text;
  }

  /** @param {InputError[]} errors */
  function listErrors(errors) {
    const list = errorsList();
    list.replaceChildren(toDom(errors.map((e) => h('li', null, e.message)), doc));
    list.hidden = errors.length === 0;
  }

  async function onShare() {
    const link = shareLink(options.pageUrl(), store.get(), options.lang?.());
    const input = shareInput();
    input.value = link;
    share().hidden = false;
    let copied = false;
    try {
      await win?.navigator.clipboard?.writeText(link);
      copied = Boolean(win?.navigator.clipboard);
    } catch {
      copied = false;
    }
    say(t(ui, copied ? 'tools.share.copied' : 'tools.share.manual'));
    input.select();
  }

  function onExport() {
    if (options.onExport && !options.onExport()) return;
    const { name, text } = exportFile(store.get());
    downloadText(root, name, text);
    say(t(ui, 'tools.export.done', { file: name }));
  }

  /** @param {number} bytes */
  function size(bytes) {
    try {
      return new Intl.NumberFormat(options.lang?.() ?? 'en', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
    } catch {
      return `${bytes} B`;
    }
  }

  async function onFile() {
    const input = file();
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    options.clearErrors();
    listErrors([]);
    if (chosen.size > MAX_IMPORT_BYTES) {
      say(t(ui, 'import.too-large', { file: chosen.name, size: size(chosen.size) }));
      return;
    }
    const parsed = parseImport(await chosen.text());
    if ('error' in parsed) {
      say(parsed.reason === 'not-object' ? t(ui, 'import.not-object', { file: chosen.name }) : t(ui, 'import.not-json', { file: chosen.name, error: parsed.error }));
      return;
    }
    const result = options.validate(parsed.value);
    if (result.type === 'failure') {
      const unplaced = options.showErrors(result.errors);
      listErrors(unplaced);
      say(t(ui, 'import.failed', { file: chosen.name, count: result.errors.length }));
      return;
    }
    store.set(parsed.value, 'import');
    say(t(ui, 'import.done', { file: chosen.name }));
  }

  root.addEventListener('click', (event) => {
    const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('[data-action]'));
    if (!button || !root.contains(button)) return;
    switch (button.dataset.action) {
      case 'share':
        void onShare();
        break;
      case 'export':
        onExport();
        break;
      case 'import':
        file().click();
        break;
      case 'print':
        options.beforePrint?.();
        win?.print();
        break;
      case 'reset': {
        const confirm = dialog();
        confirm.returnValue = '';
        confirm.showModal();
        break;
      }
    }
  });
  root.addEventListener('change', (event) => {
    if (event.target === file()) void onFile();
  });
  // `close` does not bubble: heard while it goes down to the dialog.
  root.addEventListener(
    'close',
    (event) => {
      const confirm = dialog();
      if (event.target !== confirm || confirm.returnValue !== 'confirm') return;
      share().hidden = true;
      shareInput().value = '';
      listErrors([]);
      options.onReset();
      say(t(ui, 'reset.done'));
    },
    true,
  );

  return {
    say,
    /** Shows errors no question holds (from a link or a file). */
    listErrors,
    /**
     * Rebuilds the controls with other texts (another language); a share link shown
     * stays shown (with the language it now carries).
     * @param {Record<string, string>} next
     */
    setUi(next) {
      ui = next;
      const shown = !share().hidden;
      build();
      if (shown) {
        shareInput().value = shareLink(options.pageUrl(), store.get(), options.lang?.());
        share().hidden = false;
      }
    },
  };
}
