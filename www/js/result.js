// The result component: renders an assessment into a root element, announces a change
// of the overall verdict (politely, and only the verdict), keeps the open/closed state
// of the other regimes' details, whether comparisons are shown and who prepared the
// memo across renders, and turns clicks on "go to the question" buttons into
// `onJump(field)`. It never queries the document.

import { toDom, h } from './vdom.js';
import { resultView, announcement, STANDING_SYMBOLS } from './result-view.js';
import { t } from './i18n.js';

/**
 * @typedef {import('../../pkg/index.js').Catalogue} Catalogue
 * @typedef {import('../../pkg/index.js').Assessment} Assessment
 * @typedef {import('./deployment.js').Deployment} Deployment
 */

/**
 * @param {HTMLElement} root
 * @param {{
 *   onJump?: (field: string) => void,
 *   bar?: HTMLElement | null,
 *   onCompare?: (compare: boolean) => void,
 *   onPreparedBy?: (value: string) => void,
 *   preparedBy?: string,
 *   compare?: boolean,
 * }} [options]
 *   `onCompare`: the person asked for the comparisons (or not): the host may assess again
 *   with or without the comparison regimes and pass `compare` back in the render state;
 *   `onPreparedBy`: the name typed for the memo; `preparedBy`, `compare`: initial values
 */
export function createResult(root, options = {}) {
  const doc = root.ownerDocument;
  let announcer = /** @type {HTMLElement | null} */ (root.querySelector('[data-role="announce"]'));
  if (!announcer) {
    announcer = doc.createElement('p');
    announcer.dataset.role = 'announce';
    announcer.className = 'visually-hidden';
    announcer.setAttribute('aria-live', 'polite');
    root.prepend(announcer);
  }
  let content = /** @type {HTMLElement | null} */ (root.querySelector('[data-role="content"]'));
  if (!content) {
    content = doc.createElement('div');
    content.dataset.role = 'content';
    root.append(content);
  }
  const live = announcer;
  const body = content;
  /** @type {string | null} */
  let lastHeadline = null;
  /** @type {Set<string>} */
  const open = new Set();
  let compare = options.compare ?? false;
  let preparedBy = options.preparedBy ?? '';
  /** @type {null | (() => void)} */
  let again = null;

  // The verdict bar leads to the result (a button: a link to `#result` would not reach
  // into a shadow root).
  options.bar?.addEventListener('click', (event) => {
    if (!(/** @type {HTMLElement} */ (event.target).closest('[data-action="show-result"]'))) return;
    root.scrollIntoView({ block: 'start' });
    root.focus({ preventScroll: true });
  });

  root.addEventListener('click', (event) => {
    const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('[data-jump]'));
    if (button && root.contains(button) && options.onJump) options.onJump(button.dataset.jump ?? '');
  });
  root.addEventListener('change', (event) => {
    const target = /** @type {HTMLInputElement} */ (event.target);
    if (target.dataset?.role !== 'compare-toggle' || !root.contains(target)) return;
    compare = target.checked;
    // Shown or hidden at once (and drawn again, so that the printed references number
    // the comparisons only when they are shown); the host may then assess again.
    const body = root.querySelector('[data-role="compare-body"]');
    if (body) /** @type {HTMLElement} */ (body).hidden = !compare;
    again?.();
    /** @type {HTMLElement | null} */ (root.querySelector('[data-role="compare-toggle"]'))?.focus();
    options.onCompare?.(compare);
  });
  root.addEventListener('input', (event) => {
    const target = /** @type {HTMLInputElement} */ (event.target);
    if (target.dataset?.role !== 'prepared-by' || !root.contains(target)) return;
    preparedBy = target.value;
    const text = root.querySelector('[data-role="prepared-by-text"]');
    if (text) text.textContent = preparedBy.trim() || '\u00a0';
    options.onPreparedBy?.(preparedBy);
  });
  root.addEventListener(
    'toggle',
    (event) => {
      const details = /** @type {HTMLDetailsElement} */ (event.target);
      const id = details.dataset?.regimeDetails;
      if (!id) return;
      if (details.open) open.add(id);
      else open.delete(id);
    },
    true,
  );

  return {
    /**
     * @param {Assessment} assessment
     * @param {Catalogue} catalogue
     * @param {Deployment} deployment
     * @param {{ invalid?: boolean, compare?: boolean }} [state]
     *   `compare`: whether the host assessed with the comparison regimes
     */
    render(assessment, catalogue, deployment, state = {}) {
      if (typeof state.compare === 'boolean') compare = state.compare;
      const draw = () => {
        const view = resultView(assessment, catalogue, deployment, {
          open,
          invalid: state.invalid ?? false,
          compare,
          preparedBy,
          today: today(),
        });
        body.replaceChildren(toDom(view, doc));
      };
      again = draw;
      draw();
      root.dataset.verdict = assessment.verdict;
      // The headline, not the legal category: "Not allowed yet" must never be heard or
      // seen as "Allowed only under conditions".
      const { headline, standing } = assessment.decision;
      if (lastHeadline !== null && lastHeadline !== headline) {
        live.textContent = announcement(catalogue, headline);
      }
      lastHeadline = headline;
      if (options.bar) {
        options.bar.replaceChildren(
          toDom(
            h('button', { type: 'button', class: `bar__link bar__link--${standing}`, 'data-action': 'show-result', 'data-standing': standing },
              h('span', { 'aria-hidden': 'true', class: 'bar__symbol' }, STANDING_SYMBOLS[standing] ?? '•'), ' ',
              h('span', { class: 'bar__label' }, headline), ' ',
              h('span', { class: 'bar__more' }, t(catalogue.ui, 'bar.see')),
            ),
            doc,
          ),
        );
        options.bar.hidden = false;
      }
    },

    /** Who prepared the memo (as typed in the result). */
    preparedBy: () => preparedBy,

    /** Whether the comparisons are shown. */
    compare: () => compare,

    /** Opens every regime's details (before printing). */
    expandAll() {
      for (const details of body.querySelectorAll('details')) /** @type {HTMLDetailsElement} */ (details).open = true;
    },

    /** Shows a message in place of the result (loading, or a failure). */
    message(/** @type {string} */ text, /** @type {boolean} */ failure = false) {
      again = null;
      body.replaceChildren(toDom(h('p', { class: failure ? 'notice notice--error' : 'notice', role: failure ? 'alert' : null }, text), doc));
    },
  };
}

/** Today's date in the browser's time zone, as YYYY-MM-DD (the memo's date). */
function today() {
  const now = new Date();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
