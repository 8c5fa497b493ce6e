// The page and the widget ask for every module they need at once: a module that is only
// found by reading another one costs one more round trip before the first result (on a
// city portal, a real network's). These tests compare what is asked for with the
// imports themselves, so that a new module cannot be forgotten.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { moduleGraph, relative } from '../../xtask/module-graph.mjs';

const www = new URL('../../www/', import.meta.url);
const sorted = (/** @type {Iterable<string>} */ items) => [...items].sort();
const graphOf = (/** @type {string} */ entry) => sorted(moduleGraph([new URL(entry, www)]).map((module) => relative(module, www)));

/** The `<link>` elements of a built page's head with a given `rel`. */
function links(/** @type {string} */ page, /** @type {string} */ rel) {
  const html = readFileSync(new URL(page, www), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<link ([^>]*)>/g)]
    .map((match) => Object.fromEntries([...match[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]])))
    .filter((attributes) => attributes.rel === rel);
}

test('the module graph reads imports, re-exports and dynamic imports, not JSDoc types', () => {
  const graph = graphOf('app.js');
  for (const module of ['pkg/index.js', 'pkg/biometric_check.js', 'js/store.js', 'js/result-view.js', 'js/citations.js']) {
    assert.ok(graph.includes(module), `${module} is imported by the page`);
  }
  assert.ok(!graph.includes('widget/element.js'), 'the page does not load the widget');
  assert.equal(new Set(graph).size, graph.length);
});

test("every page's head preloads each module its script imports, and nothing else", () => {
  const wanted = graphOf('app.js');
  for (const [page, base] of [['index.html', ''], ['sv/index.html', '../'], ['de/index.html', '../']]) {
    const preloaded = sorted(links(page, 'modulepreload').map((link) => link.href.slice(base.length)));
    assert.deepEqual(preloaded, wanted, page);
  }
});

test('the head fetches the rules, and a language page its texts, the way the script asks for them', () => {
  const hrefs = (/** @type {string} */ page) => links(page, 'preload').map((link) => {
    // As `fetch()` asks (CORS mode, same-origin credentials): otherwise it is fetched twice.
    assert.equal(link.as, 'fetch', `${page} ${link.href}`);
    assert.equal(link.crossorigin, 'anonymous', `${page} ${link.href}`);
    return link.href;
  });
  assert.deepEqual(hrefs('index.html'), ['pkg/biometric_check_bg.wasm']);
  assert.deepEqual(hrefs('en/index.html'), ['../pkg/biometric_check_bg.wasm']);
  assert.deepEqual(hrefs('sv/index.html'), ['../pkg/biometric_check_bg.wasm', '../pkg/messages/sv.messages']);
});

test("the widget's entry asks for every module of the widget at once", () => {
  const source = readFileSync(new URL('biometric-check.js', www), 'utf8');
  const list = source.match(/const MODULES = \[([\s\S]*?)\];/);
  assert.ok(list, 'biometric-check.js has its list of modules');
  const listed = sorted([...list[1].matchAll(/'\.\/([^']+)'/g)].map((match) => match[1]));
  assert.deepEqual(listed, graphOf('biometric-check.js'));
});

// The widget lives on a portal's pages, outside this worker's scope.
test('the offline copy holds every module of the page', () => {
  const source = readFileSync(new URL('sw.js', www), 'utf8');
  const files = new Set([...source.matchAll(/'([^']+\.js)'/g)].map((match) => match[1]));
  for (const module of graphOf('app.js')) {
    assert.ok(files.has(module), `sw.js caches ${module}`);
  }
});
