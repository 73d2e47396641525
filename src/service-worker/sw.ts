// The service worker (issue #14). scripts/build-sw.ts bundles this file and Workbox's injectManifest
// writes the list of every built file, each revisioned by its content, where __WB_MANIFEST stands.
// Two Workbox precache lists share that revisioning:
// - core: the three tools, the offline page and every script and style, fetched when the worker
//   installs (which the page asks for once it has loaded and gone idle);
// - pages: handbook pages and the search index, cached as they are read, or all at once when the
//   reader asks to keep the whole handbook. A new version fetches again what the old one had kept.
// A new worker waits until the reader chooses "Reload for the new version"; once it takes over,
// Workbox deletes every entry the new list does not name, and this file every other cache of ours.
import { PrecacheController } from 'workbox-precaching';
import { OFFLINE_PAGE, isPage, offlineGroup, type OfflineEntry } from '../lib/offline-files';

// The worker's own global scope, named here rather than through TypeScript's "webworker" library,
// which cannot share a program with the DOM library the rest of src/ uses.
interface WaitEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends WaitEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEvent extends WaitEvent {
  data: unknown;
  source: { id: string; postMessage(message: unknown): void } | null;
}
interface WindowClient {
  url: string;
  postMessage(message: unknown): void;
}
declare const self: {
  __WB_MANIFEST: OfflineEntry[];
  registration: { scope: string };
  location: Location;
  clients: { claim(): Promise<void>; matchAll(o: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowClient[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: WaitEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

/** What a page may ask of the worker. */
export type WorkerRequest = { type: 'status' } | { type: 'keep-all' } | { type: 'skip-waiting' };

/** What the worker tells pages. */
export type WorkerReport =
  | {
      type: 'status';
      totalBytes: number;
      cachedBytes: number;
      files: number;
      cachedFiles: number;
      pages: { path: string; title: string }[];
    }
  | { type: 'progress'; doneBytes: number; totalBytes: number }
  | { type: 'kept'; totalBytes: number }
  | { type: 'keep-failed'; missing: number };

const scope = self.registration.scope;
const entries = self.__WB_MANIFEST;
const names = { core: `iih-core-${scope}`, pages: `iih-pages-${scope}`, state: `iih-state-${scope}` };
const lists = { core: new PrecacheController({ cacheName: names.core }), pages: new PrecacheController({ cacheName: names.pages }) };
const bytesByKey = new Map<string, number>();
const titles = new Map<string, string>();
for (const entry of entries) {
  const group = offlineGroup(entry.url);
  if (!group) continue;
  lists[group].addToCacheList([{ url: entry.url, revision: entry.revision }]);
  const url = new URL(entry.url, self.location.href).href;
  bytesByKey.set(lists[group].getCacheKeyForURL(url)!, entry.bytes);
  if (entry.title && isPage(entry.url)) titles.set(url, entry.title);
}
// Set when the reader kept the whole handbook, so new versions keep all of it too.
const KEPT = new URL('kept', scope).href;

/** Fetches one file of the pages list into its cache under its revisioned key; false on failure. */
async function cachePage(url: string, key: string, cache: Cache): Promise<boolean> {
  try {
    const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
    if (!response.ok || response.redirected) return false;
    await cache.put(key, response);
    return true;
  } catch {
    return false;
  }
}

/** The pages list's files not yet in its cache, as [url, key] pairs. */
async function missingPages(cache: Cache): Promise<[string, string][]> {
  const have = new Set((await cache.keys()).map((r) => r.url));
  return [...lists.pages.getURLsToCacheKeys()].filter(([, key]) => !have.has(key));
}

/** Fetches `todo` a few at a time, calling `progress` after each file. Resolves to how many failed. */
async function fetchAll(todo: [string, string][], cache: Cache, progress: (key: string) => void): Promise<number> {
  let failed = 0;
  const queue = [...todo];
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (!(await cachePage(next[0], next[1], cache))) failed++;
      progress(next[1]);
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
  return failed;
}

/**
 * After the core files: the pages the previous version had (their new revisions), every page if
 * the reader kept the whole handbook, and the pages open right now (the first one a reader opens
 * is read before any worker exists). Best effort: a page that fails is fetched when next read.
 */
async function carryOver(): Promise<void> {
  const cache = await caches.open(names.pages);
  const kept = Boolean(await (await caches.open(names.state)).match(KEPT));
  const had = new Set((await cache.keys()).map((r) => stripRevision(r.url)));
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const { origin, pathname } = new URL(client.url);
    had.add(origin + pathname);
  }
  const todo = (await missingPages(cache)).filter(([url]) => kept || had.has(url));
  await fetchAll(todo, cache, () => {});
}

const stripRevision = (url: string) => {
  const u = new URL(url);
  u.searchParams.delete('__WB_REVISION__');
  u.hash = '';
  return u.href;
};

self.addEventListener('install', (event) => {
  event.waitUntil(lists.core.install(event as never).then(carryOver));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Workbox removes entries the new lists no longer name (old revisions, deleted pages)...
      await lists.core.activate(event as never);
      await lists.pages.activate(event as never);
      // ...and caches of ours from another layout or an older naming go entirely.
      const current = new Set(Object.values(names));
      for (const name of await caches.keys())
        if (name.startsWith('iih-') && name.endsWith(scope) && !current.has(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** The file a request names, below the scope, without query or hash: "steps/x/". */
function listedUrl(request: Request): string | null {
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(scope)) return null;
  return url.origin + url.pathname;
}

async function offlinePage(): Promise<Response> {
  return (await lists.core.matchPrecache(OFFLINE_PAGE)) ?? Response.error();
}

/** Cache first (every cached copy matches this version's content), then the network. */
async function respond(request: Request, url: string): Promise<Response> {
  const coreKey = lists.core.getCacheKeyForURL(url);
  const pagesKey = lists.pages.getCacheKeyForURL(url);
  const key = coreKey ?? pagesKey;
  const cache = key ? await caches.open(coreKey ? names.core : names.pages) : null;
  const cached = key ? await cache!.match(key) : undefined;
  if (cached) return cached;
  try {
    const response = await fetch(request);
    // Handbook pages, the search index and data files are kept as they are read.
    if (pagesKey && response.ok && !response.redirected && response.type === 'basic') await cache!.put(pagesKey, response.clone());
    return response;
  } catch (error) {
    if (request.mode === 'navigate') return offlinePage();
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = listedUrl(request);
  if (!url) return;
  event.respondWith(respond(request, url));
});

async function status(): Promise<WorkerReport> {
  const have = new Set<string>();
  for (const name of [names.core, names.pages]) for (const r of await (await caches.open(name)).keys()) have.add(r.url);
  let totalBytes = 0;
  let cachedBytes = 0;
  let cachedFiles = 0;
  for (const [key, bytes] of bytesByKey) {
    totalBytes += bytes;
    if (!have.has(key)) continue;
    cachedBytes += bytes;
    cachedFiles++;
  }
  const pages = [...lists.core.getURLsToCacheKeys(), ...lists.pages.getURLsToCacheKeys()]
    .filter(([url, key]) => have.has(key) && titles.has(url))
    .map(([url]) => ({ path: new URL(url).pathname, title: titles.get(url)! }));
  return { type: 'status', totalBytes, cachedBytes, files: bytesByKey.size, cachedFiles, pages };
}

async function keepAll(reply: (report: WorkerReport) => void): Promise<void> {
  await (await caches.open(names.state)).put(KEPT, new Response('1'));
  const cache = await caches.open(names.pages);
  const todo = await missingPages(cache);
  const before = await status();
  if (before.type !== 'status') return;
  let doneBytes = before.cachedBytes;
  const failed = await fetchAll(todo, cache, (key) => {
    doneBytes += bytesByKey.get(key) ?? 0;
    reply({ type: 'progress', doneBytes, totalBytes: before.totalBytes });
  });
  reply(failed ? { type: 'keep-failed', missing: failed } : { type: 'kept', totalBytes: before.totalBytes });
}

self.addEventListener('message', (event) => {
  const request = event.data as WorkerRequest | null;
  const reply = (report: WorkerReport) => event.source?.postMessage(report);
  if (request?.type === 'skip-waiting') event.waitUntil(self.skipWaiting());
  else if (request?.type === 'status') event.waitUntil(status().then(reply));
  else if (request?.type === 'keep-all') event.waitUntil(keepAll(reply));
});
