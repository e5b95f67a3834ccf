/**
 * Calendar dates (a day, no time, no time zone) as forms and URLs give them: `YYYY-MM-DD`, checked to
 * exist. Used by the term reminder and the template forms; partial dates of the texts (2022年6月)
 * are src/lib/dates.ts.
 */
import { asciiDigits } from './numerals.ts';
import { fail, ok, type Result } from './rules/result.ts';

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
	const s = typeof raw === 'string' ? asciiDigits(raw).trim() : '';
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
