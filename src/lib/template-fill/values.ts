/** Reading raw values: trimming, dates and counts as the documents write them. Pure. */
import type { ColumnDef, DateFormat, FieldDef, Row, TemplateSpec, Values } from './types';

/** Characters XML 1.0 cannot carry (and the byte-order mark): dropped from any input. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function clean(s: string): string {
	return s.replace(INVALID_XML, '').replace(/\r\n?/g, '\n');
}

/** A text field's value, trimmed; '' when absent. */
export function str(v: Values, name: string): string {
	const raw = v[name];
	return typeof raw === 'string' ? clean(raw).trim() : '';
}

export function rows(v: Values, name: string): Row[] {
	const raw = v[name];
	return Array.isArray(raw) ? raw.filter((r): r is Row => typeof r === 'object' && r !== null) : [];
}

export function cell(r: Row, col: string): string {
	const raw = r[col];
	return typeof raw === 'string' ? clean(raw).trim() : '';
}

/** Whether a row has anything typed in it; `ignore` lists choice columns, which always hold a value. */
export function isFilledRow(r: Row, ignore: readonly string[] = []): boolean {
	return Object.keys(r).some((k) => !ignore.includes(k) && cell(r, k) !== '');
}

/** Rows with a name. */
export function namedRows(v: Values, name: string): Row[] {
	return rows(v, name).filter((r) => cell(r, 'name') !== '');
}

export function flag(v: Values, name: string): boolean {
	const raw = v[name];
	return raw === 'on' || raw === 'true' || raw === '1';
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** A count as typed → integer, or undefined when empty or malformed. */
export function int(v: Values | Row, name: string): number | undefined {
	const raw = v[name];
	if (typeof raw !== 'string') return undefined;
	const s = raw.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();
	if (!/^\d{1,9}$/.test(s)) return undefined;
	return Number(s);
}

/** `YYYY-MM-DD` → 2024年3月5日 (ymd) or 3月5日 (md); other input is returned as typed. */
export function formatDate(raw: string, fmt: DateFormat = 'ymd'): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
	if (!m) return raw.trim();
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return fmt === 'md' ? `${mo}月${d}日` : `${y}年${mo}月${d}日`;
}

/** A percentage with at most one decimal, without trailing zeros: 90, 87.5. */
export function percent(part: number, whole: number): string {
	const tenths = Math.round((part * 1000) / whole);
	return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/**
 * Longest values the forms accept, in characters, where a field does not set its own: far more
 * than any 公文 needs (a name, a post, a 工作简历 cell), and short enough that the preview lays a
 * value out in a moment however it is typed or pasted (issue 25: a 40,000-character unbroken value
 * took seconds per keystroke).
 */
export const MAX_LENGTH = { text: 100, textarea: 1000, column: 30 } as const;

export function maxLengthOf(f: FieldDef | ColumnDef): number {
	if (f.maxLength !== undefined) return f.maxLength;
	return f.kind === 'textarea' ? MAX_LENGTH.textarea : 'group' in f ? MAX_LENGTH.text : MAX_LENGTH.column;
}

/**
 * The values as the document shows them: each cut to its field's longest length (marked “…”), so
 * an over-long value — typed, pasted or in a draft saved before the limits — costs the preview no
 * more than an allowed one. The form still holds, and validation still reports, the whole value.
 */
export function clipValues(spec: TemplateSpec, v: Values): Values {
	const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);
	const out: Values = { ...v };
	for (const f of spec.fields) {
		const raw = v[f.name];
		if (typeof raw === 'string') out[f.name] = cut(raw, maxLengthOf(f));
		else if (Array.isArray(raw) && f.columns) {
			out[f.name] = raw.map((r) => {
				if (typeof r !== 'object' || r === null) return r;
				const row: Row = { ...r };
				for (const c of f.columns!) if (typeof row[c.name] === 'string') row[c.name] = cut(row[c.name]!, maxLengthOf(c));
				return row;
			});
		}
	}
	return out;
}
