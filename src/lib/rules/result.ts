/**
 * Typed results and raw-input parsing shared by the rules.
 *
 * Every public rule takes raw values as a form or a URL gives them (strings, or numbers from a
 * number input) and returns a `Result`: never throws, never returns NaN.
 */

export type FieldError = {
	/** Input field the error belongs to (the rule's input property name, e.g. `formal`). */
	field: string;
	/** Clear Chinese message, e.g. 请输入 0 到 100000 之间的整数. */
	message: string;
};

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: FieldError[]): Result<T> => ({ ok: false, errors });

/** Largest count a form accepts by default. */
export const DEFAULT_COUNT_MAX = 100_000;
/** Hard ceiling for any count (keeps arithmetic far inside safe integers). */
export const ABSOLUTE_COUNT_MAX = 1_000_000_000;

export type ParseCountOptions = {
	/** Field name reported in errors. */
	field: string;
	/** Chinese name of the quantity, used in messages (e.g. 正式党员人数). */
	label: string;
	/** Smallest accepted value (default 0). */
	min?: number;
	/** Largest accepted value (default 100000, at most 10^9). */
	max?: number;
	/** Value used when the input is empty; without it an empty input is an error. */
	emptyAs?: number;
};

/** Full-width digits (from Chinese IMEs) → ASCII. */
function normaliseDigits(s: string): string {
	return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Turns a raw form/URL value into a validated integer in [min, max].
 * Accepts a plain string of digits (surrounding spaces and full-width digits allowed) or a
 * finite integer number. Everything else gives a Chinese message; it never throws.
 */
export function parseCount(raw: unknown, opts: ParseCountOptions): Result<number> {
	const { field, label } = opts;
	const min = Math.max(0, Math.trunc(opts.min ?? 0));
	const max = Math.min(ABSOLUTE_COUNT_MAX, Math.trunc(opts.max ?? DEFAULT_COUNT_MAX));
	const range = `请输入 ${min} 到 ${max} 之间的整数`;
	const err = (why: string) => fail<number>({ field, message: `${label}${why}：${range}` });

	let n: number;
	if (typeof raw === 'number') {
		if (Number.isNaN(raw)) return err('不是有效数字');
		if (!Number.isFinite(raw)) return err('超出范围');
		if (!Number.isInteger(raw)) return err('应为整数，不能有小数');
		n = raw === 0 ? 0 : raw; // -0 → 0
	} else if (typeof raw === 'string' || raw === undefined || raw === null) {
		const s = normaliseDigits(typeof raw === 'string' ? raw : '').trim();
		if (s === '') {
			if (opts.emptyAs !== undefined) return ok(opts.emptyAs);
			return err('未填写');
		}
		if (/^-\s*\d/.test(s)) return err('不能为负数');
		if (/^\d+[.,．]\d*$/.test(s) || /^[.．]\d+$/.test(s)) return err('应为整数，不能有小数');
		if (!/^\d+$/.test(s)) return err('应为数字');
		if (s.length > 12) return err('超出范围');
		n = Number(s);
	} else {
		return err('应为数字');
	}
	if (n < 0) return err('不能为负数');
	if (n < min || n > max) return err('超出范围');
	return ok(n);
}

/** Collects the errors of several parses; returns the values only when all succeeded. */
export function collect<T extends Record<string, Result<unknown>>>(
	parts: T
): Result<{ [K in keyof T]: T[K] extends Result<infer V> ? V : never }> {
	const errors: FieldError[] = [];
	const values: Record<string, unknown> = {};
	for (const [k, r] of Object.entries(parts)) {
		if (r.ok) values[k] = r.value;
		else errors.push(...r.errors);
	}
	if (errors.length > 0) return { ok: false, errors };
	return ok(values as { [K in keyof T]: T[K] extends Result<infer V> ? V : never });
}

/** A calendar date without time, as parsed from `YYYY-MM-DD`. */
export type CalendarDate = { year: number; month: number; day: number; iso: string };

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses an ISO calendar date `YYYY-MM-DD` (years 1900–2200); impossible dates like 2023-02-30 are errors. */
export function parseIsoDate(raw: unknown, opts: { field: string; label: string }): Result<CalendarDate> {
	const { field, label } = opts;
	const s = typeof raw === 'string' ? normaliseDigits(raw).trim() : '';
	if (typeof raw !== 'string' || s === '') {
		return fail({ field, message: `请填写${label}，格式为 年-月-日，如 2021-06-30` });
	}
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!m) return fail({ field, message: `${label}格式不正确：应为 年-月-日，如 2021-06-30` });
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	if (year < 1900 || year > 2200) return fail({ field, message: `${label}的年份应在 1900 到 2200 之间` });
	if (month < 1 || month > 12) return fail({ field, message: `${label}不存在：月份应为 01 到 12` });
	if (day < 1 || day > daysInMonth(year, month)) {
		return fail({ field, message: `${label}不存在：${year}年${month}月没有${day}日` });
	}
	return ok({ year, month, day, iso: toIso(year, month, day) });
}

/** Days since 1970-01-01 of a calendar date (UTC, no time zone drift). */
export function epochDay(d: { year: number; month: number; day: number }): number {
	return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

const FLAG_TRUE = new Set(['true', '1', 'on', 'yes', '是']);

/** Raw checkbox/URL flag → boolean; anything unrecognised is false (never an error). */
export function parseFlag(raw: unknown): boolean {
	if (raw === true) return true;
	if (typeof raw === 'string') return FLAG_TRUE.has(raw.trim().toLowerCase());
	return false;
}
