/**
 * The service worker, /sw.js (bundled and given its precache list by src/integrations/service-worker.ts
 * with workbox-build). Its scope is the site's base, so it works the same under a sub-path.
 *
 * - The shell (src/lib/offline/pack.ts) is precached on install.
 * - Pages are fetched from the network first, so a reader online always sees the current build; each
 *   page read is stored, and served when the network fails (or is silent for a few seconds, as in a lift).
 * - Files whose names carry a content hash are served from the cache once stored; other files (search
 *   dictionary, Pagefind's entry) network first.
 * - Offline, what no route has stored comes from the 离线使用 pack; a page never stored gets the
 *   offline page instead of the browser's error.
 * - A new build installs beside the old worker and waits: the page shows 网站已更新 and the reader
 *   chooses when to switch (message `SKIP_WAITING`), so a page never mixes two builds.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { CACHES, OFFLINE_PAGE, PACK_HEADER, pageKey, routeOf } from '../../lib/offline/pack';

/**
 * The parts of the worker's global scope used here. (TypeScript's "webworker" library would declare
 * them, but it cannot be loaded beside the DOM library the rest of src/ is checked with.)
 */
interface WorkerScope {
	registration: ServiceWorkerRegistration;
	clients: { claim(): Promise<void>; matchAll(options: { type: 'window' }): Promise<readonly { url: string }[]> };
	skipWaiting(): Promise<void>;
	addEventListener(type: 'message', listener: (event: MessageEvent<{ type?: string } | undefined>) => void): void;
	addEventListener(type: 'activate', listener: (event: Event & { waitUntil(work: Promise<unknown>): void }) => void): void;
	/** Replaced by workbox-build with the precache list. */
	__WB_MANIFEST: (string | PrecacheEntry)[];
}
declare const self: WorkerScope;

const scope = new URL(self.registration.scope);
const underScope = (url: URL) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
/** A network that has not answered in this many seconds is treated as gone, when a stored copy exists. */
const NETWORK_TIMEOUT = 4;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** One stored copy per file: `?formal=12` and Pagefind's `?ts=…` do not make new entries. */
const withoutQuery: WorkboxPlugin = {
	cacheKeyWillBeUsed: async ({ request }) => pageKey(request.url),
};

/** Offline, and this route has no copy: the 离线使用 pack may have one. */
const fromPack: WorkboxPlugin = {
	handlerDidError: async ({ request }) => (await caches.open(CACHES.pack)).match(pageKey(request.url)),
};

/** Only successful answers are stored (a 404 page must not stand in for the page offline). */
const onlyOk: WorkboxPlugin = {
	cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null),
};

const plugins = [withoutQuery, onlyOk, fromPack];

/** The 离线使用 download stores its files itself: let it through untouched. */
const routed = (request: Request, url: URL) => request.method === 'GET' && underScope(url) && !request.headers.has(PACK_HEADER);

registerRoute(
	({ request, url }) => routed(request, url) && request.mode === 'navigate',
	new NetworkFirst({ cacheName: CACHES.pages, networkTimeoutSeconds: NETWORK_TIMEOUT, plugins })
);
registerRoute(
	({ request, url }) => routed(request, url) && routeOf(url.pathname.slice(scope.pathname.length)) === 'immutable',
	new CacheFirst({ cacheName: CACHES.assets, plugins })
);
registerRoute(
	({ request, url }) => routed(request, url) && !url.pathname.endsWith('/sw.js'),
	new NetworkFirst({ cacheName: CACHES.data, networkTimeoutSeconds: NETWORK_TIMEOUT, plugins })
);

setCatchHandler(async ({ request }) => {
	if (request.mode === 'navigate') return (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
	return Response.error();
});

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

/**
 * The first visit: the page that registered the worker was loaded before it existed. Once active,
 * the worker takes the open pages and stores them, so a page read once opens offline.
 */
self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await self.clients.claim();
			const cache = await caches.open(CACHES.pages);
			const windows = await self.clients.matchAll({ type: 'window' });
			await Promise.all(
				windows.map(async (client) => {
					const key = pageKey(client.url);
					if (!underScope(new URL(key)) || (await cache.match(key))) return;
					const response = await fetch(key).catch(() => undefined);
					if (response?.status === 200) await cache.put(key, response);
				})
			);
		})()
	);
});
