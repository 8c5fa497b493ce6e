// Measures the page and the widget, side by side with another web application when one
// is given (run by hand, after `cargo xtask dist`; BENCHMARKS.md has the figures and
// how the peer was built):
//
//   node tests/e2e/measure-page.mjs [runs] [--peer DIR --peer-ready SELECTOR] [--before DIR]
//
// `--before DIR`: an earlier build of this project's site (its page and its portal),
// measured in the same turns, for a before-and-after in one run.
//
// Every target is served by the project's development server (`xtask/serve.mjs`) on
// 127.0.0.1, gzip only (level 9: the precompressed `.gz` files of our build, the same
// compression on the fly for the peer), each site from its own server process (so that
// serving never waits for this script), and loaded in headless Chromium, one first load at a time in a fresh context (empty cache and
// storage, no service worker), in turns: page, widget, peer, page, widget, peer … so
// that a slower stretch of the machine hits every target alike. Reported, median of
// the runs, unthrottled and with 4x CPU throttling (CDP Emulation.setCPUThrottlingRate):
//
//   - "first question usable": from navigation start (performance.timeOrigin) until the
//     first question can be answered, observed with a MutationObserver installed before
//     the document is parsed (and on every shadow root as it is attached):
//       page:   the first radio of the first question is in the document, enabled
//               (prerendered: plain HTML form controls, working before any script);
//       widget: the same radio in the element's shadow root on the example portal
//               (`embed-example.html`), with the element shown (its styles in);
//       peer:   its first usable element (`--peer-ready`, e.g. the beslishulp's
//               `main .rvo-form button.utrecht-button--primary-action`), enabled;
//   - first contentful paint, and for our targets "rules ready" (the WebAssembly module
//     loaded and the first result shown);
//   - transferred bytes: the response bodies as the browser received them (gzip), per
//     file and in all; for our targets also as sent to a browser that takes Brotli.
//
// Also: the number of answers needed to a complete verdict for "police use live face
// recognition in a public square to find a murder suspect", answered through the page
// with the quick starts, and the page's JS heap (CDP Runtime.getHeapUsage after
// HeapProfiler.collectGarbage) when ready, after ten answers, after ten complete
// assessments and after switching to Swedish.

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { launch, overall, question, describe, scenarios, visibleQuestions, answer, flatten } from './helpers.mjs';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const RUNS = Number(args.find((a) => /^\d+$/.test(a)) ?? 9);
const peerDir = option('--peer');
const peerReady = option('--peer-ready') ?? 'main .rvo-form button.utrecht-button--primary-action';
const beforeDir = option('--before');

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** @type {import('node:child_process').ChildProcess[]} */
const servers = [];

/**
 * Starts `xtask/serve.mjs` in a process of its own on a free port.
 * @param {string[]} args
 * @returns {Promise<{ url: string }>}
 */
function serve(args) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('../../xtask/serve.mjs', import.meta.url)), ...args], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.push(child);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
    createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) }).on('line', (line) => {
      const url = /on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line)?.[1];
      if (url) resolve({ url });
    });
  });
}

const ours = await serve(['--gzip-only']);
const oursBrotli = await serve([]);
// The peer gets no CSP of ours (it injects its styles inline) and its own hashed names.
const peer = peerDir ? await serve([peerDir, '--gzip-only', '--no-csp', '--hashed', '-[A-Za-z0-9_-]{8}\\.[a-z0-9]+$']) : null;
const before = beforeDir ? await serve([beforeDir, '--gzip-only']) : null;
const browser = await launch();

/**
 * @typedef {{ name: string, kind: 'page' | 'widget' | 'peer', server: { url: string }, path: string }} Target
 * @typedef {{ firstUsable: number, fcp: number, ready: number, files: { url: string, bytes: number, encoding: string }[] }} Load
 */
/** @type {Target[]} */
const targets = [
  { name: 'page', kind: 'page', server: ours, path: '' },
  { name: 'widget', kind: 'widget', server: ours, path: 'embed-example.html' },
  ...(before
    ? /** @type {Target[]} */ ([
        { name: 'page, before', kind: 'page', server: before, path: '' },
        { name: 'widget, before', kind: 'widget', server: before, path: 'embed-example.html' },
      ])
    : []),
  ...(peer ? /** @type {Target[]} */ ([{ name: 'peer', kind: 'peer', server: peer, path: '' }]) : []),
];

/**
 * One first load in a fresh context.
 * @param {Target} target
 * @param {number} throttle CPU slow-down factor (1 = none)
 * @param {{ url: string }} [server] another server for the target's site (Brotli)
 * @returns {Promise<Load>}
 */
async function firstLoad(target, throttle, server = target.server) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  /** @type {Promise<Load['files'][number]>[]} */
  const received = [];
  context.on('requestfinished', (request) => {
    received.push(
      Promise.all([request.sizes(), request.response()]).then(async ([sizes, response]) => ({
        url: new URL(request.url()).pathname,
        bytes: sizes.responseBodySize,
        encoding: (await response?.allHeaders())?.['content-encoding'] ?? '',
      })),
    );
  });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.addInitScript(
    ([mode, selector]) => {
      const find = () => {
        if (mode === 'page') return document.querySelector('#questionnaire fieldset input[type="radio"]');
        if (mode === 'peer') return document.querySelector(selector);
        const root = document.querySelector('biometric-check')?.shadowRoot;
        if (!root || root.querySelector('[data-role="container"][hidden]')) return null;
        return root.querySelector('form fieldset input[type="radio"]');
      };
      const check = () => {
        const control = /** @type {HTMLInputElement | HTMLButtonElement | null} */ (find());
        if (control && !control.disabled) {
          // @ts-ignore
          window.__firstUsable = performance.now();
          return true;
        }
        return false;
      };
      if (check()) return;
      const observer = new MutationObserver(() => {
        if (check()) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
      // A shadow root's changes are not the document's: each one is watched from the
      // moment it is attached.
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function attachShadow(init) {
        const root = attach.call(this, init);
        observer.observe(root, { childList: true, subtree: true, attributes: true });
        return root;
      };
    },
    [target.kind, peerReady],
  );
  await page.goto(server.url + target.path);
  if (target.kind === 'page') await page.waitForSelector('html[data-ready="true"]');
  else if (target.kind === 'widget') await page.locator('biometric-check [data-role="result"] .verdict').waitFor();
  else await page.waitForFunction(() => 'window' in globalThis && /** @type {any} */ (window).__firstUsable !== undefined, null, { timeout: 60_000 });
  // Everything the first load asks for has arrived (the peer loads lazily after its first screen).
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => ({
    // @ts-ignore
    firstUsable: /** @type {number} */ (window.__firstUsable),
    fcp: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN,
    ready: performance.getEntriesByType('mark').find((m) => m.name === 'rules-ready')?.startTime ?? NaN,
  }));
  if (target.kind === 'widget') {
    timing.ready = await page.evaluate(() => performance.getEntriesByType('mark').find((m) => m.name === 'widget-ready')?.startTime ?? NaN);
  }
  const files = await Promise.all(received);
  await context.close();
  return { ...timing, files };
}

/** @type {Map<string, Load[]>} */
const runs = new Map();
for (const throttle of [1, 4]) {
  for (const target of targets) await firstLoad(target, throttle); // warm-up (browser process, disk cache)
  for (let i = 0; i < RUNS; i += 1) {
    for (const target of targets) {
      const key = `${target.name} ${throttle}`;
      runs.set(key, [...(runs.get(key) ?? []), await firstLoad(target, throttle)]);
    }
  }
}

const total = (/** @type {Load['files']} */ files) => files.reduce((sum, f) => sum + f.bytes, 0);
/** @type {Record<string, number>} */
const gzipTotals = {};
for (const target of targets) {
  const files = runs.get(`${target.name} 1`)?.[0].files ?? [];
  gzipTotals[target.name] = total(files);
  const what = { page: 'The page', widget: 'The widget on the example portal (embed-example.html)', peer: `The peer (${peerDir})` }[target.kind];
  console.log(`${what}${target.name.endsWith('before') ? ', before' : ''}, transferred on a first load (gzip response bodies, no service worker): ${gzipTotals[target.name].toLocaleString('en')} bytes in ${files.length} requests`);
  for (const f of [...files].sort((a, b) => b.bytes - a.bytes)) console.log(`  ${String(f.bytes).padStart(9)}  ${f.encoding || '-'}  ${f.url}`);
  if (target.server === ours) {
    const brotli = await firstLoad(target, 1, oursBrotli);
    console.log(`  with Brotli where the browser takes it: ${total(brotli.files).toLocaleString('en')} bytes (${[...new Set(brotli.files.map((f) => f.encoding || '-'))].join(', ')})`);
  }
  console.log('');
}

console.log('| | first question usable, unthrottled | 4x CPU | first contentful paint (unthrottled / 4x) | rules ready (unthrottled / 4x) | gzip bytes |');
console.log('|---|---|---|---|---|---|');
for (const target of targets) {
  const m = (/** @type {number} */ throttle, /** @type {'firstUsable' | 'fcp' | 'ready'} */ key) => median((runs.get(`${target.name} ${throttle}`) ?? []).map((r) => r[key]));
  const ratio = (/** @type {number} */ ours, /** @type {number} */ theirs) => (peer && target.kind !== 'peer' ? ` (1/${(theirs / ours).toFixed(1)})` : '');
  const peerFirst = (/** @type {number} */ throttle) => median((runs.get(`peer ${throttle}`) ?? []).map((r) => r.firstUsable));
  const ms = (/** @type {number} */ value) => (Number.isNaN(value) ? '–' : `${Math.round(value).toLocaleString('en')} ms`);
  console.log(
    `| ${target.name} | ${ms(m(1, 'firstUsable'))}${ratio(m(1, 'firstUsable'), peerFirst(1))} | ${ms(m(4, 'firstUsable'))}${ratio(m(4, 'firstUsable'), peerFirst(4))} | ${ms(m(1, 'fcp'))} / ${ms(m(4, 'fcp'))} | ${ms(m(1, 'ready'))} / ${ms(m(4, 'ready'))} | ${gzipTotals[target.name].toLocaleString('en')}${ratio(gzipTotals[target.name], gzipTotals.peer ?? 0)} |`,
  );
}
console.log('');
for (const [key, list] of runs) console.log(`  ${key}x: first question usable, every run: ${list.map((r) => r.firstUsable.toFixed(0)).join(', ')} ms`);

/** Answers the murder-suspect story in guided mode, as a new visitor; returns the answers needed. */
async function murderSuspect() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(ours.url);
  await page.waitForSelector('html[data-ready="true"]');
  const guide = '#guide [data-role="guide-body"]';
  /** @type {[string, () => Promise<void>][]} */
  const steps = [
    ['quick start: live facial recognition in a public place', () => page.locator(`${guide} input[value="live-face-public"]`).check()],
    ['quick start: the police', () => page.locator(`${guide} input[value="police"]`).check()],
    ['country: Sweden', () => page.locator(`${guide} [data-field="country"] select`).selectOption('SE')],
    ['objective: a suspect', () => page.locator(`${guide} [data-field="law_enforcement.objective"] input[value="suspect-search"]`).check()],
    ['offence: murder', () => page.locator(`${guide} [data-field="law_enforcement.offence"] select`).selectOption('murder-or-grievous-bodily-injury')],
    ['maximum sentence: 20 years', () => page.locator(`${guide} [data-field="law_enforcement.max_sentence_years"] input`).fill('20')],
  ];
  let answers = 0;
  let verdict = (await overall(page)).verdict;
  /** @type {string[]} */
  const trail = [];
  for (const [label, step] of steps) {
    if (verdict !== 'incomplete') break;
    await step();
    await page.locator(`${guide} ~ * button[data-action="next"], ${guide} button[data-action="next"]`).first().click();
    answers += 1;
    verdict = (await overall(page)).verdict;
    const next = await page.locator(`${guide} [data-step]`).getAttribute('data-step').catch(() => null);
    trail.push(`${answers}. ${label} → ${verdict}${next && verdict === 'incomplete' ? ` (next question: ${next})` : ''}`);
  }
  await context.close();
  return { answers, verdict, trail };
}

/**
 * The page's JS heap after a garbage collection.
 * @param {import('playwright-core').CDPSession} cdp
 */
async function heapOf(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return /** @type {{ usedSize: number, totalSize: number }} */ (await cdp.send('Runtime.getHeapUsage'));
}

/** Memory after ten answers and after ten assessments on the real page. */
async function memory() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.goto(ours.url);
  await page.waitForSelector('html[data-ready="true"]');
  // The whole form, as a person who reviews every answer uses it.
  await page.locator('#guide [data-action="review"]').click();
  /** @type {[string, { usedSize: number, totalSize: number }][]} */
  const rows = [['ready (empty description, first result shown)', await heapOf(cdp)]];
  const values = flatten(scenarios.find((/** @type {any} */ s) => s.id === 'kidnapping-victim-live').input);
  let answers = 0;
  for (let round = 0; round < 64 && answers < 10; round += 1) {
    const next = (await visibleQuestions(page)).find((q) => values.has(q.field));
    if (!next) break;
    await answer(page, next.field, next.control, values.get(next.field));
    values.delete(next.field);
    answers += 1;
  }
  rows.push([`after ${answers} answers`, await heapOf(cdp)]);
  const cases = scenarios.filter((/** @type {any} */ s) => s.expect['eu-ai-act'] !== 'incomplete').slice(0, 10);
  for (const s of cases) {
    await page.locator('#tools [data-action="reset"]').click();
    await page.locator('#tools dialog button[value="confirm"]').click();
    await describe(page, s.input);
  }
  rows.push([`after ${cases.length} complete assessments (${cases.length} worked cases)`, await heapOf(cdp)]);
  await page.locator('#language').selectOption('sv');
  await page.waitForSelector('html[lang="sv"]');
  rows.push(['after switching to Swedish (texts loaded, page rebuilt)', await heapOf(cdp)]);
  await context.close();
  return rows;
}

const story = await murderSuspect();
console.log('');
console.log(`Police live face recognition in a public square to find a murder suspect: ${story.answers} answers to a complete verdict (${story.verdict})`);
for (const line of story.trail) console.log(`  ${line}`);

const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log('');
console.log('JS heap on the page after garbage collection (used / total):');
for (const [label, m] of await memory()) console.log(`  ${label}: ${kib(m.usedSize)} / ${kib(m.totalSize)}`);

await browser.close();
for (const child of servers) {
  child.removeAllListeners('exit');
  child.kill();
}
