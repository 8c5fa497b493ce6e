// The site's two plain documents, written by the build (`web.mjs`) beside the pages:
//
//   questions.html         every question the checker can ask, in its order, with its
//   <lang>/questions.html  answers and help: what works without JavaScript (the pages'
//                          note for browsers without scripts links here), and a list to
//                          print and fill in on paper;
//   readings.html          how this tool reads the law: every interpretive choice the
//                          rules make, with the text and the reading not taken, from the
//                          CLI (`biometric-check readings html`, in English).
//
// Plain HTML with the page's style sheet, no script.

const root = new URL('../', import.meta.url);
const { h, toHtml } = await import(new URL('www/js/vdom.js', root).href);
const { t, countryName } = await import(new URL('www/js/i18n.js', root).href);

/**
 * The printable list of questions in one language.
 * @param {any} catalogue the package's catalogue in that language
 * @param {{ stylesheet: string, alternates: { lang: string, href: string }[] }} links
 */
export function questionsPage(catalogue, links) {
  const ui = catalogue.ui;
  const lang = catalogue.lang;
  const answers = (/** @type {any} */ question) => {
    if (question.kind === 'country') {
      const eu = catalogue.countries.filter((/** @type {any} */ c) => c.class !== 'outside-eu').map((/** @type {any} */ c) => countryName(lang, c.code));
      return h('p', { class: 'help' }, t(ui, 'countries.eu'), ': ', eu.join(', '), '. ', t(ui, 'countries.other'), '.');
    }
    if (question.options.length === 0) return null;
    return h('ul', null, [...question.options.map((/** @type {any} */ o) => h('li', null, o.label)), h('li', null, t(ui, 'dont-know'))]);
  };
  const body = h(
    'main',
    { class: 'page questions-list' },
    h('h1', null, t(ui, 'questions-page.title')),
    h('p', null, t(ui, 'questions-page.intro')),
    h('p', null, h('a', { href: './' }, t(ui, 'questions-page.back'))),
    catalogue.sections.map((/** @type {any} */ section) => {
      const questions = catalogue.questions.filter((/** @type {any} */ q) => q.section === section.id);
      if (questions.length === 0) return null;
      return h(
        'section',
        null,
        h('h2', null, section.title),
        h('ol', null, questions.map((/** @type {any} */ q) => h('li', null, h('p', { class: 'question__text' }, q.question), q.help ? h('p', { class: 'help' }, q.help) : null, answers(q)))),
      );
    }),
  );
  return document(lang, t(ui, 'questions-page.title'), links, body);
}

/**
 * The readings document the CLI wrote, with the site's style sheet.
 * @param {string} html `biometric-check readings html`
 * @param {string} stylesheet
 */
export function readingsPage(html, stylesheet) {
  return html.replace('<link rel="stylesheet" href="style.css">', toHtml(h('link', { rel: 'stylesheet', href: stylesheet })));
}

/**
 * @param {string} lang @param {string} title
 * @param {{ stylesheet: string, alternates: { lang: string, href: string }[] }} links
 * @param {any} body
 */
function document(lang, title, links, body) {
  return `<!doctype html>\n${toHtml(
    h(
      'html',
      { lang },
      h(
        'head',
        null,
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'referrer', content: 'no-referrer' }),
        h('title', null, title),
        h('link', { rel: 'stylesheet', href: links.stylesheet }),
        links.alternates.map((a) => h('link', { rel: 'alternate', hreflang: a.lang, href: a.href })),
      ),
      h('body', null, body),
    ),
  )}\n`;
}
