// Interface texts and locale formatting. The texts come from the core's catalogue
// (`catalogue.ui`, messages `ui.*`); nothing here holds a sentence of its own.

/**
 * The text of an interface message, with `{name}` placeholders filled. A missing id
 * shows as the id itself, so a gap is visible rather than silent.
 * @param {Record<string, string>} ui
 * @param {string} id without the `ui.` prefix
 * @param {Record<string, string | number>} [params]
 * @returns {string}
 */
export function t(ui, id, params) {
  const template = ui[`ui.${id}`] ?? `ui.${id}`;
  if (!params) return template;
  return template.replace(/\{([a-z_]+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * The text of a message that counts something, in the language's plural form:
 * `<id>.one` or `<id>.other` (the forms the seven languages need), `{count}` filled.
 * @param {string} lang
 * @param {Record<string, string>} ui
 * @param {string} id without the `ui.` prefix and the form
 * @param {number} count
 * @param {Record<string, string | number>} [params]
 */
export function formatCount(lang, ui, id, count, params = {}) {
  let form = 'other';
  try {
    form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  } catch {
    form = count === 1 ? 'one' : 'other';
  }
  return t(ui, `${id}.${form}`, { ...params, count });
}

/**
 * A calendar date (YYYY-MM-DD) written for people, e.g. "2 December 2027".
 * @param {string} lang
 * @param {string | null | undefined} iso
 */
export function formatDate(lang, iso) {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  try {
    return new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

/**
 * The locale for dates: English as written in the EU's texts ("2 December 2027").
 * @param {string} lang
 */
function dateLocale(lang) {
  return lang === 'en' ? 'en-GB' : lang;
}

/**
 * A list joined for people: "a, b or c" (`or`) or "a, b and c".
 * @param {string} lang
 * @param {string[]} items
 * @param {'conjunction' | 'disjunction'} [type]
 */
export function formatList(lang, items, type = 'conjunction') {
  try {
    return new Intl.ListFormat(lang, { style: 'long', type }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * The name of a country by its ISO 3166-1 code, in a language.
 * @param {string} lang
 * @param {string} code
 */
export function countryName(lang, code) {
  try {
    let names = regionNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
      regionNames.set(lang, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** @type {Map<string, Intl.DisplayNames>} */
const regionNames = new Map();
