// The checker's frame as an element description: the configuration problems, the tools
// and notices above the questionnaire, the result beside it, and the verdict bar that
// keeps the verdict in view on narrow screens. The element builds it in its shadow
// root; the build writes it as HTML into the page's own element (with the first
// questions inside), which the element then adopts. Every part carries `data-role`
// (how the element finds it), an id (the page's links and labels), and `part` where a
// host may style it (`::part()`).

import { h } from './vdom.js';
import { t } from './i18n.js';

/**
 * @param {Record<string, string>} ui the interface texts (empty until they are known)
 * @param {{ lang?: string, stamp?: string, questionnaire?: import('./vdom.js').Child, hidden?: boolean, noscript?: boolean, questionsHref?: string }} [options]
 *   `stamp` and `questionnaire`: the questions already built; `hidden`: the frame waits
 *   for its styles; `noscript`: the page's note for browsers without scripts, with a
 *   link to the printable list of questions (`questionsHref`).
 */
export function shellView(ui, options = {}) {
  const text = (/** @type {string} */ id) => (ui[`ui.${id}`] === undefined ? '' : t(ui, id));
  return h(
    'div',
    {
      class: 'checker',
      part: 'container',
      'data-role': 'container',
      lang: options.lang ?? null,
      role: 'region',
      'aria-label': text('title') || null,
      hidden: options.hidden ?? false,
    },
    h('div', { class: 'checker__problems', part: 'problems', 'data-role': 'problems', role: 'alert', hidden: true }),
    h(
      'div',
      { class: 'checker__layout' },
      h(
        'div',
        { class: 'checker__form' },
        h('p', { class: 'notice', id: 'storage-note', 'data-role': 'storage-note', role: 'status', hidden: true }),
        h('div', { class: 'notice', id: 'recovery', 'data-role': 'recovery', role: 'status', hidden: true }),
        h('p', { class: 'notice', id: 'notice', 'data-role': 'notice', role: 'status', hidden: true }),
        guideView(ui),
        h(
          'form',
          {
            class: 'questionnaire',
            id: 'questionnaire',
            part: 'questionnaire',
            'data-role': 'form',
            method: 'dialog',
            autocomplete: 'off',
            novalidate: true,
            'aria-label': text('form.title') || null,
            'data-catalogue': options.stamp ?? null,
          },
          options.questionnaire ?? null,
        ),
        // After the questions: keeping, sharing and printing come once there is something to keep.
        h('section', { class: 'tools', id: 'tools', part: 'tools', 'data-role': 'tools', hidden: true }),
      ),
      h(
        'div',
        { class: 'checker__result' },
        h(
          'section',
          { class: 'result', id: 'result', part: 'result', 'data-role': 'result', 'aria-labelledby': 'result-title', tabindex: '-1' },
          h('h2', { class: 'result__title', id: 'result-title', 'data-role': 'result-title' }, text('result.title')),
          h('p', { class: 'visually-hidden', 'data-role': 'announce', 'aria-live': 'polite' }),
          h(
            'div',
            { 'data-role': 'content' },
            // Shown by the element while the rules load; without scripts, never.
            h('p', { class: 'notice', 'data-role': 'loading', 'aria-busy': 'true', hidden: options.noscript ?? false }, text('loading') || '…'),
            h('p', { class: 'notice notice--error', 'data-role': 'load-failed', role: 'alert', hidden: true }, text('load-failed')),
            options.noscript
              ? h('noscript', null, h('p', { class: 'notice notice--noscript' }, text('noscript'), ' ', h('a', { href: options.questionsHref ?? 'questions.html' }, text('noscript.questions'))))
              : null,
          ),
        ),
      ),
    ),
    h('div', { class: 'verdict-bar', id: 'verdict-bar', 'data-role': 'bar', hidden: true }),
  );
}

/**
 * The guided mode's frame: the switch between one question at a time and the whole
 * form, then the panel with the verdict so far and the question (`guide.js` fills it).
 * Hidden until the element runs: without scripts, the form is what works.
 * @param {Record<string, string>} ui
 */
function guideView(ui) {
  const text = (/** @type {string} */ id) => (ui[`ui.${id}`] === undefined ? '' : t(ui, id));
  return h(
    'section',
    { class: 'guide', id: 'guide', part: 'guide', 'data-role': 'guide', 'aria-labelledby': 'guide-title', hidden: true },
    h(
      'div',
      { class: 'guide__panel', 'data-role': 'guide-panel' },
      h('h2', { class: 'guide__title', id: 'guide-title', 'data-role': 'guide-title' }, text('guide.title')),
      h('div', { class: 'guide__status-slot', 'data-role': 'guide-status', 'aria-live': 'polite' }),
      h('div', { class: 'guide__body', 'data-role': 'guide-body' }),
    ),
    h(
      'p',
      { class: 'guide__mode', 'data-role': 'mode' },
      h('button', { type: 'button', class: 'link-button', 'data-action': 'review', 'aria-controls': 'questionnaire' }, text('guide.review')),
      h('button', { type: 'button', class: 'link-button', 'data-action': 'guided', hidden: true }, text('guide.one-at-a-time')),
    ),
  );
}
