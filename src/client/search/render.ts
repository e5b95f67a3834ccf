/**
 * Result rendering shared by the header dialog and /search/: each result is an `<li data-search-result>`
 * holding its link, the 文号 and date, and a clause excerpt with the query's words marked. Page text is
 * only ever inserted as text nodes, never parsed as HTML.
 */
import type { RankedResult } from '../../lib/search/rank';
import type { DictionaryTerm } from '../../lib/search/normalise';
import { withTextFragment } from '../../lib/search/facets';
import { joinBase } from '../../lib/url';
import { el } from '../el';
import { termDefinition, type SearchOutcome } from './engine';

export function renderResult(r: RankedResult): HTMLLIElement {
	const href = r.exact && r.matched[0] ? withTextFragment(r.target, r.matched[0]) : r.target;
	const excerpt = el('p', { 'data-search-excerpt': '' });
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

/** The glossary answer: term (linking to its entry on /glossary/), quoted definition, source clause. */
export function renderTermCard(term: DictionaryTerm, definition: string): HTMLElement {
	return el(
		'aside',
		{ class: 'search-answer', 'data-search-answer': '', 'aria-label': `名词解释：${term.term}` },
		el(
			'p',
			{ class: 'search-answer-term' },
			el('a', { href: joinBase(import.meta.env.BASE_URL, `/glossary/#${term.id}`) }, term.term),
			'（名词解释）'
		),
		el('blockquote', {}, el('p', {}, definition)),
		el('p', { class: 'search-answer-source' }, '出处：', el('a', { href: term.source.url }, `《${term.source.title ?? term.source.id}》`))
	);
}

/** The status line for an outcome: counts, corrections, words not found. */
export function statusText(outcome: SearchOutcome, shown: number): string {
	const { query, ranked } = outcome;
	const display = query.display;
	if (ranked.length === 0) return display ? `没有找到包含“${display}”的内容。` : '没有符合筛选条件的文件。';
	const exact = ranked.filter((r) => r.exact).length;
	const lead = outcome.correctedFrom ? `以下是“${display}”的结果。` : '';
	if (display && exact === 0 && query.parts.length > 1) {
		const words = query.parts.map((p) => `“${p.text}”`).join('和');
		const notFound = outcome.missing.length ? outcome.missing : (ranked[0]?.missing ?? []);
		return `${lead}没有同时包含${words}的内容。以下 ${shown} 条是部分匹配的结果，${outcome.missing.length ? '所有结果都' : '第一条'}不含“${notFound.join('”“')}”。`;
	}
	if (display && exact === 0) {
		return `${lead}没有找到包含“${display}”原文的内容。以下 ${shown} 条是部分词语相同的结果。`;
	}
	return `${lead}共 ${outcome.total} 条结果${display && query.parts.length ? `，其中 ${exact} 条包含“${display}”原文` : ''}，显示 ${shown} 条。`;
}

/** “您是不是要找：三会一课” with a link that searches the corrected words. */
export function renderCorrection(outcome: SearchOutcome): HTMLElement | null {
	if (!outcome.correctedFrom) return null;
	const url = `${joinBase(import.meta.env.BASE_URL, '/search/')}?q=${encodeURIComponent(outcome.query.display)}`;
	return el(
		'p',
		{ class: 'search-correction', 'data-search-correction': '' },
		'您是不是要找：',
		el('a', { href: url }, outcome.query.display),
		`（您输入的是“${outcome.correctedFrom}”）`
	);
}

/** Fills `container` with the answer card for the outcome's glossary term, if any, once its definition has arrived. */
export async function showTermCard(container: HTMLElement, outcome: SearchOutcome): Promise<void> {
	const term = outcome.query.term;
	if (!term) return;
	const definition = await termDefinition(term.id);
	// A newer search may have replaced the results meanwhile: its own card, if any, is its own.
	if (definition === undefined || !container.isConnected || container.dataset.searchQuery !== outcome.query.display) return;
	container.querySelector('[data-search-answer]')?.remove();
	const card = renderTermCard(term, definition);
	const correction = container.querySelector('[data-search-correction]');
	if (correction) correction.after(card);
	else container.prepend(card);
}
