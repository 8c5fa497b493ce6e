// The notices above the questionnaire, kept as state so that a change of language
// rewrites them: that answers cannot be kept in this browser, that a share link was
// opened (with a button to bring back the description it replaced), and what could not
// be restored from the autosave (with buttons to download that text or let it go).
// Builds inside the elements it is given; never queries the document.

import { h, toDom } from './vdom.js';
import { t, formatList } from './i18n.js';
import { fieldForPath } from './deployment.js';
import { downloadText } from './tools.js';

/**
 * @typedef {import('../../pkg/index.js').InputError} InputError
 * @typedef {import('../../pkg/index.js').Catalogue} Catalogue
 * @typedef {{ kind: 'dropped' | 'unreadable' | 'earlier', dropped: InputError[] }} Recovery
 */

/**
 * @param {{ storage: HTMLElement, shared: HTMLElement, recovery: HTMLElement }} roots
 * @param {{
 *   onRestore: () => void,
 *   onDiscard: () => void,
 *   unrestored: () => string | null,
 *   storageText: string,
 * }} actions
 *   `onRestore`: bring back the description a share link replaced; `onDiscard`: let go
 *   of the text that could not be restored; `unrestored`: that text; `storageText`: the
 *   message id that says answers cannot be kept (worded for a page, or for a checker
 *   inside another site's page).
 */
export function createNotices(roots, actions) {
  /** @type {Catalogue | null} */
  let catalogue = null;
  let storageUnavailable = false;
  /** @type {{ id: string, offerRestore: boolean, kept: boolean } | null} */
  let shared = null;
  /** @type {Recovery | null} */
  let recovery = null;

  const doc = roots.recovery.ownerDocument;
  const ui = () => catalogue?.ui ?? {};

  /** What a dropped field is called: its question's label, and the value refused. */
  function droppedName(/** @type {InputError} */ error) {
    const fields = catalogue?.questions.map((q) => q.field) ?? [];
    const field = error.path ? fieldForPath(error.path, fields) : null;
    const question = field ? catalogue?.questions.find((q) => q.field === field) : null;
    const name = question && field === error.path.replace(/\[\d+\]$/, '') ? question.label : error.path || '—';
    return error.found && error.code !== 'unknown-field' ? `${name} (${error.found})` : name;
  }

  function render() {
    if (!catalogue) return;
    const lang = catalogue.lang;
    if (storageUnavailable) {
      roots.storage.textContent = t(ui(), actions.storageText);
      roots.storage.hidden = false;
    }
    if (shared) {
      roots.shared.replaceChildren(
        toDom(
          [
            t(ui(), shared.id),
            shared.kept ? [' ', t(ui(), 'shared.unreadable-kept')] : null,
            shared.offerRestore ? [' ', t(ui(), 'shared.previous-kept'), ' '] : null,
            shared.offerRestore ? h('button', { type: 'button', class: 'link-button', 'data-action': 'restore' }, t(ui(), 'shared.restore')) : null,
          ],
          doc,
        ),
      );
    }
    roots.shared.hidden = !shared;
    if (recovery) {
      const text =
        recovery.kind === 'dropped'
          ? t(ui(), 'recovered.dropped', { fields: formatList(lang, recovery.dropped.map(droppedName)) })
          : t(ui(), recovery.kind === 'unreadable' ? 'recovered.unreadable' : 'recovered.earlier');
      roots.recovery.replaceChildren(
        toDom(
          [
            h('p', null, text),
            actions.unrestored() !== null
              ? h(
                  'p',
                  { class: 'notice__actions' },
                  h('button', { type: 'button', class: 'link-button', 'data-action': 'download-unrestored' }, t(ui(), 'recovered.download')),
                  ' ',
                  h('button', { type: 'button', class: 'link-button', 'data-action': 'discard-unrestored' }, t(ui(), 'recovered.dismiss')),
                )
              : null,
          ],
          doc,
        ),
      );
    }
    roots.recovery.hidden = !recovery;
  }

  roots.shared.addEventListener('click', (event) => {
    if (!(/** @type {HTMLElement} */ (event.target).closest('[data-action="restore"]'))) return;
    shared = null;
    render();
    actions.onRestore();
  });

  roots.recovery.addEventListener('click', (event) => {
    const action = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('[data-action]'))?.dataset.action;
    const text = actions.unrestored();
    if (action === 'download-unrestored' && text !== null) {
      let json = false;
      try {
        JSON.parse(text);
        json = true;
      } catch {
        json = false;
      }
      downloadText(roots.recovery, json ? 'unrestored-answers.json' : 'unrestored-answers.txt', text, json ? 'application/json' : 'text/plain');
    } else if (action === 'discard-unrestored') {
      actions.onDiscard();
      recovery = null;
      render();
    }
  });

  return {
    /** The texts (and the questions, to name dropped fields) in the language shown. */
    setCatalogue(/** @type {Catalogue} */ next) {
      catalogue = next;
      render();
    },
    /** Says that answers cannot be kept in this browser. */
    storageUnavailable() {
      storageUnavailable = true;
      render();
    },
    /**
     * A notice about a share link, with a button to bring back the description it
     * replaced. `kept`: say that the saved description was not changed.
     * @param {string} id @param {boolean} offerRestore @param {boolean} [kept]
     */
    shared(id, offerRestore, kept = false) {
      shared = { id, offerRestore, kept };
      render();
    },
    /** What could not be restored from the autosave (null: nothing to say). */
    recovered(/** @type {Recovery | null} */ next) {
      recovery = next;
      render();
    },
  };
}
