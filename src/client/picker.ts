/**
 * <kb-picker>: choose one text by typing a few characters of its title, short title or 文号 (a
 * combobox over the compact corpus index, instead of a select of every text). Markup (from
 * CompareTool.astro): a text input with role="combobox" and a hidden input carrying the chosen id
 * under the form field's name; the listbox is added here. The index loads when the input gets focus.
 */
import { matchesKeywords } from '../lib/library';
import { formatPartialDate } from '../lib/dates';
import type { IndexedItem } from '../lib/library-view';
import { loadLibraryIndex } from './library-index';

/** Options shown at once; typing more narrows the list. */
const MAX_OPTIONS = 30;

export class KbPicker extends HTMLElement {
	#items: IndexedItem[] = [];
	#shown: IndexedItem[] = [];
	#active = -1;
	#input!: HTMLInputElement;
	#value!: HTMLInputElement;
	#list!: HTMLUListElement;

	connectedCallback() {
		this.#input = this.querySelector<HTMLInputElement>('input[role="combobox"]')!;
		this.#value = this.querySelector<HTMLInputElement>('input[type="hidden"]')!;
		// The popup list is made here: it only means something with this script (a static one would read as a broken <select>).
		this.#list = document.createElement('ul');
		this.#list.id = `${this.#input.id}-list`;
		this.#list.setAttribute('role', 'listbox');
		this.#list.setAttribute('aria-label', `${this.querySelector('label')?.textContent ?? ''}候选`);
		this.#list.hidden = true;
		this.append(this.#list);
		this.#input.setAttribute('aria-controls', this.#list.id);
		this.#input.addEventListener('focus', () => void this.ready().then(() => this.#filter()));
		this.#input.addEventListener('input', () => {
			this.#value.value = '';
			this.#filter();
		});
		this.#input.addEventListener('keydown', (e) => this.#key(e));
		this.#input.addEventListener('blur', () => setTimeout(() => this.#close(), 150));
		// mousedown, not click: the input must not lose the choice to its blur handler first.
		this.#list.addEventListener('mousedown', (e) => {
			const li = (e.target as Element).closest<HTMLLIElement>('[role="option"]');
			if (!li) return;
			e.preventDefault();
			this.#choose(this.#shown[Number(li.dataset.index)]!);
		});
	}

	/** Loads the index (once). */
	async ready(): Promise<IndexedItem[]> {
		if (this.#items.length === 0) this.#items = await loadLibraryIndex(this.dataset.index!);
		return this.#items;
	}

	/** The chosen text's id ('' when none). */
	get value(): string {
		return this.#value.value;
	}

	/** Chooses a text by id, as from a shared link; false when the corpus has no such text. */
	async select(id: string): Promise<boolean> {
		const item = (await this.ready()).find((i) => i.id === id);
		if (item) this.#choose(item);
		return item !== undefined;
	}

	#choose(item: IndexedItem) {
		this.#value.value = item.id;
		this.#input.value = item.title;
		this.#input.setCustomValidity('');
		this.#close();
	}

	#filter() {
		const q = this.#input.value;
		this.#shown = this.#items
			.filter((i) => matchesKeywords({ title: `${i.title}${i.shortTitle}`, docNumber: i.docNumber }, q))
			.slice(0, MAX_OPTIONS);
		this.#list.replaceChildren(
			...this.#shown.map((item, index) => {
				const li = document.createElement('li');
				li.setAttribute('role', 'option');
				li.id = `${this.#list.id}-${index}`;
				li.dataset.index = String(index);
				const title = document.createElement('span');
				title.textContent = item.title;
				const meta = document.createElement('small');
				meta.textContent = [item.level, item.docNumber ?? formatPartialDate(item.issued)].join('，');
				li.append(title, ' ', meta);
				return li;
			})
		);
		if (this.#shown.length === 0) {
			const li = document.createElement('li');
			li.className = 'picker-none';
			li.textContent = '没有标题或文号含这些字的文件';
			this.#list.append(li);
		}
		this.#active = -1;
		this.#list.hidden = false;
		this.#input.setAttribute('aria-expanded', 'true');
		this.#input.removeAttribute('aria-activedescendant');
	}

	#close() {
		this.#list.hidden = true;
		this.#input.setAttribute('aria-expanded', 'false');
		this.#input.removeAttribute('aria-activedescendant');
	}

	#key(e: KeyboardEvent) {
		if (e.key === 'Escape') return this.#close();
		if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Enter') return;
		if (this.#list.hidden) {
			if (e.key !== 'Enter') this.#filter();
			return;
		}
		if (e.key === 'Enter') {
			const item = this.#shown[this.#active];
			if (item) {
				e.preventDefault();
				this.#choose(item);
			}
			return;
		}
		e.preventDefault();
		const n = this.#shown.length;
		if (n === 0) return;
		this.#active = (this.#active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
		for (const li of this.#list.children) li.setAttribute('aria-selected', String(li.id === `${this.#list.id}-${this.#active}`));
		this.#input.setAttribute('aria-activedescendant', `${this.#list.id}-${this.#active}`);
		this.#list.children[this.#active]?.scrollIntoView({ block: 'nearest' });
	}
}

customElements.define('kb-picker', KbPicker);
