/**
 * Template + values → document model. Blanks the user left empty keep the template's placeholder
 * (×××) and are flagged, so the preview can highlight them and the download can refuse them.
 * Pure: values are only ever text, never markup.
 */
import { getSpec } from './templates';
import type { BlockSpec, DocBlock, DocModel, FieldDef, Row, Run, Seg, TemplateSpec, Values } from './types';
import { cell, clean, clipValues, flag, formatDate, isFilledRow, rows, str } from './values';

type Ctx = { spec: TemplateSpec; v: Values; blanks: Set<string>; row?: { field: string; index: number; row: Row } };

function fieldDef(spec: TemplateSpec, name: string): FieldDef | undefined {
	return spec.fields.find((f) => f.name === name);
}

/** Filled rows with their index in the form; choice columns alone do not make a row filled. */
export function indexedRows(v: Values, name: string, spec?: TemplateSpec): { index: number; row: Row }[] {
	const ignore = (spec?.fields.find((f) => f.name === name)?.columns ?? []).filter((c) => c.kind === 'select').map((c) => c.name);
	return rows(v, name)
		.map((row, index) => ({ index, row }))
		.filter(({ row }) => isFilledRow(row, ignore));
}

function blankRun(ctx: Ctx, text: string, field: string): Run {
	if (text.includes('×')) ctx.blanks.add(field);
	return { text, blank: true, field };
}

function evalSegs(segs: readonly Seg[], ctx: Ctx): Run[] {
	const out: Run[] = [];
	for (const seg of segs) {
		if (typeof seg === 'string') out.push({ text: seg });
		else if ('f' in seg) {
			const def = fieldDef(ctx.spec, seg.f);
			const raw = str(ctx.v, seg.f);
			if (raw === '') out.push(blankRun(ctx, seg.blank, seg.f));
			else out.push({ text: def?.kind === 'date' ? formatDate(raw, seg.fmt) : raw, field: seg.f });
		} else if ('col' in seg) {
			const r = ctx.row;
			const value = r ? cell(r.row, seg.col) : '';
			const field = r ? `${r.field}.${r.index}.${seg.col}` : seg.col;
			out.push(value === '' ? blankRun(ctx, seg.blank, field) : { text: value, field });
		} else if ('calc' in seg) {
			const value = seg.calc(ctx.v);
			out.push(value === undefined || value === '' ? blankRun(ctx, seg.blank, seg.field) : { text: clean(value), field: seg.field });
		} else if ('each' in seg) {
			const list = indexedRows(ctx.v, seg.each, ctx.spec);
			const items = list.length ? list : [{ index: 0, row: {} as Row }];
			items.forEach(({ index, row }, k) => {
				if (k > 0) out.push({ text: seg.sep });
				out.push(...evalSegs(seg.item, { ...ctx, row: { field: seg.each, index, row } }));
			});
		} else if ('when' in seg) {
			if (flag(ctx.v, seg.when)) out.push(...evalSegs(seg.then, ctx));
		}
	}
	return merge(out);
}

/** Joins neighbouring literal runs. */
function merge(runs: Run[]): Run[] {
	const out: Run[] = [];
	for (const r of runs) {
		const last = out[out.length - 1];
		if (last && !last.blank && !r.blank && last.field === undefined && r.field === undefined) last.text += r.text;
		else if (r.text !== '' || r.blank) out.push({ ...r });
	}
	return out;
}

function evalBlock(block: BlockSpec, ctx: Ctx): DocBlock[] {
	if ('table' in block) {
		return [
			{
				type: 'table',
				widths: [...block.widths],
				rows: block.table.map((row) =>
					row.map((c) => ({ runs: evalSegs(c.segs, ctx), span: c.span ?? 1, label: !!c.label, tall: !!c.tall }))
				),
			},
		];
	}
	if (block.repeat) {
		const list = indexedRows(ctx.v, block.repeat, ctx.spec);
		const items = list.length ? list : [{ index: 0, row: {} as Row }];
		return items.map(({ index, row }) => ({
			type: 'para',
			style: block.style,
			runs: evalSegs(block.segs, { ...ctx, row: { field: block.repeat!, index, row } }),
		}));
	}
	return [{ type: 'para', style: block.style, runs: evalSegs(block.segs, ctx) }];
}

export function compose(templateId: string, values: Values): DocModel {
	const spec = getSpec(templateId);
	if (!spec) throw new Error(`没有模板 ${templateId} 的填写表单`);
	const ctx: Ctx = { spec, v: clipValues(spec, values ?? {}), blanks: new Set() };
	const segs = (s: readonly Seg[] | undefined) => (s ? evalSegs(s, ctx) : undefined);
	const doc: DocModel = {
		templateId,
		fileName: `模板${spec.number}_${spec.fileName}`,
		layout: spec.layout,
		title: evalSegs(spec.title, ctx),
		body: spec.body.flatMap((b) => evalBlock(b, ctx)),
		blanks: [],
	};
	const header = segs(spec.header);
	if (header) doc.header = header;
	const docNumber = segs(spec.docNumber);
	if (docNumber) doc.docNumber = docNumber;
	const signer = segs(spec.signer);
	if (signer) doc.signer = signer;
	const addressee = segs(spec.addressee);
	if (addressee) doc.addressee = addressee;
	const attachment = segs(spec.attachment);
	if (attachment) doc.attachment = attachment;
	const signature = segs(spec.signature);
	if (signature) doc.signature = signature;
	if (spec.date) {
		const raw = str(ctx.v, spec.date.field);
		if (raw !== '') doc.date = [{ text: formatDate(raw, 'ymd'), field: spec.date.field }];
		else doc.date = [blankRun(ctx, spec.date.blank, spec.date.field)];
	}
	doc.blanks = [...ctx.blanks];
	return doc;
}
