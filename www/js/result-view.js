// The result as an element description: data in (the assessment, the catalogue, the
// deployment), elements out. No DOM, no globals, no reasoning: every verdict, reason,
// condition and date comes from the core; this only lays them out.
//
// Buttons that lead to a question carry `data-jump="<field path>"`; the component
// (result.js) handles them.

import { h } from './vdom.js';
import { t, formatDate, formatList, countryName } from './i18n.js';
import { citationsView } from './citations.js';
import { getPath, isAnswered, mayBeRelevant } from './deployment.js';

/**
 * @typedef {import('../../pkg/index.js').Catalogue} Catalogue
 * @typedef {import('../../pkg/index.js').Assessment} Assessment
 * @typedef {import('../../pkg/index.js').RegimeAssessment} RegimeAssessment
 * @typedef {import('../../pkg/index.js').Obligation} Obligation
 * @typedef {import('./deployment.js').Deployment} Deployment
 * @typedef {{ open: Set<string>, invalid: boolean }} ViewState
 *   `open`: the regimes whose details are open; `invalid`: the answers shown are not valid
 */

/** A symbol per verdict, so that a verdict never relies on colour alone. */
const SYMBOLS = /** @type {Record<string, string>} */ ({
  prohibited: '✕',
  conditional: '!',
  'high-risk': '▲',
  transparency: 'i',
  minimal: '✓',
  'not-applicable': '–',
  incomplete: '?',
});

const STATUS_SYMBOLS = /** @type {Record<string, string>} */ ({ met: '✓', unmet: '✕', unknown: '?' });

/** An element id from any text. */
function safeId(/** @type {string} */ text) {
  return text.replace(/[^a-zA-Z0-9-]+/g, '-');
}

/** The catalogue's words for a verdict. */
export function verdictInfo(/** @type {Catalogue} */ catalogue, /** @type {string} */ id) {
  return catalogue.verdicts.find((v) => v.id === id) ?? { id, label: id, description: '' };
}

/** A verdict chip: symbol and words, coloured by class. */
function chip(/** @type {Catalogue} */ catalogue, /** @type {string} */ verdict) {
  return h(
    'span',
    { class: `chip chip--${verdict}`, 'data-verdict': verdict },
    h('span', { class: 'chip__symbol', 'aria-hidden': 'true' }, SYMBOLS[verdict] ?? '•'),
    ' ',
    h('span', { class: 'chip__label' }, verdictInfo(catalogue, verdict).label),
  );
}

/** A status badge (met / not met / open). */
function statusBadge(/** @type {Record<string,string>} */ ui, /** @type {string | null} */ status) {
  if (!status) return null;
  return h(
    'span',
    { class: `status status--${status}`, 'data-status': status },
    h('span', { 'aria-hidden': 'true' }, STATUS_SYMBOLS[status] ?? '•'),
    ' ',
    t(ui, `status.${status}`),
  );
}

/** A button that leads to a question. */
function jump(/** @type {Catalogue} */ catalogue, /** @type {string | null} */ field, /** @type {string} */ message = 'jump') {
  if (!field) return null;
  const question = catalogue.questions.find((q) => q.field === field);
  if (!question) return null;
  return h('button', { type: 'button', class: 'link-button', 'data-jump': field }, t(catalogue.ui, message, { label: question.label }));
}

/**
 * The whole result.
 * @param {Assessment} assessment
 * @param {Catalogue} catalogue
 * @param {Deployment} deployment
 * @param {ViewState} state
 */
export function resultView(assessment, catalogue, deployment, state) {
  const ui = catalogue.ui;
  const lang = catalogue.lang;
  const binding = assessment.regimes.filter((r) => r.binding);
  const others = assessment.regimes.filter((r) => !r.binding);
  const name = typeof deployment.name === 'string' && deployment.name.trim() ? deployment.name : null;
  return [
    name ? h('p', { class: 'result__name' }, t(ui, 'result.for', { name })) : null,
    reportFacts(deployment, catalogue, assessment),
    state.invalid ? h('p', { class: 'notice notice--error', role: 'alert' }, t(ui, 'result.invalid')) : null,
    verdictView(assessment, catalogue, binding),
    assessment.verdict === 'incomplete' ? openView(assessment, catalogue) : null,
    h('p', { class: 'result__date' }, dateLine(assessment, catalogue)),
    compareView(assessment, catalogue, binding),
    binding.map((regime) => h('section', { class: 'regime', 'data-regime-details': regime.id, 'aria-labelledby': safeId(`r-${regime.id}`) },
      h('h3', { id: safeId(`r-${regime.id}`), class: 'regime__title' }, regime.title),
      regimeDetails(regime, assessment, catalogue, 4),
    )),
    others.length
      ? h('section', { class: 'regimes-other', 'aria-labelledby': 'r-others' },
          h('h3', { id: 'r-others' }, t(ui, 'others.title')),
          others.map((regime) =>
            h('details', { class: 'regime regime--other', 'data-regime-details': regime.id, open: state.open.has(regime.id) },
              h('summary', null, regime.title, ' ', chip(catalogue, regime.verdict)),
              regimeDetails(regime, assessment, catalogue, 4),
            ),
          ),
        )
      : null,
    h('p', { class: 'result__legal' }, t(ui, 'legal-data', { date: formatDate(lang, assessment.legal_data_date), version: catalogue.version })),
  ];
}

/** @param {Assessment} assessment @param {Catalogue} catalogue */
function dateLine(assessment, catalogue) {
  const date = formatDate(catalogue.lang, assessment.date);
  const id = assessment.date_source === 'deployment' ? 'result.date' : 'result.date-today';
  return [t(catalogue.ui, id, { date }), ' ', assessment.date_source === 'deployment' ? null : jump(catalogue, 'date', 'result.date-change')];
}

/**
 * The overall verdict, in words and colour, with the summary of the binding regimes.
 * @param {Assessment} assessment @param {Catalogue} catalogue @param {RegimeAssessment[]} binding
 */
function verdictView(assessment, catalogue, binding) {
  const info = verdictInfo(catalogue, assessment.verdict);
  return h(
    'div',
    { class: `verdict verdict--${assessment.verdict}`, 'data-verdict': assessment.verdict, id: 'verdict', part: 'verdict' },
    h('p', { class: 'verdict__kicker' }, t(catalogue.ui, 'result.overall')),
    h('p', { class: 'verdict__label' }, h('span', { class: 'verdict__symbol', 'aria-hidden': 'true' }, SYMBOLS[assessment.verdict] ?? '•'), ' ', info.label),
    h('p', { class: 'verdict__description' }, info.description),
    binding.map((regime) => h('p', { class: 'verdict__summary' }, regime.summary)),
  );
}

/**
 * When facts are missing: the outcomes still possible and the question that decides.
 * @param {Assessment} assessment @param {Catalogue} catalogue
 */
function openView(assessment, catalogue) {
  const ui = catalogue.ui;
  const [next, ...more] = assessment.questions;
  return h(
    'div',
    { class: 'open', part: 'open-questions' },
    h('h3', { class: 'open__title' }, t(ui, 'open.possible')),
    h('ul', { class: 'chips' }, assessment.possible.map((verdict) => h('li', null, chip(catalogue, verdict)))),
    next
      ? h(
          'div',
          { class: 'next', 'data-next': next.field },
          h('h3', { class: 'next__title' }, t(ui, 'open.next')),
          h('p', { class: 'next__question' }, next.text),
          next.help ? h('p', { class: 'help' }, next.help) : null,
          h('button', { type: 'button', class: 'button button--primary', 'data-jump': next.field }, t(ui, 'open.answer')),
          citationsView(next.citations, ui, 'matters-for'),
        )
      : null,
    more.length
      ? h(
          'div',
          { class: 'more-questions' },
          h('p', null, t(ui, 'open.more')),
          h('ul', null, more.slice(0, 4).map((q) => h('li', null, h('button', { type: 'button', class: 'link-button', 'data-jump': q.field }, q.text)))),
        )
      : null,
  );
}

/**
 * The regimes side by side, with those whose verdict differs from the binding one
 * marked in words.
 * @param {Assessment} assessment @param {Catalogue} catalogue @param {RegimeAssessment[]} binding
 */
function compareView(assessment, catalogue, binding) {
  const ui = catalogue.ui;
  const reference = binding[0]?.verdict ?? assessment.verdict;
  return h(
    'section',
    { class: 'compare', 'aria-labelledby': 'compare-title', part: 'comparison' },
    h('h3', { id: 'compare-title' }, t(ui, 'compare.title')),
    h('p', { class: 'compare__intro' }, t(ui, 'compare.intro')),
    h(
      'ul',
      { class: 'compare__list' },
      assessment.regimes.map((regime) => {
        const differs = !regime.binding && regime.verdict !== reference;
        const description = catalogue.regimes.find((r) => r.id === regime.id)?.description;
        return h(
          'li',
          { class: `compare__item${differs ? ' compare__item--differs' : ''}${regime.binding ? ' compare__item--binding' : ''}`, 'data-regime': regime.id, 'data-verdict': regime.verdict },
          h('p', { class: 'compare__regime' }, regime.title),
          h('p', { class: 'compare__role' }, t(ui, regime.binding ? 'compare.binding' : 'compare.not-binding')),
          h('p', { class: 'compare__verdict' }, chip(catalogue, regime.verdict)),
          differs ? h('p', { class: 'compare__differs' }, h('strong', null, t(ui, 'compare.differs'))) : null,
          regime.binding ? null : h('p', { class: 'compare__summary' }, regime.summary),
          description && !regime.binding ? h('p', { class: 'compare__about' }, description) : null,
        );
      }),
    ),
  );
}

/**
 * The reasons, conditions, obligations, timeline, other law and counterfactuals of a
 * regime.
 * @param {RegimeAssessment} regime @param {Assessment} assessment @param {Catalogue} catalogue @param {number} level
 */
function regimeDetails(regime, assessment, catalogue, level) {
  const ui = catalogue.ui;
  const heading = (/** @type {string} */ id, /** @type {string} */ text) => h(`h${level}`, { class: 'part__title', id: safeId(`${regime.id}-${id}`) }, text);
  const reasons = regime.findings.filter((f) => f.kind !== 'other-law');
  const otherLaw = regime.findings.filter((f) => f.kind === 'other-law');
  const parts = [];
  if (!regime.binding) parts.push(h('p', { class: 'regime__summary' }, regime.summary));
  if (reasons.length) {
    parts.push(
      h('div', { class: 'part part--reasons' },
        heading('why', t(ui, 'reasons.title')),
        h('ol', { class: 'chain' }, reasons.map((finding) =>
          h('li', { class: `chain__item chain__item--${finding.kind}`, 'data-finding': finding.id },
            h('p', null, finding.text),
            whenView(ui, catalogue.lang, finding.applies_from, finding.in_force),
            citationsView(finding.citations, ui),
          ),
        )),
      ),
    );
  }
  if (regime.conditions.length) {
    parts.push(
      h('div', { class: 'part part--conditions' },
        heading('conditions', t(ui, 'conditions.title')),
        h('p', { class: 'part__intro' }, conditionCount(ui, regime)),
        h('ul', { class: 'items' }, regime.conditions.map((condition) =>
          h('li', { class: `item item--${condition.status}`, 'data-condition': condition.id },
            h('p', null, statusBadge(ui, condition.status), ' ', condition.text),
            citationsView(condition.citations, ui),
            condition.status !== 'met' ? jump(catalogue, condition.field) : null,
          ),
        )),
      ),
    );
  }
  if (regime.obligations.length) {
    parts.push(
      h('div', { class: 'part part--obligations' },
        heading('obligations', t(ui, 'obligations.title')),
        ['deployer', 'provider'].map((who) => {
          const list = regime.obligations.filter((o) => o.who === who);
          if (!list.length) return null;
          return h('div', { class: 'role', 'data-role': who },
            h(`h${level + 1}`, { class: 'role__title' }, t(ui, `obligations.${who}`)),
            obligationGroups(list, assessment, catalogue),
          );
        }),
      ),
    );
  }
  if (regime.id === 'eu-ai-act' && regime.verdict !== 'not-applicable') {
    parts.push(timelineView(assessment, catalogue, regime, heading));
  }
  if (otherLaw.length) {
    parts.push(
      h('div', { class: 'part part--other-law' },
        heading('other-law', t(ui, 'other-law.title')),
        h('ul', { class: 'items' }, otherLaw.map((finding) =>
          h('li', { class: 'item', 'data-finding': finding.id }, h('p', null, finding.text), citationsView(finding.citations, ui)),
        )),
      ),
    );
  }
  if (regime.counterfactuals.length) {
    parts.push(
      h('div', { class: 'part part--counterfactuals' },
        heading('change', t(ui, 'counterfactuals.title')),
        h('ul', { class: 'items' }, regime.counterfactuals.map((cf) =>
          h('li', { class: 'item', 'data-counterfactual': cf.field },
            h('p', null, cf.change, ': ', chip(catalogue, cf.verdict)),
            jump(catalogue, cf.field),
          ),
        )),
      ),
    );
  }
  if (parts.length === 0 || (regime.binding && reasons.length === 0 && regime.verdict === 'incomplete')) {
    parts.push(h('p', { class: 'part__empty' }, t(ui, 'regime.nothing-yet')));
  }
  return parts;
}

/** "3 of 8 conditions met, 1 not met, 4 open." */
function conditionCount(/** @type {Record<string,string>} */ ui, /** @type {RegimeAssessment} */ regime) {
  const count = (/** @type {string} */ s) => regime.conditions.filter((c) => c.status === s).length;
  return t(ui, 'conditions.count', { met: count('met'), unmet: count('unmet'), unknown: count('unknown'), total: regime.conditions.length });
}

/** When a finding or obligation applies. */
function whenView(/** @type {Record<string,string>} */ ui, /** @type {string} */ lang, /** @type {string|null} */ from, /** @type {boolean|null} */ inForce) {
  if (!from) return null;
  const date = formatDate(lang, from);
  return h('p', { class: `when ${inForce === false ? 'when--upcoming' : 'when--in-force'}` }, t(ui, inForce === false ? 'when.upcoming' : 'when.in-force', { date }));
}

/**
 * Obligations grouped by when they apply: those in force on the date of use, then one
 * group per later date.
 * @param {Obligation[]} list @param {Assessment} assessment @param {Catalogue} catalogue
 */
function obligationGroups(list, assessment, catalogue) {
  const ui = catalogue.ui;
  const lang = catalogue.lang;
  const now = list.filter((o) => o.in_force !== false);
  /** @type {Map<string, Obligation[]>} */
  const later = new Map();
  for (const o of list.filter((o) => o.in_force === false)) {
    const key = o.applies_from ?? '';
    later.set(key, [...(later.get(key) ?? []), o]);
  }
  const group = (/** @type {string} */ title, /** @type {Obligation[]} */ items, /** @type {string} */ when) =>
    h('div', { class: `when-group when-group--${when}`, 'data-when': when },
      h('p', { class: 'when-group__title' }, title),
      h('ul', { class: 'items' }, items.map((o) =>
        h('li', { class: `item${o.status ? ` item--${o.status}` : ''}` },
          h('p', null, statusBadge(ui, o.status), o.status ? ' ' : '', o.text),
          citationsView(o.citations, ui),
          o.status && o.status !== 'met' ? jump(catalogue, o.field) : null,
        ),
      )),
    );
  return [
    now.length ? group(t(ui, 'obligations.now', { date: formatDate(lang, assessment.date) }), now, 'now') : null,
    [...later].sort(([a], [b]) => a.localeCompare(b)).map(([date, items]) =>
      group(t(ui, 'obligations.from', { date: formatDate(lang, date) }), items, date)),
  ];
}

/**
 * The application dates of the law, with the date of use placed among them.
 * @param {Assessment} assessment @param {Catalogue} catalogue @param {RegimeAssessment} regime
 * @param {(id: string, text: string) => import('./vdom.js').VNode} heading
 */
function timelineView(assessment, catalogue, regime, heading) {
  const ui = catalogue.ui;
  const lang = catalogue.lang;
  const used = new Set([...regime.findings, ...regime.obligations].map((i) => i.applies_from).filter(Boolean));
  /** @type {{ date: string, text: string, citation?: any, use?: boolean, relevant?: boolean }[]} */
  const entries = catalogue.milestones.map((m) => ({ date: m.date, text: m.text, citation: m.citation, relevant: used.has(m.date) }));
  entries.push({ date: assessment.date, text: t(ui, 'timeline.use', { date: formatDate(lang, assessment.date) }), use: true });
  entries.sort((a, b) => a.date.localeCompare(b.date) || (a.use ? 1 : -1));
  return h('div', { class: 'part part--timeline' },
    heading('timeline', t(ui, 'timeline.title')),
    h('ol', { class: 'timeline' }, entries.map((entry) =>
      h('li', { class: `timeline__item${entry.use ? ' timeline__item--use' : ''}${entry.date <= assessment.date ? ' timeline__item--past' : ''}${entry.relevant ? ' timeline__item--relevant' : ''}` },
        h('p', { class: 'timeline__date' }, h('time', { datetime: entry.date }, formatDate(lang, entry.date)),
          entry.use ? null : ' — ',
          entry.use ? null : h('span', { class: 'timeline__state' }, t(ui, entry.date <= assessment.date ? 'timeline.in-force' : 'timeline.upcoming')),
          entry.relevant ? [' ', h('span', { class: 'timeline__mark' }, t(ui, 'timeline.relevant'))] : null,
        ),
        h('p', null, entry.text),
        entry.citation ? citationsView([entry.citation], ui) : null,
      ),
    )),
  );
}

/**
 * The description and answers, for the printed report.
 * @param {Deployment} deployment @param {Catalogue} catalogue @param {Assessment} assessment
 */
function reportFacts(deployment, catalogue, assessment) {
  const ui = catalogue.ui;
  const lang = catalogue.lang;
  const relevant = new Set(assessment.relevant);
  const rows = catalogue.questions
    .filter((q) => q.field !== 'name' && q.field !== 'description')
    .filter((q) => isAnswered(deployment, q.field) && (relevant.has(q.field) || mayBeRelevant(deployment, q.relevant_when)))
    .map((q) => {
      const value = getPath(deployment, q.field);
      const label = (/** @type {unknown} */ v) => {
        const option = q.options.find((o) => o.value === v);
        if (option) return option.label;
        if (q.kind === 'country' && typeof v === 'string') return countryName(lang, v);
        if (q.kind === 'date' && typeof v === 'string') return formatDate(lang, v);
        return String(v);
      };
      const text = Array.isArray(value) ? formatList(lang, value.map(label)) : label(value);
      return [h('dt', null, q.label), h('dd', null, text)];
    });
  const description = typeof deployment.description === 'string' && deployment.description.trim() ? deployment.description : null;
  return h('section', { class: 'report-facts', 'aria-labelledby': 'report-facts-title' },
    h('h3', { id: 'report-facts-title' }, t(ui, 'report.answers')),
    description ? h('p', { class: 'report-facts__description' }, description) : null,
    rows.length ? h('dl', { class: 'facts' }, rows) : h('p', null, t(ui, 'report.no-answers')),
  );
}

/** The words to announce for a verdict. */
export function announcement(/** @type {Catalogue} */ catalogue, /** @type {string} */ verdict) {
  return t(catalogue.ui, 'announce', { verdict: verdictInfo(catalogue, verdict).label });
}

export { SYMBOLS };
