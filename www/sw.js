// Offline support: the page's handful of same-origin files are cached when the page is
// first loaded. Requests go to the network first (so a new version is picked up at
// once) and fall back to the cache when offline. Nothing from another origin is ever
// fetched or cached.
//
// The page of each language (`sv/` …) and its texts are kept once used: the page asks
// for them (`{ type: 'keep', lang, page }`), since its first visit happens before this
// worker controls it and a change of language fetches no page. Offline, a language
// page never kept leads to the default page, which picks the language from the choice
// stored in the browser.
//
// The build (`xtask/web.mjs`) writes the file names in, hashed: `BUILD_FILES` the files
// of the default page, `BUILD_LANGUAGE_FILES` the texts of each language, and
// `BUILD_CACHE` a cache name that changes with them (an older cache is dropped).

/* global BUILD_FILES, BUILD_LANGUAGE_FILES, BUILD_CACHE */
/** @type {string[]} */
const FILES = BUILD_FILES;
/** @type {Record<string, string[]>} */
const LANGUAGE_FILES = BUILD_LANGUAGE_FILES;
/** @type {string} */
const CACHE = BUILD_CACHE;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep' || typeof data.page !== 'string') return;
  const scope = new URL(self.registration.scope);
  const texts = Object.hasOwn(LANGUAGE_FILES, data.lang) ? LANGUAGE_FILES[data.lang] : [];
  const files = [data.page, ...texts]
    .map((file) => {
      try {
        return new URL(String(file), scope);
      } catch {
        return null;
      }
    })
    .filter((url) => url && url.origin === scope.origin && url.pathname.startsWith(scope.pathname));
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        files.map((url) =>
          cache.match(url).then((have) => have ?? cache.add(url).catch(() => undefined)),
        ),
      ),
    ),
  );
});

/** Offline and not kept: the default page (under its own address, so its links work). */
function fallback(/** @type {Request} */ request) {
  if (request.mode !== 'navigate') return Promise.resolve(undefined);
  const scope = new URL(self.registration.scope);
  const path = new URL(request.url).pathname;
  if (path === scope.pathname || path === `${scope.pathname}index.html`) return caches.match('index.html');
  return caches.match('index.html').then((page) => (page ? Response.redirect(scope.href, 302) : undefined));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(request, { ignoreSearch: true })
          .then((cached) => cached ?? fallback(request))
          .then((cached) => cached ?? Response.error()),
      ),
  );
});
