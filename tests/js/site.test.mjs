// The built site (`target/site/`, written by `xtask/web.mjs` at `cargo xtask dist`) and
// the package's element: one ES module each for the element and the page's chrome,
// every file a page names there and pinned by its integrity hash, precompressed copies
// that hold the same bytes, hashed names for everything served as immutable, the
// languages and first screens taken from the package, and the package's npm shape.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, questions, assess, version, registerMessages } from '../../pkg/index.js';
import { typeErrors } from './typecheck.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const site = path.join(root, 'target', 'site');
const read = (/** @type {string} */ file) => readFileSync(path.join(site, file));
const text = (/** @type {string} */ file) => read(file).toString('utf8');

initSync({ module: readFileSync(path.join(root, 'pkg', 'biometric_check_bg.wasm')) });
const languages = version().languages;
for (const lang of languages.filter((l) => l !== 'en')) registerMessages(lang, readFileSync(path.join(root, 'pkg', 'messages', `${lang}.messages`), 'utf8'));

/** Every file under a folder, relative to it. @returns {string[]} */
function walk(/** @type {string} */ dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** The attributes of the tags of a kind in an HTML text. */
function tags(/** @type {string} */ html, /** @type {string} */ name) {
  return [...html.matchAll(new RegExp(`<${name} ([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries([...match[1].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? ''])),
  );
}

const HASHED = /\.[A-Z2-7]{8}\.[a-z0-9]+$/;
const files = walk(site);
const element = /** @type {string} */ (files.find((file) => /^biometric-check\.[A-Z2-7]{8}\.js$/.test(file)));
const chrome = /** @type {string} */ (files.find((file) => /^page\.[A-Z2-7]{8}\.js$/.test(file)));

test('the element and the page chrome are one minified ES module each, importing nothing', () => {
  assert.ok(element && chrome, 'both bundles are built');
  for (const file of [element, chrome, 'biometric-check.js']) {
    const source = text(file);
    assert.doesNotMatch(source, /(?:^|[;}\s])import\s*(?:[\w{*]|\()|\bimport\(/, `${file} imports nothing`);
    assert.ok(source.split('\n').length < 10, `${file} is minified`);
    assert.match(source, /\/\/# sourceMappingURL=[\w.-]+\.js\.map\s*$/, `${file} names its source map`);
  }
  // The stable name that portals link is the same file as the page's hashed one.
  assert.deepEqual(read('biometric-check.js'), read(element));
  const map = JSON.parse(text(`${element}.map`));
  assert.ok(map.sources.some((/** @type {string} */ source) => source.endsWith('www/js/element.js')), 'the source map leads to the sources');
});

test('every file a page names is there, and its integrity hash matches', () => {
  for (const page of ['index.html', ...languages.map((lang) => `${lang}/index.html`)]) {
    const html = text(page);
    const base = page === 'index.html' ? '' : '../';
    const named = [...tags(html, 'script'), ...tags(html, 'link')].filter((tag) => tag.src || (tag.href && !/^https?:|^\.\.?\/?$|\/$/.test(tag.href)));
    assert.ok(named.length >= 5, page);
    for (const tag of named) {
      const file = (tag.src ?? tag.href).slice(base.length);
      assert.ok(existsSync(path.join(site, file)), `${page} names ${file}`);
      if (tag.integrity) assert.equal(tag.integrity, `sha384-${createHash('sha384').update(read(file)).digest('base64')}`, `${page}: ${file}`);
    }
    const scripts = tags(html, 'script');
    assert.deepEqual(scripts.map((s) => s.src.slice(base.length)), [chrome, element], `${page}: the chrome first, then the element`);
    assert.ok(scripts.every((s) => s.integrity?.startsWith('sha384-')), `${page}: scripts pinned`);
  }
  const integrity = JSON.parse(text('integrity.json'));
  assert.equal(integrity['biometric-check.js'], `sha384-${createHash('sha384').update(read('biometric-check.js')).digest('base64')}`);
});

test('everything but the pages, the documents, the stable entry, the portal and the service worker has a hashed name', () => {
  const served = files.filter((file) => !/\.(?:gz|br|map)$/.test(file));
  const stable = served.filter((file) => !HASHED.test(file));
  assert.deepEqual(
    stable.sort(),
    [
      'biometric-check.js',
      'embed-example.html',
      'favicon.svg',
      'index.html',
      'integrity.json',
      'sw.js',
      'questions.html',
      'readings.html',
      ...languages.flatMap((lang) => [`${lang}/index.html`, `${lang}/questions.html`]),
      ...readdirSync(path.join(root, 'www', 'examples')).map((f) => `examples/${f}`),
    ].sort(),
  );
  assert.ok(served.some((file) => /^assets\/biometric_check_bg\.[A-Z2-7]{8}\.wasm$/.test(file)));
});

test('each precompressed copy holds the same bytes as its file, and is smaller', () => {
  let checked = 0;
  for (const file of files.filter((f) => /\.(?:html|js|css|json|wasm|messages|svg)$/.test(f))) {
    const bytes = read(file);
    const gz = read(`${file}.gz`);
    const br = read(`${file}.br`);
    assert.deepEqual(gunzipSync(gz), bytes, `${file}.gz`);
    assert.deepEqual(brotliDecompressSync(br), bytes, `${file}.br`);
    if (bytes.length > 1000) assert.ok(gz.length < bytes.length && br.length < bytes.length, file);
    checked += 1;
  }
  assert.ok(checked > 30, `${checked} files`);
});

test('the languages and the first screens come from the package', async () => {
  const generated = await import(path.join(root, 'www', 'generated', 'assets.js'));
  assert.deepEqual(generated.LANGUAGES, languages);
  const { stamp } = await import(path.join(root, 'www', 'js', 'questions-view.js'));
  for (const lang of languages) {
    const first = JSON.parse(text(generated.ASSETS.first[lang]));
    const catalogue = questions(lang);
    assert.equal(first.stamp, stamp(catalogue), `${lang}: the full catalogue's stamp`);
    const empty = assess({}, { lang, date: catalogue.legal_data_date });
    assert.equal(empty.type, 'success');
    if (empty.type !== 'success') continue;
    assert.deepEqual(first.visible, empty.assessment.relevant, lang);
    assert.deepEqual(first.questions.map((/** @type {{ field: string }} */ q) => q.field), catalogue.questions.map((q) => q.field).filter((f) => empty.assessment.relevant.includes(f)));
    assert.deepEqual(first.ui, catalogue.ui, `${lang}: every interface text`);
    if (lang !== 'en') assert.deepEqual(read(generated.ASSETS.messages[lang]), readFileSync(path.join(root, 'pkg', 'messages', `${lang}.messages`)));
  }
  // The page offers them all, each under its own name.
  const options = tags(text('index.html'), 'option').filter((o) => 'lang' in o).map((o) => o.value);
  assert.deepEqual(options, languages);
});

test("the service worker keeps the page's files and each language's texts", async () => {
  const sw = text('sw.js');
  for (const file of [element, chrome, ...files.filter((f) => /^assets\/(?:page\.[A-Z2-7]{8}\.css|biometric_check_bg\.[A-Z2-7]{8}\.wasm)$/.test(f))]) {
    assert.ok(sw.includes(`"${file}"`), `sw.js keeps ${file}`);
  }
  const { ASSETS } = await import(path.join(root, 'www', 'generated', 'assets.js'));
  for (const lang of languages) assert.ok(sw.includes(`"${ASSETS.first[lang]}"`), `sw.js knows the ${lang} texts`);
});

test('the package keeps its npm shape and carries the element, typed', () => {
  const pkg = path.join(root, 'pkg');
  const manifest = JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8'));
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.types, 'index.d.ts');
  assert.deepEqual(manifest.exports['.'], { types: './index.d.ts', default: './index.js' });
  assert.deepEqual(manifest.exports['./element'], { types: './biometric-check.d.ts', default: './biometric-check.js' });
  for (const file of manifest.files) assert.ok(existsSync(path.join(pkg, file)), `pkg/${file}`);
  // The package's element finds its files by the package's names.
  const bundle = readFileSync(path.join(pkg, 'biometric-check.js'), 'utf8');
  for (const name of ['biometric_check_bg.wasm', 'biometric-check.css', 'first-screen/sv.json', 'messages/sv.messages']) assert.ok(bundle.includes(name), name);
  // Its declarations type-check a host's use of the element.
  const host = `import { define, BiometricCheckElement } from ${JSON.stringify(path.join(pkg, 'biometric-check.js'))};
const Element: CustomElementConstructor = define('city-check');
const checker = document.querySelector('biometric-check');
if (checker instanceof BiometricCheckElement) {
  checker.regimes = ['eu-ai-act'];
  checker.answers = { country: 'SE' };
  const verdict: string | undefined = checker.assessment?.verdict;
  checker.addEventListener('biometric-check-verdict', (event) => console.log(event.detail.previous, verdict, Element));
  checker.reset();
}
`;
  const output = typeErrors({
    compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], types: [] },
    files: ['host.ts'],
    sources: { 'host.ts': host },
  });
  assert.equal(output, '', output);
});
