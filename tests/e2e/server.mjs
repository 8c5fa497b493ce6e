// A tiny static server for the browser tests: serves `www/` on 127.0.0.1 at a random
// port with the Content-Security-Policy the page must work under, the right MIME types,
// and (for the measurements) gzip. Test-only files (axe-core) are served under
// `/__test__/`, from the same origin, so the CSP allows them without 'unsafe-inline'.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const root = fileURLToPath(new URL('../../', import.meta.url));
export const WWW = path.join(root, 'www');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.messages': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Test pages and files, served under /__test__/fixtures/ (never part of the page). */
const FIXTURES_PATH = '/__test__/fixtures/';
const FIXTURES = path.join(root, 'tests/e2e/fixtures');

/** Files served under /__test__/ (never part of the page). */
const TEST_FILES = {
  '/__test__/axe.min.js': path.join(root, 'node_modules/axe-core/axe.min.js'),
};

/**
 * Starts the server.
 * @param {{ gzip?: boolean, dir?: string }} [options]
 * @returns {Promise<{ url: string, port: number, requests: { method: string, url: string, headers: import('node:http').IncomingHttpHeaders, bytes: number }[], bytes: () => number, resetBytes: () => void, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const dir = options.dir ?? WWW;
  /** @type {{ method: string, url: string, headers: import('node:http').IncomingHttpHeaders, bytes: number }[]} */
  const requests = [];
  let bytes = 0;
  /** @type {Map<string, Buffer>} */
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const entry = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, bytes: 0 };
    requests.push(entry);
    const send = (/** @type {number} */ status, /** @type {string} */ type, /** @type {Buffer} */ body, /** @type {Record<string,string>} */ extra = {}) => {
      const headers = {
        'Content-Type': type,
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
        ...extra,
      };
      let payload = body;
      const accepts = String(request.headers['accept-encoding'] ?? '');
      if (options.gzip && accepts.includes('gzip') && status === 200) {
        // Compressed once per file content, so that compressing costs no time per request.
        payload = compressed.get(body.toString('latin1')) ?? gzipSync(body, { level: 9 });
        compressed.set(body.toString('latin1'), payload);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = String(payload.length);
      response.writeHead(status, headers);
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      bytes += payload.length;
      entry.bytes = payload.length;
      response.end(payload);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'text/plain', Buffer.from('method not allowed'));
      return;
    }
    let pathname;
    try {
      // Collapse leading slashes: `//x` would otherwise read as a host name.
      pathname = decodeURIComponent(new URL((request.url ?? '/').replace(/^\/+/, '/'), 'http://127.0.0.1').pathname);
    } catch {
      send(400, 'text/plain', Buffer.from('bad request'));
      return;
    }
    let file = TEST_FILES[pathname];
    if (!file && pathname.startsWith(FIXTURES_PATH)) {
      // Test pages (a hostile host page, broken policies), from tests/e2e/fixtures/.
      file = path.normalize(path.join(FIXTURES, pathname.slice(FIXTURES_PATH.length)));
      if (!file.startsWith(FIXTURES + path.sep)) {
        send(403, 'text/plain', Buffer.from('forbidden'));
        return;
      }
    }
    if (!file) {
      file = path.normalize(path.join(dir, pathname));
      if (!file.startsWith(dir + path.sep) && file !== dir) {
        send(403, 'text/plain', Buffer.from('forbidden'));
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      } catch {
        // Not found: handled below.
      }
    }
    try {
      const body = await readFile(file);
      send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', body);
    } catch {
      send(404, 'text/plain', Buffer.from('not found'));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    requests,
    bytes: () => bytes,
    resetBytes: () => {
      bytes = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
