// The one development server: `cargo xtask serve` runs it on the built site
// (`target/site/`), and the browser tests start it in-process (`startServer`). It
// serves what a municipal web server should (pkg-config.md, "Serving it"):
//
//   - the right MIME types (`application/wasm`, so that the module compiles while it
//     streams in);
//   - the precompressed files the build wrote beside each file (`<file>.br`,
//     `<file>.gz`), as the browser accepts them (Brotli, then gzip), with
//     `Vary: Accept-Encoding`; a file without them (a test page, another site measured
//     side by side) is compressed once on the fly, gzip -9, and kept in memory;
//   - caching: a file whose name carries its content hash (`name.<hash>.ext`) never
//     changes, so it is `immutable` for a year; everything else (the pages, the stable
//     `biometric-check.js` portals link, the service worker) is revalidated at every
//     use (`no-cache`, with an `ETag`, answered `304 Not Modified` when unchanged);
//   - the Content-Security-Policy the page and the element must work under, and
//     `nosniff`, `no-referrer`.
//
// Usage: node xtask/serve.mjs [DIR] [--gzip-only] [--no-csp] [--hashed REGEX]
//   (PORT overrides 8080, 0 takes any free port; DIR defaults to target/site; the flags
//   are for measuring another site side by side: gzip alone, no CSP, its hashed names)

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const root = fileURLToPath(new URL('../', import.meta.url));
/** The built site. */
export const SITE = path.join(root, 'target', 'site');

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.messages': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
/** Types worth compressing when no precompressed copy is there. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|wasm|javascript)|image\/svg)/;
/** A name that carries its content hash, as the build writes them (`page.ABCD2345.js`, `sv.ABCD2345.messages`). */
const HASHED = /\.[A-Z2-7]{8}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * @typedef {{ method: string, url: string, headers: import('node:http').IncomingHttpHeaders, status: number, bytes: number, encoding: string }} Logged
 * @typedef {{
 *   dir?: string,
 *   mounts?: Record<string, string>,
 *   files?: Record<string, string>,
 *   encodings?: ('br' | 'gzip')[],
 *   port?: number,
 *   hashed?: RegExp,
 *   csp?: string | null,
 * }} Options
 *   `mounts`: URL prefixes served from other folders (the tests' fixtures); `files`:
 *   single URLs served from files (axe-core for the tests); `encodings`: the ones
 *   offered, in order of preference (default Brotli, then gzip; a measurement may
 *   offer gzip alone); `hashed`: what counts as a hashed name (another build's scheme);
 *   `csp`: the Content-Security-Policy sent (null: none, for another site measured
 *   side by side that needs inline styles).
 */

/**
 * Starts the server on 127.0.0.1 (`port` 0: any free port).
 * @param {Options} [options]
 */
export async function startServer(options = {}) {
  const dir = path.resolve(options.dir ?? SITE);
  const mounts = Object.entries(options.mounts ?? {}).map(([prefix, folder]) => /** @type {const} */ ([prefix, path.resolve(folder)]));
  const files = options.files ?? {};
  const encodings = options.encodings ?? ['br', 'gzip'];
  const hashed = options.hashed ?? HASHED;
  const csp = options.csp === undefined ? CSP : options.csp;
  /** @type {Logged[]} */
  const requests = [];
  let bytes = 0;
  /** What was sent, by file, modification time and encoding. @type {Map<string, { body: Buffer, etag: string, encoding: string }>} */
  const cache = new Map();

  const server = createServer(async (request, response) => {
    /** @type {Logged} */
    const entry = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, status: 0, bytes: 0, encoding: '' };
    requests.push(entry);
    /**
     * @param {number} status
     * @param {Record<string, string>} headers
     * @param {Buffer} [body]
     */
    const send = (status, headers, body) => {
      entry.status = status;
      /** @type {Record<string, string>} */
      const all = {
        ...(csp ? { 'Content-Security-Policy': csp } : {}),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        ...headers,
      };
      if (body) all['Content-Length'] = String(body.length);
      response.writeHead(status, all);
      if (!body || request.method === 'HEAD') {
        response.end();
        return;
      }
      bytes += body.length;
      entry.bytes = body.length;
      response.end(body);
    };
    const refuse = (/** @type {number} */ status, /** @type {string} */ text) =>
      send(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }, Buffer.from(text));

    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'method not allowed');
    let pathname;
    try {
      // Collapse leading slashes: `//x` would otherwise read as a host name.
      pathname = decodeURIComponent(new URL((request.url ?? '/').replace(/^\/+/, '/'), 'http://127.0.0.1').pathname);
    } catch {
      return refuse(400, 'bad request');
    }
    const file = await locate(pathname);
    if (file === 'forbidden') return refuse(403, 'forbidden');
    if (!file) return refuse(404, 'not found');

    let info;
    try {
      info = await stat(file);
    } catch {
      return refuse(404, 'not found');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const accepted = acceptedEncodings(String(request.headers['accept-encoding'] ?? ''));
    const wanted = COMPRESSIBLE.test(type) ? encodings.filter((e) => accepted.has(e)) : [];
    const variant = await variantOf(file, info.mtimeMs, wanted);
    if (!variant) return refuse(404, 'not found');
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Type': type,
      'Cache-Control': hashed.test(path.basename(file)) ? IMMUTABLE : 'no-cache',
      ETag: variant.etag,
    };
    if (COMPRESSIBLE.test(type)) headers.Vary = 'Accept-Encoding';
    if (request.headers['if-none-match'] === variant.etag) return send(304, headers);
    if (variant.encoding) {
      entry.encoding = variant.encoding;
      headers['Content-Encoding'] = variant.encoding;
    }
    return send(200, headers, variant.body);
  });

  /**
   * A file as sent to a browser that takes these encodings (in order of preference):
   * the first precompressed copy beside it (`.br`, `.gz`), else for gzip the file
   * compressed here, else the file itself; with its ETag (of the file's own bytes).
   * Kept in memory while the file is unchanged.
   * @param {string} file
   * @param {number} mtime
   * @param {('br' | 'gzip')[]} wanted
   * @returns {Promise<{ body: Buffer, etag: string, encoding: string } | null>}
   */
  async function variantOf(file, mtime, wanted) {
    const key = `${file}\0${mtime}\0${wanted.join()}`;
    const known = cache.get(key);
    if (known) return known;
    const raw = await readFile(file).catch(() => null);
    if (!raw) return null;
    const etag = `"${createHash('sha1').update(raw).digest('base64url').slice(0, 16)}"`;
    let body = raw;
    let used = '';
    for (const encoding of wanted) {
      const precompressed = await readFile(file + (encoding === 'br' ? '.br' : '.gz')).catch(() => null);
      if (precompressed) {
        body = precompressed;
        used = encoding;
        break;
      }
    }
    if (!used && wanted.includes('gzip')) {
      body = gzipSync(raw, { level: 9 });
      used = 'gzip';
    }
    // Each encoding is a representation of its own (`Vary: Accept-Encoding`).
    const variant = { body, etag: used ? `${etag.slice(0, -1)}-${used}"` : etag, encoding: used };
    cache.set(key, variant);
    return variant;
  }

  /**
   * The file for a path: a single file, a mounted folder's, or the site's (a folder
   * gives its `index.html`); `forbidden` for a path that leaves its folder.
   * @param {string} pathname
   * @returns {Promise<string | null>}
   */
  async function locate(pathname) {
    if (Object.hasOwn(files, pathname)) return files[pathname];
    let base = dir;
    let rest = pathname;
    for (const [prefix, folder] of mounts) {
      if (pathname.startsWith(prefix)) {
        base = folder;
        rest = pathname.slice(prefix.length);
        break;
      }
    }
    const file = path.normalize(path.join(base, rest));
    if (file !== base && !file.startsWith(base + path.sep)) return /** @type {any} */ ('forbidden');
    try {
      if ((await stat(file)).isDirectory()) return path.join(file, 'index.html');
    } catch {
      return null;
    }
    return file;
  }

  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    requests,
    /** Bytes sent since the start (or the last reset). */
    bytes: () => bytes,
    resetBytes: () => {
      bytes = 0;
    },
    close: () =>
      /** @type {Promise<void>} */ (
        new Promise((resolve) => {
          server.closeAllConnections?.();
          server.close(() => resolve());
        })
      ),
  };
}

/** The encodings an `Accept-Encoding` header accepts (those with a quality above 0). */
function acceptedEncodings(/** @type {string} */ header) {
  const accepted = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

// `node xtask/serve.mjs [DIR] [--gzip-only] [--no-csp] [--hashed REGEX]`: serve until stopped.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (/** @type {string} */ name) => args.includes(name);
  const value = (/** @type {string} */ name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const hashed = value('--hashed');
  const dir = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--hashed') ?? SITE;
  const server = await startServer({
    dir,
    port: Number(process.env.PORT ?? 8080),
    encodings: flag('--gzip-only') ? ['gzip'] : undefined,
    csp: flag('--no-csp') ? null : undefined,
    hashed: hashed ? new RegExp(hashed) : undefined,
  });
  console.log(`serve: ${path.relative(root, path.resolve(dir)) || dir} on ${server.url} (Ctrl-C stops)`);
  if (path.resolve(dir) === SITE) console.log(`serve: the page ${server.url}, a portal with the widget ${server.url}embed-example.html`);
}
