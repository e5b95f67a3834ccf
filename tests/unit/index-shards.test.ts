/** How many shards the full-text index has, and which one a page is in (src/lib/search/index-shards.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, SHARD_THRESHOLD, indexedContent, shardCount, shardFolder, shardOf } from '../../src/lib/search/index-shards';

describe('shardCount', () => {
	it.each([
		[0, 1],
		[1, 1],
		[SHARD_THRESHOLD, 1],
		[SHARD_THRESHOLD + 1, 4],
		[2_000, 4],
		[2_001, 8],
		[5_040, 16],
		[20_000, MAX_SHARDS],
		[1_000_000, MAX_SHARDS],
	])('%i indexed pages → %i shards', (pages, shards) => {
		expect(shardCount(pages)).toBe(shards);
	});
});

describe('shardOf', () => {
	const paths = Array.from({ length: 2_000 }, (_, i) => `policies/synthetic-${String(i).padStart(5, '0')}/index.html`);

	it('puts every page in one shard when there is one', () => {
		expect(new Set(paths.map((p) => shardOf(p, 1)))).toEqual(new Set([0]));
	});

	it('is stable and spreads pages evenly (no shard more than 1.5 times its share)', () => {
		const sizes = new Array(8).fill(0);
		for (const p of paths) sizes[shardOf(p, 8)]++;
		expect(shardOf(paths[7]!, 8)).toBe(shardOf(paths[7]!, 8));
		expect(Math.max(...sizes)).toBeLessThan((paths.length / 8) * 1.5);
		expect(Math.min(...sizes)).toBeGreaterThan((paths.length / 8) * 0.5);
	});

	it('names the first shard Pagefind’s own folder and the others below it', () => {
		expect([0, 1, 15].map(shardFolder)).toEqual(['', 'shard-1/', 'shard-15/']);
	});
});

describe('indexedContent', () => {
	const page = (inside: string) => `<main data-pagefind-body><h1>标题</h1><p>正文</p>${inside}<p>结尾</p></main>`;
	const backlinks = (items: string) =>
		`<section class="backlinks" aria-labelledby="backlinks-heading" data-pagefind-ignore><h2 id="backlinks-heading">引用本文的文件</h2><ul>${items}</ul></section>`;

	it.each([
		[
			'backlinks that differ',
			backlinks('<li><a href="/a/">《甲》</a></li>'),
			backlinks('<li><a href="/a/">《甲》</a></li><li><a href="/b/">《乙》</a></li>'),
		],
		['ignore="index"', '<div data-pagefind-ignore="index">旧</div>', '<div data-pagefind-ignore="index">新的<b>内容</b></div>'],
		['ignore="true", single quotes', "<div data-pagefind-ignore='true'>旧</div>", "<div data-pagefind-ignore='true'>新</div>"],
		[
			'a nested element of the same name',
			'<div data-pagefind-ignore><div>旧</div></div>',
			'<div data-pagefind-ignore><div>新</div><div>又一段</div></div>',
		],
		['a > inside an attribute value', '<div data-pagefind-ignore title="a>b">旧</div>', '<div data-pagefind-ignore title="a>b">新</div>'],
	])('the same for content only Pagefind ignores: %s', (_, before, after) => {
		expect(indexedContent(page(before))).toBe(indexedContent(page(after)));
		expect(indexedContent(page(after))).not.toContain('新');
	});

	it.each([
		['the indexed text', '<p>旧</p>', '<p>新</p>'],
		[
			'a filter inside the ignored element',
			'<div data-pagefind-ignore><span data-pagefind-filter="year">2020</span></div>',
			'<div data-pagefind-ignore><span data-pagefind-filter="year">2021</span></div>',
		],
		[
			'metadata inside the ignored element',
			'<div data-pagefind-ignore><dd data-pagefind-meta="issued">旧</dd></div>',
			'<div data-pagefind-ignore><dd data-pagefind-meta="issued">新</dd></div>',
		],
		['an h1 inside (the page title)', '<div data-pagefind-ignore><h1>旧</h1></div>', '<div data-pagefind-ignore><h1>新</h1></div>'],
		[
			'the ids inside (anchors are numbered across the page)',
			'<div data-pagefind-ignore><h2 id="a">x</h2></div>',
			'<div data-pagefind-ignore><h2 id="b">x</h2></div>',
		],
		['an ignored element appearing', '', '<div data-pagefind-ignore><h2 id="a">x</h2></div>'],
		['ignore="all" (not cut)', '<div data-pagefind-ignore="all">旧</div>', '<div data-pagefind-ignore="all">新</div>'],
		['an element that does not close', '<div data-pagefind-ignore>旧', '<div data-pagefind-ignore>新'],
		['a script inside', '<div data-pagefind-ignore><script>"旧"</script></div>', '<div data-pagefind-ignore><script>"新"</script></div>'],
		['text after the ignored element', '<div data-pagefind-ignore>x</div><p>旧</p>', '<div data-pagefind-ignore>x</div><p>新</p>'],
	])('differs for what Pagefind reads: %s', (_, before, after) => {
		expect(indexedContent(page(before))).not.toBe(indexedContent(page(after)));
	});

	it('leaves a page without ignored elements as it is', () => {
		expect(indexedContent(page('<p>段落</p><img src="a.png" data-pagefind-ignore>'))).toBe(
			page('<p>段落</p><img src="a.png" data-pagefind-ignore>')
		);
	});
});
