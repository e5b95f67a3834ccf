/**
 * Browser side of the search page: loads Pagefind from our own origin, re-ranks its candidates for
 * verbatim Chinese matches (src/lib/search/rank.ts) and renders results, filters and empty states.
 */
import { rankResults, queryParts, type Candidate, type RankedResult } from './search/rank';
import { FACETS, hasFilters, relatedTerms, sortFacetValues, withTextFragment, type FacetKey, type SelectedFilters } from './search/facets';
import { joinBase } from './url';

type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
	results: { data(): Promise<Omit<Candidate, 'engineRank'>> }[];
	filters: FilterCounts;
	unfilteredResultCount: number;
}
interface Pagefind {
	search(query: string | null, options?: { filters?: SelectedFilters }): Promise<PagefindSearch | null>;
	filters(): Promise<FilterCounts>;
}

/** Candidates read per search: enough for re-ranking to reach verbatim matches Pagefind ranks low. */
const CANDIDATES = 30;
const SHOWN = 20;

let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
	pagefindPromise ??= import(/* @vite-ignore */ joinBase(import.meta.env.BASE_URL, '/pagefind/pagefind.js')) as Promise<Pagefind>;
	return pagefindPromise;
}

export interface SearchUi {
	root: HTMLElement;
	status: HTMLElement;
	list: HTMLOListElement;
	facets: HTMLElement;
	terms: { term: string; id: string }[];
	onFilterChange(filters: SelectedFilters): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]) {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	for (const c of children) if (c !== null) node.append(c);
	return node;
}

function renderResult(r: RankedResult, query: string): HTMLLIElement {
	const firstPart = queryParts(query)[0] ?? '';
	const href = r.exact ? withTextFragment(r.target, firstPart) : r.target;
	const excerpt = el('p', { 'data-search-excerpt': '' });
	// Text nodes and <mark> built from strings: page text is never parsed as HTML.
	for (const part of r.excerpt) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
	const meta = [r.meta.docNumber && r.meta.docNumber !== '无文号' ? r.meta.docNumber : '', r.meta.issued ?? ''].filter(Boolean).join(' · ');
	return el(
		'li',
		{ 'data-search-result': '', 'data-exact': String(r.exact) },
		el('a', { href }, r.title),
		meta ? el('div', { class: 'search-meta' }, meta) : null,
		excerpt
	);
}

function renderFacets(ui: SearchUi, counts: FilterCounts, selected: SelectedFilters) {
	ui.facets.replaceChildren();
	for (const { key, label } of FACETS) {
		const values = Object.keys(counts[key] ?? {});
		for (const v of selected[key] ?? []) if (!values.includes(v)) values.push(v);
		if (values.length === 0) continue;
		const fieldset = el('fieldset', { 'data-facet': key }, el('legend', {}, label));
		for (const value of sortFacetValues(key, values)) {
			const id = `facet-${key}-${value}`;
			const box = el('input', { type: 'checkbox', id, name: key, value });
			(box as HTMLInputElement).checked = selected[key]?.includes(value) ?? false;
			box.addEventListener('change', () => {
				const next: SelectedFilters = { ...selected };
				const set = new Set(next[key] ?? []);
				if ((box as HTMLInputElement).checked) set.add(value);
				else set.delete(value);
				next[key as FacetKey] = [...set];
				ui.onFilterChange(next);
			});
			fieldset.append(el('div', { class: 'facet-option' }, box, el('label', { for: id }, `${value}（${counts[key]?.[value] ?? 0}）`)));
		}
		ui.facets.append(fieldset);
	}
}

function renderEmpty(ui: SearchUi, query: string, filters: SelectedFilters, unfiltered: number) {
	const tips = el('div', { class: 'search-empty' });
	if (hasFilters(filters) && unfiltered > 0) {
		const clear = el('button', { type: 'button' }, '清除全部筛选条件');
		clear.addEventListener('click', () => ui.onFilterChange({}));
		tips.append(el('p', {}, `不加筛选条件时有 ${unfiltered} 篇结果。`), clear);
	} else if (queryParts(query).length > 1) {
		tips.append(el('p', {}, '多个词之间用空格分隔时，结果须同时包含每个词。可以减少一个词再试。'));
	} else {
		tips.append(el('p', {}, '可以换一个说法，或只输入关键的两三个字，例如“换届”“党费”。'));
	}
	const related = relatedTerms(query, ui.terms);
	if (related.length) {
		tips.append(
			el('p', {}, '名词解释中的相关词语：'),
			el('ul', {}, ...related.map((t) => el('li', {}, el('a', { href: joinBase(import.meta.env.BASE_URL, `/glossary/#${t.id}`) }, t.term))))
		);
	}
	ui.list.before(tips);
}

export async function runSearch(rawQuery: string, filters: SelectedFilters, ui: SearchUi): Promise<void> {
	ui.root.setAttribute('data-search-state', 'busy');
	ui.root.querySelector('.search-empty')?.remove();
	try {
		await render(rawQuery.trim(), filters, ui);
	} finally {
		ui.root.setAttribute('data-search-state', 'done');
	}
}

async function render(query: string, filters: SelectedFilters, ui: SearchUi) {
	ui.list.replaceChildren();
	if (!query && !hasFilters(filters)) {
		ui.status.textContent = '请输入检索词，例如“三会一课”“换届”或文号“中办发〔2015〕51号”。多个词用空格分隔。';
		ui.facets.replaceChildren();
		return;
	}
	ui.status.textContent = '正在检索…';
	let pagefind: Pagefind;
	try {
		pagefind = await loadPagefind();
	} catch {
		ui.status.textContent = '检索索引未能加载。请确认网站已完整构建（npm run build 会生成索引）。';
		return;
	}
	const search = await pagefind.search(query || null, { filters });
	if (!search) return;
	const candidates = await Promise.all(
		search.results.slice(0, CANDIDATES).map(async (r, engineRank) => ({ ...(await r.data()), engineRank }))
	);
	const ranked = query ? rankResults(query, candidates) : candidates.map((c) => rankResults('', [c])[0]!);
	renderFacets(ui, search.filters, filters);
	const shown = ranked.slice(0, SHOWN);
	for (const r of shown) ui.list.append(renderResult(r, query));
	if (shown.length === 0) {
		ui.status.textContent = query ? `没有找到包含“${query}”的内容。` : '没有符合筛选条件的文件。';
		renderEmpty(ui, query, filters, search.unfilteredResultCount);
		return;
	}
	const exact = ranked.filter((r) => r.exact).length;
	if (query && exact === 0) {
		// Only loose matches (shared characters, not the wording): say so, and offer ways forward.
		ui.status.textContent = `没有找到包含“${query}”原文的内容。以下 ${shown.length} 条是部分词语相同的结果。`;
		renderEmpty(ui, query, filters, search.unfilteredResultCount);
		return;
	}
	ui.status.textContent =
		`共 ${search.results.length} 条结果` +
		(query ? `，其中 ${exact} 条包含“${query}”原文` : '') +
		(search.results.length > SHOWN ? `，显示前 ${SHOWN} 条。` : '。');
}
