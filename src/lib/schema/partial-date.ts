/**
 * Dates as the texts give them: often only a year and month (2022年6月), sometimes none.
 * We keep the precision the text has instead of inventing a day.
 */
import { z } from 'astro/zod';
import { fieldError } from './messages.ts';

export const UNKNOWN_DATE = '不详';

export type PartialDate =
	| { kind: 'unknown' }
	| { kind: 'date'; year: number; month?: number; day?: number; iso: string };

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or 不详; returns null for anything else or an impossible date. */
export function parsePartialDate(input: string): PartialDate | null {
	if (input === UNKNOWN_DATE) return { kind: 'unknown' };
	const m = PARTIAL_ISO.exec(input);
	if (!m) return null;
	const year = Number(m[1]);
	const month = m[2] === undefined ? undefined : Number(m[2]);
	const day = m[3] === undefined ? undefined : Number(m[3]);
	if (year < 1921 || year > 2100) return null;
	if (month !== undefined && (month < 1 || month > 12)) return null;
	if (day !== undefined && month !== undefined) {
		const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
		if (day < 1 || day > daysInMonth) return null;
	}
	return { kind: 'date', year, month, day, iso: input };
}

/** YAML turns an unquoted 2019-09-03 into a Date: accept it as that day. */
function dateToIso(value: unknown): unknown {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	if (typeof value === 'number' && Number.isInteger(value)) return String(value);
	return value;
}

/**
 * A date field (`label` names it in messages, e.g. 成文日期（issued）). The content check reads YAML
 * without timestamps, so an impossible unquoted date (2019-13-45) reaches this as text and is refused.
 */
export const partialDateSchema = (label = '日期') =>
	z.preprocess(
		dateToIso,
		z
			.string({ error: fieldError(label, `${label}应为 YYYY、YYYY-MM、YYYY-MM-DD 或“不详”`) })
			.transform((value, ctx) => {
				const parsed = parsePartialDate(value);
				if (!parsed) {
					ctx.addIssue({
						code: 'custom',
						message: `日期“${value}”无效：应为真实存在的日期，写作 YYYY、YYYY-MM、YYYY-MM-DD 或“不详”`,
					});
					return z.NEVER;
				}
				return parsed;
			})
	);

/** 2019年9月3日 / 2022年6月 / 日期不详. */
export function formatPartialDate(date: PartialDate): string {
	if (date.kind === 'unknown') return '日期不详';
	let out = `${date.year}年`;
	if (date.month !== undefined) out += `${date.month}月`;
	if (date.day !== undefined) out += `${date.day}日`;
	return out;
}

/** Sort key: unknown dates sort last; a month without a day sorts at its start. */
export function partialDateSortKey(date: PartialDate): string {
	return date.kind === 'unknown' ? '9999' : date.iso;
}
