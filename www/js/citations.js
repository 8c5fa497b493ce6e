// Citations as links to EUR-Lex, grouped by instrument: "Regulation (EU) 2024/1689:
// Article 5(1)(h), Article 5(3)". Pure: data in, element description out.
//
// For the printed memo, citations can also be numbered: a `References` register gives
// each cited address a number ([1], [2]…) in the order the result cites them, printed
// after the citation, and lists them once at the end with their addresses.

import { h } from './vdom.js';
import { t } from './i18n.js';

/**
 * @typedef {{ instrument: string, ref: string, url: string }} Citation
 * @typedef {{ n: number, instrument: string, url: string, refs: string[] }} Reference
 * @typedef {ReturnType<typeof createReferences>} References
 */

/** A register of numbered references, one per cited address (or per provision without one). */
export function createReferences() {
  /** @type {Map<string, Reference>} */
  const byKey = new Map();
  return {
    /** The number of a citation's reference, registering it on first use. */
    number(/** @type {Citation} */ citation) {
      const key = citation.url || `${citation.instrument}\u0000${citation.ref}`;
      let reference = byKey.get(key);
      if (!reference) {
        reference = { n: byKey.size + 1, instrument: citation.instrument, url: citation.url, refs: [] };
        byKey.set(key, reference);
      }
      if (!reference.refs.includes(citation.ref)) reference.refs.push(citation.ref);
      return reference.n;
    },
    /** Every reference, in the order of their numbers. */
    list() {
      return [...byKey.values()];
    },
  };
}

/**
 * One citation: a link when it has an address (opening in a new tab, without opener or
 * referrer), plain text otherwise; with its reference number (shown in print) when a
 * register is given.
 * @param {Citation} citation
 * @param {Record<string, string>} ui
 * @param {References | null} [refs]
 */
export function citationLink(citation, ui, refs = null) {
  const number = refs ? h('span', { class: 'cite__number print-only' }, `\u00a0[${refs.number(citation)}]`) : null;
  if (!citation.url) return [h('span', { class: 'cite' }, citation.ref), number];
  return [
    h(
      'a',
      { class: 'cite', href: citation.url, target: '_blank', rel: 'noopener noreferrer' },
      citation.ref,
      h('span', { class: 'visually-hidden' }, ` ${t(ui, 'new-tab')}`),
    ),
    number,
  ];
}

/**
 * A line of citations with a lead-in (e.g. "Matters for:"), or nothing when empty.
 * @param {Citation[]} citations
 * @param {Record<string, string>} ui
 * @param {string} lead the message id of the lead-in
 * @param {References | null} [refs] numbers the citations for print
 */
export function citationsView(citations, ui, lead = 'sources', refs = null) {
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
    list.map((citation, i) => [i > 0 ? ', ' : '', citationLink(citation, ui, refs)]),
  ]);
  return h('p', { class: 'citations' }, h('span', { class: 'citations__lead' }, `${t(ui, lead)} `), groups);
}

/**
 * The numbered list of references, with their addresses written out (for print).
 * @param {References} refs
 * @param {Record<string, string>} ui
 */
export function referencesView(refs, ui) {
  const list = refs.list();
  if (list.length === 0) return null;
  return h(
    'section',
    { class: 'references print-only', 'aria-labelledby': 'references-title', 'data-role': 'references' },
    h('h3', { id: 'references-title' }, t(ui, 'memo.references')),
    h(
      'ol',
      { class: 'references__list' },
      list.map((reference) =>
        h(
          'li',
          { class: 'references__item', 'data-reference': reference.n },
          h('span', { class: 'references__number' }, `[${reference.n}]`),
          ' ',
          reference.refs.every((ref) => ref.startsWith(reference.instrument)) ? '' : `${reference.instrument}: `,
          reference.refs.join(', '),
          reference.url ? [' — ', h('a', { class: 'references__url', href: reference.url, target: '_blank', rel: 'noopener noreferrer' }, reference.url)] : null,
        ),
      ),
    ),
  );
}
