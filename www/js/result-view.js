// The result as an element description: data in (the assessment, the catalogue, the
// deployment), elements out. No DOM, no globals, no reasoning: every verdict, reason,
// condition and date comes from the core; this only lays them out.
//
// The order is a decision memo's: what the law in force says (the headline), what
// stands in the way, what must be done by whom and from when, why, and last, only when
// asked for, comparisons with texts that are not law. Printed, it is the memo: a header
// (deployment, who prepared it, dates, version), the same parts, the answers in words,
// and the citations numbered with one list of references at the end.
//
// Buttons that lead to a question carry `data-jump="<field path>"`; the component
// (result.js) handles them.

import { h } from './vdom.js';
import { t, formatDate, formatList, countryName } from './i18n.js';
import { citationsView, createReferences, referencesView } from './citations.js';
import { getPath, isAnswered, mayBeRelevant } from './deployment.js';

/**
 * @typedef {import('../../pkg/index.js').Catalogue} Catalogue
 * @typedef {import('../../pkg/index.js').Assessment} Assessment
 * @typedef {import('../../pkg/index.js').RegimeAssessment} RegimeAssessment
 * @typedef {import('../../pkg/index.js').ObligationView} Obligation
 * @typedef {import('./deployment.js').Deployment} Deployment
 * @typedef {import('./citations.js').References} References
 * @typedef {{ open: Set<string>, invalid: boolean, compare?: boolean, preparedBy?: string, today?: string }} ViewState
 *   `open`: the regimes whose details are open; `invalid`: the answers shown are not
 *   valid; `compare`: whether the comparisons are shown; `preparedBy`: the name for the
 *   memo; `today`: the date the memo is prepared (YYYY-MM-DD)
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

/** A symbol per standing of the decision. */
const STANDING_SYMBOLS = /** @type {Record<string, string>} */ ({
  prohibited: '✕',
  'not-yet': '!',
  'allowed-under-conditions': '◐',
  'allowed-with-obligations': '☑',
  'allowed-if-people-are-told': 'i',
  allowed: '✓',
  'not-covered': '–',
  undecided: '?',
});

/** A symbol per kind of thing that stands in the way. */
const BLOCKER_SYMBOLS = /** @type {Record<string, string>} */ ({
  prohibition: '✕',
  condition: '!',
  obligation: '✕',
  duty: '!',
  upcoming: '▲',
  question: '?',
});

const STATUS_SYMBOLS = /** @type {Record<string, string>} */ ({ met: '✓', unmet: '✕', unknown: '?', none: '☐' });

/** The campaigners' demands among the policies (never a city's own policy). */
const CAMPAIGNS = new Set(['policy:mass-surveillance-ban', 'policy:global-ban-call']);

/** An element id from any text. */
function safeId(/** @type {string} */ text) {
  return text.replace(/[^a-zA-Z0-9-]+/g, '-');
}

/**
 * A message with a count: the `one` or the `other` form by the language's plural rules.
 * @param {Record<string,string>} ui @param {string} lang @param {number} count
 * @param {{ one: string, other: string }} ids
 */
function tn(ui, lang, count, ids) {
  let category = 'other';
  try {
    category = new Intl.PluralRules(lang).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  return t(ui, category === 'one' ? ids.one : ids.other, { count });
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
function jump(/** @type {Catalogue} */ catalogue, /** @type {string | null | undefined} */ field, /** @type {string} */ message = 'jump') {
  if (!field) return null;
  const question = catalogue.questions.find((q) => q.field === field);
  if (!question) return null;
  return h('button', { type: 'button', class: 'link-button', 'data-jump': field }, t(catalogue.ui, message, { label: question.label }));
}

/** What a regime is to the person: the law in force, the city's policy, or a comparison. */
function regimeRole(/** @type {RegimeAssessment} */ regime) {
  if (regime.id.startsWith('policy:') && !CAMPAIGNS.has(regime.id)) return regime.binding ? 'city-binding' : 'city';
  if (regime.binding) return 'law';
  if (CAMPAIGNS.has(regime.id)) return 'campaign';
  return 'proposal';
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
  const binding = assessment.regimes.filter((r) => r.binding);
  // A city's policy not made binding is shown as the city's, not hidden among the
  // comparisons with texts that are not law.
  const city = assessment.regimes.filter((r) => !r.binding && regimeRole(r) === 'city');
  const others = assessment.regimes.filter((r) => !r.binding && regimeRole(r) !== 'city');
  const compare = state.compare ?? false;
  const refs = createReferences();
  return [
    memoHeader(assessment, catalogue, deployment, state),
    state.invalid ? h('p', { class: 'notice notice--error', role: 'alert' }, t(ui, 'result.invalid')) : null,
    verdictView(assessment, catalogue, binding),
    blockingView(assessment, catalogue, refs),
    assessment.verdict === 'incomplete' ? openView(assessment, catalogue) : null,
    checklistView(assessment, catalogue, binding, refs),
    reportFacts(deployment, catalogue, assessment),
    whyView(assessment, catalogue, binding, refs),
    city.length ? cityView(assessment, catalogue, city, state, refs) : null,
    others.length ? compareView(assessment, catalogue, others, state, compare ? refs : null) : null,
    memoTools(catalogue, state),
    referencesView(refs, ui),
    h('p', { class: 'result__legal' }, legalLine(assessment, catalogue)),
  ];
}

/** "Legal data as of …; biometric-check …." */
function legalLine(/** @type {Assessment} */ assessment, /** @type {Catalogue} */ catalogue) {
  return t(catalogue.ui, 'legal-data', { date: formatDate(catalogue.lang, assessment.legal_data_date), version: catalogue.version });
}

/**
 * The memo's header: the deployment's name (also on screen), and in print who prepared
 * it, when, and the legal data and version it rests on.
 * @param {Assessment} assessment @param {Catalogue} catalogue @param {Deployment} deployment @param {ViewState} state
 */
function memoHeader(assessment, catalogue, deployment, state) {
  const ui = catalogue.ui;
  const lang = catalogue.lang;
  const name = typeof deployment.name === 'string' && deployment.name.trim() ? deployment.name : null;
  const preparedBy = (state.preparedBy ?? '').trim();
  const row = (/** @type {string} */ label, /** @type {any} */ value, /** @type {string} */ role) =>
    h('div', { class: 'memo-header__row' }, h('dt', null, label), h('dd', { 'data-role': role }, value));
  return h(
    'header',
    { class: 'memo-header', 'data-role': 'memo-header' },
    h('p', { class: 'memo-header__title print-only' }, t(ui, 'memo.title')),
    name ? h('p', { class: 'result__name' }, t(ui, 'result.for', { name })) : null,
    h(
      'dl',
      { class: 'memo-header__facts print-only' },
      row(t(ui, 'memo.prepared-by'), preparedBy || '\u00a0', 'prepared-by-text'),
      row(t(ui, 'memo.prepared-on'), formatDate(lang, state.today ?? ''), 'prepared-on'),
      row(t(ui, 'memo.use-date'), formatDate(lang, assessment.date), 'use-date'),
      row(t(ui, 'memo.basis'), legalLine(assessment, catalogue), 'legal'),
    ),
  );
}

/**
 * The decision in words, in a box coloured and marked by its standing, with the
 * overall verdict and the date of use.
 * @param {Assessment} assessment @param {Catalogue} catalogue @param {RegimeAssessment[]} binding
 */
function verdictView(assessment, catalogue, binding) {
  const ui = catalogue.ui;
  const info = verdictInfo(catalogue, assessment.verdict);
  const standing = assessment.decision.standing;
  const policy = binding.some((r) => regimeRole(r) === 'city-binding');
  return h(
    'div',
    {
      class: `verdict verdict--${standing}`,
      'data-verdict': assessment.verdict,
      'data-standing': standing,
      id: 'verdict',
      part: 'verdict',
    },
    h('span', { class: 'verdict__icon', 'aria-hidden': 'true' }, STANDING_SYMBOLS[standing] ?? '•'),
    h(
      'div',
      { class: 'verdict__body' },
      h('p', { class: 'verdict__kicker' }, t(ui, policy ? 'result.overall-policy' : 'result.overall')),
      h('p', { class: 'verdict__headline', 'data-role': 'headline' }, assessment.decision.headline),
      h('p', { class: 'verdict__category' },
        h('span', { class: 'verdict__category-lead' }, t(ui, 'result.category')), ' ',
        // Plain words, not a coloured chip: the category ("allowed only under
        // conditions") explains the headline and must not outshine it.
        h('span', { class: 'verdict__label' }, info.label),
      ),
      h('p', { class: 'verdict__date' }, dateLine(assessment, catalogue)),
    ),
  );
}

/** @param {Assessment} assessment @param {Catalogue} catalogue */
function dateLine(assessment, catalogue) {
  const date = formatDate(catalogue.lang, assessment.date);
  const id = assessment.date_source === 'deployment' ? 'result.date' : 'result.date-today';
  return [t(catalogue.ui, id, { date }), ' ', assessment.date_source === 'deployment' ? null : jump(catalogue, 'date', 'result.date-change')];
}

/**
 * What stands in the way (or, undecided, which answers decide), each with what its
 * answers would mean and a way to the question.
 * @param {Assessment} assessment @param {Catalogue} catalogue @param {References} refs
 */
function blockingView(assessment, catalogue, refs) {
  const ui = catalogue.ui;
  const blocking = assessment.decision.blocking;
  if (!blocking.length) return null;
  const undecided = assessment.decision.standing === 'undecided';
  return h(
    'section',
    { class: 'blocking-part', 'aria-labelledby': 'blocking-title', 'data-role': 'blocking' },
    h('h3', { id: 'blocking-title', class: 'result__part-title' }, t(ui, undecided ? 'blocking.title-undecided' : 'blocking.title')),
    h(
      'ul',
      { class: 'blocking' },
      blocking.map((blocker) =>
        h(
          'li',
          { class: `blocker blocker--${blocker.kind}`, 'data-kind': blocker.kind, 'data-field': blocker.field ?? null },
          h('p', { class: 'blocker__text' },
            h('span', { class: `blocker__kind blocker__kind--${blocker.kind}` },
              h('span', { 'aria-hidden': 'true' }, BLOCKER_SYMBOLS[blocker.kind] ?? '•'), ' ', t(ui, `blocking.kind.${blocker.kind}`)),
            ' ',
            blocker.text,
          ),
          blocker.if_answered.length
            ? h('ul', { class: 'blocker__if' }, blocker.if_answered.map((settling) =>
                h('li', { 'data-verdict': settling.verdict },
                  t(ui, 'blocking.if', { answer: settling.answer.text, verdict: verdictInfo(catalogue, settling.verdict).label }))))
            : null,
          citationsView(blocker.citations, ui, 'sources', refs),
          jump(catalogue, blocker.field),
        ),
      ),
    ),
  );
}

/**
 * When facts are missing: the outcomes still possible and the question that decides.
 * @param {Assessment} assessment @param {Catalogue} catalogue
 */
function openView(assessment, catalogue) {
  const ui = catalogue.ui;
  const [next] = assessment.questions;
  return h(
    'div',
    { class: 'open', part: 'open-questions' },
    h('p', { class: 'open__title' }, t(ui, 'open.possible')),
    h('ul', { class: 'chips' }, assessment.possible.map((verdict) => h('li', null, chip(catalogue, verdict)))),
    next
      ? h(
          'div',
          { class: 'next', 'data-next': next.field },
          h('p', { class: 'next__title' }, t(ui, 'open.next')),
          h('p', { class: 'next__question' }, next.text),
          next.help ? h('p', { class: 'help' }, next.help) : null,
          h('button', { type: 'button', class: 'button button--primary', 'data-jump': next.field }, t(ui, 'open.answer')),
        )
      : null,
  );
}

/**
 * The checklist: the binding regimes' obligations, the user's (deployer's) first, each
 * group by when it applies, with whether it is known to be done.
 * @param {Assessment} assessment @param {Catalogue} catalogue @param {RegimeAssessment[]} binding @param {References} refs
 */
function checklistView(assessment, catalogue, binding, refs) {
  const ui = catalogue.ui;
  const lang = catalogue.lang;
  const all = binding.flatMap((regime) => regime.obligations.map((o) => ({ o, regime })));
  if (!all.length) return null;
  const open = all.filter(({ o }) => o.status === 'unknown').length;
  const from = assessment.decision.obligations_from;
  return h(
    'section',
    { class: 'checklist-part', 'aria-labelledby': 'checklist-title', 'data-role': 'checklist' },
    h('h3', { id: 'checklist-title', class: 'result__part-title' }, t(ui, 'checklist.title')),
    from ? h('p', { class: 'checklist__from', 'data-role': 'obligations-from' }, t(ui, 'checklist.from', { date: formatDate(lang, from) })) : null,
    open ? h('p', { class: 'checklist__open' }, tn(ui, lang, open, { one: 'checklist.open.one', other: 'checklist.open.other' })) : null,
    ['deployer', 'provider'].map((who) => {
      const list = all.filter(({ o }) => o.who === who);
      if (!list.length) return null;
      /** @type {Map<string, typeof list>} */
      const groups = new Map();
      for (const item of list) {
        const key = item.o.in_force === false ? (item.o.applies_from ?? '') : 'now';
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      const keys = [...groups.keys()].sort((a, b) => (a === 'now' ? -1 : b === 'now' ? 1 : a.localeCompare(b)));
      return h('div', { class: 'role', 'data-who': who },
        h('h4', { class: 'role__title' }, t(ui, `obligations.${who}`)),
        keys.map((key) =>
          h('div', { class: `when-group when-group--${key === 'now' ? 'now' : 'later'}`, 'data-when': key },
            h('p', { class: 'when-group__title' }, key === 'now' ? t(ui, 'checklist.now') : t(ui, 'checklist.from-date', { date: formatDate(lang, key) })),
            h('ul', { class: 'checklist' }, (groups.get(key) ?? []).map(({ o }) => {
              const status = o.status ?? 'none';
              return h('li', { class: `check check--${status}`, 'data-status': status, 'data-field': o.field ?? null },
                h('p', { class: 'check__text' },
                  h('span', { class: `check__status check__status--${status}` },
                    h('span', { 'aria-hidden': 'true' }, STATUS_SYMBOLS[status]), ' ', t(ui, `checklist.status.${status}`)),
                  ' ', o.text),
                citationsView(o.citations, ui, 'sources', refs),
                o.status === 'unknown' ? jump(catalogue, o.field) : null,
              );
            })),
          ),
        ),
      );
    }),
  );
}

/**
 * Why: each binding regime's reasons, conditions, possible outcomes, what would change
 * it, its timeline and the other law that applies.
 * @param {Assessment} assessment @param {Catalogue} catalogue @param {RegimeAssessment[]} binding @param {References} refs
 */
function whyView(assessment, catalogue, binding, refs) {
  const ui = catalogue.ui;
  return h(
    'section',
    { class: 'why', 'aria-labelledby': 'why-title', 'data-role': 'why' },
    h('h3', { id: 'why-title', class: 'result__part-title' }, t(ui, 'why.title')),
    binding.map((regime) =>
      h('section', {
        class: 'regime',
        'data-regime': regime.id,
        'data-verdict': regime.verdict,
        'data-regime-details': regime.id,
        'aria-labelledby': safeId(`r-${regime.id}`),
      },
        h('h4', { id: safeId(`r-${regime.id}`), class: 'regime__title' }, regime.title, ' ', chip(catalogue, regime.verdict)),
        h('p', { class: 'regime__role' }, t(ui, `compare.role.${regimeRole(regime)}`)),
        h('p', { class: 'regime__summary' }, regime.summary),
        regimeDetails(regime, assessment, catalogue, 5, refs),
      ),
    ),
  );
}

/**
 * A city's policy that is not applied as binding: its verdict and reasons, as the city's.
 * @param {Assessment} assessment @param {Catalogue} catalogue @param {RegimeAssessment[]} city
 * @param {ViewState} state @param {References} refs
 */
function cityView(assessment, catalogue, city, state, refs) {
  const ui = catalogue.ui;
  return h(
    'section',
    { class: 'city', 'aria-labelledby': 'city-title', 'data-role': 'city-policy' },
    h('h3', { id: 'city-title', class: 'result__part-title' }, t(ui, 'compare.role.city')),
    h('ul', { class: 'compare__list' }, city.map((regime) => regimeCard(regime, assessment, catalogue, state, refs))),
  );
}

/**
 * A regime that does not decide here, as a card: what it is, its verdict and summary,
 * and its reasons behind a disclosure.
 * @param {RegimeAssessment} regime @param {Assessment} assessment @param {Catalogue} catalogue
 * @param {ViewState} state @param {References | null} refs
 */
function regimeCard(regime, assessment, catalogue, state, refs) {
  const ui = catalogue.ui;
  const differs = regime.verdict !== assessment.verdict;
  const description = catalogue.regimes.find((r) => r.id === regime.id)?.description;
  const role = regimeRole(regime);
  return h('li', {
    class: `compare__item compare__item--${role}${differs ? ' compare__item--differs' : ''}`,
    'data-regime': regime.id,
    'data-verdict': regime.verdict,
  },
    h('p', { class: 'compare__role' }, t(ui, `compare.role.${role}`)),
    h('p', { class: 'compare__regime' }, regime.title),
    h('p', { class: 'compare__verdict' }, chip(catalogue, regime.verdict)),
    differs ? h('p', { class: 'compare__differs' }, t(ui, 'compare.differs')) : null,
    h('p', { class: 'compare__summary' }, regime.summary),
    description ? h('p', { class: 'compare__about' }, description) : null,
    h('details', { class: 'regime regime--other', 'data-regime-details': regime.id, open: state.open.has(regime.id) },
      h('summary', null, t(ui, 'compare.details')),
      regimeDetails(regime, assessment, catalogue, 4, refs),
    ),
  );
}

/**
 * The comparisons with texts that are not law (and a city's policy not made binding),
 * shown when asked for.
 * @param {Assessment} assessment @param {Catalogue} catalogue
 * @param {RegimeAssessment[]} others @param {ViewState} state @param {References | null} refs
 */
function compareView(assessment, catalogue, others, state, refs) {
  const ui = catalogue.ui;
  const compare = state.compare ?? false;
  return h(
    'section',
    { class: 'compare', 'aria-labelledby': 'compare-title', part: 'comparison', 'data-role': 'compare' },
    h('h3', { id: 'compare-title', class: 'result__part-title' }, t(ui, 'compare.title-not-law')),
    h('p', { class: 'compare__switch' },
      h('input', { type: 'checkbox', id: 'compare-toggle', class: 'compare__toggle', 'data-role': 'compare-toggle', checked: compare, 'aria-controls': 'compare-body' }),
      ' ',
      h('label', { for: 'compare-toggle' }, t(ui, 'compare.toggle')),
    ),
    h('div', { id: 'compare-body', class: 'compare__body', 'data-role': 'compare-body', hidden: !compare },
      h('p', { class: 'compare__intro' }, t(ui, 'compare.intro-not-law')),
      h('ul', { class: 'compare__list' }, others.map((regime) => regimeCard(regime, assessment, catalogue, state, refs))),
    ),
  );
}

/**
 * The reasons, conditions, possible outcomes, counterfactuals, timeline and other law
 * of a regime. The obligations of binding regimes are in the checklist; those of a
 * comparison are listed here.
 * @param {RegimeAssessment} regime @param {Assessment} assessment @param {Catalogue} catalogue @param {number} level
 * @param {References | null} refs
 */
function regimeDetails(regime, assessment, catalogue, level, refs) {
  const ui = catalogue.ui;
  const blocked = new Set(regime.binding ? assessment.decision.blocking.map((b) => b.field).filter(Boolean) : []);
  const heading = (/** @type {string} */ id, /** @type {string} */ text) => h(`h${level}`, { class: 'part__title', id: safeId(`${regime.id}-${id}`) }, text);
  const reasons = regime.findings.filter((f) => f.kind !== 'other-law');
  const otherLaw = regime.findings.filter((f) => f.kind === 'other-law');
  const cite = (/** @type {any[]} */ citations) => citationsView(citations, ui, 'sources', refs);
  const parts = [];
  if (reasons.length) {
    parts.push(
      h('div', { class: 'part part--reasons' },
        heading('why', t(ui, 'why.reasons')),
        h('ol', { class: 'chain' }, reasons.map((finding) =>
          h('li', { class: `chain__item chain__item--${finding.kind}`, 'data-finding': finding.id },
            h('p', null, finding.text),
            whenView(ui, catalogue.lang, finding.applies_from, finding.in_force),
            cite(finding.citations),
          ),
        )),
      ),
    );
  }
  if (regime.conditions.length) {
    parts.push(
      h('div', { class: `part part--conditions${regime.conditions.every((c) => c.field && blocked.has(c.field)) ? ' part--all-in-blocking' : ''}` },
        heading('conditions', t(ui, 'conditions.title')),
        h('p', { class: 'part__intro' }, conditionCount(ui, regime)),
        h('ul', { class: 'items' }, regime.conditions.map((condition) =>
          h('li', { class: `item item--${condition.status}${condition.field && blocked.has(condition.field) ? ' item--in-blocking' : ''}`, 'data-condition': condition.id },
            h('p', null, statusBadge(ui, condition.status), ' ', condition.text),
            cite(condition.citations),
            condition.status !== 'met' ? jump(catalogue, condition.field) : null,
          ),
        )),
      ),
    );
  }
  if ((regime.outcomes ?? []).length) {
    parts.push(
      h('div', { class: 'part part--outcomes' },
        heading('outcomes', t(ui, 'outcomes.title')),
        h('ul', { class: 'items' }, regime.outcomes.map((outcome) =>
          h('li', { class: 'item', 'data-verdict': outcome.verdict },
            h('p', null, chip(catalogue, outcome.verdict), ' ', outcome.text),
            cite(outcome.citations),
          ),
        )),
      ),
    );
  }
  if (!regime.binding && regime.obligations.length) {
    parts.push(
      h('div', { class: 'part part--obligations' },
        heading('obligations', t(ui, 'obligations.title')),
        h('ul', { class: 'items' }, regime.obligations.map((o) =>
          h('li', { class: 'item' }, h('p', null, o.text), cite(o.citations)),
        )),
      ),
    );
  }
  if (regime.counterfactuals.length) {
    parts.push(
      h('div', { class: 'part part--counterfactuals' },
        heading('change', t(ui, 'counterfactuals.title')),
        h('ul', { class: 'items items--compact' }, regime.counterfactuals.map((cf) =>
          h('li', { class: 'item', 'data-counterfactual': cf.field, 'data-verdict': cf.verdict },
            h('p', null, h('span', { class: 'cf__symbol', 'aria-hidden': 'true' }, SYMBOLS[cf.verdict] ?? '•'), ' ', cf.text, ' ', jump(catalogue, cf.field, 'counterfactuals.change')),
          ),
        )),
      ),
    );
  }
  if (regime.binding && regime.id === 'eu-ai-act' && regime.verdict !== 'not-applicable') {
    parts.push(timelineView(assessment, catalogue, regime, heading));
  }
  if (otherLaw.length) {
    parts.push(
      h('div', { class: 'part part--other-law' },
        heading('other-law', t(ui, 'other-law.title')),
        h('ul', { class: 'items' }, otherLaw.map((finding) =>
          h('li', { class: 'item', 'data-finding': finding.id }, h('p', null, finding.text), cite(finding.citations)),
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

/** When a finding applies. */
function whenView(/** @type {Record<string,string>} */ ui, /** @type {string} */ lang, /** @type {string|null} */ from, /** @type {boolean|null} */ inForce) {
  if (!from) return null;
  const date = formatDate(lang, from);
  return h('p', { class: `when ${inForce === false ? 'when--upcoming' : 'when--in-force'}` }, t(ui, inForce === false ? 'when.upcoming' : 'when.in-force', { date }));
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
        h('p', { class: 'timeline__text' }, entry.text),
      ),
    )),
  );
}

/**
 * The description and answers in words, for the printed memo: a yes/no answer with its
 * whole question, any other with the question's name and the option's words.
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
        if (typeof v === 'number') return new Intl.NumberFormat(lang).format(v);
        if (typeof v === 'boolean') return t(ui, v ? 'report.yes' : 'report.no');
        return q.kind === 'text' || q.kind === 'number' ? String(v) : t(ui, 'report.other-answer');
      };
      const text = Array.isArray(value) ? formatList(lang, value.map(label)) : label(value);
      return h('div', { class: 'facts__row', 'data-field': q.field },
        h('dt', null, q.kind === 'flag' ? q.question : q.label), h('dd', null, text));
    });
  const description = typeof deployment.description === 'string' && deployment.description.trim() ? deployment.description : null;
  return h('section', { class: 'report-facts', 'aria-labelledby': 'report-facts-title' },
    h('h3', { id: 'report-facts-title', class: 'result__part-title' }, t(ui, 'report.answers')),
    description ? h('p', { class: 'report-facts__description' }, description) : null,
    rows.length ? h('dl', { class: 'facts' }, rows) : h('p', null, t(ui, 'report.no-answers')),
  );
}

/**
 * On screen: the name to print on the memo, and how to print it.
 * @param {Catalogue} catalogue @param {ViewState} state
 */
function memoTools(catalogue, state) {
  const ui = catalogue.ui;
  return h('section', { class: 'memo-tools', 'aria-labelledby': 'memo-tools-title', 'data-role': 'memo-tools' },
    h('h3', { id: 'memo-tools-title', class: 'result__part-title' }, t(ui, 'memo.tools-title')),
    h('p', { class: 'memo-tools__field' },
      h('label', { for: 'prepared-by' }, t(ui, 'memo.prepared-by')),
      h('input', { type: 'text', id: 'prepared-by', class: 'memo-tools__input', 'data-role': 'prepared-by', value: state.preparedBy ?? '', autocomplete: 'name', maxlength: 200 }),
    ),
    h('p', { class: 'memo-tools__hint' }, t(ui, 'memo.hint')),
  );
}

/** The words to announce for a verdict. */
export function announcement(/** @type {Catalogue} */ catalogue, /** @type {string} */ headline) {
  return t(catalogue.ui, 'announce', { verdict: headline });
}

export { SYMBOLS, STANDING_SYMBOLS };
