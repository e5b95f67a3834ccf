/**
 * Typed results and raw-input parsing shared by the rules.
 *
 * Every public rule takes raw values as a form or a URL gives them (strings, or numbers from a
 * number input) and returns a `Result`: never throws, never returns NaN.
 */
import { asciiDigits } from '../numerals.ts';

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
		const s = asciiDigits(typeof raw === 'string' ? raw : '').trim();
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

const FLAG_TRUE = new Set(['true', '1', 'on', 'yes', '是']);

/** Raw checkbox/URL flag → boolean; anything unrecognised is false (never an error). */
export function parseFlag(raw: unknown): boolean {
	if (raw === true) return true;
	if (typeof raw === 'string') return FLAG_TRUE.has(raw.trim().toLowerCase());
	return false;
}
