// The checker: the questionnaire and the result kept in step with the rules. Every
// change of the description is assessed at once; the questionnaire then shows the
// questions that matter and the result what the rules say. Invalid answers are shown
// next to their questions while the result stays at the last valid description.
//
// The element (`element.js`) runs it, on the page and in a portal alike, with its own
// roots (in its shadow root, or the page's prerendered ones), its own store and its own
// options (language, regimes, a city's policy). It never queries the document.

import { createQuestionnaire } from './questionnaire.js';
import { createResult } from './result.js';
import { t } from './i18n.js';

/**
 * @typedef {import('../../pkg/index.js').Catalogue} Catalogue
 * @typedef {import('../../pkg/index.js').Assessment} Assessment
 * @typedef {import('../../pkg/index.js').AssessOptions} AssessOptions
 * @typedef {import('../../pkg/index.js').AssessResult} AssessResult
 * @typedef {import('../../pkg/index.js').InputError} InputError
 * @typedef {import('./deployment.js').Deployment} Deployment
 * @typedef {ReturnType<typeof createQuestionnaire>} Questionnaire
 */

/**
 * @param {{
 *   form: HTMLElement,
 *   result: HTMLElement,
 *   store: import('./store.js').Store<Deployment>,
 *   assess: (deployment: Deployment, options: AssessOptions) => AssessResult,
 *   catalogue: Catalogue,
 *   options?: Omit<AssessOptions, 'lang'>,
 *   questionnaire?: Questionnaire,
 *   prefix?: string,
 *   bar?: HTMLElement | null,
 *   startErrors?: 'live' | 'link',
 *   onUnplacedErrors?: (errors: InputError[]) => void,
 *   onAssessed?: (assessment: Assessment, deployment: Deployment, cause: string) => void,
 *   onJump?: (field: string) => void,
 * }} parts
 *   `onJump`: a "go to the question" button was used (default: the form's question)
 */
export function createChecker(parts) {
  const { form, store } = parts;
  let catalogue = parts.catalogue;
  let options = parts.options ?? {};
  const questionnaire = parts.questionnaire ?? createQuestionnaire(form, { store, prefix: parts.prefix });
  const result = createResult(parts.result, {
    onJump: parts.onJump ?? ((field) => questionnaire.focusField(field)),
    bar: parts.bar ?? null,
  });
  /** The last assessment of a valid description, shown while the answers are invalid. */
  /** @type {Assessment | null} */
  let lastGood = null;
  /** @type {Deployment | null} */
  let lastGoodDeployment = null;

  const assess = (/** @type {Deployment} */ deployment) => parts.assess(deployment, { ...options, lang: catalogue.lang });

  /**
   * Assesses the description and shows the questions and the result. `cause` is the
   * store's: an `answer` keeps the questions being typed in as they are.
   * @param {Deployment} deployment
   * @param {string} [cause]
   */
  function refresh(deployment, cause = 'change') {
    if (cause === 'import' || cause === 'reset') questionnaire.clearErrors();
    const outcome = assess(deployment);
    const force = cause !== 'answer';
    questionnaire.clearErrors('live');
    if (outcome.type === 'success') {
      lastGood = outcome.assessment;
      lastGoodDeployment = deployment;
      questionnaire.update(deployment, outcome.assessment, { force });
      result.render(outcome.assessment, catalogue, deployment);
      parts.onAssessed?.(outcome.assessment, deployment, cause);
    } else {
      questionnaire.update(deployment, lastGood, { force });
      const unplaced = questionnaire.showErrors(outcome.errors, cause === 'start' ? (parts.startErrors ?? 'live') : 'live');
      parts.onUnplacedErrors?.(unplaced);
      if (lastGood) result.render(lastGood, catalogue, deployment, { invalid: true });
      else result.message(t(catalogue.ui, 'result.invalid'), true);
    }
  }

  questionnaire.setCatalogue(catalogue);

  return {
    questionnaire,
    result,
    refresh,

    /** Assesses from now on at every change of the description, starting now. */
    start() {
      store.subscribe(refresh);
      refresh(store.get(), 'start');
    },

    /** The catalogue (and so the language) in use. */
    catalogue: () => catalogue,

    /** The last assessment of a valid description (null before there is one). */
    assessment: () => lastGood,

    /** Assesses any value with the current options, without showing it (an import). */
    validate: (/** @type {unknown} */ value) => assess(/** @type {Deployment} */ (value)),

    /**
     * Switches to another catalogue (another language): the questions are rebuilt in
     * place, keeping the focus and every answer, and the result is written again.
     * @param {Catalogue} next
     */
    setCatalogue(next) {
      catalogue = next;
      questionnaire.setCatalogue(next);
      if (lastGoodDeployment) {
        const again = assess(lastGoodDeployment);
        lastGood = again.type === 'success' ? again.assessment : null;
      }
      // The last announcement was in the other language: nothing to repeat.
      const announcer = parts.result.querySelector('[data-role="announce"]');
      if (announcer) announcer.textContent = '';
      refresh(store.get(), 'language');
    },

    /**
     * Other assessment options (regimes, policies, binding, date), applied at once.
     * @param {Omit<AssessOptions, 'lang'>} next
     */
    setOptions(next) {
      options = next;
      lastGood = null;
      lastGoodDeployment = null;
      refresh(store.get(), 'options');
    },
  };
}
