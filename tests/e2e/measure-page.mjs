// Measures the page and the widget (run by hand, after `cargo xtask dist`):
//   node tests/e2e/measure-page.mjs [runs]
//
// Reports, for a first load in headless Chromium from a loopback server that sends
// every file gzip-compressed (level 9) with the page's CSP:
//
//   - transferred bytes: the response bodies as sent (gzip), per file and in all, for
//     the first load without a service worker (the service worker, when allowed, then
//     fetches the same files once more to cache them for offline use);
//   - "first question usable": from navigation start (performance.timeOrigin) until the
//     first radio input of the first question (the quick start "What kind of system is
//     it?") is in the document and not disabled, observed with a MutationObserver
//     installed before the document is parsed. It is usable at that point because the
//     questions are plain HTML form controls (prerendered), working before any script;
//   - also: first contentful paint, and "rules ready" (the WebAssembly module loaded
//     and the first result shown, `html[data-ready]`);
//   - the same for the widget on the example portal (`embed-example.html`): its first
//     question is usable once the module has loaded and the widget has built its
//     questions in its shadow root (it has no prerendered HTML), and "rules ready" is
//     when its first result is shown;
//
// unthrottled and with 4x CPU throttling (CDP Emulation.setCPUThrottlingRate), median
// of several runs; the number of answers needed to reach a complete verdict for
// "police use live face recognition in a public square to find a murder suspect",
// answered through the page with the quick starts; and memory on the real page:
//
//   - the JS heap (CDP Runtime.getHeapUsage, after HeapProfiler.collectGarbage, so
//     that only what is still held counts) and the WebAssembly linear memory (the
//     module's `memory.buffer.byteLength`), when the page is ready, after ten answers
//     given one by one (each one assessed at once), and after ten complete
//     assessments (ten worked cases described through the questions, the page started
//     again between them), and in Swedish after switching language.

import { startServer } from './server.mjs';
import { launch, overall, question, describe, scenarios, visibleQuestions, answer, flatten } from './helpers.mjs';

const RUNS = Number(process.argv[2] ?? 9);

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const server = await startServer({ gzip: true });
const browser = await launch();

/**
 * One first load in a fresh context (empty cache and storage, no service worker), of
 * the page or of the example portal with the widget.
 * @param {number} throttle CPU slow-down factor (1 = none)
 * @param {'page' | 'widget'} target
 */
async function firstLoad(throttle, target = 'page') {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.addInitScript((mode) => {
    // The first radio of the first question, in the page's form or in the widget's
    // shadow root (there once its styles are in, when the widget shows itself).
    const find = () => {
      if (mode === 'page') return /** @type {HTMLInputElement | null} */ (document.querySelector('#questionnaire fieldset input[type="radio"]'));
      const root = document.querySelector('biometric-check')?.shadowRoot;
      if (!root || root.querySelector('[data-role="container"][hidden]')) return null;
      return /** @type {HTMLInputElement | null} */ (root.querySelector('form fieldset input[type="radio"]'));
    };
    const check = () => {
      const radio = find();
      if (radio && !radio.disabled) {
        // @ts-ignore
        window.__firstUsable = performance.now();
        return true;
      }
      return false;
    };
    if (check()) return;
    /** @type {Set<Node>} */
    const watched = new Set();
    const observer = new MutationObserver(() => {
      const root = document.querySelector('biometric-check')?.shadowRoot;
      if (root && !watched.has(root)) {
        watched.add(root);
        observer.observe(root, { childList: true, subtree: true, attributes: true });
      }
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, target);
  const before = server.requests.length;
  await page.goto(server.url + (target === 'page' ? '' : 'embed-example.html'));
  if (target === 'page') await page.waitForSelector('html[data-ready="true"]');
  else await page.locator('biometric-check [data-role="result"] .verdict').waitFor();
  const timing = await page.evaluate(() => ({
    // @ts-ignore
    firstUsable: /** @type {number} */ (window.__firstUsable),
    fcp: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN,
    ready: performance.now(),
  }));
  // "ready" above is when the check ran; the exact moment is when data-ready was set.
  const readyAt = await page.evaluate(() => {
    const entry = performance.getEntriesByType('mark').find((m) => m.name === 'rules-ready');
    return entry ? entry.startTime : NaN;
  });
  const files = server.requests.slice(before).map((r) => ({ url: r.url, bytes: r.bytes }));
  await context.close();
  return { ...timing, ready: Number.isNaN(readyAt) ? timing.ready : readyAt, files };
}

/** Answers the murder-suspect story through the page; returns the answers needed. */
async function murderSuspect() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  /** @type {[string, () => Promise<void>][]} */
  const steps = [
    ['quick start: live facial recognition in a public place', () => page.locator('[data-shortcut="system"] input[value="live-face-public"]').check()],
    ['quick start: the police', () => page.locator('[data-shortcut="who"] input[value="police"]').check()],
    ['country: Sweden', () => question(page, 'country').locator('select').selectOption('SE')],
    ['objective: a suspect', () => question(page, 'law_enforcement.objective').locator('input[value="suspect-search"]').check()],
    ['offence: murder', () => question(page, 'law_enforcement.offence').locator('select').selectOption('murder-or-grievous-bodily-injury')],
    ['maximum sentence: 20 years', () => question(page, 'law_enforcement.max_sentence_years').locator('input').fill('20')],
  ];
  let answers = 0;
  let verdict = (await overall(page)).verdict;
  /** @type {string[]} */
  const trail = [];
  for (const [label, step] of steps) {
    if (verdict !== 'incomplete') break;
    await step();
    answers += 1;
    verdict = (await overall(page)).verdict;
    const next = await page.locator('#result .next').getAttribute('data-next').catch(() => null);
    trail.push(`${answers}. ${label} → ${verdict}${next && verdict === 'incomplete' ? ` (next question: ${next})` : ''}`);
  }
  await context.close();
  return { answers, verdict, trail };
}

/** @type {{ target: 'page' | 'widget', throttle: number, runs: Awaited<ReturnType<typeof firstLoad>>[] }[]} */
const report = [];
for (const target of /** @type {const} */ (['page', 'widget'])) {
  for (const throttle of [1, 4]) {
    const runs = [];
    await firstLoad(throttle, target); // warm-up (browser process, disk cache of the server)
    for (let i = 0; i < RUNS; i += 1) runs.push(await firstLoad(throttle, target));
    report.push({ target, throttle, runs });
  }
}

for (const target of ['page', 'widget']) {
  const files = report.find((r) => r.target === target)?.runs[0].files ?? [];
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  const what = target === 'page' ? 'The page' : 'The widget on the example portal (embed-example.html)';
  console.log(`${what}, transferred on a first load (gzip -9 response bodies, no service worker): ${(total / 1024).toFixed(1)} KiB (${total} bytes) in ${files.length} requests`);
  for (const f of [...files].sort((a, b) => b.bytes - a.bytes)) console.log(`  ${String(f.bytes).padStart(7)}  ${f.url}`);
  console.log('');
}
for (const { target, throttle, runs } of report) {
  const m = (/** @type {'firstUsable' | 'fcp' | 'ready'} */ key) => median(runs.map((r) => r[key])).toFixed(1);
  console.log(
    `${target}, CPU ${throttle === 1 ? 'unthrottled' : `${throttle}x throttled`} (median of ${RUNS} runs): first question usable ${m('firstUsable')} ms, ` +
      `first contentful paint ${m('fcp')} ms, rules ready ${m('ready')} ms`,
  );
  console.log(`  first question usable, every run: ${runs.map((r) => r.firstUsable.toFixed(0)).join(', ')} ms`);
}
/**
 * The page's memory: the JS heap after a garbage collection, and the WebAssembly
 * module's linear memory.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} cdp
 */
async function memoryOf(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = /** @type {{ usedSize: number, totalSize: number }} */ (await cdp.send('Runtime.getHeapUsage'));
  const wasm = await page.evaluate(async () => {
    // The module is initialised already: init() returns its exports (with `memory`).
    const glue = await import('/pkg/biometric_check.js');
    const exports = await glue.default();
    return exports.memory.buffer.byteLength;
  });
  return { heapUsed: heap.usedSize, heapTotal: heap.totalSize, wasm };
}

/** Memory after ten answers and after ten assessments on the real page. */
async function memory() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  /** @type {[string, { heapUsed: number, heapTotal: number, wasm: number }][]} */
  const rows = [['ready (empty description, first result shown)', await memoryOf(page, cdp)]];

  // Ten answers, one at a time: each is assessed at once and the page updated.
  const values = flatten(scenarios.find((/** @type {any} */ s) => s.id === 'kidnapping-victim-live').input);
  let answers = 0;
  for (let round = 0; round < 64 && answers < 10; round += 1) {
    const next = (await visibleQuestions(page)).find((q) => values.has(q.field));
    if (!next) break;
    await answer(page, next.field, next.control, values.get(next.field));
    values.delete(next.field);
    answers += 1;
  }
  rows.push([`after ${answers} answers`, await memoryOf(page, cdp)]);

  // Ten complete assessments: ten worked cases described through the questions.
  const cases = scenarios.filter((/** @type {any} */ s) => s.expect['eu-ai-act'] !== 'incomplete').slice(0, 10);
  for (const s of cases) {
    await page.locator('#tools [data-action="reset"]').click();
    await page.locator('#tools dialog button[value="confirm"]').click();
    await describe(page, s.input);
  }
  rows.push([`after ${cases.length} complete assessments (${cases.length} worked cases)`, await memoryOf(page, cdp)]);

  await page.locator('#language').selectOption('sv');
  await page.waitForSelector('html[lang="sv"]');
  rows.push(['after switching to Swedish (texts loaded, page rebuilt)', await memoryOf(page, cdp)]);
  await context.close();
  return rows;
}

const story = await murderSuspect();
console.log('');
console.log(`Police live face recognition in a public square to find a murder suspect: ${story.answers} answers to a complete verdict (${story.verdict})`);
for (const line of story.trail) console.log(`  ${line}`);

const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log('');
console.log('Memory on the page (JS heap after garbage collection: used / total; WebAssembly linear memory):');
for (const [label, m] of await memory()) {
  console.log(`  ${label}: JS heap ${kib(m.heapUsed)} / ${kib(m.heapTotal)}, wasm memory ${kib(m.wasm)}`);
}

await browser.close();
await server.close();
