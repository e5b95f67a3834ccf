/**
 * The header dialog's search: as-you-type (debounced), a newer search cancels the one in flight, top
 * results rendered exactly as on /search/; Enter (the form's own GET to /search/) or “查看全部结果”
 * opens /search/?q=…. Loaded by header-search.ts on first focus or open. State as on /search/:
 * `data-search-seq` counts the searches asked for, `data-search-state` is `done` once the latest is shown.
 */
import { joinBase } from '../../lib/url';
import { prepare, search, SearchCancelled, untilPointerLeaves, type SearchOutcome } from './engine';
import { renderResult, showExtras, showTemplateResult, statusText } from './render';

const SHOWN = 8;
const DEBOUNCE_MS = 150;

export function attach(root: HTMLElement): void {
	const form = root.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const extras = root.querySelector<HTMLElement>('[data-search-extras]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const all = root.querySelector<HTMLAnchorElement>('[data-search-all]')!;
	const pageUrl = joinBase(import.meta.env.BASE_URL, '/search/');
	let controller: AbortController | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let seq = 0;
	const ask = () => {
		seq++;
		root.setAttribute('data-search-seq', String(seq));
		root.setAttribute('data-search-state', 'busy');
	};
	prepare();

	const fullUrl = (q: string) => (q ? `${pageUrl}?q=${encodeURIComponent(q)}` : pageUrl);

	const run = async () => {
		controller?.abort();
		const mine = new AbortController();
		controller = mine;
		const asked = seq;
		const q = input.value.trim();
		all.href = fullUrl(q);
		all.hidden = !q;
		if (!q) {
			list.replaceChildren();
			extras.replaceChildren();
			status.textContent = '';
			if (asked === seq) root.setAttribute('data-search-state', 'done');
			return;
		}
		status.textContent = '正在检索…';
		/** Shows an outcome; resolves once its answer cards are in place too. */
		const show = async (outcome: SearchOutcome) => {
			const shown = outcome.ranked.slice(0, SHOWN);
			const cards = showExtras(extras, outcome);
			list.replaceChildren(...shown.map(renderResult));
			const template = showTemplateResult(list, status, outcome);
			status.textContent = statusText(outcome, shown.length);
			await Promise.all([cards, template]);
		};
		try {
			const outcome = await search(q, {}, mine.signal, { onFirst: (first) => void show(first) });
			await untilPointerLeaves(list, mine.signal);
			await show(outcome);
		} catch (error) {
			if (error instanceof SearchCancelled) return;
			list.replaceChildren();
			status.textContent = '检索索引未能加载。请确认网站已完整构建（npm run build 会生成索引）。';
		}
		if (controller === mine && asked === seq) root.setAttribute('data-search-state', 'done');
	};

	let lastInput = -Infinity;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		ask();
		// The first input after a pause (a pasted 文号, a word from the input method) searches at once;
		// inputs that follow quickly wait until typing pauses. A newer search cancels an older one.
		const now = performance.now();
		const afterPause = now - lastInput > DEBOUNCE_MS;
		lastInput = now;
		if (afterPause) void run();
		else timer = setTimeout(run, DEBOUNCE_MS);
	});
	// Text typed before this module loaded.
	if (input.value.trim()) {
		ask();
		void run();
	}
}
