/**
 * Data model of the fill-in forms: a template is a list of fields and a document written as
 * literal text and field references, following the wording of the template (模板1–9).
 *
 * Pure types: no DOM, no Astro.
 */
import type { Basis } from '../rules/basis';

/** One row of a repeatable list (people with roles, candidates, elected members). */
export type Row = Record<string, string>;

/** Raw form values by field name: strings as typed, `rows` fields as arrays of rows, flags as 'on'/''. */
export type Values = Record<string, string | Row[] | undefined>;

export type ColumnDef = {
	name: string;
	label: string;
	kind: 'text' | 'number' | 'select';
	options?: readonly string[];
	required?: boolean;
	/** Longest value in characters (default `MAX_LENGTH.column`). */
	maxLength?: number;
};

export type FieldKind = 'text' | 'textarea' | 'number' | 'date' | 'select' | 'flag' | 'rows';

export type FieldDef = {
	name: string;
	label: string;
	kind: FieldKind;
	/** Form section the field is shown in. */
	group: string;
	required?: boolean;
	/** Required only while this flag field is ticked (e.g. 副书记 when 选举了副书记). */
	requiredWhen?: string;
	hint?: string;
	/** `select` choices. */
	options?: readonly string[];
	/** `rows` columns. */
	columns?: readonly ColumnDef[];
	/** Rows a fresh form starts with. */
	defaultRows?: readonly Row[];
	/** Label of one row, e.g. 候选人. */
	rowLabel?: string;
	/** Initial value of a text/select/flag field ('on' for a ticked flag). */
	default?: string;
	/** Smallest count a `number` field accepts (e.g. 1 for 应到会人数: a meeting of nobody is no meeting). */
	min?: number;
	/** Longest value, in characters, a text field accepts (a 公文 never needs more; see `validate.ts`). */
	maxLength?: number;
};

/** How a date is written: 2024年3月5日 or 3月5日. */
export type DateFormat = 'ymd' | 'md';

/** A piece of the document text. */
export type Seg =
	| string
	/** The value of a field; `blank` is the template's placeholder (×××) shown when it is empty. */
	| { f: string; blank: string; fmt?: DateFormat }
	/** The value of a column of the current row (inside `each`). */
	| { col: string; blank: string }
	/** A value derived from several fields (e.g. 差额比例); undefined → blank. `field` says which input to fix. */
	| { calc: (v: Values) => string | undefined; blank: string; field: string }
	/** The rows of a `rows` field, each written as `item`, joined by `sep`. */
	| { each: string; item: readonly Seg[]; sep: string }
	/** Text written only when a flag field is ticked. */
	| { when: string; then: readonly Seg[] };

/**
 * How a paragraph is set (GB/T 9704 7.3.3): `heading` is a first-level heading (一、, 黑体),
 * `heading2` a second-level one (（一）, 楷体); third- and fourth-level ones (1.、（1）) are `body`
 * (仿宋). `part` is a 第X部分 heading of a long text (黑体, centred); `note` the source note under a
 * policy text.
 */
export type ParaStyle = 'body' | 'heading' | 'heading2' | 'part' | 'note';

export type ParaSpec = {
	style: ParaStyle;
	segs: readonly Seg[];
	/** One paragraph per row of this `rows` field (segments use `{ col }`). */
	repeat?: string;
};

export type CellSpec = { segs: readonly Seg[]; span?: number; label?: boolean; tall?: boolean };

export type TableSpec = { table: readonly (readonly CellSpec[])[]; widths: readonly number[] };

export type BlockSpec = ParaSpec | TableSpec;

/** A problem with a field: missing, malformed, or a rule the numbers break. */
export type Issue = { field: string; message: string; citations?: readonly Basis[] };

export type TemplateSpec = {
	id: string;
	number: number;
	/** File name of the download, without .docx. */
	fileName: string;
	/** 请示 (公文 layout) or 备案表 (a form table). */
	layout: 'letter' | 'table';
	fields: readonly FieldDef[];
	/** 发文机关标志, e.g. ×××××学会文件. */
	header?: readonly Seg[];
	/** 发文字号. */
	docNumber?: readonly Seg[];
	/** 签发人 (模板1). */
	signer?: readonly Seg[];
	title: readonly Seg[];
	addressee?: readonly Seg[];
	body: readonly BlockSpec[];
	attachment?: readonly Seg[];
	signature?: readonly Seg[];
	/** 成文日期. */
	date?: { field: string; blank: string };
	/** Arithmetic checks (差额, 五分之四, 过半数): warnings with citations. */
	rules?: (v: Values) => Issue[];
};

// ---- The composed document ----

/** A run of text; `blank` runs are the template's placeholder, left because the field is empty. */
export type Run = { text: string; blank?: true; field?: string };

export type DocCell = { runs: Run[]; span: number; label: boolean; tall: boolean };

export type DocBlock = { type: 'para'; style: ParaStyle; runs: Run[] } | { type: 'table'; widths: number[]; rows: DocCell[][] };

export type DocModel = {
	/** First line of a document kept although rule checks fail (本稿存在不符合规定之处：…). */
	notice?: Run[];
	/** Template id, or `policy:<id>` for a policy text. */
	templateId: string;
	fileName: string;
	/** 请示 (公文 with 版头, 署名 and 成文日期), 备案表 (a form table) or a policy text (title, 文号, clauses, source note). */
	layout: 'letter' | 'table' | 'text';
	header?: Run[];
	docNumber?: Run[];
	signer?: Run[];
	title: Run[];
	addressee?: Run[];
	body: DocBlock[];
	attachment?: Run[];
	signature?: Run[];
	date?: Run[];
	/** Line under the title of a policy text: its 文号. */
	subtitle?: Run[];
	/** Where a policy text comes from, after it. */
	note?: Run[];
	/** Fields whose placeholder is still in the document. */
	blanks: string[];
};

export type Validation = {
	/** Malformed input (not a number, impossible date): always blocks the download. */
	errors: Issue[];
	/** Required fields left empty: block the download unless blanks are kept on purpose. */
	missing: Issue[];
	/** Rules the numbers break (差额不足, 未超过五分之四, 未过半数): shown, not blocking. */
	warnings: Issue[];
};
