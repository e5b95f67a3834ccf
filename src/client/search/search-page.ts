/**
 * <kb-search-page>: the /search/ page. Query and filters live in the URL (?q=…&level=…) so a search
 * can be shared; typing searches as you go (debounced), and a newer search cancels the one in flight.
 *
 * Nothing of the index loads when the page opens: Pagefind and the index's shards (one set of files
 * each, src/lib/search/index-shards.ts) are preloaded when the field gets focus and loaded by the first
 * search — at once when the URL holds a query or a filter — so the page's first load does not grow
 * with the corpus. The filters and their counts come with the first results.
 *
 * State for tests and assistive code: `data-search-seq` counts the searches asked for (it goes up as
 * soon as an input or a filter asks, before the debounce), `data-search-state` is `busy` from then
 * until that search — the latest — has been shown, then `done`.
 */
import { SEARCH_FACETS, type SearchFacetKey } from '../../lib/facets';
import { asksForSearch } from '../../lib/search/asks-for-search';
import {
	facetCount,
	facetValues,
	hasFilters,
	readSearchParams,
	relatedTerms,
	writeSearchParams,
	type FilterCounts,
	type SelectedFilters,
} from '../../lib/search/facets';
import { joinBase } from '../../lib/url';
import { prepare, search, SearchCancelled, untilPointerLeaves, type SearchOutcome } from './engine';
import { el } from '../el';
import { renderResult, showExtras, showTemplateResult, statusText, templateNote } from './render';

const SHOWN = 20;
const DEBOUNCE_MS = 250;
/** Wide enough for the filter column beside the results (as in the layout's CSS). */
const WIDE = '(min-width: 50rem)';

class KbSearchPage extends HTMLElement {
	#query = '';
	#filters: SelectedFilters = {};
	#controller: AbortController | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#seq = 0;
	#input!: HTMLInputElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#facets!: HTMLElement;
	#filterBox!: HTMLDetailsElement;
	#filterSummary!: HTMLElement;
	#extras!: HTMLElement;
	#more!: HTMLButtonElement;
	#tips!: HTMLElement;
	#terms: { term: string; id: string }[] = [];

	connectedCallback() {
		const form = this.querySelector('form')!;
		this.#input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
		this.#status = this.querySelector<HTMLElement>('[data-search-status]')!;
		this.#list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
		this.#facets = this.querySelector<HTMLElement>('[data-search-facets]')!;
		this.#filterBox = this.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
		this.#filterSummary = this.#filterBox.querySelector('summary')!;
		this.#extras = this.querySelector<HTMLElement>('[data-search-extras]')!;
		this.#more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
		this.#tips = this.querySelector<HTMLElement>('[data-search-tips]')!;
		this.#terms = JSON.parse(this.dataset.terms ?? '[]');
		// On a phone the filters are a closed disclosure below the results; beside them on a wide screen, open.
		this.#filterBox.open = matchMedia(WIDE).matches;
		({ query: this.#query, filters: this.#filters } = readSearchParams(new URL(location.href).searchParams));
		this.#input.value = this.#query;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#query = this.#input.value.trim();
			this.#go(0);
		});
		this.#input.addEventListener('input', () => {
			this.#query = this.#input.value.trim();
			this.#go(DEBOUNCE_MS);
		});
		this.#input.addEventListener('focus', () => prepare(), { once: true });
		this.#ask();
		void this.#run();
	}

	/** A search is asked for: count it and say busy at once, so nobody mistakes the last one's "done" for it. */
	#ask() {
		this.#seq++;
		this.setAttribute('data-search-seq', String(this.#seq));
		this.setAttribute('data-search-state', 'busy');
	}

	#go(delay: number) {
		clearTimeout(this.#timer);
		this.#ask();
		this.#timer = setTimeout(() => {
			const url = new URL(location.href);
			url.search = writeSearchParams(this.#query, this.#filters).toString();
			history.replaceState(null, '', url);
			void this.#run();
		}, delay);
	}

	async #run() {
		this.#controller?.abort();
		const controller = new AbortController();
		this.#controller = controller;
		const seq = this.#seq;
		try {
			await this.#render(controller.signal);
		} catch (error) {
			if (error instanceof SearchCancelled) return;
			this.#list.replaceChildren();
			this.#status.textContent = '检索索引未能加载。请确认网站已完整构建（npm run build 会生成索引）。';
		}
		if (this.#controller === controller && this.#seq === seq) this.setAttribute('data-search-state', 'done');
	}

	async #render(signal: AbortSignal) {
		const query = this.#query;
		const filters = this.#filters;
		if (!asksForSearch(query, filters)) {
			this.#list.replaceChildren();
			this.#extras.replaceChildren();
			this.#tips.replaceChildren();
			this.#facets.replaceChildren();
			this.#more.hidden = true;
			this.#status.textContent = '请输入检索词或问题，例如“三会一课”“几个党员可以成立党支部”“51号文第十条”，也可以输入拼音。';
			return;
		}
		this.#status.textContent = '正在检索…';
		const outcome = await search(query, filters, signal, { facets: true, onFirst: (first) => void this.#show(first) });
		await untilPointerLeaves(this.#list, signal);
		await this.#show(outcome);
	}

	/** Shows an outcome; resolves once its answer cards are in place too. */
	async #show(outcome: SearchOutcome): Promise<void> {
		const extras = showExtras(this.#extras, outcome);
		this.#renderFacets(outcome.filterCounts);
		const shown = outcome.ranked.slice(0, SHOWN);
		let rest = outcome.ranked.slice(SHOWN);
		this.#list.replaceChildren(...shown.map(renderResult));
		const template = showTemplateResult(this.#list, this.#status, outcome, hasFilters(this.#filters));
		this.#status.textContent = statusText(outcome, shown.length);
		// Words in no text (or nothing found): other ways in, below the results so a phone shows those first.
		this.#tips.replaceChildren();
		if (shown.length === 0 || outcome.termsMissing.length || outcome.missing.length) this.#renderTips(outcome);
		// 显示更多: the next results are appended below; nothing already shown moves.
		const update = () => {
			this.#more.hidden = rest.length === 0 && !outcome.more;
		};
		this.#more.onclick = async () => {
			if (rest.length === 0 && outcome.more) rest = await outcome.more();
			const next = rest.slice(0, SHOWN);
			rest = rest.slice(SHOWN);
			this.#list.append(...next.map(renderResult));
			const count = this.#list.children.length;
			// A template asked for, listed besides the results (not moved up from among them), is not counted.
			const extra = this.#list.querySelector('[data-search-template-extra]') ? 1 : 0;
			this.#status.textContent = `${statusText(outcome, count - extra)}${templateNote(this.#list)}`;
			update();
			(next.length ? this.#list.children[count - next.length]?.querySelector('a') : null)?.focus();
		};
		update();
		await Promise.all([extras, template]);
	}

	#renderFacets(counts: FilterCounts) {
		this.#facets.replaceChildren();
		let selected = 0;
		for (const { key, label } of SEARCH_FACETS) {
			const values = facetValues(counts, key, this.#filters);
			if (values.length === 0) continue;
			const fieldset = el('fieldset', { 'data-facet': key }, el('legend', {}, label));
			for (const value of values) {
				const id = `facet-${key}-${value}`;
				const box = el('input', { type: 'checkbox', id, name: key, value });
				box.checked = this.#filters[key]?.includes(value) ?? false;
				if (box.checked) selected++;
				box.addEventListener('change', () => {
					const set = new Set(this.#filters[key] ?? []);
					if (box.checked) set.add(value);
					else set.delete(value);
					this.#filters = { ...this.#filters, [key as SearchFacetKey]: [...set] };
					this.#go(0);
				});
				fieldset.append(
					el('div', { class: 'facet-option' }, box, el('label', { for: id }, `${value}（${facetCount(counts, key, value)}）`))
				);
			}
			this.#facets.append(fieldset);
		}
		this.#filterSummary.textContent = selected ? `筛选（已选 ${selected} 项）` : '筛选';
	}

	#renderTips(outcome: SearchOutcome) {
		const tips = el('div', { class: 'search-empty' });
		if (hasFilters(this.#filters) && outcome.unfiltered > 0 && outcome.ranked.length === 0) {
			const clear = el('button', { type: 'button' }, '清除全部筛选条件');
			clear.addEventListener('click', () => {
				this.#filters = {};
				this.#go(0);
			});
			tips.append(el('p', {}, `不加筛选条件时有 ${outcome.unfiltered} 篇结果。`), clear);
		} else if (outcome.ranked.length === 0) {
			tips.append(el('p', {}, '可以换一个说法，或只输入关键的两三个字，例如“换届”“党费”。'));
		}
		// Glossary terms near the query's content words, each word on its own (question words left out).
		const { terms, display } = outcome.query;
		const related = relatedTerms(terms.length ? terms.map((t) => t.text).join(' ') : display, this.#terms);
		if (related.length) {
			tips.append(
				el('p', {}, '名词解释中的相关词语：'),
				el(
					'ul',
					{},
					...related.map((t) => el('li', {}, el('a', { href: joinBase(import.meta.env.BASE_URL, `/glossary/#${t.id}`) }, t.term)))
				)
			);
		}
		if (tips.childElementCount) this.#tips.append(tips);
	}
}

customElements.define('kb-search-page', KbSearchPage);
