/**
 * <kb-search>: the /search/ page. Query and filters live in the URL (?q=…&level=…) so a search can be
 * shared; typing searches as you go (debounced), and a newer search cancels the one in flight.
 */
import { SEARCH_FACETS, type SearchFacetKey } from '../../lib/facets';
import {
	hasFilters,
	readSearchParams,
	relatedTerms,
	sortFacetValues,
	writeSearchParams,
	type SelectedFilters,
} from '../../lib/search/facets';
import { joinBase } from '../../lib/url';
import { prepare, search, SearchCancelled, untilPointerLeaves, type FilterCounts, type SearchOutcome } from './engine';
import { el } from '../el';
import { renderCorrection, renderResult, showTermCard, statusText } from './render';

const SHOWN = 20;
const DEBOUNCE_MS = 250;

class KbSearch extends HTMLElement {
	#query = '';
	#filters: SelectedFilters = {};
	#controller: AbortController | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#input!: HTMLInputElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#facets!: HTMLElement;
	#extras!: HTMLElement;
	#more!: HTMLButtonElement;
	#terms: { term: string; id: string }[] = [];

	connectedCallback() {
		const form = this.querySelector('form')!;
		this.#input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
		this.#status = this.querySelector<HTMLElement>('[data-search-status]')!;
		this.#list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
		this.#facets = this.querySelector<HTMLElement>('[data-search-facets]')!;
		this.#extras = this.querySelector<HTMLElement>('[data-search-extras]')!;
		this.#more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
		this.#terms = JSON.parse(this.dataset.terms ?? '[]');
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
		prepare();
		void this.#run();
	}

	#go(delay: number) {
		clearTimeout(this.#timer);
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
		this.setAttribute('data-search-state', 'busy');
		try {
			await this.#render(controller.signal);
		} catch (error) {
			if (error instanceof SearchCancelled) return;
			this.#list.replaceChildren();
			this.#status.textContent = '检索索引未能加载。请确认网站已完整构建（npm run build 会生成索引）。';
		}
		if (this.#controller === controller) this.setAttribute('data-search-state', 'done');
	}

	async #render(signal: AbortSignal) {
		const query = this.#query;
		const filters = this.#filters;
		if (!query && !hasFilters(filters)) {
			this.#list.replaceChildren();
			this.#extras.replaceChildren();
			this.#facets.replaceChildren();
			this.#more.hidden = true;
			this.#status.textContent = '请输入检索词，例如“三会一课”“换届”或文号“中办发〔2015〕51号”。多个词用空格分隔。';
			return;
		}
		this.#status.textContent = '正在检索…';
		const outcome = await search(query, filters, signal, { facets: true, onFirst: (first) => this.#show(first) });
		await untilPointerLeaves(this.#list, signal);
		this.#show(outcome);
	}

	#show(outcome: SearchOutcome) {
		this.#extras.replaceChildren();
		const correction = renderCorrection(outcome);
		if (correction) this.#extras.append(correction);
		this.#extras.dataset.searchQuery = outcome.query.display;
		void showTermCard(this.#extras, outcome);
		this.#renderFacets(outcome.filterCounts);
		const shown = outcome.ranked.slice(0, SHOWN);
		let rest = outcome.ranked.slice(SHOWN);
		this.#list.replaceChildren(...shown.map(renderResult));
		this.#status.textContent = statusText(outcome, shown.length);
		if (shown.length === 0 || !shown.some((r) => r.exact) || outcome.missing.length) this.#renderTips(outcome);
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
			this.#status.textContent = statusText(outcome, count);
			update();
			(next.length ? this.#list.children[count - next.length]?.querySelector('a') : null)?.focus();
		};
		update();
	}

	#renderFacets(counts: FilterCounts) {
		this.#facets.replaceChildren();
		for (const { key, label } of SEARCH_FACETS) {
			const values = Object.keys(counts[key] ?? {}).filter((v) => (counts[key]?.[v] ?? 0) > 0 || this.#filters[key]?.includes(v));
			for (const v of this.#filters[key] ?? []) if (!values.includes(v)) values.push(v);
			if (values.length === 0) continue;
			const fieldset = el('fieldset', { 'data-facet': key }, el('legend', {}, label));
			for (const value of sortFacetValues(key, values)) {
				const id = `facet-${key}-${value}`;
				const box = el('input', { type: 'checkbox', id, name: key, value });
				box.checked = this.#filters[key]?.includes(value) ?? false;
				box.addEventListener('change', () => {
					const set = new Set(this.#filters[key] ?? []);
					if (box.checked) set.add(value);
					else set.delete(value);
					this.#filters = { ...this.#filters, [key as SearchFacetKey]: [...set] };
					this.#go(0);
				});
				fieldset.append(el('div', { class: 'facet-option' }, box, el('label', { for: id }, `${value}（${counts[key]?.[value] ?? 0}）`)));
			}
			this.#facets.append(fieldset);
		}
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
		} else if (outcome.query.parts.length > 1) {
			tips.append(el('p', {}, '多个词之间用空格分隔时，结果须同时包含每个词。可以减少一个词再试。'));
		} else {
			tips.append(el('p', {}, '可以换一个说法，或只输入关键的两三个字，例如“换届”“党费”。'));
		}
		const related = relatedTerms(outcome.query.display, this.#terms);
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
		this.#extras.append(tips);
	}
}

customElements.define('kb-search', KbSearch);
