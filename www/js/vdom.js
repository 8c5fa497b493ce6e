// A tiny element description (a "virtual node") that becomes either DOM (in the
// browser, in a page or in a shadow root) or HTML text (at build time, in Node, for the
// prerendered first screen). Both outputs come from the same description, so the page
// can adopt the prerendered HTML as if it had built it itself.
//
// Text is always text: `toDom` creates text nodes and `toHtml` escapes it. There is no
// way to pass markup through, and attributes named `on…` are refused.

/**
 * @typedef {string | number | boolean | null | undefined} AttrValue
 * @typedef {{ tag: string, attrs: Record<string, AttrValue>, children: Child[] }} VNode
 * @typedef {VNode | string | number | null | undefined | false | any[]} Child  (arrays nest)
 */

/**
 * Describes an element. `attrs` values: a string or number sets the attribute, `true`
 * sets an empty (boolean) attribute, `false`/`null`/`undefined` leaves it out.
 * @param {string} tag
 * @param {Record<string, AttrValue> | null} [attrs]
 * @param {...Child} children
 * @returns {VNode}
 */
export function h(tag, attrs, ...children) {
  return { tag, attrs: attrs ?? {}, children };
}

/** @param {Child[]} children @returns {(VNode|string)[]} */
function flatten(children) {
  /** @type {(VNode|string)[]} */
  const out = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child));
    else if (typeof child === 'object') out.push(child);
    else out.push(String(child));
  }
  return out;
}

const SAFE_NAME = /^[a-z][a-z0-9-]*$/;

/** @param {string} name */
function checkName(name) {
  if (!SAFE_NAME.test(name) || name.startsWith('on')) throw new Error(`refused attribute or tag name: ${name}`);
}

/**
 * Builds DOM for a description, with the given document (so it works for a shadow root
 * or another document).
 * @param {Child} node
 * @param {Document} doc
 * @returns {Node}
 */
export function toDom(node, doc) {
  if (Array.isArray(node)) {
    const fragment = doc.createDocumentFragment();
    for (const child of flatten(node)) fragment.append(toDom(child, doc));
    return fragment;
  }
  if (node === null || node === undefined || node === false) return doc.createDocumentFragment();
  if (typeof node !== 'object') return doc.createTextNode(String(node));
  checkName(node.tag);
  const element = doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === false || value === null || value === undefined) continue;
    checkName(name);
    element.setAttribute(name, value === true ? '' : String(value));
  }
  // Form state: attributes set the defaults; the current state follows them.
  if (node.tag === 'input' && node.attrs.checked) /** @type {HTMLInputElement} */ (element).checked = true;
  for (const child of flatten(node.children)) element.append(toDom(child, doc));
  return element;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * Writes a description as HTML text (every text and attribute value escaped).
 * @param {Child} node
 * @returns {string}
 */
export function toHtml(node) {
  if (Array.isArray(node)) return flatten(node).map(toHtml).join('');
  if (node === null || node === undefined || node === false) return '';
  if (typeof node !== 'object') return escapeHtml(String(node));
  checkName(node.tag);
  let html = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === false || value === null || value === undefined) continue;
    checkName(name);
    html += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  html += '>';
  if (VOID.has(node.tag)) return html;
  // A textarea's first newline is dropped by the HTML parser: keep its content intact.
  if (node.tag === 'textarea') html += '\n';
  html += flatten(node.children).map(toHtml).join('');
  return `${html}</${node.tag}>`;
}
