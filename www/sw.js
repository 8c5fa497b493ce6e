// Offline support: the page's handful of same-origin files are cached when the page is
// first loaded. Requests go to the network first (so a new version is picked up at
// once) and fall back to the cache when offline. Nothing from another origin is ever
// fetched or cached.

const CACHE = 'biometric-check-v1';
const FILES = [
  './',
  'index.html',
  'style.css',
  'favicon.svg',
  'app.js',
  'js/citations.js',
  'js/deployment.js',
  'js/i18n.js',
  'js/questionnaire.js',
  'js/questions-view.js',
  'js/result-view.js',
  'js/result.js',
  'js/storage.js',
  'js/store.js',
  'js/tools.js',
  'js/vdom.js',
  'pkg/index.js',
  'pkg/biometric_check.js',
  'pkg/biometric_check_bg.wasm',
];

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
          .then((cached) => cached ?? (request.mode === 'navigate' ? caches.match('index.html') : undefined))
          .then((cached) => cached ?? Response.error()),
      ),
  );
});
