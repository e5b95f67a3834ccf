/** Detection of 文号, dates, issuing body and title, where the text states them. */
import { parseChineseDigits } from '../../src/lib/numerals.ts';
import { findDocNumber } from '../../src/lib/doc-number.ts';

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
	return found
		.filter((f) => {
			const [y, m, d] = f.iso.split('-').map(Number) as [number, number, number];
			const dt = new Date(Date.UTC(y, m - 1, d));
			return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
		})
		.sort((a, b) => a.index - b.index);
}

/**
 * The issuing date: a date standing on its own line (the signature date), else one
 * next to the 文号 in a "(文号 日期)" line, else undefined.
 */
export function detectIssued(paragraphs: string[]): string | undefined {
	for (const p of paragraphs) {
		const ds = detectDates(p);
		if (ds.length === 1 && ds[0]!.raw.replace(/\s/g, '') === p.replace(/\s/g, '')) return ds[0]!.iso;
	}
	for (const p of paragraphs) {
		if (detectDocNumber(p) && p.length < 40) {
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
		const p = paragraphs[i]!;
		const ds = detectDates(p);
		if (ds.length === 1 && ds[0]!.raw.replace(/\s/g, '') === p.replace(/\s/g, '')) {
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
		if (findDocNumber(p) && p.length < 40) {
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
