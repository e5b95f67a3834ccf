/**
 * Dates as the texts give them: often only a year and month (2022年6月), sometimes none; the
 * precision the text has is kept instead of inventing a day. Plain functions without zod, so
 * browser modules (the 文件库 filter, the 对照阅读 pickers) can use them without loading the schema
 * library; src/lib/schema/partial-date.ts builds the frontmatter schema on them.
 */
import { daysInMonth } from './calendar.ts';
export const UNKNOWN_DATE = '不详';

export type PartialDate = { kind: 'unknown' } | { kind: 'date'; year: number; month?: number; day?: number; iso: string };

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
		if (day < 1 || day > daysInMonth(year, month)) return null;
	}
	return { kind: 'date', year, month, day, iso: input };
}

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
