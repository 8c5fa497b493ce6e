// Latency of one assess() call through the package's JavaScript API, including the
// conversion of input and output, in Node and in headless Chromium; and the memory
// held after ten assessments. Prints p50/p99 per case.
//
// Run after `cargo xtask dist`:  node benches/js/api-latency.mjs [calls-per-case]

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cases } from './cases.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const calls = Number(process.argv[2] ?? 2000);


// The same measurement, run in Node and in the page: returns { case: [p50, p99] }.
async function measure(assess, cases, calls) {
  const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const results = {};
  for (const [name, deployment] of Object.entries(cases)) {
    for (let i = 0; i < 50; i += 1) assess(deployment, { date: '2026-11-23' });
    const times = [];
    for (let i = 0; i < calls; i += 1) {
      const start = performance.now();
      assess(deployment, { date: '2026-11-23' });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const noCounterfactuals = [];
    for (let i = 0; i < calls; i += 1) {
      const start = performance.now();
      assess(deployment, { date: '2026-11-23', counterfactuals: false });
      noCounterfactuals.push(performance.now() - start);
    }
    noCounterfactuals.sort((a, b) => a - b);
    const verdictsOnly = [];
    for (let i = 0; i < calls; i += 1) {
      const start = performance.now();
      assess(deployment, { date: '2026-11-23', explain: false });
      verdictsOnly.push(performance.now() - start);
    }
    verdictsOnly.sort((a, b) => a - b);
    results[name] = [
      percentile(times, 50), percentile(times, 99),
      percentile(noCounterfactuals, 50), percentile(noCounterfactuals, 99),
      percentile(verdictsOnly, 50), percentile(verdictsOnly, 99),
    ];
  }
  return results;
}

function report(where, results) {
  console.log(`\n${where}: µs per assess() call, p50/p99: full report | without counterfactuals | verdicts only`);
  for (const [name, [p50, p99, q50, q99, v50, v99]] of Object.entries(results)) {
    const us = (ms) => (ms * 1000).toFixed(0).padStart(6);
    console.log(`  ${name.padEnd(36)} ${us(p50)} ${us(p99)} | ${us(q50)} ${us(q99)} | ${us(v50)} ${us(v99)}`);
  }
}

// Node
const pkg = await import(join(root, 'pkg/index.js'));
pkg.initSync({ module: readFileSync(join(root, 'pkg/biometric_check_bg.wasm')) });
report(`Node ${process.version}`, await measure(pkg.assess, cases, calls));

// Chromium: the package served from 127.0.0.1, measured inside the page.
const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^\/+/, '');
  if (path === '' || path === 'index.html') {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>bench</title>');
    return;
  }
  try {
    const body = readFileSync(join(root, 'pkg', path.replace(/^pkg\//, '')));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { chromium } = await import(join(root, 'node_modules/playwright-core/index.mjs'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'],
});
const page = await (await browser.newContext()).newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
const inPage = await page.evaluate(async ({ source, cases, calls }) => {
  const pkg = await import('/pkg/index.js');
  const exports = await pkg.default();
  const measure = new Function(`return (${source})`)();
  const latency = await measure(pkg.assess, cases, calls);
  // Memory after ten assessments of different deployments, from a fresh start.
  globalThis.gc?.();
  const before = performance.memory?.usedJSHeapSize ?? 0;
  const kept = [];
  for (const deployment of Object.values(cases).concat(Object.values(cases)).slice(0, 10)) kept.push(pkg.assess(deployment));
  return { latency, heap: (performance.memory?.usedJSHeapSize ?? 0) - before, kept: kept.length, linear: exports.memory.buffer.byteLength };
}, { source: measure.toString(), cases, calls });
const version = browser.version();
report(`Chromium ${version}`, inPage.latency);
console.log(`\nChromium: JS heap grew by ${(inPage.heap / 1024).toFixed(0)} KB holding ${inPage.kept} assessments; wasm linear memory ${(inPage.linear / 1024).toFixed(0)} KB after the runs above`);
await browser.close();
server.close();
