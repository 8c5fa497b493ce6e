// The widget in one script tag:
//   <script type="module" src="https://city.example/biometric-check/biometric-check.js"></script>
//   <biometric-check lang="sv" policy="/policies/city.json"></biometric-check>
// See pkg-config.md, "Embedding the widget".
//
// No static import, so that nothing waits for this file's imports one level at a time:
// the rules (WebAssembly) are fetched at once, every module of the widget is asked for
// at once, and the texts, style sheets and city policies of the widgets in the document
// as soon as the small module that knows them (`widget/early.js`) has arrived.

const wasm = fetch(new URL('pkg/biometric_check_bg.wasm', import.meta.url));
wasm.catch(() => {}); // a failure is reported by the widget

// Every module the widget imports, directly or through others (the test of this list
// compares it with the imports themselves: `tests/js/modules.test.mjs`).
const MODULES = [
  './widget/early.js',
  './widget/rules.js',
  './widget/define.js',
  './widget/element.js',
  './pkg/index.js',
  './pkg/biometric_check.js',
  './js/checker.js',
  './js/store.js',
  './js/tools.js',
  './js/storage.js',
  './js/deployment.js',
  './js/vdom.js',
  './js/i18n.js',
  './js/questionnaire.js',
  './js/result.js',
  './js/questions-view.js',
  './js/result-view.js',
  './js/citations.js',
];
for (const module of MODULES) import(module).catch(() => {});

// First what the widgets in the document need (texts, styles, policies: `early.js`
// imports nothing, so it runs as soon as it arrives), then the rules, then the widgets.
const early = import('./widget/early.js').then(({ preload }) => preload(document, wasm));
const rules = Promise.all([early, import('./widget/rules.js')]).then(([languages, { start }]) => start(languages));
Promise.all([import('./widget/define.js'), early.catch(() => {}), rules.catch(() => {})]).then(([{ define }]) => define());
