// Prints the medians of the last `cargo bench --bench assess` run as a Markdown table,
// one row per case, with the batch/round-trip ratio.
//
// node benches/js/criterion-table.mjs

import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../../target/criterion/', import.meta.url);
const median = (name) => {
  try {
    return JSON.parse(readFileSync(new URL(`${name}/new/estimates.json`, dir), 'utf8')).median.point_estimate / 1000;
  } catch {
    return NaN;
  }
};
const groups = ['decide', 'assess', 'assess-without-counterfactuals', 'batch-line', 'batch-line-verdicts-only', 'serde-json-round-trip'];
const cases = [...new Set(readdirSync(dir).filter((n) => n.startsWith('decide_')).map((n) => n.slice('decide_'.length)))];
const us = (v) => (Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(2) : v.toFixed(0));
console.log(`| case | ${groups.join(' | ')} | round trip ÷ batch line | round trip ÷ verdicts-only line |`);
console.log(`|${'---|'.repeat(groups.length + 3)}`);
for (const name of cases) {
  const values = groups.map((g) => median(`${g}_${name}`));
  const roundTrip = values[5];
  console.log(`| ${name} | ${values.map(us).join(' | ')} | 1/${(values[3] / roundTrip).toFixed(0)} | 1/${(values[4] / roundTrip).toFixed(0)} |`);
}
console.log('\n(µs, median)');
