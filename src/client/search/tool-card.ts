/**
 * The calculator answer card (loaded only for a calculator question): the rules' answer for the
 * query's numbers (src/lib/search/tool-answer.ts), its 依据 with links to the clauses, and a link
 * that opens the calculator with the numbers filled in.
 */
import { toolAnswer } from '../../lib/search/tool-answer';
import type { ToolIntent } from '../../lib/search/tool-intent';
import { joinBase } from '../../lib/url';
import { citationList, el, localIsoDate } from '../dom';

export function renderToolCard(intent: ToolIntent): HTMLElement {
	const answer = toolAnswer(intent, localIsoDate());
	const [first, ...rest] = answer.lines;
	const href = joinBase(import.meta.env.BASE_URL, answer.href);
	return el(
		'aside',
		{ class: 'search-answer', 'data-search-answer': 'tool', 'data-tool': answer.tool, 'aria-label': answer.title },
		el('p', { class: 'search-answer-term' }, el('a', { href }, answer.title), answer.computed ? '（按您给出的数字计算）' : ''),
		first ? el('p', { class: answer.computed ? 'search-answer-verdict' : '' }, first) : null,
		...rest.map((line) => el('p', {}, line)),
		// Without numbers the clauses are the answer: shown open; with numbers, one tap away.
		answer.basis.length ? el('details', answer.computed ? {} : { open: '' }, el('summary', {}, '依据'), citationList(answer.basis)) : null,
		el('p', {}, el('a', { href }, answer.linkText ?? (answer.computed ? '在计算器中查看完整结果（已填入）' : '打开计算器')))
	);
}
