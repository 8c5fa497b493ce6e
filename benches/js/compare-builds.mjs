// Two builds of the package side by side in one process, called in turn: on a machine
// whose speed drifts between runs, this compares the builds under the same conditions.
// Runs in Node, then in headless Chromium (both builds in one page, served
// cross-origin isolated so that `performance.now()` has 5 µs steps instead of 100).
// Prints p50 / p99 of each build, per case and kind of report, and checks that both
// give the same output.
//
//   cargo xtask dist && cp -r pkg /tmp/pkg-before    (on the older commit)
//   cargo xtask dist                                  (on the newer one)
//   node benches/js/compare-builds.mjs /tmp/pkg-before pkg [calls-per-case]
//
// Calling two modules in turn makes each call slower than alone (see BENCHMARKS.md):
// compare the two columns with each other, not with api-latency.mjs.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cases } from './cases.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [before, after] = [process.argv[2], process.argv[3]].map((dir) => resolve(dir ?? ''));
const calls = Number(process.argv[4] ?? 500);
if (!process.argv[3]) {
  console.error('usage: node benches/js/compare-builds.mjs PKG_BEFORE PKG_AFTER [calls-per-case]');
  process.exit(2);
}

const kinds = {
  full: { date: '2026-11-23' },
  'no counterfactuals': { date: '2026-11-23', counterfactuals: false },
  'verdicts only': { date: '2026-11-23', explain: false },
};

// The same measurement in Node and in the page: [name, kind, [p50, p99] per build, same].
function measure(builds, cases, kinds, calls) {
  const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const rows = [];
  for (const [name, deployment] of Object.entries(cases)) {
    for (const [kind, options] of Object.entries(kinds)) {
      for (let i = 0; i < 30; i += 1) builds.forEach((api) => api.assess(deployment, options));
      const times = builds.map(() => []);
      for (let i = 0; i < calls; i += 1) {
        builds.forEach((api, index) => {
          const start = performance.now();
          api.assess(deployment, options);
          times[index].push(performance.now() - start);
        });
      }
      const outputs = builds.map((api) => JSON.stringify(api.assess(deployment, options)));
      const stats = times.map((t) => t.sort((a, b) => a - b)).map((t) => [percentile(t, 50), percentile(t, 99)]);
      rows.push([name, kind, stats, outputs.every((output) => output === outputs[0])]);
    }
  }
  return rows;
}

function report(where, rows) {
  console.log(`\n${where}: µs per assess() call, ${calls} calls each, the two builds in turn, p50 / p99: before | after`);
  const us = (ms) => String(Math.round(ms * 1000)).padStart(6);
  for (const [name, kind, [[a50, a99], [b50, b99]], same] of rows) {
    console.log(`  ${`${name}, ${kind}`.padEnd(52)} ${us(a50)} ${us(a99)} | ${us(b50)} ${us(b99)}${same ? '' : '   (outputs differ)'}`);
  }
}

// Node
async function load(dir) {
  const api = await import(pathToFileURL(join(dir, 'index.js')).href);
  api.initSync({ module: readFileSync(join(dir, 'biometric_check_bg.wasm')) });
  return api;
}
report(`Node ${process.version}`, measure([await load(before), await load(after)], cases, kinds, calls));

// Chromium: /before/ and /after/ serve the two packages.
const types = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((request, response) => {
  const headers = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^\/+/, '');
  const [build, ...rest] = path.split('/');
  const dir = { before, after }[build];
  try {
    if (!dir) throw new Error('not found');
    const body = readFileSync(join(dir, rest.join('/')));
    response.writeHead(200, { ...headers, 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(path === '' ? 200 : 404, { ...headers, 'content-type': 'text/html' });
    response.end('<!doctype html><title>bench</title>');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { chromium } = await import(join(root, 'node_modules/playwright-core/index.mjs'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page = await (await browser.newContext()).newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
const rows = await page.evaluate(async ({ source, cases, kinds, calls }) => {
  if (!crossOriginIsolated) throw new Error('the page is not cross-origin isolated');
  const builds = [];
  for (const build of ['before', 'after']) {
    const api = await import(`/${build}/index.js`);
    await api.default();
    builds.push(api);
  }
  const measure = new Function(`return (${source})`)();
  return measure(builds, cases, kinds, calls);
}, { source: measure.toString(), cases, kinds, calls });
report(`Chromium ${browser.version()}`, rows);
await browser.close();
server.close();
