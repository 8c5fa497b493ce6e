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
 * @param {{ lang?: string, stamp?: string, questionnaire?: import('./vdom.js').Child, hidden?: boolean, noscript?: boolean }} [options]
 *   `stamp` and `questionnaire`: the questions already built; `hidden`: the frame waits
 *   for its styles; `noscript`: the page's note for browsers without scripts.
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
        h('section', { class: 'tools', id: 'tools', part: 'tools', 'data-role': 'tools', hidden: true }),
        h('p', { class: 'notice', id: 'storage-note', 'data-role': 'storage-note', role: 'status', hidden: true }),
        h('div', { class: 'notice', id: 'recovery', 'data-role': 'recovery', role: 'status', hidden: true }),
        h('p', { class: 'notice', id: 'notice', 'data-role': 'notice', role: 'status', hidden: true }),
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
            h('p', { class: 'notice', 'data-role': 'loading', 'aria-busy': 'true' }, text('loading') || '…'),
            h('p', { class: 'notice notice--error', 'data-role': 'load-failed', role: 'alert', hidden: true }, text('load-failed')),
            options.noscript ? h('noscript', null, h('p', { class: 'notice' }, text('noscript'))) : null,
          ),
        ),
      ),
    ),
    h('div', { class: 'verdict-bar', id: 'verdict-bar', 'data-role': 'bar', hidden: true }),
  );
}
