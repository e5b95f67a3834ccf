/**
 * <kb-favorites>: the 我的收藏 page. One group per text (link to the text, its 文号), the whole-text
 * star and each starred clause (link to the clause's anchor, its first words), each with a private
 * note saved as it is typed, and 取消收藏. Export writes a .json file; import reads one (checked, with
 * the reason in Chinese when it is not a favourites file) and adds it to what is stored. Notes are set
 * as text (textarea value, textContent), never as markup.
 */
import '../zod-jitless';
import { NOTE_MAX, favoriteKey, groupByDocument, type Favorite } from '../../lib/favorites';
import { joinBase } from '../../lib/url';
import { el } from '../el';
import { FavoritesError, exportText, importText, readFavorites, saveNote, unstar } from './store';
import { onFavoritesChange } from './starred';

const base = import.meta.env.BASE_URL;
/** Typing pauses this long before a note is saved. */
const SAVE_DELAY = 400;

const today = () => new Date().toISOString().slice(0, 10);

class KbFavorites extends HTMLElement {
	#status = el('p', { role: 'status', 'data-favorites-status': '' });
	#list = el('div', { class: 'favorites-list' });
	/** Notes being typed: a re-render (another tab) must not throw away what is in the box. */
	#typing = new Set<string>();

	connectedCallback() {
		const exportButton = el('button', { type: 'button' }, '导出收藏（.json 文件）');
		exportButton.addEventListener('click', () => this.#export());
		const file = el('input', { type: 'file', accept: '.json,application/json', 'data-favorites-import': '' });
		file.addEventListener('change', () => void this.#import(file));
		const importLabel = el('label', { class: 'favorites-import' }, '导入收藏文件：', file);
		this.replaceChildren(this.#status, el('div', { class: 'favorites-tools' }, exportButton, importLabel), this.#list);
		this.#render();
		onFavoritesChange(() => {
			if (this.#typing.size === 0) this.#render();
		});
	}

	#say(message: string, state: 'ok' | 'error' = 'ok') {
		this.#status.textContent = message;
		this.#status.dataset.state = state;
	}

	#render() {
		let items: Favorite[];
		try {
			items = readFavorites();
		} catch (error) {
			this.#say(error instanceof FavoritesError ? error.message : String(error), 'error');
			items = [];
		}
		this.dataset.count = String(items.length);
		const groups = groupByDocument(items);
		if (groups.length === 0) {
			this.#list.replaceChildren(
				el(
					'p',
					{ 'data-favorites-empty': '' },
					'还没有收藏。在文件页点“☆ 收藏本文”，或点条款旁的“⋯”，选“收藏本条”。收藏和备注只保存在这台设备的浏览器中。'
				)
			);
			return;
		}
		this.#list.replaceChildren(
			...groups.map((g) => {
				const href = joinBase(base, g.path);
				const items = [
					...(g.document ? [this.#item(g.document, '全文', href)] : []),
					...g.clauses.map((c) => this.#item(c, c.clause || c.anchor!, `${href}#${c.anchor}`)),
				];
				return el(
					'section',
					{ class: 'favorites-group', 'data-path': g.path },
					el('h2', {}, el('a', { href }, g.title), g.docNumber ? el('span', { class: 'doc-number' }, g.docNumber) : null),
					el('ul', {}, ...items)
				);
			})
		);
	}

	#item(f: Favorite, label: string, href: string): HTMLLIElement {
		const key = favoriteKey(f);
		const note = el('textarea', {
			rows: '2',
			maxlength: String(NOTE_MAX),
			'aria-label': `备注：${f.title} ${label}`,
			placeholder: '备注（只保存在本机）',
		});
		note.value = f.note;
		const noteState = el('span', { class: 'note-state', role: 'status' });
		const item = el(
			'li',
			{ 'data-favorite': key },
			el('div', { class: 'favorite-head' }, el('a', { href }, label), f.excerpt ? el('span', { class: 'excerpt' }, f.excerpt) : null),
			note,
			el('div', { class: 'favorite-foot' }, noteState, this.#removeButton(key, label))
		);
		let timer: ReturnType<typeof setTimeout> | undefined;
		const save = () => {
			clearTimeout(timer);
			try {
				saveNote(key, note.value);
				item.dataset.noteState = 'saved';
				noteState.textContent = '已保存';
			} catch (error) {
				// The text stays in the box: nothing typed is lost.
				item.dataset.noteState = 'error';
				noteState.textContent = error instanceof FavoritesError ? error.message : '备注没有保存';
			} finally {
				this.#typing.delete(key);
			}
		};
		note.addEventListener('input', () => {
			this.#typing.add(key);
			item.dataset.noteState = 'typing';
			clearTimeout(timer);
			timer = setTimeout(save, SAVE_DELAY);
		});
		note.addEventListener('blur', () => {
			if (this.#typing.has(key)) save();
		});
		return item;
	}

	#removeButton(key: string, label: string): HTMLButtonElement {
		const button = el('button', { type: 'button', class: 'favorite-remove' }, '取消收藏');
		button.setAttribute('aria-label', `取消收藏：${label}`);
		button.addEventListener('click', () => {
			try {
				unstar(key);
				this.#say('已取消收藏。');
			} catch (error) {
				this.#say(error instanceof FavoritesError ? error.message : String(error), 'error');
			}
			this.#render();
		});
		return button;
	}

	#export() {
		let text: string;
		try {
			text = exportText();
		} catch (error) {
			this.#say(error instanceof FavoritesError ? error.message : String(error), 'error');
			return;
		}
		const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
		const link = el('a', { href: url, download: `我的收藏-${today()}.json` });
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 0);
		this.#say(`已导出 ${this.dataset.count} 条收藏。在新的手机或电脑上打开本页，点“导入收藏文件”选择这个文件即可。`);
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		try {
			const { added, updated } = importText(await file.text());
			this.#say(`已导入“${file.name}”：新增 ${added} 条，更新 ${updated} 条。`);
		} catch (error) {
			this.#say(`“${file.name}”：${error instanceof FavoritesError ? error.message : String(error)}`, 'error');
		}
		this.#render();
	}
}
customElements.define('kb-favorites', KbFavorites);
