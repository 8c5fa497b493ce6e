// The package's JavaScript API in Node: plain objects in and out, the same results as
// the native library, and no exception whatever the input.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, assess, questions, validatePolicy, version, registerMessages } from '../../pkg/index.js';

const root = new URL('../../', import.meta.url);
initSync({ module: readFileSync(new URL('pkg/biometric_check_bg.wasm', root)) });
for (const lang of ['sv', 'es', 'ca', 'nl', 'fr', 'de']) {
  const result = registerMessages(lang, readFileSync(new URL(`pkg/messages/${lang}.messages`, root), 'utf8'));
  if (result.type !== 'success') throw new Error(`${lang}: ${JSON.stringify(result)}`);
}

const cases = JSON.parse(readFileSync(new URL('tests/scenarios/api-cases.json', root), 'utf8'));
const expected = readFileSync(new URL('tests/scenarios/api-expected.jsonl', root), 'utf8').trim().split('\n').map((line) => JSON.parse(line));

test('every recorded assessment comes back as the same object', () => {
  let compared = 0;
  cases.forEach((c, index) => {
    if (c.call !== 'assess' || c.deployment_text !== undefined) return;
    assert.deepEqual(assess(c.deployment, c.options), expected[index], c.name);
    compared += 1;
  });
  assert.ok(compared >= 20, `compared ${compared} cases`);
});

test('the worked cases give their expected verdicts', () => {
  const dev = JSON.parse(readFileSync(new URL('tests/scenarios/dev.json', root), 'utf8'));
  for (const scenario of dev) {
    const result = assess(scenario.input, { date: '2026-11-23' });
    assert.equal(result.type, 'success', scenario.id);
    const law = result.assessment.regimes.find((r) => r.id === 'eu-ai-act');
    const want = scenario.expect['eu-ai-act'];
    assert.ok(Array.isArray(want) ? want.includes(law.verdict) : law.verdict === want, `${scenario.id}: ${law.verdict}`);
  }
});

test('bad input comes back as errors with field paths, never as an exception', () => {
  const cyclic = { name: 'loop' };
  cyclic.self = cyclic;
  for (const input of [cyclic, { big: 10n }, null, undefined, 42, 'text', [1], { space: 'street' }]) {
    const result = assess(input);
    assert.equal(result.type, 'failure', String(input));
    assert.ok(result.errors.length > 0);
    assert.ok(result.errors.every((e) => typeof e.path === 'string' && e.message.length > 0));
  }
  const wrong = assess({ identification: { timing: 'live' } });
  assert.equal(wrong.errors[0].path, 'identification.timing');
  assert.match(wrong.errors[0].message, /real-time/);
});

test('values JSON cannot hold, and trees past the limits, are refused as a whole', () => {
  const shared = 'x'.repeat(60_000);
  const level = (inner) => Array(256).fill(inner);
  for (const input of [() => 1, { name: Symbol('x') }, { functions: level(level(level(shared))) }]) {
    const result = assess(input);
    assert.equal(result.type, 'failure');
    assert.deepEqual(result.errors.map((e) => [e.path, e.code]), [['', 'invalid-json']]);
  }
  const map = assess(new Map([['country', 'SE'], ['functions', ['detection-only']]]), { date: '2026-11-23' });
  assert.equal(map.type, 'success', 'a Map reads as an object');
});

test('undefined fields mean not known yet, like missing ones', () => {
  const result = assess({ country: 'SE', space: undefined, functions: ['detection-only'] }, { date: '2026-11-23' });
  assert.equal(result.type, 'success');
});

test('languages load from the package; an unknown one is refused in words', () => {
  assert.equal(questions('sv').questions.find((q) => q.field === 'space').label.length > 0, true);
  assert.notEqual(questions('sv').questions[0].question, questions('en').questions[0].question);
  const unknown = registerMessages('xx', 'a = b');
  assert.equal(unknown.type, 'failure');
  assert.equal(unknown.errors[0].path, 'lang');
  assert.deepEqual(version().loaded_languages.sort(), ['ca', 'de', 'en', 'es', 'fr', 'nl', 'sv']);
});

test('the catalogue, policy validation and version are plain objects', () => {
  const catalogue = questions('en');
  assert.equal(catalogue.questions.length, 36);
  assert.equal(catalogue.questions.find((q) => q.field === 'space').options.length, 3);
  assert.equal(validatePolicy({ id: 'x' }).type, 'failure');
  const info = version();
  assert.match(info.version, /^\d+\.\d+\.\d+$/);
  assert.equal(info.milestones.find((m) => m.id === 'milestone.high-risk-annex-iii').date, '2027-12-02');
});

test('the shipped glue has no comments but the line that names its types', () => {
  const glue = readFileSync(new URL('pkg/biometric_check.js', root), 'utf8');
  const api = readFileSync(new URL('pkg/index.js', root), 'utf8');
  assert.ok(glue.startsWith('/* @ts-self-types="./biometric_check.d.ts" */\n'), 'wasm-bindgen type hint kept');
  for (const [name, text] of [['biometric_check.js', glue.split('\n').slice(1).join('\n')], ['index.js', api]]) {
    assert.ok(!/^\s*(\/\/|\/\*)/m.test(text), `${name} has a comment line`);
  }
});
