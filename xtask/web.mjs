// Build step of `cargo xtask dist`, after `pkg/` is built: the site in `target/site/`
// (the page in every language, the embeddable element, the example portal) and the
// element in the package (`pkg/biometric-check.js`).
//
//   1. From the freshly built package: the languages it has and, per language, the
//      first screen (the catalogue with the questions asked before anything is known,
//      and the full catalogue's stamp), so that the element draws its first questions
//      without waiting for WebAssembly.
//   2. Assets under content-hashed names (`assets/<name>.<hash>.<ext>`, served as
//      immutable): the WebAssembly module, each language's messages and first screen,
//      and the style sheets, bundled and minified by esbuild.
//   3. `www/generated/assets.js`: the languages and the assets' names, which the
//      element's modules import (nothing language- or file-related is written by hand).
//   4. The JavaScript, bundled and minified by esbuild, one ES module each, with source
//      maps: the element (`biometric-check.<hash>.js`, and the same file under the
//      stable name `biometric-check.js` that portals link), the page's chrome
//      (`page.<hash>.js`) and the service worker (`sw.js`, with the file names in it).
//   5. The pages (`prerender.mjs`), the printable list of questions and how the tool
//      reads the law (`documents.mjs`), the example portal and the icon.
//   6. `integrity.json`: the Subresource Integrity hashes (SHA-384) of the scripts and
//      style sheets, which the pages' tags carry too.
//   7. Every text file and the module precompressed: `<file>.gz` (gzip written by
//      Zopfli, which every gzip reader reads and which is 4–6 % smaller than zlib's
//      level 9; source maps, which only developers load, by zlib) and `<file>.br`
//      (Brotli, quality 11), which the server sends as they are.
//   8. The package's copy of the element: `pkg/biometric-check.js` (the same bundle,
//      finding its files by the package's names), its style sheet, first screens and
//      declarations.
//
// Usage: node xtask/web.mjs

import { readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { gzipAsync } from '@gfx/zopfli';

const root = fileURLToPath(new URL('../', import.meta.url));
const at = (/** @type {string[]} */ ...parts) => path.join(root, ...parts);
const site = at('target', 'site');
const pkgDir = at('pkg');
/** Browsers the bundles are written for: those with custom elements, shadow DOM, container queries and private class fields. */
const TARGET = ['es2022', 'chrome111', 'firefox115', 'safari16.4'];

// ---- 1. The languages and their first screens, from the package

const pkg = await import(path.join(pkgDir, 'index.js'));
pkg.initSync({ module: readFileSync(path.join(pkgDir, 'biometric_check_bg.wasm')) });
/** @type {string[]} Every language of the package, English first. */
const languages = pkg.version().languages;
const { stamp } = await import(at('www', 'js', 'questions-view.js'));
const { countryName } = await import(at('www', 'js', 'i18n.js'));
/** @type {Map<string, any>} */
const firstScreens = new Map();
/** Each language's whole catalogue (the printable list of questions is written from it). */
/** @type {Map<string, any>} */
const catalogues = new Map();
for (const lang of languages) {
  if (lang !== 'en') {
    const registered = pkg.registerMessages(lang, readFileSync(path.join(pkgDir, 'messages', `${lang}.messages`), 'utf8'));
    if (registered.type !== 'success') fail(`cannot load the ${lang} texts: ${JSON.stringify(registered)}`);
  }
  const catalogue = pkg.questions(lang);
  catalogues.set(lang, catalogue);
  // The questions that matter before anything is known (independent of the date).
  const empty = pkg.assess({}, { lang, date: catalogue.legal_data_date });
  if (empty.type !== 'success') fail(`the core could not assess an empty description: ${JSON.stringify(empty)}`);
  const visible = empty.assessment.relevant;
  const collator = new Intl.Collator(lang);
  firstScreens.set(lang, {
    lang: catalogue.lang,
    version: catalogue.version,
    legal_data_date: catalogue.legal_data_date,
    stamp: stamp(catalogue),
    visible,
    sections: catalogue.sections,
    shortcuts: catalogue.shortcuts,
    questions: catalogue.questions.filter((/** @type {{ field: string }} */ q) => visible.includes(q.field)),
    // Named in the language here and put in its alphabetical order, as the page's
    // prerendered list is.
    countries: catalogue.countries
      .map((/** @type {{ code: string }} */ c) => ({ ...c, name: countryName(lang, c.code) }))
      .sort((/** @type {{ name: string }} */ a, /** @type {{ name: string }} */ b) => collator.compare(a.name, b.name)),
    ui: catalogue.ui,
  });
}
checkInterfaceTexts(firstScreens.get('en').ui);

// ---- 2. Hashed assets

rmSync(site, { recursive: true, force: true });
mkdirSync(path.join(site, 'assets'), { recursive: true });

/** A content hash in esbuild's alphabet (8 characters of base32), so every hashed name looks alike. */
function contentHash(/** @type {Buffer | string} */ bytes) {
  const digest = createHash('sha256').update(bytes).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  for (let i = 0; i < 8; i += 1) out += alphabet[digest[i] % 32];
  return out;
}

/**
 * Writes an asset under its hashed name; returns the name relative to the site.
 * @param {string} name e.g. `sv.messages`
 * @param {Buffer | string} bytes
 */
function asset(name, bytes) {
  const dot = name.indexOf('.');
  const file = `assets/${name.slice(0, dot)}.${contentHash(bytes)}${name.slice(dot)}`;
  writeFileSync(path.join(site, file), bytes);
  return file;
}

const wasm = asset('biometric_check_bg.wasm', readFileSync(path.join(pkgDir, 'biometric_check_bg.wasm')));
/** @type {Record<string, string>} */
const messages = {};
/** @type {Record<string, string>} */
const first = {};
for (const lang of languages) {
  if (lang !== 'en') messages[lang] = asset(`${lang}.messages`, readFileSync(path.join(pkgDir, 'messages', `${lang}.messages`)));
  first[lang] = asset(`first-screen-${lang}.json`, JSON.stringify(firstScreens.get(lang)));
}

const css = await esbuild.build({
  entryPoints: { 'biometric-check': at('www', 'widget', 'widget.css'), page: at('www', 'page.css') },
  bundle: true,
  minify: true,
  sourcemap: true,
  target: TARGET,
  outdir: path.join(site, 'assets'),
  entryNames: '[name].[hash]',
  metafile: true,
  logLevel: 'warning',
});
const cssOf = (/** @type {string} */ entry) => outputFor(css.metafile, entry, '.css');
const styles = { element: cssOf('www/widget/widget.css'), page: cssOf('www/page.css') };

// ---- 3. What the modules import: the languages and the assets' names

mkdirSync(at('www', 'generated'), { recursive: true });
/** @param {object} assets */
const generated = (assets) => `// Written by the build (xtask/web.mjs) from the package: do not edit.
/** The languages of the package, English first. */
export const LANGUAGES = ${JSON.stringify(languages)};
/**
 * The files the element loads, relative to its bundle.
 * @type {{ wasm: string, styles: string[], first: Record<string, string>, messages: Record<string, string> }}
 */
export const ASSETS = ${JSON.stringify(assets, null, 2)};
`;
writeFileSync(at('www', 'generated', 'assets.js'), generated({ wasm, styles: [styles.element], first, messages }));
writeFileSync(
  at('www', 'generated', 'pkg-assets.js'),
  generated({
    wasm: 'biometric_check_bg.wasm',
    styles: ['biometric-check.css'],
    first: Object.fromEntries(languages.map((lang) => [lang, `first-screen/${lang}.json`])),
    messages: Object.fromEntries(languages.filter((lang) => lang !== 'en').map((lang) => [lang, `messages/${lang}.messages`])),
  }),
);

// ---- 4. The scripts

/** @type {esbuild.BuildOptions} */
const scripts = {
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: TARGET,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};
const js = await esbuild.build({
  ...scripts,
  entryPoints: { 'biometric-check': at('www', 'biometric-check.js'), page: at('www', 'page.js') },
  outdir: site,
  entryNames: '[name].[hash]',
});
const element = outputFor(js.metafile, 'www/biometric-check.js', '.js');
const chrome = outputFor(js.metafile, 'www/page.js', '.js');
// The stable name portals link: the same bytes (its source map is found beside it).
copyFileSync(path.join(site, element), path.join(site, 'biometric-check.js'));

const pageFiles = ['./', 'index.html', 'favicon.svg', styles.page, chrome, element, wasm];
await esbuild.build({
  ...scripts,
  metafile: false,
  format: 'iife',
  entryPoints: [at('www', 'sw.js')],
  outfile: path.join(site, 'sw.js'),
  define: {
    BUILD_FILES: JSON.stringify(pageFiles),
    BUILD_LANGUAGE_FILES: JSON.stringify(Object.fromEntries(languages.map((lang) => [lang, [first[lang], ...(messages[lang] ? [messages[lang]] : [])]]))),
    BUILD_CACHE: JSON.stringify(`biometric-check-${contentHash(pageFiles.join('\n'))}`),
  },
});

// ---- 5. The pages, the example portal, the icon

for (const file of ['favicon.svg', 'embed-example.html']) copyFileSync(at('www', file), path.join(site, file));
mkdirSync(path.join(site, 'examples'), { recursive: true });
for (const file of readdirSync(at('www', 'examples'))) copyFileSync(at('www', 'examples', file), path.join(site, 'examples', file));

const integrity = Object.fromEntries(
  ['biometric-check.js', element, chrome, styles.element, styles.page].map((file) => [file, sri(readFileSync(path.join(site, file)))]),
);
const { page } = await import(at('xtask', 'prerender.mjs'));
const { h, toHtml } = await import(at('www', 'js', 'vdom.js'));
const pages = {
  languages,
  firstScreens,
  /** The page's style sheet and scripts (the chrome first: it chooses the language), and what the scripts will fetch. */
  head(/** @type {string} */ lang, /** @type {string} */ base, /** @type {boolean} */ languagePage) {
    const fetched = (/** @type {string} */ href) => h('link', { rel: 'preload', href: `${base}${href}`, as: 'fetch', crossorigin: 'anonymous' });
    return toHtml([
      h('link', { rel: 'stylesheet', href: `${base}${styles.page}`, integrity: integrity[styles.page] }),
      '\n',
      h('script', { type: 'module', src: `${base}${chrome}`, integrity: integrity[chrome] }),
      '\n',
      h('script', { type: 'module', src: `${base}${element}`, integrity: integrity[element] }),
      '\n',
      fetched(wasm),
      // The default page picks its language when its script runs; a language's page knows it.
      ...(languagePage && messages[lang] ? ['\n', fetched(messages[lang])] : []),
    ]);
  },
};
for (const lang of languages) {
  mkdirSync(path.join(site, lang), { recursive: true });
  writeFileSync(path.join(site, lang, 'index.html'), page(pages, lang, true));
}
writeFileSync(path.join(site, 'index.html'), page(pages, 'en', false));

// The printable list of questions in every language, and how the tool reads the law.
const { questionsPage, readingsPage } = await import(at('xtask', 'documents.mjs'));
for (const lang of languages) {
  const alternates = languages.map((other) => ({ lang: other, href: `../${other}/questions.html` }));
  writeFileSync(path.join(site, lang, 'questions.html'), questionsPage(catalogues.get(lang), { stylesheet: `../${styles.page}`, alternates }));
}
writeFileSync(
  path.join(site, 'questions.html'),
  questionsPage(catalogues.get('en'), { stylesheet: styles.page, alternates: languages.map((other) => ({ lang: other, href: `${other}/questions.html` })) }),
);
writeFileSync(path.join(site, 'readings.html'), readingsPage(readFileSync(at('target', 'readings.html'), 'utf8'), styles.page));

// ---- 6. Subresource Integrity

writeFileSync(path.join(site, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

// ---- 7. Precompressed copies

const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.wasm', '.messages', '.svg', '.map']);
const started = performance.now();
for (const file of walk(site)) {
  if (!COMPRESSED.has(path.extname(file))) continue;
  const bytes = readFileSync(file);
  writeFileSync(`${file}.gz`, path.extname(file) === '.map' ? gzipSync(bytes, { level: 9 }) : await gzipAsync(bytes, { numiterations: 15 }));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  );
}

// ---- 8. The element in the package

const pkgAssets = at('www', 'generated', 'pkg-assets.js');
await esbuild.build({
  ...scripts,
  metafile: false,
  entryPoints: [at('www', 'biometric-check.js')],
  outfile: path.join(pkgDir, 'biometric-check.js'),
  plugins: [
    {
      name: 'package-assets',
      setup(build) {
        build.onResolve({ filter: /\/generated\/assets\.js$/ }, () => ({ path: pkgAssets }));
      },
    },
  ],
});
await esbuild.build({
  entryPoints: [at('www', 'widget', 'widget.css')],
  bundle: true,
  minify: true,
  target: TARGET,
  outfile: path.join(pkgDir, 'biometric-check.css'),
  logLevel: 'warning',
});
mkdirSync(path.join(pkgDir, 'first-screen'), { recursive: true });
for (const lang of languages) writeFileSync(path.join(pkgDir, 'first-screen', `${lang}.json`), JSON.stringify(firstScreens.get(lang)));
copyFileSync(at('www', 'biometric-check.d.ts'), path.join(pkgDir, 'biometric-check.d.ts'));

// ---- Sizes

const size = (/** @type {string} */ file) => statSync(path.join(site, file)).size;
const row = (/** @type {string} */ label, /** @type {string} */ file) =>
  `  ${label.padEnd(34)} ${String(size(file)).padStart(8)} B, ${String(size(`${file}.gz`)).padStart(7)} B gzip, ${String(size(`${file}.br`)).padStart(7)} B Brotli  ${file}`;
console.log(`web: target/site/ built (${languages.length} languages; precompressed in ${Math.round(performance.now() - started)} ms)`);
console.log(row('element (bundled, minified)', element));
console.log(row("page's chrome", chrome));
console.log(row("element's style sheet", styles.element));
console.log(row("page's style sheet", styles.page));
console.log(row('rules (WebAssembly)', wasm));
console.log(row('page (English)', 'index.html'));
console.log(row('first screen, Swedish', first.sv ?? first.en));
if (messages.sv) console.log(row('messages, Swedish', messages.sv));
console.log(`  integrity of biometric-check.js: ${integrity['biometric-check.js']}`);

// ---- Helpers

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`web: ${message}`);
  process.exit(1);
}

/** The output file of an entry point, relative to the site. */
function outputFor(/** @type {esbuild.Metafile} */ metafile, /** @type {string} */ entry, /** @type {string} */ ext) {
  for (const [output, info] of Object.entries(metafile.outputs)) {
    if (info.entryPoint === entry && output.endsWith(ext)) return path.relative(site, path.join(root, output));
  }
  return fail(`no output for ${entry}`);
}

/** The SRI hash of a file's bytes. */
function sri(/** @type {Buffer} */ bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Every file under a folder. @returns {string[]} */
function walk(/** @type {string} */ dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/**
 * Every `ui.*` id the modules use must exist in the English catalogue (a missing one
 * would show as its id).
 * @param {Record<string, string>} ui
 */
function checkInterfaceTexts(ui) {
  const missing = [];
  const sources = ['page.js', ...readdirSync(at('www', 'js')).map((name) => `js/${name}`)].filter((name) => name.endsWith('.js'));
  for (const name of sources) {
    const source = readFileSync(at('www', name), 'utf8');
    for (const match of source.matchAll(/\bt\([\w.#]+(?:\(\))?, '([a-z0-9.-]+)'/g)) {
      if (!(`ui.${match[1]}` in ui)) missing.push(`${name}: ui.${match[1]}`);
    }
    // Counted texts: `formatCount(lang, ui, 'id', …)` needs both plural forms.
    for (const match of source.matchAll(/\bformatCount\([^,]+, [\w.#]+(?:\(\))?, '([a-z0-9.-]+)'/g)) {
      for (const form of ['one', 'other']) if (!(`ui.${match[1]}.${form}` in ui)) missing.push(`${name}: ui.${match[1]}.${form}`);
    }
  }
  if (missing.length) fail(`these interface texts are missing from src/i18n/en.messages:\n  ${missing.join('\n  ')}`);
}
