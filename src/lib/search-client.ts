/**
 * Browser side of the search page: loads Pagefind from our own origin and renders ranked results.
 */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
	search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
	const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
	pagefindPromise ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
	return pagefindPromise;
}

export async function runSearch(rawQuery: string, ui: { status: HTMLElement; list: HTMLOListElement }) {
	const query = rawQuery.trim();
	ui.list.replaceChildren();
	if (!query) {
		ui.status.textContent = '请输入检索词。';
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
	const { results } = await pagefind.search(query);
	const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
	ui.status.textContent = data.length ? `找到 ${results.length} 篇相关文件。` : `没有找到包含“${query}”的内容。可以换一个词，或减少检索词。`;
	for (const item of data) {
		const best = item.sub_results?.[0];
		const li = document.createElement('li');
		li.dataset.searchResult = '';
		const link = document.createElement('a');
		link.href = best?.url ?? item.url;
		link.textContent = item.meta.title ?? item.url;
		const meta = document.createElement('div');
		meta.className = 'search-meta';
		meta.textContent = [item.meta.docNumber, item.meta.issued].filter(Boolean).join(' · ');
		const excerpt = document.createElement('p');
		// Pagefind escapes the page text and only adds <mark> around matches.
		excerpt.innerHTML = best?.excerpt ?? item.excerpt;
		li.append(link, meta, excerpt);
		ui.list.append(li);
	}
}
