/**
 * <kb-clause-actions data-title="…" data-doc-number="…">: one quiet control per block of a text (every
 * numbered clause, and every unnumbered paragraph, which cites the clause it sits in). The control is a
 * small "⋯" button, shown when the block is hovered or the button has focus (always, faintly, on touch
 * screens); it opens a menu of CLAUSE_ACTIONS (a menu button: arrows, Home/End, Escape). Progressive
 * enhancement: without JavaScript the clause anchors still work as plain links.
 *
 * To add an action (e.g. 收藏本条), append one entry to CLAUSE_ACTIONS: the menu, its keyboard
 * handling and the spoken confirmation come with it.
 */
import { citationText } from '../lib/cite';
import { el } from './el';

/** The block an action works on. */
export interface ClauseTarget {
	/** The block itself (a paragraph, list item or numbered heading). */
	block: HTMLElement;
	/** Title and 文号 of the text. */
	title: string;
	docNumber: string | undefined;
	/** Clause label as the text prints it (e.g. 第二部分 三、1.); '' before the first numbered clause. */
	clause: string;
	/** Link to the clause (the enclosing clause for an unnumbered paragraph; the page before any clause). */
	url: string;
	/** Anchor id of that clause, '' when there is none. */
	anchor: string;
}

export interface ClauseAction {
	id: string;
	label: string;
	/** Does the work; returns what to tell the reader (shown briefly and read out). */
	run(target: ClauseTarget): Promise<string>;
}

/** Copies text; without clipboard permission (plain http on an intranet) the reader copies it from a prompt. */
async function copy(text: string, done: string): Promise<string> {
	try {
		await navigator.clipboard.writeText(text);
		return done;
	} catch {
		window.prompt('请复制以下内容：', text);
		return '';
	}
}

export const CLAUSE_ACTIONS: ClauseAction[] = [
	{
		id: 'cite',
		label: '复制引用',
		run: (t) => copy(citationText({ title: t.title, docNumber: t.docNumber, clause: t.clause, url: t.url }), '已复制引用'),
	},
	{ id: 'link', label: '复制链接', run: (t) => copy(t.url, '已复制本条链接') },
	// 我的收藏 (src/client/favorites/): loaded when chosen, so a text page does not carry it.
	{ id: 'favorite', label: '收藏本条', run: async (t) => (await import('./favorites/star-clause')).starClause(t) },
];

/** Candidate blocks in document order (plain selectors: older browsers on intranets lack :is and :has). */
const BLOCKS = ['p', 'li', 'h2', 'h3', 'h4', 'h5'].flatMap((tag) => [`.policy-text ${tag}`, `.template-text ${tag}`]).join(', ');
const HEADING = /^H[2-6]$/;
const LIST = /^[OU]L$/;
/** What the control offers, for its name and tooltip: “复制引用、复制链接”. */
const OFFERS = () => CLAUSE_ACTIONS.map((a) => a.label).join('、');

/** A block gets a control when it has text of its own: a list item holding paragraphs leaves it to them; an unnumbered heading has none. */
function wantsControl(block: HTMLElement): boolean {
	if (HEADING.test(block.tagName)) return block.dataset.clause !== undefined;
	if (block.tagName === 'LI' && [...block.children].some((c) => c.tagName === 'P')) return false;
	return (block.textContent ?? '').trim() !== '';
}

class KbClauseActions extends HTMLElement {
	private menu = el('span', { class: 'clause-menu', role: 'menu', hidden: '' });
	private toast = el('span', { class: 'clause-toast', role: 'status' });
	private targets = new WeakMap<HTMLButtonElement, ClauseTarget>();
	private trigger: HTMLButtonElement | null = null;

	connectedCallback() {
		const title = this.dataset.title ?? document.querySelector('h1')?.textContent ?? document.title;
		const docNumber = this.dataset.docNumber || undefined;
		for (const action of CLAUSE_ACTIONS) {
			const item = el('button', { type: 'button', role: 'menuitem', tabindex: '-1', 'data-action': action.id }, action.label);
			item.addEventListener('click', () => void this.run(action));
			this.menu.append(item);
		}
		this.menu.addEventListener('keydown', (e) => this.onMenuKey(e));
		this.append(this.toast);

		// The clause an unnumbered paragraph belongs to: the last numbered block before it, where a heading
		// closes every clause opened at its level or deeper (as the anchor plugin numbers them).
		let headings: { level: number; clause: HTMLElement | null }[] = [];
		let current: HTMLElement | null = null;
		for (const block of document.querySelectorAll<HTMLElement>(BLOCKS)) {
			if (!wantsControl(block) && !HEADING.test(block.tagName)) continue;
			const numbered = block.dataset.clause !== undefined && block.id !== '' ? block : null;
			if (HEADING.test(block.tagName)) {
				const level = Number(block.tagName[1]);
				headings = headings.filter((h) => h.level < level);
				headings.push({ level, clause: numbered });
				current = [...headings].reverse().find((h) => h.clause)?.clause ?? null;
			} else if (numbered) current = numbered;
			if (!wantsControl(block)) continue;
			const clause = numbered ?? current;
			const anchor = clause?.id ?? '';
			const target: ClauseTarget = {
				block,
				title,
				docNumber,
				clause: clause?.dataset.clause ?? '',
				anchor,
				url: new URL(anchor ? `#${anchor}` : location.pathname, location.href).href,
			};
			const button = el(
				'button',
				{
					type: 'button',
					class: 'clause-actions-button',
					'aria-haspopup': 'menu',
					'aria-expanded': 'false',
					'aria-label': `${OFFERS()}：${target.clause || '本段'}`,
					title: OFFERS(),
				},
				el('span', { 'aria-hidden': 'true' }, '⋯')
			);
			button.addEventListener('click', () => (this.trigger === button ? this.close(true) : this.open(button)));
			button.addEventListener('keydown', (e) => {
				if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
					e.preventDefault();
					this.open(button, e.key === 'ArrowUp' ? -1 : 0);
				}
			});
			this.targets.set(button, target);
			block.classList.add('has-clause-actions');
			// Before a nested list, so the control stays with the item's own words.
			const nested = [...block.children].find((c) => LIST.test(c.tagName)) ?? null;
			block.insertBefore(el('span', { class: 'clause-actions' }, '\u2060', button), nested);
		}
		document.addEventListener('pointerdown', (e) => {
			if (this.trigger && !this.trigger.parentElement?.contains(e.target as Node)) this.close(false);
		});
	}

	private items() {
		return [...this.menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
	}

	/** Opens the menu under `button` and focuses an item (first, or last for -1). */
	private open(button: HTMLButtonElement, focus = 0) {
		if (this.trigger) this.close(false);
		this.trigger = button;
		button.setAttribute('aria-expanded', 'true');
		button.after(this.menu);
		this.menu.hidden = false;
		// Under the button, ending at its right edge; turned the other way where that would leave the screen (a phone's left margin).
		delete this.menu.dataset.align;
		if (this.menu.getBoundingClientRect().left < 0) this.menu.dataset.align = 'start';
		this.menu.setAttribute('aria-label', `本条：${this.targets.get(button)!.clause || '本段'}`);
		this.items().at(focus)?.focus();
	}

	private close(refocus: boolean) {
		const trigger = this.trigger;
		if (!trigger) return;
		this.trigger = null;
		this.menu.hidden = true;
		trigger.setAttribute('aria-expanded', 'false');
		if (refocus) trigger.focus();
	}

	private onMenuKey(e: KeyboardEvent) {
		const items = this.items();
		const at = items.indexOf(document.activeElement as HTMLButtonElement);
		const go = (i: number) => items[(i + items.length) % items.length]?.focus();
		if (e.key === 'ArrowDown') go(at + 1);
		else if (e.key === 'ArrowUp') go(at - 1);
		else if (e.key === 'Home') go(0);
		else if (e.key === 'End') go(-1);
		else if (e.key === 'Escape') this.close(true);
		// Back on the button first, so Tab moves on from there.
		else if (e.key === 'Tab') return this.close(true);
		else return;
		e.preventDefault();
	}

	private async run(action: ClauseAction) {
		const target = this.trigger && this.targets.get(this.trigger);
		if (!target) return;
		this.close(true);
		const said = await action.run(target);
		if (!said) return;
		// Emptied first, so the same words said twice are read out twice.
		this.toast.textContent = '';
		requestAnimationFrame(() => (this.toast.textContent = said));
		this.toast.dataset.shown = '';
		clearTimeout(this.toastTimer);
		this.toastTimer = setTimeout(() => delete this.toast.dataset.shown, 2500);
	}
	private toastTimer?: ReturnType<typeof setTimeout>;
}
customElements.define('kb-clause-actions', KbClauseActions);
