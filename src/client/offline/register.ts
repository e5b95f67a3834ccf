/**
 * Registers the service worker (/sw.js under the base) once the page has loaded, so the first visit
 * is not slowed by it, and shows <kb-update-notice> when a new build is waiting: the reader decides
 * when to switch, and the page reloads on the new version. Loaded by src/components/Head.astro after
 * the `load` event; browsers without service workers (or on plain http, where they are not allowed)
 * simply do without.
 */
import { Workbox } from 'workbox-window';
import { joinBase } from '../../lib/url';
import { KbUpdateNotice } from './update-notice';

export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	const base = import.meta.env.BASE_URL;
	const workbox = new Workbox(joinBase(base, '/sw.js'), { scope: base });
	workbox.addEventListener('waiting', () => {
		KbUpdateNotice.show(() => {
			workbox.addEventListener('controlling', () => location.reload());
			workbox.messageSkipWaiting();
		});
	});
	void workbox.register({ immediate: true }).catch(() => undefined);
	// A tab left open for days (a phone) looks for a new build whenever the reader comes back to it.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void workbox.update().catch(() => undefined);
	});
}
