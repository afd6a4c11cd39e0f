/*
 * The offline copy's service worker, registered only from « Lire hors connexion » (src/scripts/offline-page.ts).
 * Plain JavaScript, no import: browsers run it as a classic script. The build (src/integrations/offline-copy.ts)
 * copies it to dist/sw.js with the build's version and the manifest's address filled in, so that a new build
 * is a new worker: the browser installs it, it fills a new cache, and on activation deletes the old ones.
 * Pages come from the network when there is one (the copy never hides a newer page), from the copy otherwise.
 */
const VERSION = '__OFFLINE_VERSION__';
const MANIFEST = '__OFFLINE_MANIFEST__';
const PREFIX = '__OFFLINE_PREFIX__';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const response = await fetch(MANIFEST, { cache: 'no-store' });
    if (!response.ok) throw new Error(`offline copy: ${MANIFEST} answered ${response.status}`);
    const manifest = await response.json();
    // A manifest from another build than this worker's would fill the wrong cache: wait for the next one.
    if (manifest.version !== VERSION) throw new Error(`offline copy: manifest ${manifest.version}, worker ${VERSION}`);
    const cache = await caches.open(CACHE);
    await cache.addAll(manifest.files.map((f) => new Request(f.url, { cache: 'no-store' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    try {
      return await fetch(request);
    } catch (error) {
      // Offline: the copy, matched without the query (/recherche/?q=… is the search page).
      const cache = await caches.open(CACHE);
      const copy = await cache.match(request, { ignoreSearch: true });
      if (copy) return copy;
      throw error;
    }
  })());
});
