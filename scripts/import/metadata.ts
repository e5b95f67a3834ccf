/** Detection of 文号, dates, issuing body and title, where the text states them. */
import { parsePartialDate } from '../../src/lib/dates.ts';
import { findDocNumber } from '../../src/lib/doc-number.ts';
import { parseChineseDigits } from '../../src/lib/numerals.ts';

/** The first 文号 of the text, canonical (half-width or [] brackets are normalised to 〔〕). */
export function detectDocNumber(text: string): string | undefined {
	return findDocNumber(text);
}

const pad = (n: number) => String(n).padStart(2, '0');

const ARABIC_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const CHINESE_DATE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g;

export interface FoundDate {
	iso: string;
	/** The date as printed. */
	raw: string;
	index: number;
}

/** Every full date (年月日) in the text, in order, as YYYY-MM-DD. */
export function detectDates(text: string): FoundDate[] {
	const found: FoundDate[] = [];
	for (const m of text.matchAll(ARABIC_DATE)) {
		found.push({ iso: `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`, raw: m[0], index: m.index! });
	}
	for (const m of text.matchAll(CHINESE_DATE)) {
		const y = parseChineseDigits(m[1]!);
		const mo = parseChineseDigits(m[2]!);
		const d = parseChineseDigits(m[3]!);
		if ([y, mo, d].some(Number.isNaN)) continue;
		found.push({ iso: `${y}-${pad(mo)}-${pad(d)}`, raw: m[0], index: m.index! });
	}
	// only dates the frontmatter can hold: real days (no 2月30日) in the years the schema accepts
	return found.filter((f) => parsePartialDate(f.iso) !== null).sort((a, b) => a.index - b.index);
}

/** Longest line that is only a date: “二〇一九年十二月三十一日” with spaces between the characters. */
const DATE_LINE_MAX = 40;

/** The date of a line that holds nothing but one date (a signature date), else undefined. */
function dateLine(p: string): string | undefined {
	if (p.length > DATE_LINE_MAX) return undefined;
	const ds = detectDates(p);
	return ds.length === 1 && ds[0]!.raw.replace(/\s/g, '') === p.replace(/\s/g, '') ? ds[0]!.iso : undefined;
}

/**
 * The issuing date: a date standing on its own line (the signature date), else one
 * next to the 文号 in a "(文号 日期)" line, else undefined.
 */
export function detectIssued(paragraphs: string[]): string | undefined {
	for (const p of paragraphs) {
		const date = dateLine(p);
		if (date) return date;
	}
	for (const p of paragraphs) {
		// short lines only, and the length tested first: the patterns never run over a long paragraph
		if (p.length < 40 && detectDocNumber(p)) {
			const ds = detectDates(p);
			if (ds.length) return ds[0]!.iso;
		}
	}
	return undefined;
}

const ORG_END = /(委员会|党委|党组|办公厅|办公室|组织部|民政部|科协|协会|学会|研究会|工委|厅|局|部)$/;

/** The signature: an organisation name on the line(s) just before the date line. */
export function detectIssuer(paragraphs: string[]): string | undefined {
	for (let i = 1; i < paragraphs.length; i++) {
		if (dateLine(paragraphs[i]!)) {
			const prev = paragraphs[i - 1]!;
			if (ORG_END.test(prev) && prev.length <= 40) return prev;
		}
	}
	// a title like "中共中央办公厅关于…" names its issuer before 关于
	const title = detectTitle(paragraphs).title;
	const m = /^(.{2,30}?)关于/.exec(title);
	if (m && ORG_END.test(m[1]!)) return m[1];
	return undefined;
}

/**
 * The title: the first lines that are neither 文号, a letterhead (organisation name alone),
 * an addressee (ending in ：) nor a numbered unit. Consecutive short title lines are joined
 * ("关于开展……工作的" + "通知").
 */
export function detectTitle(paragraphs: string[]): { title: string; lines: number[] } {
	const lines: number[] = [];
	let title = '';
	for (let i = 0; i < paragraphs.length && i < 8; i++) {
		const p = paragraphs[i]!;
		if (p.length < 40 && findDocNumber(p)) {
			if (title) break;
			continue;
		}
		if (!title && ORG_END.test(p) && !/关于|通知|意见|要点|方案|办法|规定|标准|指南|细则|决定/.test(p)) continue;
		if (/[：:]$/.test(p) || p.length > 80 || /[。；]/.test(p)) break;
		if (title && !/(的|和|与|及)$/.test(title) && p.length > 4) break;
		title += p;
		lines.push(i);
		if (/(通知|意见|要点|方案|办法|规定|标准|指南|细则|决定|）|\))$/.test(title)) break;
	}
	return { title, lines };
}
