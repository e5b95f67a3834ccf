/**
 * The 文件库's rows, page links and compact index (pure, string HTML). The static pages and the
 * <kb-library> browser module both render through these functions, so a filtered list in the
 * browser looks exactly like the static one.
 */
import { escapeHtml } from './html';
import type { LibraryItem } from './library';
import { formatPartialDate, type PartialDate } from './dates';

/** Texts per page of every static list. */
export const PAGE_SIZE = 50;

export const COLUMNS = ['文件名称', '文号', '发文机关', '日期', '层级', '文种', '状态'] as const;

/**
 * One `<tr>` of the library table. Cells carry their column name (`data-label`) so a narrow screen
 * can show each row as a card. `policyHref` gives a text's page with the site base.
 */
export function rowHtml(item: LibraryItem, policyHref: (id: string) => string): string {
	const cell = (label: string, html: string, cls = '') => `<td data-label="${label}"${cls ? ` class="${cls}"` : ''}>${html}</td>`;
	const date =
		item.issued.kind === 'date'
			? `<time datetime="${item.issued.iso}">${formatPartialDate(item.issued)}</time>`
			: formatPartialDate(item.issued);
	const status = item.superseded ? `${escapeHtml(item.status)}<span class="row-note">（已被替代）</span>` : escapeHtml(item.status);
	return (
		`<tr data-policy="${escapeHtml(item.id)}" data-level="${escapeHtml(item.level)}">` +
		cell('文件名称', `<a href="${escapeHtml(policyHref(item.id))}">${escapeHtml(item.title)}</a>`, 'title') +
		cell('文号', item.docNumber ? escapeHtml(item.docNumber) : '无文号', 'nowrap') +
		cell('发文机关', item.issuers.map(escapeHtml).join('、'), 'issuers') +
		cell('日期', date, 'nowrap') +
		cell('层级', escapeHtml(item.level), 'nowrap') +
		cell('文种', escapeHtml(item.docType), 'nowrap') +
		cell('状态', status, 'nowrap status') +
		'</tr>'
	);
}

// ---------------------------------------------------------------------------------------------
// Pagination

export function pageCount(total: number, size = PAGE_SIZE): number {
	return Math.max(1, Math.ceil(total / size));
}

/** A page number clamped to 1…last. */
export function clampPage(page: number, last: number): number {
	return Math.min(Math.max(1, Math.floor(page) || 1), last);
}

export function pageSlice<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
	const p = clampPage(page, pageCount(items.length, size));
	return items.slice((p - 1) * size, p * size);
}

/**
 * The page numbers to link: the first, the last and two either side of the current one, with
 * `null` for each gap (…). 100 pages never give more than 9 links.
 */
export function pageWindow(current: number, last: number): (number | null)[] {
	const wanted = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= last));
	const pages = [...wanted].sort((a, b) => a - b);
	const out: (number | null)[] = [];
	for (const n of pages) {
		const prev = out[out.length - 1];
		if (typeof prev === 'number' && n - prev > 1) out.push(n - prev === 2 ? n - 1 : null);
		out.push(n);
	}
	return out;
}

/** `<nav>` with 上一页, the page numbers and 下一页; plain links, so they work without JavaScript. Empty for a single page. */
export function paginationHtml(current: number, last: number, pageHref: (page: number) => string): string {
	if (last <= 1) return '';
	const link = (n: number, text: string, rel?: string) =>
		`<a href="${escapeHtml(pageHref(n))}"${rel ? ` rel="${rel}"` : ''}${n === current && !rel ? ' aria-current="page"' : ''}>${text}</a>`;
	const parts: string[] = [];
	if (current > 1) parts.push(link(current - 1, '上一页', 'prev'));
	for (const n of pageWindow(current, last)) parts.push(n === null ? '<span class="gap" aria-hidden="true">…</span>' : link(n, String(n)));
	if (current < last) parts.push(link(current + 1, '下一页', 'next'));
	return `<nav class="pagination" aria-label="分页，第 ${current} 页，共 ${last} 页">${parts.join('')}</nav>`;
}

// ---------------------------------------------------------------------------------------------
// Compact index (/library/index.json), loaded by the filter and the 对照阅读 pickers on demand

/**
 * Repeated strings (issuers, topics, levels…) are listed once and referred to by position; a date
 * is [year, month?, day?] or 0. At 5,000 texts this is about half the size of plain objects.
 */
export interface LibraryIndex {
	v: 1;
	strings: string[];
	/** [id, title, shortTitle, docNumber or 0, issuers, date, level, docType, status, topics, superseded 0/1] */
	items: [string, string, string, string | 0, number[], number[] | 0, number, number, number, number[], 0 | 1][];
}

/** What the pickers need besides the library's fields. */
export interface IndexedItem extends LibraryItem {
	shortTitle: string;
}

export function encodeIndex(items: readonly IndexedItem[]): LibraryIndex {
	const strings: string[] = [];
	const pos = new Map<string, number>();
	const s = (value: string) => {
		let n = pos.get(value);
		if (n === undefined) {
			n = strings.push(value) - 1;
			pos.set(value, n);
		}
		return n;
	};
	return {
		v: 1,
		strings,
		items: items.map((i) => [
			i.id,
			i.title,
			i.shortTitle,
			i.docNumber ?? 0,
			i.issuers.map(s),
			i.issued.kind === 'date'
				? [i.issued.year, ...(i.issued.month === undefined ? [] : [i.issued.month]), ...(i.issued.day === undefined ? [] : [i.issued.day])]
				: 0,
			s(i.level),
			s(i.docType),
			s(i.status),
			i.topics.map(s),
			i.superseded ? 1 : 0,
		]),
	};
}

const pad = (n: number) => String(n).padStart(2, '0');

export function decodeIndex(index: LibraryIndex): IndexedItem[] {
	const s = (n: number) => index.strings[n] ?? '';
	return index.items.map(([id, title, shortTitle, docNumber, issuers, date, level, docType, status, topics, superseded]) => {
		let issued: PartialDate = { kind: 'unknown' };
		if (date) {
			const [year, month, day] = date as [number, number?, number?];
			const iso = `${year}${month === undefined ? '' : `-${pad(month)}`}${day === undefined ? '' : `-${pad(day)}`}`;
			issued = { kind: 'date', year, month, day, iso };
		}
		const item: IndexedItem = {
			id,
			title,
			shortTitle,
			issuers: issuers.map(s),
			issued,
			level: s(level) as LibraryItem['level'],
			docType: s(docType),
			status: s(status),
			topics: topics.map(s),
		};
		if (docNumber) item.docNumber = docNumber;
		if (superseded) item.superseded = true;
		return item;
	});
}
