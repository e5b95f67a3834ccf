/**
 * <kb-update-notice>: “网站已更新，刷新后使用新版本” with a 刷新 button, shown at the foot of the
 * window when the service worker has installed a new build (see register.ts). Until the reader
 * chooses, the page stays on the build it was loaded with; 稍后 hides the notice for this page.
 */
import { el } from '../el';
import './update-notice.css';

export class KbUpdateNotice extends HTMLElement {
	#onRefresh: () => void = () => location.reload();

	/** Shows the notice once per page; `refresh` switches to the new build. */
	static show(refresh: () => void): void {
		if (document.querySelector('kb-update-notice')) return;
		const notice = document.createElement('kb-update-notice') as KbUpdateNotice;
		notice.#onRefresh = refresh;
		document.body.append(notice);
	}

	connectedCallback() {
		this.setAttribute('role', 'status');
		const refresh = el('button', { type: 'button', 'data-update-refresh': '' }, '刷新');
		const later = el('button', { type: 'button', class: 'later' }, '稍后');
		refresh.addEventListener('click', () => {
			refresh.disabled = true;
			refresh.textContent = '正在刷新…';
			this.#onRefresh();
		});
		later.addEventListener('click', () => this.remove());
		this.replaceChildren(el('span', {}, '网站已更新，刷新后使用新版本'), refresh, later);
	}
}
customElements.define('kb-update-notice', KbUpdateNotice);
