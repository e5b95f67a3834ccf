/**
 * <kb-library>: instant filtering of the 文件库. The page holds only its 50 rows; the whole corpus
 * comes from the compact index (`data-index`, /library/index.json), fetched the first time the
 * reader uses a control or opens a filtered link, then kept. Rows and page links are rendered by
 * the same functions as the static pages; the state lives in the URL (?q=…&current=1&level=…&page=2).
 */
import {
	applyState,
	countFacets,
	emptyState,
	hasFilters,
	isFacetKey,
	searchItems,
	stateFromQuery,
	stateToQuery,
	type LibraryItem,
	type LibraryState,
	type SortOrder,
} from '../lib/library';
import { clampPage, pageCount, pageSlice, pageSummary, paginationHtml, rowHtml } from '../lib/library-view';
import { relatedTerms } from '../lib/search/facets';
import { loadLibraryIndex } from './library-index';
import { el } from './el';

class KbLibrary extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector<HTMLFormElement>('[data-form]')!;
		const filters = form.querySelector<HTMLDetailsElement>('[data-filters]')!;
		const keyword = form.querySelector<HTMLInputElement>('input[name="q"]')!;
		const current = form.querySelector<HTMLInputElement>('input[name="current"]')!;
		const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
		const boxes = [...form.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
		const tbody = this.querySelector<HTMLTableSectionElement>('.library-table tbody')!;
		const summary = this.querySelector<HTMLElement>('[data-summary]')!;
		const empty = this.querySelector<HTMLElement>('[data-empty]')!;
		const pages = this.querySelector<HTMLElement>('[data-pages]')!;
		const keywordNone = form.querySelector<HTMLElement>('[data-keyword-none]')!;
		const listPath = new URL(this.dataset.index!, location.href).pathname.replace(/index\.json$/, '');

		// Wide screens show the filters open; on a phone they stay folded above the results.
		if (matchMedia('(min-width: 50rem)').matches) filters.open = true;

		const readForm = (page = 1): LibraryState => {
			const state = emptyState();
			for (const box of boxes) if (box.checked && isFacetKey(box.name)) state.filters[box.name].push(box.value);
			state.sort = sort.value as SortOrder;
			state.q = keyword.value;
			state.current = current.checked;
			state.page = page;
			return state;
		};
		const writeForm = (state: LibraryState) => {
			for (const box of boxes) box.checked = isFacetKey(box.name) && state.filters[box.name].includes(box.value);
			sort.value = state.sort;
			keyword.value = state.q;
			current.checked = state.current;
		};
		const policyHref = (id: string) => `${listPath.replace(/library\/$/, '')}policies/${id}/`;

		const render = async (state: LibraryState) => {
			const items = await this.load();
			const shown = applyState(items, state);
			const last = pageCount(shown.length);
			const page = clampPage(state.page, last);
			const rows = pageSlice(shown, page);
			tbody.innerHTML = rows.map((item) => rowHtml(item, policyHref)).join('');
			pages.innerHTML = paginationHtml(page, last, (n) => listPath + stateToQuery({ ...state, page: n }));
			showCounts(items, state);
			summary.textContent =
				(hasFilters(state) ? `筛选出 ${shown.length} 篇，` : '') +
				`共 ${items.length} 篇文件` +
				(last > 1 ? `，${pageSummary(page, last, rows)}` : '');
			empty.hidden = shown.length > 0;
			showKeywordNone(items, state.q);
		};

		// Each value's count under the current filters. Only the first page comes with counts; on the
		// others they appear once the index is here.
		const showCounts = (items: LibraryItem[], state: LibraryState) => {
			const counts = countFacets(searchItems(items, state), state.filters);
			for (const box of boxes) {
				if (!isFacetKey(box.name)) continue;
				const n = counts[box.name].find((c) => c.value === box.value)?.count ?? 0;
				const li = box.closest('li')!;
				li.querySelector('[data-count]')!.textContent = String(n);
				li.querySelector<HTMLElement>('.count')!.hidden = false;
				li.classList.toggle('empty', n === 0 && !box.checked);
			}
		};

		// The keyword box looks at titles and 文号 only: when they have none of the words, say so and
		// offer the full-text search and the topics that share the words (换届 → 主题“换届选举”).
		const showKeywordNone = (items: LibraryItem[], q: string) => {
			const words = q.trim();
			if (!words || searchItems(items, { q: words, current: false }).length > 0) {
				keywordNone.hidden = true;
				keywordNone.replaceChildren();
				return;
			}
			const searchPath = `${listPath.replace(/library\/$/, '')}search/?q=${encodeURIComponent(words)}`;
			const topics = [...new Set(items.flatMap((i) => i.topics))].map((t) => ({ term: t, id: t }));
			const related = relatedTerms(words, topics);
			keywordNone.replaceChildren(
				`标题和文号中没有“${words}”。`,
				el('a', { href: searchPath }, `在全文中检索“${words}”`),
				...(related.length
					? [
							'，或看主题：',
							...related.flatMap((t, i) => [
								i ? '、' : '',
								el(
									'a',
									{ href: listPath + stateToQuery({ ...emptyState(), filters: { ...emptyState().filters, topic: [t.term] } }) },
									t.term
								),
							]),
						]
					: []),
				'。'
			);
			keywordNone.hidden = false;
		};

		const update = (page = 1) => {
			const state = readForm(page);
			// The URL changes once the list shows that state, so a link copied at any moment shows what is on screen.
			void render(state).then(
				() => {
					const url = new URL(location.href);
					url.pathname = listPath;
					url.search = stateToQuery(state);
					history.replaceState(history.state, '', url);
				},
				(err) => {
					summary.textContent = `无法读取文件目录：${err instanceof Error ? err.message : String(err)}。请刷新页面重试，或使用下面的分页浏览。`;
				}
			);
		};

		const initial = stateFromQuery(location.search);
		writeForm(initial);
		// A shared link with filters or a page: show that view. Otherwise the static page stands as it is until the reader acts.
		if (location.search) void render(initial);

		let typing: ReturnType<typeof setTimeout> | undefined;
		keyword.addEventListener('input', () => {
			clearTimeout(typing);
			typing = setTimeout(() => update(), 150);
		});
		// Start loading the index as soon as the reader heads for a control.
		form.addEventListener(
			'focusin',
			() =>
				void this.load().then(
					(items) => showCounts(items, readForm()),
					() => undefined
				),
			{ once: true }
		);
		form.addEventListener('change', (e) => {
			if (e.target !== keyword) update();
		});
		form.addEventListener('submit', (e) => e.preventDefault());
		pages.addEventListener('click', (e) => {
			const link = (e.target as Element).closest<HTMLAnchorElement>('.pagination a');
			if (!link || !location.search) return;
			e.preventDefault();
			update(Number(new URL(link.href).searchParams.get('page') ?? 1));
			this.scrollIntoView({ block: 'start' });
		});
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-clear]')) {
			button.addEventListener('click', () => {
				writeForm({ ...emptyState(), sort: sort.value as SortOrder });
				update();
			});
		}
	}

	/** The whole corpus, fetched once. */
	load(): Promise<LibraryItem[]> {
		return loadLibraryIndex(this.dataset.index!);
	}
}

customElements.define('kb-library', KbLibrary);
