/**
 * <kb-six-good>: “六好” self-assessment (rule: src/lib/rules/six-good.ts). The standard is in the URL;
 * ticks and notes are kept in this browser's localStorage, per standard, and never sent anywhere.
 */
import { STANDARDS, summarise, type StandardId, type Summary } from '../../lib/rules/six-good';
import { el, localIsoDate } from '../dom';
import { KbCalculator, type Answer, type FormState } from './calculator';

type Saved = { checked: string[]; notes: Record<string, string> };
const storageKey = (id: StandardId) => `kb:six-good:${id}`;
const isStandard = (v: unknown): v is StandardId => v === 'shanxi' || v === 'qinghai';

/** localStorage may be unavailable (privacy mode, disabled storage): then nothing is kept. */
function load(id: StandardId): Saved {
	try {
		const raw = localStorage.getItem(storageKey(id));
		if (!raw) return { checked: [], notes: {} };
		const data = JSON.parse(raw) as Partial<Saved>;
		const checked = Array.isArray(data.checked) ? data.checked.filter((x): x is string => typeof x === 'string') : [];
		const notes: Record<string, string> = {};
		if (data.notes && typeof data.notes === 'object') {
			for (const [k, v] of Object.entries(data.notes)) if (typeof v === 'string') notes[k] = v;
		}
		return { checked, notes };
	} catch {
		return { checked: [], notes: {} };
	}
}

function save(id: StandardId, state: Saved): boolean {
	try {
		if (state.checked.length === 0 && Object.keys(state.notes).length === 0) localStorage.removeItem(storageKey(id));
		else localStorage.setItem(storageKey(id), JSON.stringify(state));
		return true;
	} catch {
		return false;
	}
}

class KbSixGood extends KbCalculator<Summary> {
	protected prompt = '';
	protected urlFields = ['standard'] as const;
	private current: StandardId = 'shanxi';
	private table!: HTMLElement;
	private storageNote!: HTMLElement;
	private standardError!: HTMLElement;
	private sections: HTMLElement[] = [];
	private radios: HTMLInputElement[] = [];
	/** Said once above the summary after 清空. */
	private notice = '';

	private section() {
		return this.sections.find((s) => s.dataset.standard === this.current)!;
	}
	private boxes() {
		return [...this.section().querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	}
	private notes() {
		return [...this.section().querySelectorAll<HTMLTextAreaElement>('textarea[data-note-for]')];
	}

	private syncNotePrint(area: HTMLTextAreaElement) {
		const out = this.section().querySelector<HTMLElement>(`[data-note-print-for="${area.dataset.noteFor}"]`);
		if (!out) return;
		out.textContent = area.value.trim();
		out.hidden = area.value.trim() === '';
	}

	private state(): Saved {
		const n: Record<string, string> = {};
		for (const area of this.notes()) if (area.value.trim() !== '') n[area.dataset.noteFor!] = area.value;
		return {
			checked: this.boxes()
				.filter((b) => b.checked)
				.map((b) => b.name),
			notes: n,
		};
	}

	private persist() {
		this.storageNote.textContent = save(this.current, this.state())
			? '勾选和备注已自动保存在本浏览器中。'
			: '本浏览器不允许保存数据（可能处于隐私模式）：关闭或刷新页面后，勾选和备注将会丢失，请及时打印。';
	}

	/** Shows one standard with what this browser saved for it. */
	private show(id: StandardId) {
		this.current = id;
		for (const s of this.sections) s.hidden = s.dataset.standard !== id;
		for (const r of this.radios) r.checked = r.value === id;
		const saved = load(id);
		for (const b of this.boxes()) b.checked = saved.checked.includes(b.name);
		for (const area of this.notes()) {
			area.value = saved.notes[area.dataset.noteFor!] ?? '';
			this.syncNotePrint(area);
		}
		this.persist();
	}

	protected setup() {
		this.table = this.querySelector<HTMLElement>('[data-summary-table]')!;
		this.storageNote = this.querySelector<HTMLElement>('[data-storage-note]')!;
		this.standardError = this.querySelector<HTMLElement>('[data-error-for="standard"]')!;
		this.sections = [...this.querySelectorAll<HTMLElement>('[data-standard]')];
		this.radios = [...this.form.querySelectorAll<HTMLInputElement>('input[name="standard"]')];
		this.querySelector<HTMLElement>('[data-js-only]')!.hidden = false;
		this.querySelector<HTMLElement>('[data-print-date]')!.textContent = localIsoDate();

		this.form.addEventListener('change', (e) => {
			const target = e.target as HTMLInputElement;
			if (target.name !== 'standard' || !isStandard(target.value)) return;
			this.standardError.hidden = true;
			this.show(target.value);
			super.onInput(e);
		});
		this.querySelector('[data-print-button]')!.addEventListener('click', () => window.print());
		this.querySelector('[data-clear]')!.addEventListener('click', () => this.clearAll());
		// Another tab changed the same checklist: show its state.
		window.addEventListener('storage', (e) => {
			if (e.key !== storageKey(this.current)) return;
			this.show(this.current);
			this.update();
		});
	}

	protected restore() {
		const requested = new URL(location.href).searchParams.get('standard');
		if (requested !== null && !isStandard(requested)) {
			this.standardError.textContent = `网址中的标准“${requested}”无法识别（应为 shanxi 或 qinghai），已显示山西“六好”党组织标准。`;
			this.standardError.hidden = false;
		}
		this.show(isStandard(requested) ? requested : 'shanxi');
	}

	protected onInput(e: Event) {
		const target = e.target as HTMLElement;
		if (target instanceof HTMLInputElement && target.name === 'standard') return; // handled on change
		if (target instanceof HTMLTextAreaElement) this.syncNotePrint(target);
		this.persist();
		if (target instanceof HTMLInputElement && target.type === 'checkbox') this.update();
	}

	private clearAll() {
		const title = STANDARDS[this.current].title;
		if (!window.confirm(`确定清空“${title}”的全部勾选和备注吗？清空后不能恢复。`)) return;
		for (const b of this.boxes()) b.checked = false;
		for (const area of this.notes()) {
			area.value = '';
			this.syncNotePrint(area);
		}
		this.persist();
		this.notice = '已清空全部勾选和备注。';
		this.update();
		this.notice = '';
	}

	protected isEmpty() {
		return false;
	}

	protected compute(_v: FormState) {
		return summarise(Object.fromEntries(this.boxes().map((b) => [b.name, b.checked])), this.current);
	}

	protected clearExtra() {
		this.table.replaceChildren();
	}

	protected render(s: Summary): Answer {
		const std = STANDARDS[this.current];
		const number = (id: string) => std.headings.flatMap((h) => h.criteria).find((c) => c.id === id)?.number ?? 0;
		const body = el('tbody');
		for (const h of s.headings) {
			body.append(
				el(
					'tr',
					{
						'data-heading-id': h.id,
						'data-checked': String(h.checked),
						'data-total': String(h.total),
						'data-complete': String(h.complete),
					},
					el('th', { scope: 'row' }, h.title),
					el('td', { class: 'sg-count' }, `${h.checked} / ${h.total}`),
					el(
						'td',
						{ class: 'sg-missing' },
						h.missing.length === 0
							? '全部达到'
							: el(
									'span',
									{},
									'第 ',
									...h.missing.flatMap((id, k) => [k > 0 ? '、' : '', el('a', { href: `#item-${id}` }, String(number(id)))]),
									' 条'
								)
					)
				)
			);
		}
		this.table.replaceChildren(
			el(
				'table',
				{},
				el('caption', {}, '按方面汇总'),
				el(
					'thead',
					{},
					el('tr', {}, el('th', { scope: 'col' }, '方面'), el('th', { scope: 'col' }, '已达到'), el('th', { scope: 'col' }, '尚未达到'))
				),
				body
			)
		);
		return {
			tone: s.checked === s.total ? 'ok' : 'info',
			attrs: { 'data-checked': String(s.checked), 'data-total': String(s.total) },
			verdict: [
				`${std.title}：已达到 `,
				el('strong', {}, String(s.checked)),
				` / ${s.total} 条（${s.percent}%）`,
				s.headings.length > 1 ? `，${s.completeHeadings} / ${s.headings.length} 个方面全部达到。` : '。',
			],
			box: [this.notice ? el('p', {}, this.notice) : null],
		};
	}
}

customElements.define('kb-six-good', KbSixGood);
