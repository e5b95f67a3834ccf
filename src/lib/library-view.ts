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

/*
 * Pages are cut from the end of the list, not from its top: every page but the first holds
 * PAGE_SIZE rows, and the first holds the rest (PAGE_SIZE to 2 × PAGE_SIZE − 1 rows; all of a
 * shorter list). The lists run newest first, so a newly issued text lands on page 1 and page 2
 * onwards keep their rows: an incremental build renders the first page of each list again, not
 * every page. The page count grows once every PAGE_SIZE texts, and only then do all pages move.
 * A text dated further back moves one row across each page above its place; the pages below keep theirs.
 */

/** Pages of a list of `total` rows: one, or one per full PAGE_SIZE rows. */
export function pageCount(total: number, size = PAGE_SIZE): number {
	return Math.max(1, Math.floor(total / size));
}

/** A page number clamped to 1…last. */
export function clampPage(page: number, last: number): number {
	return Math.min(Math.max(1, Math.floor(page) || 1), last);
}

/** [start, end) of page `page` (clamped) in a list of `total` rows. */
export function pageBounds(total: number, page: number, size = PAGE_SIZE): [number, number] {
	const last = pageCount(total, size);
	const p = clampPage(page, last);
	const end = total - (last - p) * size;
	return [p === 1 ? 0 : end - size, end];
}

export function pageSlice<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
	return items.slice(...pageBounds(items.length, page, size));
}

/**
 * One page of a list, for its summary: “第 3 / 40 页，本页 50 篇，发文日期 2019年3月2日—2018年11月5日”.
 * Said with the page's own dates rather than its row numbers (第 101—150 篇), which every text
 * added above it would change on every page.
 */
export function pageSummary(current: number, last: number, rows: readonly Pick<LibraryItem, 'issued'>[]): string {
	const dated = rows.filter((r) => r.issued.kind === 'date');
	const undated = rows.length - dated.length;
	const [newest, oldest] = [dated[0], dated.at(-1)].map((r) => (r ? formatPartialDate(r.issued) : ''));
	const span = dated.length === 0 ? '' : newest === oldest ? `发文日期 ${newest}` : `发文日期 ${newest}—${oldest}`;
	const unknown = undated === 0 ? '' : dated.length === 0 ? '日期均不详' : `另有 ${undated} 篇日期不详`;
	return [`第 ${current} / ${last} 页`, `本页 ${rows.length} 篇`, span, unknown].filter(Boolean).join('，');
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
