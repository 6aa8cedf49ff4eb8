/* Treffpunkt's service worker: offer pages a person viewed or saved stay readable offline.
   Pages: network first; offline, a saved copy (marked for app.js to show a banner) or the
   offline page in the page's language. Static files: cache first when their names are hashed. */
"use strict";
const CONFIG = {{ config }};
const STATIC = "treffpunkt-static";
const PAGES = "treffpunkt-pages";
const SAVED = "treffpunkt-saved"; // filled by app.js when a person saves an offer
const OFFLINE = "treffpunkt-offline";
const KEEP = CONFIG.keep.map((source) => new RegExp(source));

const kept = (url) => KEEP.some((pattern) => pattern.test(url.pathname));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // Without cookies: the offline page must not carry someone's session or form token.
      const pages = Object.values(CONFIG.offlinePages).map(
        (path) => new Request(path, { credentials: "omit" })
      );
      await (await caches.open(OFFLINE)).addAll(pages);
      await (await caches.open(STATIC)).addAll(Object.values(CONFIG.precache));
      await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // The page that registered the worker was loaded without it: keep that one too.
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      await Promise.all(windows.map((client) => rememberOpenPage(new URL(client.url))));
      await self.clients.claim();
    })()
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    let stored;
    event.waitUntil(new Promise((resolve) => (stored = resolve)));
    event.respondWith(page(request, url, stored));
  } else if (url.pathname.startsWith(CONFIG.staticUrl)) {
    event.respondWith(staticFile(request, url));
  }
});

async function page(request, url, stored) {
  try {
    const response = await fetch(request);
    stored(response.ok && response.type === "basic" && kept(url) ? store(url, response.clone()) : null);
    return response;
  } catch (error) {
    stored(null);
    const copy = (await match(SAVED, url.pathname)) || (await match(PAGES, url.pathname));
    if (copy) return marked(copy);
    return (await match(OFFLINE, offlinePage(url))) || Response.error();
  }
}

async function store(url, response) {
  const saved = await caches.open(SAVED);
  if (await saved.match(url.pathname)) await saved.put(url.pathname, response.clone());
  const pages = await caches.open(PAGES);
  await pages.put(url.pathname, response);
  await trim(pages, CONFIG.pageCacheSize);
}

async function rememberOpenPage(url) {
  if (url.origin !== self.location.origin || !kept(url) || (await match(PAGES, url.pathname))) return;
  try {
    const response = await fetch(url.pathname);
    if (response.ok) await store(url, response);
  } catch (error) {
    // Offline while installing: the page is kept on the next visit.
  }
}

async function staticFile(request, url) {
  const cache = await caches.open(STATIC);
  const hit = CONFIG.hashedStatic && (await cache.match(request, { ignoreVary: true }));
  if (hit) return hit;
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(request, response.clone());
      await trim(cache, CONFIG.staticCacheSize);
    }
    return response;
  } catch (error) {
    const current = CONFIG.precache[url.pathname.replace(/\.[0-9a-f]{12}(\.[^./]+)$/, "$1")];
    return (
      (await cache.match(request, { ignoreVary: true })) ||
      (current && (await cache.match(current))) ||
      Response.error()
    );
  }
}

async function match(cacheName, path) {
  return (await caches.open(cacheName)).match(path, { ignoreVary: true });
}

function offlinePage(url) {
  const prefix = url.pathname.split("/")[1];
  return CONFIG.offlinePages[prefix] || CONFIG.offlinePages[CONFIG.defaultLanguage];
}

// Entries are kept in the order they were stored: the oldest go first.
async function trim(cache, size) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - size))) await cache.delete(key);
}

// app.js shows the offline banner on a page whose <html> carries this mark.
async function marked(response) {
  const date = (response.headers.get("date") || "").replace(/[^\w ,:+-]/g, "");
  const html = (await response.text()).replace("<html ", `<html data-offline-copy="${date}" `);
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.delete("content-encoding");
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}
