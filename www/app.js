// The page: wires the components to this document and to the rules core.
//
// Order of events, so that nothing typed is lost and the first screen is usable at once:
//   1. The HTML already holds the first questions (prerendered from the catalogue at
//      build time, one page per language: `index.html` in English, `sv/index.html` in
//      Swedish…); a person can answer them before any script has run.
//   2. This module picks the language (below), and starts fetching the rules
//      (WebAssembly) and, for a language other than English, its texts, in parallel.
//   3. It restores the description (a share link in the URL fragment wins over the
//      autosave), adds whatever was typed meanwhile, and writes it into the form.
//   4. When the rules have loaded, a saved description they refuse is recovered field by
//      field, and from then on every change is assessed at once and the questionnaire
//      shows the questions that matter.
//
// The language: an explicit choice (a share link's `l=`, the page of one language, the
// selector in the header) → the choice stored in this browser → the browser's languages
// (by primary subtag) → English. Switching language rebuilds the texts in place and keeps
// every answer.
//
// Only this file touches `document` and `window`; the components get their root
// elements and never look outside them (so that a widget can reuse them in a shadow
// root).

// ---- Before any import: the language, and the fetches that do not wait for modules.

const wasmResponse = fetch(new URL('pkg/biometric_check_bg.wasm', import.meta.url));
wasmResponse.catch(() => {}); // a failure is reported by init() below

/** Where the language chosen with the selector is kept. */
const LANG_KEY = 'biometric-check:lang';
/** The site's root (where this module is): the language pages are `<root><lang>/`. */
const siteRoot = new URL('./', import.meta.url);
const html = document.documentElement;
const languageSelect = /** @type {HTMLSelectElement | null} */ (document.getElementById('language'));
// The address can change to another language's page (`history.replaceState`): links in
// the head that the browser may read again (the icon, the other languages' pages) are
// made absolute first, so that they keep pointing where they did.
for (const link of document.querySelectorAll('link[rel~="icon"], link[rel="alternate"]')) {
  link.setAttribute('href', /** @type {HTMLLinkElement} */ (link).href);
}
/** The languages the page offers: the options of the prerendered selector. */
const LANGUAGES = languageSelect ? [...languageSelect.options].map((option) => option.value) : ['en'];
/** The language the HTML was prerendered in. */
const pageLang = html.lang || 'en';

/**
 * The first supported language among tags (BCP 47), by primary subtag: `sv-FI` → `sv`.
 * @param {readonly (string | null | undefined)[]} tags
 * @returns {string | null}
 */
function negotiate(tags) {
  for (const tag of tags) {
    const primary = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
    if (primary && LANGUAGES.includes(primary)) return primary;
  }
  return null;
}

/** The browser's storage, or null when it is unavailable (private browsing, blocked). */
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();
/** Whether anything can be kept in it. */
const storageWorks = (() => {
  try {
    const probe = 'biometric-check:probe';
    storage?.setItem(probe, '1');
    storage?.removeItem(probe);
    return storage !== null;
  } catch {
    return false;
  }
})();

/** The language chosen in this browser with the selector. */
function storedChoice() {
  try {
    return storage?.getItem(LANG_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The language a share link in the fragment asks for (`#l=sv&d=…`). */
const linkLang = (() => {
  const match = /(?:^#|&)l=([A-Za-z-]{2,12})(?:&|$)/.exec(location.hash);
  return match && /(?:^#|&)d=/.test(location.hash) ? negotiate([match[1]]) : null;
})();

let lang =
  linkLang ??
  (html.dataset.langPage === 'true' ? negotiate([pageLang]) : null) ??
  negotiate([storedChoice()]) ??
  negotiate(navigator.languages?.length ? navigator.languages : [navigator.language]) ??
  'en';

/**
 * The texts of a language, fetched next to the package (as the package's
 * `loadLanguage` does), started now so that they arrive with the rules.
 * @param {string} code
 * @returns {Promise<string>}
 */
function fetchMessages(code) {
  return fetch(new URL(`pkg/messages/${code}.messages`, import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  });
}
const firstMessages = lang === 'en' ? null : fetchMessages(lang);
firstMessages?.catch(() => {}); // a failure is handled when the texts are registered

// The selector works as soon as this module runs; before the rules have loaded, the
// choice waits for them.
document.getElementById('language-choice')?.removeAttribute('hidden');
if (languageSelect) languageSelect.value = lang;
/** @type {string | null} */
let requestedLang = null;
/** @type {((code: string) => void) | null} */
let onLanguageChosen = null;
languageSelect?.addEventListener('change', () => {
  const code = languageSelect.value;
  if (onLanguageChosen) onLanguageChosen(code);
  else requestedLang = code;
});

const [
  { default: init, assess, questions, loadLanguage, registerMessages },
  { createStore },
  { createQuestionnaire },
  { createChecker },
  { createTools, downloadText },
  { loadSaved, save, clear, fromFragment, keepText, readText, recover, KEY, PREVIOUS_KEY, UNRESTORED_KEY },
  { h, toDom },
  { t, formatDate, formatList },
  { fieldForPath },
] = await Promise.all([
  import('./pkg/index.js'),
  import('./js/store.js'),
  import('./js/questionnaire.js'),
  import('./js/checker.js'),
  import('./js/tools.js'),
  import('./js/storage.js'),
  import('./js/vdom.js'),
  import('./js/i18n.js'),
  import('./js/deployment.js'),
]);

/** @typedef {import('./js/deployment.js').Deployment} Deployment */
/** @typedef {import('./pkg/index.js').Catalogue} Catalogue */
/** @typedef {import('./pkg/index.js').InputError} InputError */

const doc = document;
const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (doc.getElementById(id));
const form = byId('questionnaire');
const resultRoot = byId('result');
const toolsRoot = byId('tools');
const notice = byId('notice');
const storageNote = byId('storage-note');
const recoveryNote = byId('recovery');
const bar = doc.getElementById('verdict-bar');

/** The address of a language's page (`<root>sv/`), with this page's query. */
function languagePage(/** @type {string} */ code) {
  const url = new URL(`${code}/`, siteRoot);
  url.search = location.search;
  return url;
}

/** Removes a share link from the address, moving to its language's page when it named one. */
function forgetFragment(/** @type {string | null} */ code) {
  const target = code ? languagePage(code) : new URL(location.pathname + location.search, location.href);
  history.replaceState(null, '', target.pathname + target.search);
}

// ---- The description to start from

const saved = loadSaved(storage, KEY);
/** Text saved in this browser that could not be restored (kept until let go). */
let unrestored = saved.unreadable ? saved.text : readText(storage, UNRESTORED_KEY);
if (saved.unreadable && saved.text !== null) keepText(storage, saved.text);

/**
 * A share link in the fragment, else the autosave. When a link replaces a different
 * saved description, that one is kept aside; a link that cannot be read changes nothing.
 * @returns {{ deployment: Deployment, fromLink: boolean, keptPrevious: boolean, linkError: boolean }}
 */
function startingPoint() {
  const own = saved.deployment ?? {};
  const shared = fromFragment(location.hash);
  if (!shared) return { deployment: own, fromLink: false, keptPrevious: false, linkError: false };
  if ('error' in shared) {
    forgetFragment(null);
    return { deployment: own, fromLink: false, keptPrevious: false, linkError: true };
  }
  forgetFragment(shared.lang && negotiate([shared.lang]));
  const keptPrevious = Object.keys(own).length > 0 && JSON.stringify(own) !== JSON.stringify(shared.deployment);
  if (keptPrevious) save(storage, own, PREVIOUS_KEY);
  return { deployment: shared.deployment, fromLink: true, keptPrevious, linkError: false };
}

const start = startingPoint();
const store = createStore(start.deployment);
const questionnaire = createQuestionnaire(form, { store });
store.set(questionnaire.takeTyped(store.get()), 'typed');
questionnaire.sync(store.get());
/** Whether saving failed (storage full or refused): the page then says so. */
let saveFailed = false;
store.subscribe((deployment) => {
  if (!save(storage, deployment) && !saveFailed) {
    saveFailed = true;
    showStorageNote();
  }
});
save(storage, store.get());

// ---- Notices above the form, kept as state so that a change of language rewrites them

/** @type {{ id: string, offerRestore: boolean, kept: boolean } | null} */
let shareNotice = null;
/** @type {{ kind: 'dropped' | 'unreadable' | 'earlier', dropped: InputError[] } | null} */
let recovery = null;
/** @type {Record<string, string>} */
let ui = {};
/** @type {Catalogue | null} */
let catalogue = null;

function showStorageNote() {
  if (!catalogue) return;
  storageNote.textContent = t(ui, 'storage.unavailable');
  storageNote.hidden = false;
}

/**
 * A notice about a share link, with a button to bring back the description it replaced.
 * @param {string} id @param {boolean} offerRestore @param {boolean} [kept] say that the saved description was not changed
 */
function showNotice(id, offerRestore, kept = false) {
  shareNotice = { id, offerRestore, kept };
  renderShareNotice();
}

function renderShareNotice() {
  if (!shareNotice) return;
  notice.replaceChildren(
    toDom(
      [
        t(ui, shareNotice.id),
        shareNotice.kept ? [' ', t(ui, 'shared.unreadable-kept')] : null,
        shareNotice.offerRestore ? [' ', t(ui, 'shared.previous-kept'), ' '] : null,
        shareNotice.offerRestore ? h('button', { type: 'button', class: 'link-button', 'data-action': 'restore' }, t(ui, 'shared.restore')) : null,
      ],
      doc,
    ),
  );
  notice.hidden = false;
}

/** What a dropped field is called: its question's label, and the value refused. */
function droppedName(/** @type {InputError} */ error) {
  const fields = catalogue?.questions.map((q) => q.field) ?? [];
  const field = error.path ? fieldForPath(error.path, fields) : null;
  const question = field ? catalogue?.questions.find((q) => q.field === field) : null;
  const name = question && field === error.path.replace(/\[\d+\]$/, '') ? question.label : error.path || '—';
  return error.found && error.code !== 'unknown-field' ? `${name} (${error.found})` : name;
}

function renderRecovery() {
  if (!recovery) {
    recoveryNote.hidden = true;
    return;
  }
  const text =
    recovery.kind === 'dropped'
      ? t(ui, 'recovered.dropped', { fields: formatList(lang, recovery.dropped.map(droppedName)) })
      : t(ui, recovery.kind === 'unreadable' ? 'recovered.unreadable' : 'recovered.earlier');
  recoveryNote.replaceChildren(
    toDom(
      [
        h('p', null, text),
        unrestored !== null
          ? h(
              'p',
              { class: 'notice__actions' },
              h('button', { type: 'button', class: 'link-button', 'data-action': 'download-unrestored' }, t(ui, 'recovered.download')),
              ' ',
              h('button', { type: 'button', class: 'link-button', 'data-action': 'discard-unrestored' }, t(ui, 'recovered.dismiss')),
            )
          : null,
      ],
      doc,
    ),
  );
  recoveryNote.hidden = false;
}

recoveryNote.addEventListener('click', (event) => {
  const action = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('[data-action]'))?.dataset.action;
  if (action === 'download-unrestored' && unrestored !== null) {
    let json = false;
    try {
      JSON.parse(unrestored);
      json = true;
    } catch {
      json = false;
    }
    downloadText(recoveryNote, json ? 'unrestored-answers.json' : 'unrestored-answers.txt', unrestored, json ? 'application/json' : 'text/plain');
  } else if (action === 'discard-unrestored') {
    clear(storage, UNRESTORED_KEY);
    unrestored = null;
    recovery = null;
    renderRecovery();
  }
});

/** The texts of the page outside the components (header, footer, title) in the language. */
function translatePage() {
  if (!catalogue) return;
  const current = catalogue;
  html.lang = lang;
  doc.title = t(ui, 'title');
  for (const element of doc.querySelectorAll('[data-ui]')) {
    const el = /** @type {HTMLElement} */ (element);
    const id = el.dataset.ui ?? '';
    el.textContent =
      id === 'legal-data'
        ? t(ui, 'legal-data', { date: formatDate(lang, current.legal_data_date), version: current.version })
        : t(ui, id);
  }
  for (const element of doc.querySelectorAll('[data-ui-label]')) {
    element.setAttribute('aria-label', t(ui, /** @type {HTMLElement} */ (element).dataset.uiLabel ?? ''));
  }
  for (const element of doc.querySelectorAll('[data-ui-content]')) {
    element.setAttribute('content', t(ui, /** @type {HTMLElement} */ (element).dataset.uiContent ?? ''));
  }
  if (languageSelect) languageSelect.value = lang;
}

async function main() {
  try {
    await init({ module_or_path: wasmResponse });
    // English is built in; another language's texts were fetched alongside the module.
    if (firstMessages) {
      let registered;
      try {
        registered = registerMessages(lang, await firstMessages);
      } catch {
        registered = await loadLanguage(lang);
      }
      if (registered.type !== 'success') lang = 'en';
    }
  } catch (error) {
    const failed = doc.getElementById('load-failed');
    doc.getElementById('loading')?.setAttribute('hidden', '');
    if (failed) {
      failed.hidden = false;
      failed.append(` ${String(error)}`);
    }
    return;
  }
  catalogue = questions(lang);
  lang = catalogue.lang;
  ui = catalogue.ui;
  const checker = createChecker({
    form,
    result: resultRoot,
    store,
    assess,
    catalogue,
    questionnaire,
    bar,
    startErrors: start.fromLink ? 'link' : 'live',
    onUnplacedErrors: (errors) => tools.listErrors(errors),
  });
  translatePage();

  const tools = createTools(toolsRoot, {
    ui,
    store,
    validate: (value) => checker.validate(value),
    showErrors: (errors) => questionnaire.showErrors(errors, 'import'),
    clearErrors: () => questionnaire.clearErrors(),
    onReset() {
      clear(storage, KEY);
      store.set({}, 'reset');
      form.querySelector('input')?.focus();
    },
    // A share link opens the page of its language, which shows it before any script runs.
    pageUrl: () => languagePage(lang).href,
    lang: () => lang,
    beforePrint: () => checker.result.expandAll(),
  });

  // A saved description the rules refuse (changed by hand, written by an older version):
  // keep every field they accept, say which were left out, and keep the saved text.
  if (!start.fromLink && saved.deployment) {
    const recovered = recover(store.get(), catalogue.questions, (value) => assess(value, { lang }));
    if (recovered.dropped.length > 0 || recovered.upgraded.length > 0) {
      if (recovered.dropped.length > 0 && saved.text !== null) {
        unrestored = saved.text;
        keepText(storage, saved.text);
        recovery = { kind: 'dropped', dropped: recovered.dropped };
      }
      store.set(recovered.deployment, 'import');
    }
  }
  if (!recovery && saved.unreadable) recovery = { kind: 'unreadable', dropped: [] };
  if (!recovery && unrestored !== null) recovery = { kind: 'earlier', dropped: [] };
  renderRecovery();

  checker.start();

  if (!storageWorks) showStorageNote();
  if (start.fromLink) showNotice('shared.opened', start.keptPrevious);
  if (start.linkError) showNotice('shared.unreadable', false, Object.keys(saved.deployment ?? {}).length > 0);

  notice.addEventListener('click', (event) => {
    if (!(/** @type {HTMLElement} */ (event.target).closest('[data-action="restore"]'))) return;
    const previous = loadSaved(storage, PREVIOUS_KEY).deployment;
    if (previous) {
      save(storage, store.get(), PREVIOUS_KEY);
      store.set(previous, 'import');
    }
    notice.hidden = true;
    shareNotice = null;
  });

  /**
   * Switches the page to another language in place: the questions, the result, the
   * tools and the texts around them; every answer stays. `explicit`: chosen by the person
   * or named by a link, so the address becomes that language's page (a reload keeps it).
   * @param {string} code
   * @param {{ explicit?: boolean, remember?: boolean }} [how]
   */
  async function switchLanguage(code, how = {}) {
    const next = negotiate([code]);
    if (!next) return;
    if (how.remember) {
      try {
        storage?.setItem(LANG_KEY, next);
      } catch {
        // Not kept: the address still carries the choice.
      }
    }
    if (how.explicit) history.replaceState(null, '', languagePage(next).pathname + location.search + location.hash);
    if (next === lang) return;
    if (next !== 'en') {
      const loaded = await loadLanguage(next);
      if (loaded.type !== 'success') {
        const name = [...(languageSelect?.options ?? [])].find((o) => o.value === next)?.textContent ?? next;
        tools.say(t(ui, 'language.failed', { language: name }));
        if (languageSelect) languageSelect.value = lang;
        return;
      }
    }
    lang = next;
    catalogue = questions(lang);
    ui = catalogue.ui;
    checker.setCatalogue(catalogue);
    tools.setUi(ui);
    translatePage();
    renderShareNotice();
    renderRecovery();
    if (!storageNote.hidden) showStorageNote();
    tools.say(t(ui, 'language.changed'));
    offlineCopies();
  }

  onLanguageChosen = (code) => void switchLanguage(code, { explicit: true, remember: true });
  if (requestedLang) await switchLanguage(requestedLang, { explicit: true, remember: true });

  // A share link pasted into this tab's address bar.
  window.addEventListener('hashchange', () => {
    const shared = fromFragment(location.hash);
    if (!shared) return;
    if ('error' in shared) {
      forgetFragment(null);
      showNotice('shared.unreadable', false, Object.keys(store.get()).length > 0);
      return;
    }
    const named = shared.lang ? negotiate([shared.lang]) : null;
    forgetFragment(named);
    const current = store.get();
    const keep = Object.keys(current).length > 0 && JSON.stringify(current) !== JSON.stringify(shared.deployment);
    if (keep) save(storage, current, PREVIOUS_KEY);
    store.set(shared.deployment, 'import');
    showNotice('shared.opened', keep);
    if (named && named !== lang) void switchLanguage(named, { explicit: true });
  });

  window.addEventListener('beforeprint', () => checker.result.expandAll());
  doc.documentElement.dataset.ready = 'true';
  performance.mark('rules-ready');

  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch(() => {});
    offlineCopies();
  }
}

/**
 * Asks the service worker to keep this language's page and texts for offline use (the
 * first visit is not yet under its control, and a change of language fetches no page).
 */
function offlineCopies() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.ready
    .then((registration) => {
      const files = [languagePage(lang).pathname, ...(lang === 'en' ? [] : [new URL(`pkg/messages/${lang}.messages`, import.meta.url).pathname])];
      registration.active?.postMessage({ type: 'keep', files });
    })
    .catch(() => {});
}

void main();
