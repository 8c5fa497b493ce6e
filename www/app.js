// The page: wires the components to this document and to the rules core.
//
// Order of events, so that nothing typed is lost and the first screen is usable at once:
//   1. The HTML already holds the first questions (prerendered from the catalogue at
//      build time); a person can answer them before any script has run.
//   2. This module restores the description (a share link in the URL fragment wins over
//      the autosave), adds whatever was typed meanwhile, and writes it into the form.
//   3. The WebAssembly module loads; from then on every change is assessed at once and
//      the questionnaire shows the questions that matter.
//
// Only this file touches `document` and `window`; the components get their root
// elements and never look outside them (so that a widget can reuse them in a shadow
// root).

// The rules (WebAssembly) are fetched at once, in parallel with the modules: this file
// has no static import, so nothing waits for a chain of imports to resolve first.
const wasmResponse = fetch(new URL('pkg/biometric_check_bg.wasm', import.meta.url));
wasmResponse.catch(() => {}); // a failure is reported by init() below

const [
  { default: init, assess, questions, loadLanguage },
  { createStore },
  { createQuestionnaire },
  { createResult },
  { createTools },
  { load, save, clear, fromFragment, KEY, PREVIOUS_KEY },
  { h, toDom },
  { t },
] = await Promise.all([
  import('./pkg/index.js'),
  import('./js/store.js'),
  import('./js/questionnaire.js'),
  import('./js/result.js'),
  import('./js/tools.js'),
  import('./js/storage.js'),
  import('./js/vdom.js'),
  import('./js/i18n.js'),
]);

/** @typedef {import('./js/deployment.js').Deployment} Deployment */

const doc = document;
const lang = doc.documentElement.lang || 'en';
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();

const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (doc.getElementById(id));
const form = byId('questionnaire');
const resultRoot = byId('result');
const toolsRoot = byId('tools');
const notice = byId('notice');
const bar = doc.getElementById('verdict-bar');

/**
 * The description to start from: a share link in the fragment, else the autosave. When
 * a link replaces a different saved description, that one is kept aside.
 * @returns {{ deployment: Deployment, fromLink: boolean, keptPrevious: boolean, linkError: boolean }}
 */
function startingPoint() {
  const saved = load(storage) ?? {};
  const shared = fromFragment(location.hash);
  if (!shared) return { deployment: saved, fromLink: false, keptPrevious: false, linkError: false };
  history.replaceState(null, '', location.pathname + location.search);
  if ('error' in shared) return { deployment: saved, fromLink: false, keptPrevious: false, linkError: true };
  const keptPrevious = Object.keys(saved).length > 0 && JSON.stringify(saved) !== JSON.stringify(shared.deployment);
  if (keptPrevious) save(storage, saved, PREVIOUS_KEY);
  return { deployment: shared.deployment, fromLink: true, keptPrevious, linkError: false };
}

const start = startingPoint();
const store = createStore(start.deployment);
const questionnaire = createQuestionnaire(form, { store });
store.set(questionnaire.takeTyped(store.get()), 'typed');
questionnaire.sync(store.get());
store.subscribe((deployment) => save(storage, deployment));
save(storage, store.get());

async function main() {
  try {
    await init({ module_or_path: wasmResponse });
    // English is built in; another language's texts are loaded next to the module.
    if (!/^en\b/i.test(lang)) await loadLanguage(lang);
  } catch (error) {
    const failed = doc.getElementById('load-failed');
    doc.getElementById('loading')?.setAttribute('hidden', '');
    if (failed) {
      failed.hidden = false;
      failed.append(` ${String(error)}`);
    }
    return;
  }
  const catalogue = questions(lang);
  const ui = catalogue.ui;
  questionnaire.setCatalogue(catalogue);

  const result = createResult(resultRoot, { onJump: (field) => questionnaire.focusField(field), bar });
  /** @type {import('./pkg/index.js').Assessment | null} */
  let lastGood = null;

  /** Assesses the description and shows the questions and the result. */
  function refresh(/** @type {Deployment} */ deployment, /** @type {string} */ cause = 'change') {
    if (cause === 'import' || cause === 'reset') questionnaire.clearErrors();
    const outcome = assess(deployment, { lang });
    const force = cause !== 'answer';
    questionnaire.clearErrors('live');
    if (outcome.type === 'success') {
      lastGood = outcome.assessment;
      questionnaire.update(deployment, outcome.assessment, { force });
      result.render(outcome.assessment, catalogue, deployment);
    } else {
      questionnaire.update(deployment, lastGood, { force });
      const unplaced = questionnaire.showErrors(outcome.errors, cause === 'start' && start.fromLink ? 'link' : 'live');
      tools.listErrors(unplaced);
      if (lastGood) result.render(lastGood, catalogue, deployment, { invalid: true });
      else result.message(t(ui, 'result.invalid'), true);
    }
  }

  const tools = createTools(toolsRoot, {
    ui,
    store,
    validate: (value) => assess(/** @type {Deployment} */ (value), { lang }),
    showErrors: (errors) => questionnaire.showErrors(errors, 'import'),
    clearErrors: () => questionnaire.clearErrors(),
    onReset() {
      clear(storage, KEY);
      store.set({}, 'reset');
      form.querySelector('input')?.focus();
    },
    pageUrl: () => location.href,
    beforePrint: () => result.expandAll(),
  });

  store.subscribe(refresh);
  refresh(store.get(), 'start');

  if (start.fromLink) showNotice(t(ui, 'shared.opened'), start.keptPrevious);
  if (start.linkError) showNotice(t(ui, 'shared.unreadable'), false);

  /**
   * A notice above the form, with a button to bring back the description a share link
   * replaced.
   * @param {string} text @param {boolean} offerRestore
   */
  function showNotice(text, offerRestore) {
    notice.replaceChildren(
      toDom(
        [
          text,
          offerRestore ? [' ', t(ui, 'shared.previous-kept'), ' '] : null,
          offerRestore ? h('button', { type: 'button', class: 'link-button', 'data-action': 'restore' }, t(ui, 'shared.restore')) : null,
        ],
        doc,
      ),
    );
    notice.hidden = false;
  }
  notice.addEventListener('click', (event) => {
    if (!(/** @type {HTMLElement} */ (event.target).closest('[data-action="restore"]'))) return;
    const previous = load(storage, PREVIOUS_KEY);
    if (previous) {
      save(storage, store.get(), PREVIOUS_KEY);
      store.set(previous, 'import');
    }
    notice.hidden = true;
  });

  // A share link pasted into this tab's address bar.
  window.addEventListener('hashchange', () => {
    const shared = fromFragment(location.hash);
    if (!shared) return;
    history.replaceState(null, '', location.pathname + location.search);
    if ('error' in shared) {
      showNotice(t(ui, 'shared.unreadable'), false);
      return;
    }
    const current = store.get();
    const keep = Object.keys(current).length > 0 && JSON.stringify(current) !== JSON.stringify(shared.deployment);
    if (keep) save(storage, current, PREVIOUS_KEY);
    store.set(shared.deployment, 'import');
    showNotice(t(ui, 'shared.opened'), keep);
  });

  window.addEventListener('beforeprint', () => result.expandAll());
  doc.documentElement.dataset.ready = 'true';
  performance.mark('rules-ready');

  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('sw.js').catch(() => {});
  }
}

void main();
