// The deployment description as plain data: reading and writing fields by path
// (`identification.timing`), merging quick-start fragments, and the declared relevance
// of a question. Every function returns a new object; nothing is changed in place.

/**
 * @typedef {Record<string, any>} Deployment
 */

/** @param {unknown} value @returns {value is Record<string, any>} */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at a path, or undefined when not known.
 * @param {Deployment} deployment
 * @param {string} path
 */
export function getPath(deployment, path) {
  /** @type {any} */
  let value = deployment;
  for (const key of path.split('.')) {
    if (!isObject(value)) return undefined;
    value = value[key];
  }
  return value === null ? undefined : value;
}

/**
 * A copy with the value at a path set; `undefined` deletes it ("I don't know"), and
 * objects left empty are removed.
 * @param {Deployment} deployment
 * @param {string} path
 * @param {unknown} value
 * @returns {Deployment}
 */
export function setPath(deployment, path, value) {
  const [key, ...rest] = path.split('.');
  const copy = { ...deployment };
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const inner = setPath(isObject(copy[key]) ? copy[key] : {}, rest.join('.'), value);
  if (Object.keys(inner).length === 0) delete copy[key];
  else copy[key] = inner;
  return copy;
}

/**
 * Deep-merges a fragment into a deployment: objects merge, everything else replaces.
 * @param {Deployment} deployment
 * @param {Deployment} fragment
 * @returns {Deployment}
 */
export function merge(deployment, fragment) {
  const copy = { ...deployment };
  for (const [key, value] of Object.entries(fragment)) {
    copy[key] = isObject(value) && isObject(copy[key]) ? merge(copy[key], value) : structuredCloneSafe(value);
  }
  return copy;
}

/** @param {unknown} value */
function structuredCloneSafe(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/**
 * Whether every value a fragment sets is what the deployment holds (arrays compared as
 * sets): the quick-start answer that describes the deployment.
 * @param {Deployment} deployment
 * @param {Deployment} fragment
 * @returns {boolean}
 */
export function contains(deployment, fragment) {
  return Object.entries(fragment).every(([key, value]) => {
    const own = deployment[key];
    if (isObject(value)) return isObject(own) && contains(own, value);
    if (Array.isArray(value)) {
      return Array.isArray(own) && own.length === value.length && value.every((v) => own.includes(v));
    }
    return own === value;
  });
}

/**
 * A copy without the values a fragment set, where they are still what it set (so that
 * moving from one quick-start answer to another does not leave the first one's answers
 * behind, while answers changed since are kept).
 * @param {Deployment} deployment
 * @param {Deployment} fragment
 * @returns {Deployment}
 */
export function without(deployment, fragment, prefix = '') {
  let result = deployment;
  for (const [key, value] of Object.entries(fragment)) {
    const path = `${prefix}${key}`;
    if (isObject(value)) {
      result = without(result, value, `${path}.`);
    } else if (JSON.stringify(getPath(result, path)) === JSON.stringify(value)) {
      result = setPath(result, path, undefined);
    }
  }
  return result;
}

/**
 * The field paths a description (or a fragment of one) gives a value for, lists being
 * values (`{"identification": {"remote": true}}` gives `identification.remote`).
 * @param {Deployment} deployment
 * @returns {string[]}
 */
export function flattenFields(deployment, prefix = '') {
  return Object.entries(deployment).flatMap(([key, value]) =>
    isObject(value) ? flattenFields(/** @type {Deployment} */ (value), `${prefix}${key}.`) : value === undefined ? [] : [`${prefix}${key}`],
  );
}

/**
 * Whether a field has an answer.
 * @param {Deployment} deployment
 * @param {string} path
 */
export function isAnswered(deployment, path) {
  const value = getPath(deployment, path);
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/**
 * Whether a question's declared relevance (the catalogue's `relevant_when`: any of the
 * alternatives, each a list of conditions that must all hold) may hold: a condition on
 * an unknown field may still hold.
 * @param {Deployment} deployment
 * @param {{ field: string, values: unknown[] }[][]} relevantWhen
 */
export function mayBeRelevant(deployment, relevantWhen) {
  if (relevantWhen.length === 0) return true;
  return relevantWhen.some((conditions) =>
    conditions.every(({ field, values }) => {
      const value = getPath(deployment, field);
      if (value === undefined) return true;
      if (Array.isArray(value)) return value.some((v) => values.includes(v));
      return values.includes(value);
    }),
  );
}

/**
 * The catalogue field an error path belongs to: the field itself, the field holding an
 * element (`functions[1]`), or the first field inside an object (`safeguards`).
 * @param {string} path
 * @param {string[]} fields
 * @returns {string | null}
 */
export function fieldForPath(path, fields) {
  const plain = path.replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '');
  if (fields.includes(plain)) return plain;
  const holder = fields.filter((f) => plain.startsWith(`${f}.`)).sort((a, b) => b.length - a.length)[0];
  if (holder) return holder;
  return fields.find((f) => f.startsWith(`${plain}.`)) ?? null;
}

/**
 * Whether a value read from storage, a link or a file can be a deployment at all.
 * @param {unknown} value
 * @returns {value is Deployment}
 */
export function isDeploymentLike(value) {
  return isObject(value);
}
