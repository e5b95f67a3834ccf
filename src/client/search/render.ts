/**
 * Result rendering shared by the header dialog and /search/: each result is an `<li data-search-result>`
 * holding its link, the 文号 and date, and a clause excerpt with the query's words marked; above the
 * results, what the search understood (pinyin, synonyms, words left out) and the answer cards (a
 * clause to go to, a calculator's answer, a glossary definition). Page text is only ever inserted as
 * text nodes, never parsed as HTML.
 */
import type { RankedResult } from '../../lib/search/rank';
import type { DictionaryTerm, NormalisedQuery } from '../../lib/search/normalise';
import { withTextFragment } from '../../lib/search/facets';
import { formsShown } from '../../lib/search/negation';
import { joinBase, pageOf } from '../../lib/url';
import { el } from '../el';
import { templateAsked, termDefinition, type SearchOutcome } from './engine';
import type { TemplateHit } from '../../lib/search/template-intent';

const base = import.meta.env.BASE_URL;

export function renderResult(r: RankedResult): HTMLLIElement {
	// A verbatim match opens the page with the words highlighted; otherwise the link goes to the clause.
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

/** A template asked for (请示咋写) as a result: its page at the original text, its kind and stage, its opening. */
export function renderTemplateResult(t: TemplateHit): HTMLLIElement {
	return el(
		'li',
		{ 'data-search-result': '', 'data-search-template': t.id, 'data-exact': 'false' },
		el('a', { href: joinBase(base, t.href) }, `模板${t.number}：${t.title}`),
		el('div', { class: 'search-meta' }, `文书模板 · ${t.kind} · ${t.stage}`),
		el('p', { 'data-search-excerpt': '' }, t.opening)
	);
}

/**
 * Puts the template a query asks for first in `list` (which shows `outcome`'s results): fetched only
 * for a query with a word asking how to write; not with filters chosen, which may leave templates out.
 * The status line (written meanwhile) then says so, since its count is of the search's results only.
 */
export async function showTemplateResult(list: HTMLElement, status: HTMLElement, outcome: SearchOutcome, filtered = false): Promise<void> {
	list.dataset.searchQuery = outcome.query.input;
	if (filtered) return;
	const template = await templateAsked(outcome.query.input);
	if (!template || !list.isConnected || list.dataset.searchQuery !== outcome.query.input) return;
	list.querySelector('[data-search-template]')?.remove();
	// The same template among the results (the ranking may find it too): shown once, first.
	const page = pageOf(joinBase(base, template.href));
	const same = [...list.querySelectorAll('[data-search-result]')].find(
		(li) => pageOf(li.querySelector('a')?.getAttribute('href') ?? '') === page
	);
	same?.remove();
	const pinned = renderTemplateResult(template);
	if (!same) pinned.dataset.searchTemplateExtra = '';
	list.prepend(pinned);
	status.textContent = `${status.textContent ?? ''}${templateNote(list)}`;
}

/**
 * What the status line adds when a template asked for stands first: moved up from among the results,
 * or listed besides them (then it is not one of the results counted).
 */
export function templateNote(list: HTMLElement): string {
	const pinned = list.querySelector<HTMLElement>('[data-search-template]');
	const label = pinned?.querySelector('a')?.textContent;
	if (!pinned || !label) return '';
	return pinned.dataset.searchTemplateExtra === undefined ? `所问的${label}排在最前面。` : `最前面另列出所问的${label}。`;
}

/** The glossary answer: term (linking to its entry on /glossary/), quoted definition, source clause. */
export function renderTermCard(term: DictionaryTerm, definition: string): HTMLElement {
	return el(
		'aside',
		{ class: 'search-answer', 'data-search-answer': 'term', 'aria-label': `名词解释：${term.term}` },
		el('p', { class: 'search-answer-term' }, el('a', { href: joinBase(base, `/glossary/#${term.id}`) }, term.term), '（名词解释）'),
		el('blockquote', {}, el('p', {}, definition)),
		el('p', { class: 'search-answer-source' }, '出处：', el('a', { href: term.source.url }, `《${term.source.title ?? term.source.id}》`))
	);
}

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join('');

/**
 * The status line: how many results, and honestly which kind they are — the query verbatim; all its
 * words in one clause; its words found apart; or words that are in no text (named).
 */
export function statusText(outcome: SearchOutcome, shown: number): string {
	const { query, ranked } = outcome;
	const display = query.display;
	if (ranked.length === 0) {
		if (!display) return '没有符合筛选条件的文件。';
		const absent = outcome.termsMissing.length ? `${quoted(outcome.termsMissing)}不在任何文件中。` : '';
		return `没有找到与“${display}”有关的内容。${absent}`;
	}
	const lead = outcome.correctedFrom ? `以下是“${display}”的结果。` : '';
	const clause = clauseAsked(outcome);
	if (clause) {
		const first = ranked[0]!;
		return first.clauseHit
			? `${lead}第一条是《${first.title}》${clause.label}。共 ${outcome.total} 条结果，显示 ${shown} 条。`
			: `${lead}没有在“${display}”中找到${clause.label}。以下 ${shown} 条是这篇文件和有关的结果。`;
	}
	const exact = ranked.filter((r) => r.exact).length;
	// Words typed apart (党费 阵地) are found each on its own, not as one phrase: say “同时包含”, not “原文”.
	const parts = query.parts.map((p) => p.text);
	const holding = parts.length > 1 ? `同时包含${quoted(parts)}` : `包含“${display}”原文`;
	if (!display || query.parts.length === 0 || exact > 0) {
		const verbatim = display && query.parts.length ? `，其中 ${exact} 条${holding}` : '';
		return `${lead}共 ${outcome.total} 条结果${verbatim}，显示 ${shown} 条。`;
	}
	// Nothing verbatim: say how the words were found.
	const out = [`${lead}没有找到${holding}的内容。`];
	const terms = query.terms.map((t) => t.text);
	const missing = terms.length ? outcome.termsMissing : outcome.missing;
	const present = terms.filter((t) => !missing.includes(t));
	if (missing.length) out.push(`所有结果都不含${quoted(missing)}（任何文件中都没有）。`);
	const first = ranked[0]!;
	const firstLacks = present.filter((t) => first.termsMissing.includes(t));
	if (present.length > 1) {
		if (present.every((t) => first.termsInClause.includes(t))) out.push(`第一条结果在同一条款中包含${quoted(present)}。`);
		else if (firstLacks.length === 0) out.push(`第一条结果包含${quoted(present)}，但分散在不同条款。`);
		else if (ranked.some((r) => present.every((t) => !r.termsMissing.includes(t)))) out.push(`第一条结果不含${quoted(firstLacks)}。`);
		else out.push(`没有一篇文件同时包含${quoted(present)}；第一条结果不含${quoted(firstLacks)}。`);
	} else if (present.length === 1 && missing.length) out.push(`以下是包含${quoted(present)}的结果。`);
	out.push(`显示 ${shown} 条。`);
	return out.join('');
}

/**
 * What the search understood: pinyin read as Chinese, everyday words searched as the texts' words,
 * words the texts do not use and the corpus words the first result was found by instead (`related`,
 * rank.ts), words left out.
 */
export function renderUnderstanding(
	query: NormalisedQuery,
	related: RankedResult['related'] = [],
	matched: readonly string[] = []
): HTMLElement | null {
	const lines: string[] = [];
	for (const r of query.readings) lines.push(`按拼音理解为：${r.read}`);
	for (const s of query.synonyms) lines.push(`“${s.word}”也按${s.corpus.map((c) => `‘${c}’`).join('')}检索`);
	// A negated word's forms only as the texts use them (无挂靠单位), never a form no text has (未党员).
	for (const n of query.negations ?? []) {
		const shown = formsShown(n.forms, (f) => n.used.includes(f), matched);
		if (shown.length) lines.push(`“${n.word}”也按${shown.map((c) => `‘${c}’`).join('')}检索`);
	}
	for (const r of related) lines.push(`文中没有“${r.word}”，也按${r.corpus.map((c) => `“${c}”`).join('')}检索`);
	if (query.dropped.length && query.terms.length) lines.push(`略去：${query.dropped.join('、')}`);
	if (lines.length === 0) return null;
	return el('p', { class: 'search-understood', 'data-search-understood': '' }, lines.join('；'));
}

/**
 * The clause number a go-to query asks for: after the name of a text (51号文第十条), or after words
 * that name one loosely (青海工作指南第三部分) when a result is that text's clause.
 */
function clauseAsked({ query, ranked }: SearchOutcome): NormalisedQuery['clause'] {
	return query.clause ?? (ranked.some((r) => r.clauseHit) ? query.looseClause : undefined);
}

/** The clause a go-to query names (`51号文第十条`): one card per text that has it, linking straight to the clause. */
export function renderClauseCards(outcome: SearchOutcome): HTMLElement[] {
	const clause = clauseAsked(outcome);
	if (!clause) return [];
	return outcome.ranked
		.filter((r) => r.clauseHit)
		.map((r) =>
			el(
				'aside',
				{ class: 'search-answer', 'data-search-answer': 'goto', 'aria-label': `${r.title}${clause.label}` },
				el('p', { class: 'search-answer-term' }, el('a', { href: r.target }, `《${r.title}》${clause.label}`)),
				el('p', {}, r.excerpt.map((p) => p.text).join(''))
			)
		);
}

/** “您是不是要找：三会一课” with a link that searches the corrected words. */
export function renderCorrection(outcome: SearchOutcome): HTMLElement | null {
	if (!outcome.correctedFrom) return null;
	const url = `${joinBase(base, '/search/')}?q=${encodeURIComponent(outcome.query.display)}`;
	return el(
		'p',
		{ class: 'search-correction', 'data-search-correction': '' },
		'您是不是要找：',
		el('a', { href: url }, outcome.query.display),
		`（您输入的是“${outcome.correctedFrom}”）`
	);
}

/** Whether `container` still shows `outcome` (a newer search may have replaced it while a card loaded). */
const stillShowing = (container: HTMLElement, outcome: SearchOutcome) =>
	container.isConnected && container.dataset.searchQuery === outcome.query.input;

/**
 * Fills `container` (the area above the results) for an outcome: correction, what was understood,
 * go-to cards at once; the calculator card and the glossary definition when their code or data has
 * loaded (only for queries that need them). Resolves when all are shown.
 */
export async function showExtras(container: HTMLElement, outcome: SearchOutcome): Promise<void> {
	container.replaceChildren();
	container.dataset.searchQuery = outcome.query.input;
	const correction = renderCorrection(outcome);
	const understood = renderUnderstanding(
		outcome.query,
		outcome.ranked[0]?.related,
		outcome.ranked.slice(0, 8).flatMap((r) => r.matched)
	);
	container.append(...[correction, understood, ...renderClauseCards(outcome)].filter((n): n is HTMLElement => n !== null));
	await Promise.all([showToolCard(container, outcome), showTermCard(container, outcome)]);
}

async function showToolCard(container: HTMLElement, outcome: SearchOutcome): Promise<void> {
	const intent = outcome.query.tool;
	if (!intent) return;
	// The rules and their clauses load only for a calculator question.
	const { renderToolCard } = await import('./tool-card');
	if (!stillShowing(container, outcome)) return;
	container.querySelector('[data-search-answer="tool"]')?.remove();
	const card = renderToolCard(intent);
	const after = container.querySelector('[data-search-understood], [data-search-correction]');
	if (after) after.after(card);
	else container.prepend(card);
}

async function showTermCard(container: HTMLElement, outcome: SearchOutcome): Promise<void> {
	const term = outcome.query.term;
	if (!term) return;
	const definition = await termDefinition(term.id);
	if (definition === undefined || !stillShowing(container, outcome)) return;
	container.querySelector('[data-search-answer="term"]')?.remove();
	container.append(renderTermCard(term, definition));
}
