/**
 * Layout repair for text extracted from PDF/Word: page numbers, running headers,
 * stray spaces between Chinese characters and line breaks inside sentences.
 * Nothing here changes wording.
 */
import { opensWithBracketedDocNumber } from '../../src/lib/doc-number.ts';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Full-width punctuation that never takes a space on either side. */
const CJK_PUNCT = '，。、；：？！“”‘’《》〈〉（）【】〔〕…—·「」『』';
const WIDE = `${CJK}${CJK_PUNCT}`;

/** Numbering that opens a new unit: never glued onto the previous line. */
export const UNIT_START =
	/^(第[一二三四五六七八九十百]+(部分|章|节|条)|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+\s*[.．、](?!\d)|（\d+）|\(\d+\)|[①②③④⑤⑥⑦⑧⑨⑩]|——|附件|附：|模板\s*\d)/;

/** “第二部分” alone on its line, the part's title on the next. */
const PART_ALONE = /^第[一二三四五六七八九十]+部分$/;

/** Heading patterns that are short lines of their own. */
const HEADINGISH = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

/** A line ending like this closes its sentence. */
const TERMINAL = /([。！？；：!?;:…]|[。！？；：][”’」』）)])$/;
/** A line ending like this certainly continues on the next line. */
const OPEN_END = /[，、（《“‘〔\[(,a-zA-Z和与及的之或并对在将为把被向从]$/;

/** Between two wide characters: any run of spaces/tabs. */
const WIDE_GAP = new RegExp(`(?<=[${WIDE}])[ \\t]+(?=[${WIDE}])`, 'gu');
/** A single space between a wide character and a digit/Latin letter (e.g. "2023 年"), either way round. */
const WIDE_THEN_ASCII = new RegExp(`(?<=[${WIDE}]) (?=[0-9A-Za-z%])`, 'gu');
const ASCII_THEN_WIDE = new RegExp(`(?<=[0-9A-Za-z%]) (?=[${WIDE}])`, 'gu');

/** Remove whitespace that PDF extraction put between Chinese characters (and around digits inside Chinese text). */
export function removeStraySpaces(line: string): string {
	let s = line.replace(/[\u00a0\u2002\u2003\u2009\u3000]/g, ' ');
	// "第一部分 总体要求": the space after a part/chapter number is the title separator, kept as one space
	const lead = /^\s*(第[一二三四五六七八九十百]+(?:部分|章|节))\s+(?=\S)/.exec(s);
	if (lead) return `${lead[1]} ${removeStraySpaces(s.slice(lead[0].length))}`;
	s = s.replace(WIDE_GAP, '').replace(WIDE_THEN_ASCII, '').replace(ASCII_THEN_WIDE, '');
	// longer runs of spaces elsewhere collapse to one
	s = s.replace(/ {2,}/g, ' ');
	return s.trim();
}

/** Page numbers ("12", "- 12 -", "第 3 页") and similar layout-only lines. */
export function isPageArtifact(line: string): boolean {
	const t = line.trim();
	return /^[-—–]?\s*\d{1,3}\s*[-—–]?$/.test(t) || /^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$/.test(t);
}

export interface NormaliseOptions {
	/** Lines (after trimming) to drop wherever they occur, e.g. a running header. */
	runningHeaders?: string[];
}

/** A tab-separated line with at least two non-empty cells: a row of a table. */
export function isTableRow(line: string): boolean {
	return line.includes('\t') && line.split('\t').filter((c) => c.trim()).length >= 2;
}

/** Clean every line; blank lines stay as '' so paragraph boundaries survive. */
export function cleanLines(text: string, opts: NormaliseOptions = {}): string[] {
	const headers = new Set((opts.runningHeaders ?? []).map((h) => removeStraySpaces(h)));
	return text
		.replace(/^\ufeff/, '')
		.split(/\r?\n/)
		.map((l) => (isTableRow(l) ? l.split('\t').map(removeStraySpaces).join('\t') : removeStraySpaces(l.replace(/\t/g, ' '))))
		.map((l) => (isPageArtifact(l) || headers.has(l) ? '' : l));
}

/** Should `next` be glued onto `prev` (one sentence broken by layout)? */
export function isContinuation(prev: string, next: string): boolean {
	if (!prev || !next) return false;
	if (prev.includes('\t') || next.includes('\t')) return false;
	// "第二部分" alone, title on the next line
	if (PART_ALONE.test(prev)) return !UNIT_START.test(next) && next.length <= 30;
	if (UNIT_START.test(next)) return false;
	if (opensWithBracketedDocNumber(next)) return false; // (文号 日期) line under a title
	if (TERMINAL.test(prev)) return false;
	if (opensWithBracketedDocNumber(prev) && /[）)]$/.test(prev)) return false;
	if (/^附件/.test(prev)) return false;
	if (DATE_LINE.test(next) || (/[：:]$/.test(next) && next.length <= 30)) return false; // signature date, addressee
	if (OPEN_END.test(prev)) return true;
	if (HEADINGISH.test(prev) && prev.length <= 40) return false;
	// a numbered clause always closes with punctuation: without it, it goes on
	if (/^(\d+\s*[.．、](?!\d)|[（(]\d+[）)])/.test(prev)) return true;
	if (TITLE_END.test(prev) && prev.length < 60) return false;
	// a long line that stops mid-sentence wrapped at the page edge
	return prev.length >= 24;
}

const DATE_LINE = /^((19|20)\d{2}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月([\d一二三四五六七八九十]{1,3}日)?$/;
const TITLE_END = /(通知|意见|要点|方案|办法|规定|标准|指南|细则|决定|条例|[（(]试行[）)])$/;

/** A paragraph and the line of the text it starts on (1-based, as --from/--to count). */
export interface NumberedParagraph {
	text: string;
	line: number;
}

/**
 * Join continuation lines into paragraphs. A paragraph is kept as its lines until it ends, and each
 * join is judged by the last physical line, so joining thousands of lines costs their length, not its square.
 */
export function toNumberedParagraphs(lines: readonly string[]): NumberedParagraph[] {
	const out: NumberedParagraph[] = [];
	let parts: string[] = [];
	let start = 0;
	let lastLine = '';
	const flush = () => {
		if (parts.length) out.push({ text: parts.join(''), line: start });
		parts = [];
	};
	lines.forEach((line, i) => {
		if (!line) return;
		if (parts.length && isContinuation(lastLine, line)) {
			const sep =
				parts.length === 1 && PART_ALONE.test(parts[0]!) ? ' ' : /[A-Za-z0-9]$/.test(lastLine) && /^[A-Za-z0-9]/.test(line) ? ' ' : '';
			parts.push(sep + line);
		} else {
			flush();
			parts.push(line);
			start = i + 1;
		}
		lastLine = line;
	});
	flush();
	return out;
}

/** Join continuation lines; returns one string per paragraph. */
export function toParagraphs(lines: readonly string[]): string[] {
	return toNumberedParagraphs(lines).map((p) => p.text);
}

/** The whole layout repair: text in, paragraphs out, each with the line it starts on. */
export function normaliseNumbered(text: string, opts: NormaliseOptions = {}): NumberedParagraph[] {
	return toNumberedParagraphs(cleanLines(text, opts));
}

/** The whole layout repair: text in, paragraphs out. */
export function normalise(text: string, opts: NormaliseOptions = {}): string[] {
	return normaliseNumbered(text, opts).map((p) => p.text);
}
