// The modules an ES module imports, directly or through others, read from the source
// (relative `import … from`, `export … from` and `import('…')`; comments are skipped, so
// JSDoc types such as `{import('./x.js').T}` do not count).
//
// The page asks for all of them at once (`<link rel="modulepreload">`, written by
// `prerender.mjs`) and so does the widget's entry (`www/biometric-check.js`, checked by
// `tests/js/modules.test.mjs`): without that, each level of imports would be one more
// round trip before the first question and the rules.

import { readFileSync } from 'node:fs';

const SPECIFIERS = [
  /\bimport\s[^'"();]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bexport\s[^'"();]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
];

/** The source without its comments (block comments, and lines that are a comment). */
function code(/** @type {string} */ source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

/**
 * The relative imports of one module, as URLs.
 * @param {URL} module
 * @returns {URL[]}
 */
export function importsOf(module) {
  const source = code(readFileSync(module, 'utf8'));
  const found = new Set();
  for (const pattern of SPECIFIERS) {
    for (const match of source.matchAll(pattern)) found.add(new URL(match[1], module).href);
  }
  return [...found].map((href) => new URL(href));
}

/**
 * Every module reachable from the entries (the entries themselves excluded), in the
 * order they are found (breadth first).
 * @param {URL[]} entries
 * @returns {URL[]}
 */
export function moduleGraph(entries) {
  const seen = new Set(entries.map((entry) => entry.href));
  const order = [];
  const queue = [...entries];
  while (queue.length) {
    const module = /** @type {URL} */ (queue.shift());
    for (const next of importsOf(module)) {
      if (seen.has(next.href)) continue;
      seen.add(next.href);
      order.push(next);
      queue.push(next);
    }
  }
  return order;
}

/**
 * A URL relative to a folder (`js/store.js` for `…/www/js/store.js` in `…/www/`).
 * @param {URL} url
 * @param {URL} folder
 */
export function relative(url, folder) {
  if (!url.href.startsWith(folder.href)) throw new Error(`${url.href} is outside ${folder.href}`);
  return url.href.slice(folder.href.length);
}
