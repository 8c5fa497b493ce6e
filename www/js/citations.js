// Citations as links to EUR-Lex, grouped by instrument: "Regulation (EU) 2024/1689:
// Article 5(1)(h), Article 5(3)". Pure: data in, element description out.

import { h } from './vdom.js';
import { t } from './i18n.js';

/**
 * @typedef {{ instrument: string, ref: string, url: string }} Citation
 */

/**
 * One citation: a link when it has an address (opening in a new tab, without opener or
 * referrer), plain text otherwise.
 * @param {Citation} citation
 * @param {Record<string, string>} ui
 */
export function citationLink(citation, ui) {
  if (!citation.url) return h('span', { class: 'cite' }, citation.ref);
  return h(
    'a',
    { class: 'cite', href: citation.url, target: '_blank', rel: 'noopener noreferrer' },
    citation.ref,
    h('span', { class: 'visually-hidden' }, ` ${t(ui, 'new-tab')}`),
  );
}

/**
 * A line of citations with a lead-in (e.g. "Matters for:"), or nothing when empty.
 * @param {Citation[]} citations
 * @param {Record<string, string>} ui
 * @param {string} lead the message id of the lead-in
 */
export function citationsView(citations, ui, lead = 'sources') {
  if (!citations || citations.length === 0) return null;
  /** @type {Map<string, Citation[]>} */
  const byInstrument = new Map();
  for (const citation of citations) {
    const list = byInstrument.get(citation.instrument) ?? [];
    if (!list.some((c) => c.ref === citation.ref)) list.push(citation);
    byInstrument.set(citation.instrument, list);
  }
  const groups = [...byInstrument].map(([instrument, list], index) => [
    index > 0 ? '; ' : '',
    list[0].ref.startsWith(instrument) ? '' : `${instrument}: `,
    list.map((citation, i) => [i > 0 ? ', ' : '', citationLink(citation, ui)]),
  ]);
  return h('p', { class: 'citations' }, h('span', { class: 'citations__lead' }, `${t(ui, lead)} `), groups);
}
