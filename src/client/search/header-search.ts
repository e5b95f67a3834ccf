/**
 * <kb-header-search>: the header search button and its modal dialog, on every page. This module is
 * kept tiny: the search code (./header-dialog.ts, which brings the query pipeline) and Pagefind load
 * only when the user focuses or opens search. Opens on click, Ctrl+K / ⌘K and `/` (not while typing
 * in a field); Escape closes it at once, even with text in the field.
 */
type DialogModule = typeof import('./header-dialog');

class KbHeaderSearch extends HTMLElement {
	#module: Promise<DialogModule> | undefined;
	#returnFocus: HTMLElement | null = null;

	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('button[data-search-open]')!;
		const dialog = this.querySelector('dialog')!;
		const input = dialog.querySelector('input')!;
		if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
			const key = this.querySelector('[data-search-ctrl]');
			if (key) key.textContent = '⌘';
		}
		button.addEventListener('focus', () => this.#load(), { once: true });
		button.addEventListener('click', () => this.#open(dialog, input));
		dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
		// A click on the backdrop (outside the dialog's box) closes it.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		dialog.addEventListener('close', () => {
			document.documentElement.removeAttribute('data-search-open');
			// Focus goes back where it was; with nowhere to go it must not stay in the closed dialog's field.
			if (this.#returnFocus && this.#returnFocus !== document.body) this.#returnFocus.focus();
			else if (document.activeElement instanceof HTMLElement && dialog.contains(document.activeElement)) document.activeElement.blur();
		});
		input.addEventListener('focus', () => this.#load());
		// A search field's own Escape clears it first; users expect Escape to close the dialog.
		input.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || event.isComposing) return;
			event.preventDefault();
			dialog.close();
		});
		addEventListener('keydown', (event) => {
			const field = event.target instanceof HTMLElement ? event.target.closest('input, textarea, select, [contenteditable]') : null;
			const typing = field !== null && (dialog.open || !dialog.contains(field));
			if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				if (dialog.open) dialog.close();
				else this.#open(dialog, input);
			} else if (event.key === '/' && !typing && !dialog.open && !event.ctrlKey && !event.metaKey && !event.altKey) {
				event.preventDefault();
				this.#open(dialog, input);
			}
		});
	}

	#load(): Promise<DialogModule> {
		this.#module ??= import('./header-dialog').then((m) => {
			m.attach(this);
			return m;
		});
		return this.#module;
	}

	#open(dialog: HTMLDialogElement, input: HTMLInputElement) {
		if (dialog.open) return;
		this.#returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		document.documentElement.setAttribute('data-search-open', '');
		dialog.showModal();
		input.focus();
		input.select();
		void this.#load();
	}
}

customElements.define('kb-header-search', KbHeaderSearch);
