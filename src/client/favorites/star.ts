/**
 * <kb-favorite-star data-path data-title data-doc-number>: 收藏本文 / 已收藏 on a text's page, a toggle
 * button. Whether the text is starred is read cheaply (starred.ts); the store loads on the first click.
 * What happened (or why it could not be saved) is said in a live region beside the button.
 */
import { joinBase } from '../../lib/url';
import { el } from '../el';
import { onFavoritesChange, starredKeys } from './starred';

class KbFavoriteStar extends HTMLElement {
	#button = el('button', { type: 'button', class: 'favorite-star', 'aria-pressed': 'false' });
	#status = el('span', { class: 'favorite-status', role: 'status' });

	get #key() {
		return `${this.dataset.path}#`;
	}

	connectedCallback() {
		this.replaceChildren(this.#button, this.#status);
		this.#render();
		this.#button.addEventListener('click', () => void this.#toggle());
		onFavoritesChange(() => this.#render());
	}

	#render() {
		const starred = starredKeys().has(this.#key);
		this.#button.setAttribute('aria-pressed', String(starred));
		this.#button.textContent = starred ? '★ 已收藏' : '☆ 收藏本文';
	}

	async #toggle() {
		const { FavoritesError, star, unstar } = await import('./store');
		const starred = starredKeys().has(this.#key);
		try {
			if (starred) unstar(this.#key);
			else
				star({
					path: this.dataset.path!,
					title: this.dataset.title!,
					...(this.dataset.docNumber ? { docNumber: this.dataset.docNumber } : {}),
				});
		} catch (error) {
			this.#status.replaceChildren(error instanceof FavoritesError ? error.message : '收藏失败');
			return;
		}
		this.#render();
		this.#status.replaceChildren(
			...(starred
				? ['已取消收藏']
				: ['已收藏，可在', el('a', { href: joinBase(import.meta.env.BASE_URL, '/favorites/') }, '我的收藏'), '中加备注'])
		);
	}
}
customElements.define('kb-favorite-star', KbFavoriteStar);
