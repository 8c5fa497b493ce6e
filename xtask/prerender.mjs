// Build step of `cargo xtask dist`: writes `www/index.html` from
// `www/index.template.html`, with the first screen of questions already in the HTML.
//
// It loads the freshly built package from `pkg/`, gets the question catalogue and the
// questions relevant to an empty description, and renders those with the page's own
// view module (`www/js/questions-view.js`), so the prerendered form is exactly what the
// page would build: the page adopts it and adds the other questions when it takes over. Interface texts come from the catalogue
// (`ui.*` messages), as in the page.
//
// Usage: node xtask/prerender.mjs [lang]   (from anywhere; paths are relative to the repo)

import { readFileSync, writeFileSync, readdirSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const lang = process.argv[2] ?? 'en';

const pkg = await import(new URL('pkg/index.js', root).href);
pkg.initSync({ module: readFileSync(new URL('pkg/biometric_check_bg.wasm', root)) });
const { questionnaireView, stamp } = await import(new URL('www/js/questions-view.js', root).href);
const { toHtml, escapeHtml } = await import(new URL('www/js/vdom.js', root).href);
const { t, formatDate } = await import(new URL('www/js/i18n.js', root).href);

if (!/^en\b/i.test(lang)) {
  // English is built into the module; other languages come from their catalogues.
  const registered = pkg.registerMessages(lang, readFileSync(new URL(`pkg/messages/${lang}.messages`, root), 'utf8'));
  if (registered.type !== 'success') {
    console.error(`prerender: cannot load the ${lang} texts`, JSON.stringify(registered));
    process.exit(1);
  }
}
const catalogue = pkg.questions(lang);
// The questions that matter before anything is known (independent of the date).
const empty = pkg.assess({}, { lang, date: catalogue.legal_data_date });
if (empty.type !== 'success') {
  console.error('prerender: the core could not assess an empty description', JSON.stringify(empty));
  process.exit(1);
}
const visible = new Set(empty.assessment.relevant);

const template = readFileSync(new URL('www/index.template.html', root), 'utf8');
const missing = [];
const values = {
  lang,
  stamp: stamp(catalogue),
  questionnaire: toHtml(questionnaireView(catalogue, { prefix: 'q', visible, omitHidden: true })),
  'legal-data': t(catalogue.ui, 'legal-data', { date: formatDate(lang, catalogue.legal_data_date), version: catalogue.version }),
};
const html = template.replace(/\{\{([a-z0-9._-]+)\}\}/g, (whole, key) => {
  if (key.startsWith('ui.')) {
    const text = catalogue.ui[key];
    if (text === undefined) missing.push(key);
    return escapeHtml(text ?? key);
  }
  if (key in values) {
    // Generated markup is inserted as is; plain values are escaped.
    return key === 'questionnaire' ? values[key] : escapeHtml(String(values[key]));
  }
  missing.push(key);
  return whole;
});
if (missing.length) {
  console.error(`prerender: the template names unknown texts: ${missing.join(', ')}`);
  process.exit(1);
}
const missingUi = [];
// Every ui.* id the page's modules use must exist (a missing one would show its id).
const modules = readdirSync(new URL('www/js/', root)).filter((name) => name.endsWith('.js')).map((name) => `js/${name}`);
for (const name of ['app.js', ...modules]) {
  const source = readFileSync(new URL(`www/${name}`, root), 'utf8');
  for (const match of source.matchAll(/\bt\((?:catalogue\.)?ui, '([a-z0-9.-]+)'/g)) {
    if (!(`ui.${match[1]}` in catalogue.ui)) missingUi.push(`${name}: ui.${match[1]}`);
  }
}
if (missingUi.length) {
  console.error(`prerender: these interface texts are missing from src/i18n/en.messages:\n  ${missingUi.join('\n  ')}`);
  process.exit(1);
}
writeFileSync(new URL('www/index.html', root), html);
console.log(`prerender: www/index.html written (${html.length} bytes, with the ${visible.size} of ${catalogue.questions.length} questions asked first)`);
