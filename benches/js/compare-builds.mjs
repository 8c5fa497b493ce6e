// Two builds of the package side by side in one Node process, called in turn: on a
// machine whose speed drifts between runs, this compares the builds under the same
// conditions. Prints the p50 of each, per case and kind of report, and checks that
// both give the same output.
//
//   cargo xtask dist && cp -r pkg /tmp/pkg-before    (on the older commit)
//   cargo xtask dist                                  (on the newer one)
//   node benches/js/compare-builds.mjs /tmp/pkg-before pkg [calls-per-case]
//
// Calling two modules in turn makes each call slower than alone (see BENCHMARKS.md):
// compare the two columns with each other, not with api-latency.mjs.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cases } from './cases.mjs';

const [before, after] = [process.argv[2], process.argv[3]].map((dir) => resolve(dir ?? ''));
const calls = Number(process.argv[4] ?? 500);
if (!process.argv[3]) {
  console.error('usage: node benches/js/compare-builds.mjs PKG_BEFORE PKG_AFTER [calls-per-case]');
  process.exit(2);
}

async function load(dir) {
  const api = await import(pathToFileURL(join(dir, 'index.js')).href);
  api.initSync({ module: readFileSync(join(dir, 'biometric_check_bg.wasm')) });
  return api;
}

const builds = [await load(before), await load(after)];
const kinds = {
  full: { date: '2026-11-23' },
  'no counterfactuals': { date: '2026-11-23', counterfactuals: false },
  'verdicts only': { date: '2026-11-23', explain: false },
};
const median = (times) => times.sort((a, b) => a - b)[times.length >> 1];

console.log(`p50 µs per assess() call, ${calls} calls each, the two builds in turn: before | after`);
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
    const [a, b] = builds.map((api) => JSON.stringify(api.assess(deployment, options)));
    const same = a === b ? '' : '   (outputs differ)';
    const [p50a, p50b] = times.map((t) => Math.round(median(t) * 1000));
    console.log(`  ${`${name}, ${kind}`.padEnd(52)} ${String(p50a).padStart(6)} | ${String(p50b).padStart(6)}${same}`);
  }
}
