// The long run through the wasm API in Node (not part of the test command; `cargo
// xtask fuzz` runs it): generated deployments, valid and invalid, through the package.
// No exception, every result of the contract's shape, every failure with a path.
//
// node tests/js/million.mjs [count]

import { readFileSync } from 'node:fs';
import { initSync, assess } from '../../pkg/index.js';

initSync({ module: readFileSync(new URL('../../pkg/biometric_check_bg.wasm', import.meta.url)) });
const count = Number(process.argv[2] ?? 1_000_000);

let state = 0x5eed1234n;
function next() {
  state ^= state << 13n; state &= 0xffffffffffffffffn;
  state ^= state >> 7n;
  state ^= state << 17n; state &= 0xffffffffffffffffn;
  return Number(state % 1000003n);
}
const pick = (items) => items[next() % items.length];
const chance = (inHundred) => next() % 100 < inHundred;
const subset = (items) => items.filter(() => chance(30));
const wrong = ['nonsense', 12, true, null, [], {}, 'UK', -1, '2025-02-29'];

function deployment(invalid) {
  const d = {};
  const add = (key, value) => { if (chance(60)) d[key] = invalid && chance(15) ? pick(wrong) : value; };
  add('country', pick(['SE', 'IE', 'DK', 'US', 'GB', 'FR', 'DE', 'NO']));
  add('role', pick(['deployer', 'provider', 'provider-and-deployer']));
  add('operator', pick(['law-enforcement-authority', 'acting-for-law-enforcement', 'public-authority', 'private-entity', 'private-individual']));
  add('purpose', pick(['law-enforcement', 'public-service', 'commercial', 'workplace-management', 'education', 'scientific-research']));
  add('functions', subset(['identification', 'verification', 'categorisation', 'emotion-recognition', 'detection-only']));
  add('modalities', subset(['face', 'voice', 'gait']));
  add('space', pick(['publicly-accessible', 'not-publicly-accessible', 'online']));
  add('identification', { remote: chance(50), timing: pick(['real-time', 'post']), untargeted_scraping: chance(20) });
  add('categorisation', { attributes: subset(['race', 'sex', 'age', 'clothing', 'health']), ancillary_feature: chance(20) });
  add('emotion_recognition', { subjects: pick(['workers', 'students', 'other']), medical_or_safety: chance(20) });
  add('law_enforcement', { objective: pick(['victim-search', 'imminent-threat', 'suspect-search', 'other']), offence: pick(['terrorism', 'fraud', 'rape']), max_sentence_years: next() % 30 });
  add('safeguards', { national_law: chance(70), authorisation: pick(['granted', 'urgent-requested', 'none']), fria: chance(70), registered: chance(70) });
  if (invalid && chance(10)) d.colour = 'red';
  return d;
}

let successes = 0;
let failures = 0;
const started = performance.now();
for (let i = 0; i < count; i += 1) {
  const result = assess(deployment(i % 2 === 1), { date: '2026-11-23' });
  if (result.type === 'success') {
    successes += 1;
  } else if (result.type === 'failure' && result.errors.length > 0 && result.errors.every((e) => typeof e.path === 'string' && e.message)) {
    failures += 1;
  } else {
    console.error('case', i, JSON.stringify(result).slice(0, 400));
    process.exit(1);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`${count} deployments through the wasm API in Node: ${successes} assessed, ${failures} errors with paths, no exception, in ${seconds.toFixed(1)} s (${((seconds * 1e6) / count).toFixed(1)} µs each)`);
