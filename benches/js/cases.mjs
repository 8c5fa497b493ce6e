// The deployments the JavaScript benchmarks time: three worked cases (a conditional,
// a high-risk and an incomplete verdict) and the empty form, by label.

import { readFileSync } from 'node:fs';

const dev = JSON.parse(readFileSync(new URL('../../tests/scenarios/dev.json', import.meta.url), 'utf8'));
const input = (id) => dev.find((c) => c.id === id).input;

export const cases = {
  'live police search (conditional)': input('kidnapping-victim-live'),
  'museum emotions (high-risk)': input('museum-visitor-emotions'),
  'objective open (incomplete)': input('live-id-objective-undecided'),
  'nothing known (empty form)': {},
};
