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

/** Lyon: the police search a square live for a suspect of murder (30 years at most). */
const LYON = {
  'shortcut:system': 'live-face-public',
  'shortcut:who': 'police',
  country: 'FR',
  'law_enforcement.objective': 'suspect-search',
  'law_enforcement.offence': 'murder-or-grievous-bodily-injury',
  'law_enforcement.max_sentence_years': 30,
};

/**
 * The stories: the answers an official gives, by question (`shortcut:<id>` for a quick
 * start, else the field), in any order the guide asks them.
 * @type {Record<string, { title: string, answers: Record<string, unknown> }>}
 */
const STORIES = {
  lyon: {
    title: 'the police search live for a murder suspect in Lyon',
    answers: LYON,
  },
  'lyon-life': {
    title: 'as in Lyon, the offence punished by life imprisonment (entered as 100 years)',
    answers: { ...LYON, 'law_enforcement.max_sentence_years': 100 },
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
      'emotion_recognition.medical_or_safety': false,
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
    answers: { ...LYON, 'law_enforcement.strictly_necessary': true, 'safeguards.national_law': UNKNOWN },
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

/**
 * The core's decision for a description, in a language, with the regimes the checker
 * assesses (the law in force, and the comparisons where the host offers them).
 * @param {Record<string, any>} deployment @param {string} lang @param {string[]} regimes
 */
function decision(deployment, lang, regimes) {
  const outcome = assess(deployment, { lang, regimes });
  assert.equal(outcome.type, 'success', JSON.stringify(outcome));
  return outcome.assessment.decision;
}

/** The regimes a checker assesses, as the element chooses them from its attributes. */
async function regimesOf(/** @type {Session} */ s) {
  const { compare, named } = await s.page.evaluate((selector) => {
    const element = /** @type {any} */ (document.querySelector(selector));
    return { compare: Boolean(element.compare), named: /** @type {string[]} */ (element.regimes) };
  }, s.scope || 'biometric-check');
  const all = CATALOGUES.en.regimes;
  const law = all.filter((r) => r.binding_by_default).map((r) => r.id);
  const comparisons = all.filter((r) => !r.binding_by_default).map((r) => r.id);
  return [...new Set([...law, ...(named.length ? named : compare ? comparisons : [])])];
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
      citations: String(item.querySelector('.citations')?.textContent ?? '').trim(),
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
  // A named value of a number question (a life sentence) is chosen with its button.
  const preset = s.page.locator(`${body} [data-field="${field}"] button[data-preset="${String(value)}"]`);
  if (await preset.count()) {
    await preset.click();
    return;
  }
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

/** The answers the checker holds (the element's `answers`). */
function answersGiven(/** @type {Session} */ s) {
  return s.page.evaluate((selector) => /** @type {any} */ (document.querySelector(selector)).answers, s.scope || 'biometric-check');
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
    const answers = await answersGiven(s);
    const name = `${id}-${host}-${lang}`;
    await s.page.locator(s.g).evaluate((guide) => guide.scrollIntoView({ block: 'start' }));
    await s.page.screenshot({ path: `${SHOTS}${name}-headline.png` });
    const axeAtEnd = await axeClean(s);
    const pages = await memo(s, name);
    const regimes = await regimesOf(s);
    const core = decision(description(story.answers), lang, regimes);
    const then = AFTER[id];
    const more = then ? { ...(await answerFromResult(s, then.field, then.value)), core: decision(description({ ...story.answers, [then.field]: then.value }), lang, regimes) } : null;
    return { id, host, lang, walk, guide, result, answers, core, pages, axeAtStart, axeAtEnd, more, problems: [...s.problems] };
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

/** What a story does after its walk, on the same checker: one more answer, given from its blocker in the result. */
/** @type {Partial<Record<keyof typeof STORIES, { field: string, value: unknown }>>} */
const AFTER = {
  lyon: { field: 'safeguards.national_law', value: true },
  barcelona: { field: 'data_protection.ground', value: 'none' },
};

/** Each story run once per host and language, when a case first asks for it. */
/** @type {Map<string, ReturnType<typeof runStory>>} */
const runs = new Map();
function run(/** @type {keyof typeof STORIES} */ id, /** @type {'page' | 'widget'} */ host, /** @type {'en' | 'sv'} */ lang) {
  const k = `${id} ${host} ${lang}`;
  if (!runs.has(k)) runs.set(k, runStory(id, host, lang));
  return /** @type {ReturnType<typeof runStory>} */ (runs.get(k));
}

/** Where and in which language each story is walked: every story in both hosts, both languages in both hosts. */
const MATRIX = /** @type {const} */ ([
  ['page', 'en'],
  ['widget', 'sv'],
  ['page', 'sv'],
  ['widget', 'en'],
]);

/** The catalogue's words for a verdict, in a language. */
const verdictWords = (/** @type {'en' | 'sv'} */ lang, /** @type {string} */ id) => CATALOGUES[lang].verdicts.find((v) => v.id === id)?.label ?? id;

/** The words a headline that is "not allowed yet" starts with. */
const NOT_YET = { en: /^Not allowed yet\b/, sv: /^Inte tillåtet ännu\b/ };
/** The standings that read as a go-ahead. */
const GO_AHEAD = /^allowed|^not-covered$/;

/** The blocking items as "kind field". */
const kinds = (/** @type {{ kind: string, field?: string | null }[]} */ blockers) => blockers.map((b) => `${b.kind} ${b.field ?? '-'}`);

// ---- Every story, everywhere: what any walk must show

for (const id of /** @type {(keyof typeof STORIES)[]} */ (['lyon', 'barcelona', 'classroom', 'square', 'lyon-unknown'])) {
  for (const [host, lang] of MATRIX) {
    const where = `${id} (${host}, ${lang})`;

    test(`${where}: the guide asks every question of the story, and the checker holds the story's answers`, async () => {
      const r = await run(id, host, lang);
      assert.deepEqual(r.walk.unasked, [], `questions the guide never asked (it asked ${r.walk.asked.join(', ')})`);
      assert.deepEqual(r.answers, description(STORIES[id].answers));
    });

    test(`${where}: the headline, in the guide and in the result, is the core's, word for word`, async () => {
      const r = await run(id, host, lang);
      assert.equal(r.guide.headline, r.core.headline);
      assert.equal(r.result.headline, r.core.headline);
      assert.equal(r.guide.standing, r.core.standing);
      assert.equal(r.result.standing, r.core.standing);
    });

    test(`${where}: what blocks the use is the core's list, in its order`, async () => {
      const r = await run(id, host, lang);
      assert.deepEqual(kinds(r.result.blockers), kinds(r.core.blocking));
    });

    test(`${where}: axe finds nothing in guided mode, at the start and after the last answer`, async () => {
      const r = await run(id, host, lang);
      assert.deepEqual(r.axeAtStart, []);
      assert.deepEqual(r.axeAtEnd, []);
    });

    test(`${where}: no console error, page error or CSP violation`, async () => {
      const r = await run(id, host, lang);
      assert.deepEqual(r.problems, []);
    });

    test(`${where}: the memo prints`, async () => {
      const r = await run(id, host, lang);
      assert.ok(r.pages >= 1 && r.pages <= 5, `${r.pages} A4 pages`);
    });
  }
}

// ---- 1. Lyon: the police search live for a murder suspect

for (const [host, lang] of MATRIX) {
  const where = `(${host}, ${lang})`;

  test(`Lyon ${where}: six answers or fewer reach a decided headline: not allowed yet`, async () => {
    const r = await run('lyon', host, lang);
    assert.ok(r.walk.decidedAfter !== null && r.walk.decidedAfter <= 6, `decided after ${r.walk.decidedAfter} answers`);
    assert.equal(r.result.standing, 'not-yet');
    assert.match(r.result.headline, NOT_YET[lang]);
  });

  test(`Lyon ${where}: a national law is a condition, and without one the use is prohibited`, async () => {
    const r = await run('lyon', host, lang);
    const law = r.result.blockers.find((b) => b.field === 'safeguards.national_law');
    assert.ok(law, kinds(r.result.blockers).join('; '));
    assert.equal(law.kind, 'condition');
    assert.deepEqual(law.ifAnswered.map((i) => i.verdict), ['prohibited']);
    assert.ok(law.ifAnswered[0].text.endsWith(verdictWords(lang, 'prohibited')), law.ifAnswered[0].text);
    assert.equal(law.jump, 'safeguards.national_law');
  });

  test(`Lyon ${where}: strict necessity is among what blocks the use`, async () => {
    const r = await run('lyon', host, lang);
    assert.ok(r.result.blockers.some((b) => b.field === 'law_enforcement.strictly_necessary' && b.kind === 'condition'));
  });

  test(`Lyon ${where}: answering "yes, a national law allows it" (from the blocker) removes that blocker, and only that`, async () => {
    const r = await run('lyon', host, lang);
    const after = /** @type {any} */ (r.more);
    assert.equal(after.result.headline, after.core.headline);
    assert.equal(after.result.standing, 'not-yet');
    assert.deepEqual(kinds(after.result.blockers), kinds(r.result.blockers).filter((k) => k !== 'condition safeguards.national_law'));
  });

  test(`Lyon ${where}: the memo fits in four A4 pages`, async () => {
    const r = await run('lyon', host, lang);
    assert.ok(r.pages <= 4, `${r.pages} pages`);
  });
}

test('Lyon (page, en): life imprisonment (its button, 100 years as the help says) decides the same as 30 years', async () => {
  const thirty = await run('lyon', 'page', 'en');
  const life = await run('lyon-life', 'page', 'en');
  assert.equal(life.result.headline, thirty.result.headline);
  assert.deepEqual(kinds(life.result.blockers), kinds(thirty.result.blockers));
  assert.equal(life.walk.decidedAfter, thirty.walk.decidedAfter);
});

test('Lyon: the number question tells how to answer life imprisonment, in words the box can take', () => {
  for (const lang of /** @type {const} */ (['en', 'sv'])) {
    const question = CATALOGUES[lang].questions.find((q) => q.field === 'law_enforcement.max_sentence_years');
    assert.ok(question?.help.includes(String(question.max)), `${lang}: ${question?.help}`);
  }
});

// ---- 2. Barcelona: a shopping centre matches shoppers against a list of shoplifters

for (const [host, lang] of MATRIX) {
  const where = `(${host}, ${lang})`;

  test(`Barcelona ${where}: the headline does not read as allowed: not allowed yet`, async () => {
    const r = await run('barcelona', host, lang);
    assert.equal(r.result.standing, 'not-yet');
    assert.match(r.result.headline, NOT_YET[lang]);
    assert.doesNotMatch(r.guide.standing, GO_AHEAD);
  });

  test(`Barcelona ${where}: the data protection ground is a condition whose "none" leads to prohibited`, async () => {
    const r = await run('barcelona', host, lang);
    const ground = r.result.blockers.find((b) => b.field === 'data_protection.ground');
    assert.ok(ground, kinds(r.result.blockers).join('; '));
    assert.equal(ground.kind, 'condition');
    assert.ok(ground.ifAnswered.some((i) => i.verdict === 'prohibited' && i.text.endsWith(verdictWords(lang, 'prohibited'))), JSON.stringify(ground.ifAnswered));
  });

  test(`Barcelona ${where}: answering "none of these" makes it prohibited`, async () => {
    const r = await run('barcelona', host, lang);
    const after = /** @type {any} */ (r.more);
    assert.equal(after.result.standing, 'prohibited');
    assert.equal(after.guide.standing, 'prohibited');
    assert.equal(after.result.headline, after.core.headline);
    assert.match(after.result.headline, new RegExp(`^${verdictWords(lang, 'prohibited')}\\b`));
  });
}

// ---- 3. A Swedish classroom: the pupils' emotions read

for (const [host, lang] of MATRIX) {
  const where = `(${host}, ${lang})`;

  test(`Classroom ${where}: prohibited, with the prohibition of Article 5(1)(f) listed`, async () => {
    const r = await run('classroom', host, lang);
    assert.equal(r.result.standing, 'prohibited');
    assert.equal(r.result.verdict, 'prohibited');
    assert.match(r.result.headline, new RegExp(`^${verdictWords(lang, 'prohibited')}\\b`));
    const prohibition = r.result.blockers.find((b) => b.kind === 'prohibition');
    assert.ok(prohibition, kinds(r.result.blockers).join('; '));
    assert.match(prohibition.citations, /5\(1\)\(f\)/);
  });
}

test('Classroom (page, en): once the law has decided, the guide asks nothing that only the comparisons need', async () => {
  const s = await open('page', 'en');
  try {
    await answerStory(s, STORIES.classroom.answers);
    assert.equal(await currentStep(s), 'done');
  } finally {
    await s.context.close();
  }
});

// ---- 4. A Dutch square: people counted, nobody recognised

for (const [host, lang] of MATRIX) {
  const where = `(${host}, ${lang})`;

  test(`Square ${where}: the standing the core gives, three answers, nothing in the way`, async () => {
    const r = await run('square', host, lang);
    assert.equal(r.result.standing, r.core.standing);
    assert.match(r.result.standing, GO_AHEAD);
    assert.equal(r.walk.decidedAfter, 3);
    assert.deepEqual(r.result.blockers, []);
  });
}

// ---- 5. Lyon, nobody knows whether a national law allows it

for (const [host, lang] of MATRIX) {
  const where = `(${host}, ${lang})`;

  test(`Lyon, national law unknown ${where}: still not allowed yet, never a go-ahead`, async () => {
    const r = await run('lyon-unknown', host, lang);
    assert.equal(r.result.standing, 'not-yet');
    assert.match(r.result.headline, NOT_YET[lang]);
    for (const step of r.walk.steps) assert.doesNotMatch(step.standing, GO_AHEAD, `after ${step.step}`);
  });

  test(`Lyon, national law unknown ${where}: the national law comes first under the headline, "if no…: prohibited"`, async () => {
    const r = await run('lyon-unknown', host, lang);
    const [first] = r.result.blockers;
    assert.equal(first?.field, 'safeguards.national_law');
    assert.equal(first.kind, 'condition');
    assert.deepEqual(first.ifAnswered.map((i) => i.verdict), ['prohibited']);
    assert.ok(first.ifAnswered[0].text.endsWith(verdictWords(lang, 'prohibited')));
  });

  test(`Lyon, national law unknown ${where}: "I don't know" is not counted as an answer`, async () => {
    const r = await run('lyon-unknown', host, lang);
    assert.equal(r.walk.answered, Object.values(STORIES['lyon-unknown'].answers).filter((v) => v !== UNKNOWN).length);
    assert.ok(r.walk.decidedAfter !== null && r.walk.decidedAfter <= 6);
  });
}

// ---- The keyboard alone, and a phone's width

/** The element that has the focus, through open shadow roots. */
function focusedElement(/** @type {import('playwright-core').Page} */ page) {
  return page.evaluate(() => {
    /** @type {Element | null} */
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const el = /** @type {HTMLInputElement | null} */ (element);
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      value: el?.value ?? '',
      checked: Boolean(el?.checked),
      action: el?.dataset?.action ?? '',
      inGuide: Boolean(el?.closest('[data-role="guide-body"]')),
    };
  });
}

/** Presses Tab until the focus is on what `wanted` accepts (at most 40 presses). */
async function tabTo(/** @type {import('playwright-core').Page} */ page, /** @type {(f: Awaited<ReturnType<typeof focusedElement>>) => boolean} */ wanted, /** @type {string} */ what) {
  for (let presses = 0; presses < 40; presses += 1) {
    if (wanted(await focusedElement(page))) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}`);
}

/**
 * Answers the question shown with the keyboard only: Tab to it, Space on the first
 * radio and arrow keys to the wanted one (or arrow keys in a list), Tab to "Next",
 * Enter.
 * @param {Session} s @param {string} step @param {unknown} value
 */
async function answerByKeyboard(s, step, value) {
  const body = `${s.g} [data-role="guide-body"]`;
  const values = step.startsWith('shortcut:')
    ? await s.page.locator(`${body} input[data-sets]`).evaluateAll((inputs) => inputs.map((i) => /** @type {HTMLInputElement} */ (i).value))
    : await s.page.locator(`${body} [data-field] input[type="radio"], ${body} [data-field] select option`).evaluateAll((items) => items.map((i) => /** @type {HTMLInputElement} */ (i).value));
  const wanted = typeof value === 'string' ? value : JSON.stringify(value);
  const index = values.indexOf(wanted);
  assert.ok(index >= 0, `${step} offers ${wanted} (${values.join(', ')})`);
  await tabTo(s.page, (f) => f.inGuide && (f.type === 'radio' || f.tag === 'select'), `the question ${step}`);
  const focused = await focusedElement(s.page);
  if (focused.tag === 'select') {
    for (let presses = 0; presses < 60 && (await focusedElement(s.page)).value !== wanted; presses += 1) {
      await s.page.keyboard.press(values.indexOf((await focusedElement(s.page)).value) < index ? 'ArrowDown' : 'ArrowUp');
    }
  } else {
    // Tab lands on the group's checked radio (or its first): Space chooses it, each
    // arrow the next or the one before.
    if (!focused.checked) await s.page.keyboard.press('Space');
    for (let presses = 0; presses < 20; presses += 1) {
      const at = values.indexOf((await focusedElement(s.page)).value);
      if (at === index) break;
      await s.page.keyboard.press(at < index ? 'ArrowDown' : 'ArrowUp');
    }
  }
  assert.equal((await focusedElement(s.page)).value, wanted, `${step} answered by keyboard`);
  await tabTo(s.page, (f) => f.action === 'next', 'Next');
  await s.page.keyboard.press('Enter');
  await stepChanged(s, step);
}

for (const [host, lang] of /** @type {const} */ ([['widget', 'en'], ['page', 'sv']])) {
  test(`The keyboard alone (${host}, ${lang}): Tab, Space, arrows and Enter walk the classroom story to a decided headline`, async () => {
    const s = await open(host, lang);
    try {
      const answers = new Map(Object.entries(STORIES.classroom.answers).map(([k, v]) => [k.startsWith('shortcut:') ? k : `field:${k}`, v]));
      let given = 0;
      for (let round = 0; round < 12 && answers.size > 0; round += 1) {
        const step = await currentStep(s);
        assert.ok(answers.has(step), `the guide asks ${step}, which the story answers`);
        await answerByKeyboard(s, step, answers.get(step));
        answers.delete(step);
        given += 1;
      }
      const status = await guideStatus(s);
      assert.equal(status.standing, 'prohibited');
      assert.equal(status.headline, decision(description(STORIES.classroom.answers), lang, await regimesOf(s)).headline);
      assert.equal(given, 5);
      assert.deepEqual(s.problems, []);
    } finally {
      await s.context.close();
    }
  });
}

for (const [host, lang] of /** @type {const} */ ([['page', 'en'], ['widget', 'sv']])) {
  test(`At 375 px (${host}, ${lang}): no horizontal overflow in guided mode, from the first question to the result`, async () => {
    const s = await open(host, lang, { viewport: { width: 375, height: 740 } });
    try {
      const overflow = () => s.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok((await overflow()) <= 375, `at the start: ${await overflow()} px`);
      await answerStory(s, STORIES.lyon.answers);
      assert.ok((await overflow()) <= 375, `after the last answer: ${await overflow()} px`);
      // The bar that keeps the decision in view says the headline, never the legal
      // category ("allowed only under conditions" would read as a go-ahead).
      const bar = s.page.locator(`${s.scope} #verdict-bar`.trim());
      const headline = String(await s.page.locator(`${s.g} [data-role="guide-headline"]`).textContent());
      assert.ok(String(await bar.textContent()).includes(headline), String(await bar.textContent()));
      assert.equal(await bar.locator('[data-standing]').getAttribute('data-standing'), 'not-yet');
      // "I don't know" to the rest, then the result.
      for (let round = 0; round < 20 && (await currentStep(s)) !== 'done'; round += 1) {
        const step = await currentStep(s);
        await s.page.locator(`${s.g} button[data-action="unknown"]`).click();
        await stepChanged(s, step);
        assert.ok((await overflow()) <= 375, `at ${step}: ${await overflow()} px`);
      }
      await s.page.locator(`${s.g} button[data-action="result"]`).click();
      await s.page.locator(`${s.r} .verdict`).scrollIntoViewIfNeeded();
      assert.ok((await overflow()) <= 375, `with the result: ${await overflow()} px`);
      await s.page.screenshot({ path: `${SHOTS}narrow-${host}-${lang}-result.png` });
      assert.deepEqual(s.problems, []);
    } finally {
      await s.context.close();
    }
  });
}

// ---- The numbers, for the record

test('the measured numbers of every walk', async (t) => {
  const rows = [];
  for (const [key, promise] of runs) {
    const r = await promise;
    rows.push(`${key.padEnd(28)} answers ${r.walk.answered}, decided after ${r.walk.decidedAfter ?? '-'}, memo ${r.pages} pages, ${r.result.standing}: ${r.result.headline}`);
  }
  for (const row of rows) t.diagnostic(row);
  assert.ok(rows.length >= 20);
});
