/** Shared helpers for the rules tests (not a test file itself). */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Result } from '../../src/lib/rules/result';

/** Any raw value a form, a URL or a careless caller could pass. */
export const anyRaw: fc.Arbitrary<unknown> = fc.oneof(
	fc.string(),
	fc.stringMatching(/^\s*-?\d{0,12}([.,]\d{0,3})?\s*$/),
	fc.integer({ min: -10, max: 200 }).map(String),
	fc.integer(),
	fc.double(),
	fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e9, 1e9 + 1, 1e21, Number.MAX_SAFE_INTEGER, 100_000, 100_001),
	fc.constantFrom('', ' ', 'NaN', 'Infinity', '1e3', '0x10', '３', '１２', '5.0', '-3', '＋3', '100000', '100001'),
	fc.constant(undefined),
	fc.constant(null),
	fc.boolean(),
	fc.bigInt(),
	fc.object(),
	fc.array(fc.anything(), { maxLength: 3 })
);

const CJK = /[\u4e00-\u9fa5]/;

/** No NaN, no ±Infinity, no undefined property values anywhere in a result value. */
export function expectClean(value: unknown, path = 'value'): void {
	if (typeof value === 'number') {
		expect(Number.isFinite(value), `${path} is finite`).toBe(true);
		return;
	}
	if (value === undefined) throw new Error(`${path} is undefined`);
	if (Array.isArray(value)) {
		value.forEach((v, i) => expectClean(v, `${path}[${i}]`));
		return;
	}
	if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) expectClean(v, `${path}.${k}`);
	}
}

/** A total rule: either ok with clean values (and the listed integer fields) or errors in Chinese. */
export function expectTotal<T>(r: Result<T>, integerPaths: ((v: T) => number | undefined)[] = []): void {
	expect(typeof r.ok).toBe('boolean');
	if (r.ok) {
		expectClean(r.value);
		for (const get of integerPaths) {
			const n = get(r.value);
			if (n !== undefined) expect(Number.isInteger(n)).toBe(true);
		}
	} else {
		expect(r.errors.length).toBeGreaterThan(0);
		for (const e of r.errors) {
			expect(typeof e.field).toBe('string');
			expect(e.field.length).toBeGreaterThan(0);
			expect(e.message).toMatch(CJK);
		}
	}
}

export function unwrap<T>(r: Result<T>): T {
	if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
	return r.value;
}

export function errorsOf<T>(r: Result<T>) {
	if (r.ok) throw new Error(`expected errors, got ${JSON.stringify(r.value).slice(0, 200)}`);
	return r.errors;
}
