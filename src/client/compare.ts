/**
 * <kb-compare>: 对照阅读 of any two texts. The two <kb-picker>s choose the texts; the form submits
 * ?a=…&b=…, and on a page with both the element fetches the two texts' blocks (build-time data,
 * /compare/text/<id>.json, recorded by the Markdown pipeline) and aligns them with the same modules
 * as the pre-rendered comparisons.
 */
import { compareStats, compareTableHtml, compareTexts, statsText, type CompareParagraph } from '../lib/compare/compare';
import { loadLibraryIndex } from './library-index';
import type { KbPicker } from './picker';
import './picker';

class KbCompare extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector<HTMLFormElement>('[data-compare-form]')!;
		const [pickA, pickB] = [...this.querySelectorAll<KbPicker>('kb-picker')] as [KbPicker, KbPicker];
		const status = this.querySelector<HTMLElement>('[data-compare-status]')!;
		form.addEventListener('submit', (e) => {
			for (const [pick, side] of [
				[pickA, '左侧'],
				[pickB, '右侧'],
			] as const) {
				const input = pick.querySelector<HTMLInputElement>('input[role="combobox"]')!;
				input.setCustomValidity(pick.value ? '' : `请从列表中选择${side}文件`);
			}
			if (!form.reportValidity()) e.preventDefault();
		});
		const params = new URLSearchParams(location.search);
		const a = params.get('a') ?? '';
		const b = params.get('b') ?? '';
		if (!a && !b) return;
		void this.run(a, b, pickA, pickB, status);
	}

	async run(a: string, b: string, pickA: KbPicker, pickB: KbPicker, status: HTMLElement) {
		status.textContent = '正在读取两篇文件……';
		try {
			const [hasA, hasB] = await Promise.all([pickA.select(a), pickB.select(b)]);
			if (!hasA || !hasB) {
				status.textContent = '请在上方选择两篇本站收录的文件。';
				return;
			}
			if (a === b) {
				status.textContent = '左右选择了同一篇文件，请选择两篇不同的文件。';
				return;
			}
			const index = await loadLibraryIndex(this.dataset.index!);
			const [left, right] = [a, b].map((id) => {
				const item = index.find((i) => i.id === id)!;
				return { title: item.title, href: `${this.dataset.policies}${id}/` };
			}) as [{ title: string; href: string }, { title: string; href: string }];
			const [l, r] = await Promise.all(
				[a, b].map(async (id) => {
					const res = await fetch(`${this.dataset.texts}${encodeURIComponent(id)}.json`);
					if (!res.ok) throw new Error(`读取失败（${res.status}）`);
					return (await res.json()) as CompareParagraph[];
				})
			);
			const rows = compareTexts(l!, r!);
			this.querySelector('[data-compare-result]')!.innerHTML = compareTableHtml(
				left,
				right,
				rows,
				(side, anchor) => `${(side === 'left' ? left : right).href}#${encodeURIComponent(anchor)}`
			);
			this.querySelector('[data-compare-stats]')!.textContent = statsText(compareStats(rows));
			this.querySelector<HTMLElement>('[data-compare-output]')!.hidden = false;
			status.textContent = '';
		} catch (err) {
			status.textContent = `无法对照：${err instanceof Error ? err.message : String(err)}`;
		}
	}
}

customElements.define('kb-compare', KbCompare);
