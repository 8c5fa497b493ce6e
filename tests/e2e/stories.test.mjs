// Five stories walked as a new city official would: in guided mode (one question at a
// time), on the page and in the widget, in English and in Swedish. Each story is walked
// once per host and language by one helper (`walk`), which answers the questions the
// guide asks as the story says (or "I don't know"), counts the answers, and records the
// headline, what blocks the use, the printed memo's pages and two screenshots
// (target/screenshots/stories/). The short cases below read the records; the core
// (`assess()` of the same description in the same language) says what the headline
// must be.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { useBrowser, newContext, watch, axe, answer } from './helpers.mjs';
import { registerMessages, questions, assess } from '../../pkg/index.js';

const env = useBrowser();

registerMessages('sv', await readFile(new URL('../../pkg/messages/sv.messages', import.meta.url), 'utf8'));
/** The catalogues, by language. */
const CATALOGUES = { en: questions('en'), sv: questions('sv') };
const SHOTS = fileURLToPath(new URL('../../target/screenshots/stories/', import.meta.url));
await mkdir(SHOTS, { recursive: true });

/** An answer "I don't know". */
const UNKNOWN = Symbol('unknown');

/**
 * The stories: the answers an official gives, by question (`shortcut:<id>` for a quick
 * start, else the field), in any order the guide asks them.
 * @type {Record<string, { title: string, answers: Record<string, unknown> }>}
 */
const STORIES = {
  lyon: {
    title: 'the police search live for a murder suspect in Lyon',
    answers: {
      'shortcut:system': 'live-face-public',
      'shortcut:who': 'police',
      country: 'FR',
      'law_enforcement.objective': 'suspect-search',
      'law_enforcement.offence': 'murder-or-grievous-bodily-injury',
      'law_enforcement.max_sentence_years': 30,
    },
  },
  barcelona: {
    title: 'a shopping centre in Spain runs live face recognition against a list of shoplifters',
    answers: {
      'shortcut:system': 'live-face-public',
      'shortcut:who': 'business',
      country: 'ES',
    },
  },
  classroom: {
    title: 'a Swedish school reads the emotions of its pupils',
    answers: {
      'shortcut:system': 'emotions',
      'shortcut:who': 'school',
      country: 'SE',
      'emotion_recognition.subjects': 'students',
    },
  },
  square: {
    title: 'a Dutch city counts the people in a square',
    answers: {
      'shortcut:system': 'counting',
      'shortcut:who': 'city-service',
      country: 'NL',
    },
  },
  'lyon-unknown': {
    title: 'as in Lyon, strictly necessary, but nobody knows whether a national law allows it',
    answers: {
      'shortcut:system': 'live-face-public',
      'shortcut:who': 'police',
      country: 'FR',
      'law_enforcement.objective': 'suspect-search',
      'law_enforcement.offence': 'murder-or-grievous-bodily-injury',
      'law_enforcement.max_sentence_years': 30,
      'law_enforcement.strictly_necessary': true,
      'safeguards.national_law': UNKNOWN,
    },
  },
};

/** Where the checker is: the page's own, or a widget on a host page. */
const HOSTS = {
  page: { scope: '', path: (/** @type {string} */ lang) => (lang === 'en' ? '' : `${lang}/`) },
  widget: { scope: '#w', path: () => '__test__/fixtures/widget-host.html' },
};

/** Sets a dotted path in a plain object. */
function setPath(/** @type {Record<string, any>} */ object, /** @type {string} */ path, /** @type {unknown} */ value) {
  const parts = path.split('.');
  let at = object;
  for (const part of parts.slice(0, -1)) at = at[part] ??= {};
  at[/** @type {string} */ (parts.at(-1))] = value;
}

/** Merges plain objects (later wins). */
function merge(/** @type {Record<string, any>} */ into, /** @type {Record<string, any>} */ from) {
  for (const [k, v] of Object.entries(from)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) merge((into[k] ??= {}), v);
    else into[k] = v;
  }
  return into;
}

/** The description a story's answers make (the quick starts' answers filled in). */
export function description(/** @type {Record<string, unknown>} */ answers) {
  /** @type {Record<string, any>} */
  const deployment = {};
  for (const [key, value] of Object.entries(answers)) {
    if (value === UNKNOWN) continue;
    if (key.startsWith('shortcut:')) {
      const shortcut = CATALOGUES.en.shortcuts.find((s) => s.id === key.slice(9));
      const option = shortcut?.options.find((o) => o.id === value);
      assert.ok(option, `quick start ${key} has an option ${String(value)}`);
      merge(deployment, structuredClone(option.sets));
    } else {
      setPath(deployment, key, value);
    }
  }
  return deployment;
}

/** The core's decision for a description, in a language. */
function decision(/** @type {Record<string, any>} */ deployment, /** @type {string} */ lang) {
  const outcome = assess(deployment, { lang });
  assert.equal(outcome.type, 'success', JSON.stringify(outcome));
  return outcome.assessment.decision;
}

/** The number of pages of a PDF (as print.test.mjs counts them). */
function pageCount(/** @type {Buffer} */ pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/**
 * Opens a host in guided mode, as a new visitor: the page, or a widget (`lang` set)
 * added to the host page.
 * @param {'page' | 'widget'} host @param {string} lang
 * @param {{ viewport?: { width: number, height: number } }} [options]
 */
async function open(host, lang, options = {}) {
  const context = await newContext(env.browser, { viewport: options.viewport ?? { width: 1280, height: 900 } }, 'guided');
  /** @type {string[]} */
  const problems = [];
  const page = await context.newPage();
  watch(page, problems);
  await page.goto(env.server.url + HOSTS[host].path(lang));
  const scope = HOSTS[host].scope;
  if (host === 'widget') {
    await page.evaluate((language) => {
      const element = document.createElement('biometric-check');
      element.id = 'w';
      element.setAttribute('lang', language);
      /** @type {HTMLElement} */ (document.getElementById('host')).append(element);
    }, lang);
  } else {
    await page.waitForSelector('html[data-ready="true"]');
  }
  await page.locator(`${scope} #result .verdict`).waitFor();
  await page.locator(`${scope} #guide [data-role="guide-body"] [data-step]`).first().waitFor();
  return { context, page, problems, scope, g: `${scope} #guide`, r: `${scope} #result` };
}

/** @typedef {Awaited<ReturnType<typeof open>>} Session */

/** The step the guide shows (`shortcut:<id>`, `field:<path>`, `done`). */
async function currentStep(/** @type {Session} */ s) {
  return String(await s.page.locator(`${s.g} [data-role="guide-body"] [data-step]`).getAttribute('data-step'));
}

/** The verdict so far in the guide. */
async function guideStatus(/** @type {Session} */ s) {
  const status = s.page.locator(`${s.g} [data-role="guide-status"] .guide__status`);
  return {
    standing: String(await status.getAttribute('data-standing')),
    verdict: String(await status.getAttribute('data-verdict')),
    headline: String(await status.locator('[data-role="guide-headline"]').textContent()).trim(),
  };
}

/** The result's headline and what blocks the use. */
async function resultState(/** @type {Session} */ s) {
  const verdict = s.page.locator(`${s.r} .verdict`);
  const blockers = await s.page.$$eval(`${s.r} ul.blocking > li.blocker`, (items) =>
    items.map((item) => ({
      kind: /** @type {HTMLElement} */ (item).dataset.kind ?? '',
      field: /** @type {HTMLElement} */ (item).dataset.field ?? null,
      text: String(item.querySelector('.blocker__text')?.textContent).trim(),
      ifAnswered: [...item.querySelectorAll('.blocker__if li')].map((li) => ({
        verdict: /** @type {HTMLElement} */ (li).dataset.verdict ?? '',
        text: String(li.textContent).trim(),
      })),
      jump: /** @type {HTMLElement | null} */ (item.querySelector('[data-jump]'))?.dataset.jump ?? null,
    })),
  );
  return {
    standing: String(await verdict.getAttribute('data-standing')),
    verdict: String(await verdict.getAttribute('data-verdict')),
    headline: String(await verdict.locator('[data-role="headline"]').textContent()).trim(),
    blockers,
  };
}

/** Waits until the guide shows another step than `previous`. */
async function stepChanged(/** @type {Session} */ s, /** @type {string} */ previous) {
  await s.page.locator(`${s.g} [data-role="guide-body"] [data-step]:not([data-step="${previous}"])`).waitFor();
}

/** Answers the question of a step shown in the guide, with the mouse. */
async function answerStep(/** @type {Session} */ s, /** @type {string} */ step, /** @type {unknown} */ value) {
  const body = `${s.g} [data-role="guide-body"]`;
  if (step.startsWith('shortcut:')) {
    await s.page.locator(`${body} fieldset[data-shortcut] input[data-sets][value="${String(value)}"]`).check();
    return;
  }
  const field = step.slice('field:'.length);
  const control = String(await s.page.locator(`${body} [data-field="${field}"]`).getAttribute('data-control'));
  await answer(s.page, field, control, value, body);
}

/**
 * Walks a story in the guide: each question asked is answered as the story says, or
 * "I don't know" when the story has no answer, until every answer of the story is
 * given (or nothing is left to ask). Counts the answers (Next pressed with an answer)
 * and when the headline was first decided.
 * @param {Session} s @param {Record<string, unknown>} answers
 */
async function answerStory(s, answers) {
  const wanted = new Map(Object.entries(answers).map(([k, v]) => [k.startsWith('shortcut:') ? k : `field:${k}`, v]));
  /** @type {{ step: string, given: unknown, standing: string, headline: string }[]} */
  const steps = [];
  /** @type {string[]} */
  const asked = [];
  let answered = 0;
  /** @type {number | null} */
  let decidedAfter = null;
  for (let round = 0; round < 40 && wanted.size > 0; round += 1) {
    const step = await currentStep(s);
    if (step === 'done') break;
    asked.push(step);
    const value = wanted.get(step);
    wanted.delete(step);
    if (value === undefined || value === UNKNOWN) {
      await s.page.locator(`${s.g} button[data-action="unknown"]`).click();
    } else {
      await answerStep(s, step, value);
      await s.page.locator(`${s.g} button[data-action="next"]`).click();
      answered += 1;
    }
    await stepChanged(s, step);
    const status = await guideStatus(s);
    steps.push({ step, given: value === UNKNOWN ? "I don't know" : value ?? "I don't know", standing: status.standing, headline: status.headline });
    if (decidedAfter === null && status.standing !== 'undecided') decidedAfter = answered;
  }
  return { answered, decidedAfter, steps, asked, unasked: [...wanted.keys()] };
}

/** The memo: pages of an A4 PDF, and a screenshot of its first page. */
async function memo(/** @type {Session} */ s, /** @type {string} */ file) {
  await s.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await s.page.emulateMedia({ media: 'print' });
  const pages = pageCount(await s.page.pdf({ format: 'A4' }));
  await s.page.setViewportSize({ width: 794, height: 1123 });
  await s.page.evaluate(() => window.scrollTo(0, 0));
  await s.page.screenshot({ path: `${SHOTS}${file}-memo.png` });
  await s.page.emulateMedia({ media: 'screen' });
  await s.page.setViewportSize({ width: 1280, height: 900 });
  return pages;
}

/** The axe-core violations, without axe's own inline styles refused by the CSP. */
async function axeClean(/** @type {Session} */ s) {
  const before = s.problems.length;
  const found = await axe(s.page);
  const during = s.problems.splice(before);
  s.problems.push(...during.filter((p) => !/Applying inline style violates/.test(p)));
  return found;
}

/**
 * Runs a story on a host in a language: walks it, then `after` (more steps on the same
 * checker), records what was seen and writes the screenshots.
 * @param {keyof typeof STORIES} id @param {'page' | 'widget'} host @param {'en' | 'sv'} lang
 */
async function runStory(id, host, lang) {
  const story = STORIES[id];
  const s = await open(host, lang);
  try {
    const axeAtStart = await axeClean(s);
    const walk = await answerStory(s, story.answers);
    const guide = await guideStatus(s);
    const result = await resultState(s);
    const name = `${id}-${host}-${lang}`;
    await s.page.locator(`${s.g}`).scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: `${SHOTS}${name}-headline.png` });
    const axeAtEnd = await axeClean(s);
    const pages = await memo(s, name);
    const core = decision(description(story.answers), lang);
    const more = await (AFTER[id]?.(s, lang) ?? Promise.resolve(null));
    return { id, host, lang, walk, guide, result, core, pages, axeAtStart, axeAtEnd, more, problems: [...s.problems] };
  } finally {
    await s.context.close();
  }
}

/**
 * Answers one question by its "go to the question" button in the result (the guide
 * asks it), then Next; returns the result after.
 * @param {Session} s @param {string} field @param {unknown} value
 */
async function answerFromResult(s, field, value) {
  const before = await currentStep(s);
  await s.page.locator(`${s.r} li.blocker[data-field="${field}"] [data-jump]`).click();
  if (before !== `field:${field}`) await s.page.locator(`${s.g} [data-step="field:${field}"]`).waitFor();
  await answerStep(s, `field:${field}`, value);
  await s.page.locator(`${s.g} button[data-action="next"]`).click();
  await stepChanged(s, `field:${field}`);
  return { guide: await guideStatus(s), result: await resultState(s) };
}

/** What each story does after its walk, on the same checker. */
/** @type {Partial<Record<keyof typeof STORIES, (s: Session, lang: string) => Promise<any>>>} */
const AFTER = {
  lyon: async (s) => answerFromResult(s, 'safeguards.national_law', true),
  barcelona: async (s) => answerFromResult(s, 'data_protection.ground', 'none'),
};

/** Each story run once per host and language, when a case first asks for it. */
/** @type {Map<string, ReturnType<typeof runStory>>} */
const runs = new Map();
function run(/** @type {keyof typeof STORIES} */ id, /** @type {'page' | 'widget'} */ host, /** @type {'en' | 'sv'} */ lang) {
  const k = `${id} ${host} ${lang}`;
  if (!runs.has(k)) runs.set(k, runStory(id, host, lang));
  return /** @type {ReturnType<typeof runStory>} */ (runs.get(k));
}

const MATRIX = /** @type {const} */ ([
  ['page', 'en'],
  ['widget', 'sv'],
  ['page', 'sv'],
  ['widget', 'en'],
]);

test('explore', async () => {
  for (const id of /** @type {(keyof typeof STORIES)[]} */ (Object.keys(STORIES))) {
    for (const [host, lang] of MATRIX) {
      const r = await run(id, host, lang);
      console.log(JSON.stringify({ ...r, core: { standing: r.core.standing, headline: r.core.headline, blocking: r.core.blocking.map((b) => `${b.kind} ${b.field}`) } }, null, 1));
    }
  }
});
