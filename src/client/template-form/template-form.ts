/**
 * <kb-template-form data-template="template-N">: the fill-in form, live preview, .docx download,
 * print and a draft kept in this browser's localStorage. Nothing is sent anywhere.
 */
import {
	composeForPreview,
	emptyValues,
	fieldLabel,
	getSpec,
	prepareOutput,
	validate,
	type DocModel,
	type Issue,
	type Row,
	type TemplateSpec,
	type Values,
} from '../../lib/template-fill';
import { citationList, el } from '../dom';
import { saveBytes } from '../download';
import { buildForm, rebuildRows } from './form';
import { renderDoc } from './preview';

const STORAGE_PREFIX = 'kb:template-fill:';

/** Reads a saved draft, keeping only well-formed values (strings, rows of strings). */
function loadDraft(spec: TemplateSpec): Values | null {
	try {
		const raw = localStorage.getItem(STORAGE_PREFIX + spec.id);
		if (!raw) return null;
		const data = JSON.parse(raw) as unknown;
		if (typeof data !== 'object' || data === null) return null;
		const v = emptyValues(spec);
		for (const f of spec.fields) {
			const x = (data as Record<string, unknown>)[f.name];
			if (f.kind === 'rows' && Array.isArray(x)) {
				v[f.name] = x
					.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
					.slice(0, 200)
					.map((r) =>
						Object.fromEntries((f.columns ?? []).map((c) => [c.name, typeof r[c.name] === 'string' ? (r[c.name] as string) : '']))
					);
			} else if (f.kind !== 'rows' && typeof x === 'string') v[f.name] = x;
		}
		return v;
	} catch {
		return null;
	}
}

function saveDraft(spec: TemplateSpec, v: Values): void {
	try {
		localStorage.setItem(STORAGE_PREFIX + spec.id, JSON.stringify(v));
	} catch {
		/* storage full or disabled: the form still works */
	}
}

function clearDraft(spec: TemplateSpec): void {
	try {
		localStorage.removeItem(STORAGE_PREFIX + spec.id);
	} catch {
		/* ignore */
	}
}

class KbTemplateForm extends HTMLElement {
	private spec!: TemplateSpec;
	private values: Values = {};
	private attempted = false;
	/** A draft save waiting for typing to pause (see save()). */
	private pendingSave: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const spec = getSpec(this.dataset.template ?? '');
		if (!spec) return;
		this.spec = spec;
		this.values = loadDraft(spec) ?? emptyValues(spec);
		const form = this.querySelector<HTMLFormElement>('form')!;
		form.replaceChildren(...buildForm(spec, this.values));
		this.hidden = false;

		form.addEventListener('submit', (e) => e.preventDefault());
		form.addEventListener('input', (e) => this.onInput(e.target));
		form.addEventListener('change', (e) => this.onInput(e.target));
		form.addEventListener('click', (e) => this.onClick(e));
		this.querySelector('[data-action="download"]')?.addEventListener('click', () => void this.download());
		this.querySelector('[data-action="print"]')?.addEventListener('click', () => this.print());
		this.querySelector('[data-action="clear"]')?.addEventListener('click', () => this.clear());
		this.querySelector('[data-keep-blanks]')?.addEventListener('change', () => this.update());
		this.querySelector('[data-keep-nonconforming]')?.addEventListener('change', () => this.update());
		// A save still waiting is written before the page goes away or out of sight.
		addEventListener('pagehide', () => this.flushSave());
		document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.flushSave());
		this.update();
	}

	/**
	 * The draft is written once typing pauses, not on every keystroke: with a long value each write
	 * copies it to the browser's storage process.
	 */
	private save() {
		clearTimeout(this.pendingSave);
		this.pendingSave = setTimeout(() => this.flushSave(), 400);
	}

	private flushSave() {
		if (this.pendingSave === undefined) return;
		clearTimeout(this.pendingSave);
		this.pendingSave = undefined;
		saveDraft(this.spec, this.values);
	}

	private field(name: string) {
		return this.spec.fields.find((f) => f.name === name);
	}

	private labelOf = (field: string): string => fieldLabel(this.spec.id, field);

	private onInput(target: EventTarget | null) {
		if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement)) return;
		const [name, index, col] = target.name.split('.');
		const f = this.field(name ?? '');
		if (!f) return;
		if (f.kind === 'rows' && index !== undefined && col !== undefined) {
			const rows = (this.values[f.name] as Row[] | undefined) ?? [];
			const row = rows[Number(index)];
			if (row) row[col] = target.value;
		} else if (f.kind === 'flag' && target instanceof HTMLInputElement) {
			this.values[f.name] = target.checked ? 'on' : '';
		} else this.values[f.name] = target.value;
		this.save();
		this.update();
	}

	private onClick(e: Event) {
		const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-add-row], button[data-remove-row]');
		if (!button) return;
		const name = button.dataset.addRow ?? button.dataset.removeRow ?? '';
		const f = this.field(name);
		if (!f || f.kind !== 'rows') return;
		const rows = ((this.values[f.name] as Row[] | undefined) ?? []).slice();
		const form = this.querySelector<HTMLElement>('form')!;
		if (button.dataset.addRow !== undefined) {
			rows.push(Object.fromEntries((f.columns ?? []).map((c) => [c.name, c.kind === 'select' ? (c.options?.[0] ?? '') : ''])));
			this.values[f.name] = rows;
			rebuildRows(form, f, this.values);
			form.querySelector<HTMLElement>(`[data-row-list="${f.name}"] .tf-row:last-child :is(input, select)`)?.focus();
		} else {
			rows.splice(Number(button.dataset.index), 1);
			this.values[f.name] = rows;
			rebuildRows(form, f, this.values);
			form.querySelector<HTMLElement>(`[data-add-row="${f.name}"]`)?.focus();
		}
		this.save();
		this.update();
	}

	private showIssues(errors: Issue[], warnings: Issue[]) {
		const form = this.querySelector<HTMLFormElement>('form')!;
		const slotFor = (attr: string, field: string): HTMLElement | null => {
			let key = field;
			for (;;) {
				const slot = form.querySelector<HTMLElement>(`[${attr}="${CSS.escape(key)}"]`);
				if (slot || !key.includes('.')) return slot;
				key = key.slice(0, key.lastIndexOf('.'));
			}
		};
		const byErrorSlot = new Map<HTMLElement, Issue[]>();
		for (const e of errors) {
			const slot = slotFor('data-error-for', e.field);
			if (slot) byErrorSlot.set(slot, [...(byErrorSlot.get(slot) ?? []), e]);
		}
		for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
			const list = byErrorSlot.get(slot);
			slot.textContent = list ? list.map((e) => e.message).join('；') : '';
			slot.hidden = !list;
		}
		for (const input of form.querySelectorAll<HTMLElement>('[name]')) {
			const name = input.getAttribute('name')!;
			const bad = errors.some((e) => e.field === name) || warnings.some((w) => w.field === name) ? 'true' : 'false';
			// Only on change: restyling a control that holds a very long value costs a relayout of it.
			if (input.getAttribute('aria-invalid') !== bad) input.setAttribute('aria-invalid', bad);
		}
		const byWarningSlot = new Map<HTMLElement, Issue[]>();
		for (const w of warnings) {
			const slot = slotFor('data-warning-for', w.field);
			if (slot) byWarningSlot.set(slot, [...(byWarningSlot.get(slot) ?? []), w]);
		}
		for (const slot of form.querySelectorAll<HTMLElement>('[data-warning-for]')) {
			const list = byWarningSlot.get(slot);
			slot.replaceChildren(
				...(list ?? [])
					.flatMap((w) => [
						el('p', { class: 'tf-warning-text', 'data-rule-warning': w.field }, `注意：${w.message}`),
						w.citations?.length ? citationList(w.citations) : null,
					])
					.filter((n): n is HTMLElement => !!n)
			);
			slot.hidden = !list;
		}
	}

	private update() {
		const check = validate(this.spec.id, this.values);
		this.showIssues(this.attempted ? [...check.errors, ...check.missing] : check.errors, check.warnings);
		const doc = composeForPreview(this.spec.id, this.values, check.warnings);
		this.querySelector<HTMLElement>('[data-preview]')!.replaceChildren(renderDoc(doc, this.labelOf));
		const pending = new Set([...check.missing.map((m) => m.field), ...doc.blanks]);
		const count = this.querySelector<HTMLElement>('[data-blank-count]');
		if (count) count.textContent = pending.size ? `还有 ${pending.size} 处未填写（预览中以黄色标出）。` : '各项均已填写。';
		return { check, doc };
	}

	private status(message: string, kind: 'ok' | 'error') {
		const s = this.querySelector<HTMLElement>('[data-status]')!;
		s.textContent = message;
		s.dataset.kind = kind;
	}

	/** The document to download or print, or null after saying beside the buttons why not. */
	private output(): DocModel | null {
		const checked = (sel: string) => this.querySelector<HTMLInputElement>(sel)?.checked ?? false;
		const decision = prepareOutput(this.spec.id, this.values, {
			keepBlanks: checked('[data-keep-blanks]'),
			keepNonconforming: checked('[data-keep-nonconforming]'),
		});
		if (decision.ok) return decision.doc;
		this.attempted = true;
		this.update();
		this.status(decision.message, 'error');
		return null;
	}

	private print() {
		if (!this.output()) return;
		this.status('', 'ok');
		window.print();
	}

	private async download() {
		const doc = this.output();
		if (!doc) return;
		try {
			const { toDocx, DOCX_MIME } = await import('../../lib/template-fill/docx');
			saveBytes(await toDocx(doc), `${doc.fileName}.docx`, DOCX_MIME);
			this.status(`已生成 ${doc.fileName}.docx（在本机生成，未上传任何内容）${doc.notice ? '；文书首行注明了不符合规定之处' : ''}。`, 'ok');
		} catch (e) {
			this.status(`生成文件失败：${e instanceof Error ? e.message : String(e)}`, 'error');
		}
	}

	private clear() {
		// Like the 六好 checklist: the draft is gone for good, so ask first.
		if (!window.confirm(`确定清空“模板${this.spec.number}”已填写的全部内容吗？本机保存的草稿将一并删除，清空后不能恢复。`)) return;
		clearTimeout(this.pendingSave);
		this.pendingSave = undefined;
		clearDraft(this.spec);
		this.values = emptyValues(this.spec);
		this.attempted = false;
		const form = this.querySelector<HTMLFormElement>('form')!;
		form.replaceChildren(...buildForm(this.spec, this.values));
		for (const keep of this.querySelectorAll<HTMLInputElement>('[data-keep-blanks], [data-keep-nonconforming]')) keep.checked = false;
		this.update();
		this.status('已清空本模板的草稿。', 'ok');
	}
}

customElements.define('kb-template-form', KbTemplateForm);
