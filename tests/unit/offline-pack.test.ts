import { describe, expect, it } from 'vitest';
import {
	formatBytes,
	packChanges,
	packKind,
	packTotals,
	pageAssets,
	pageKey,
	routeOf,
	staticImports,
	urlOf,
	type PackEntry,
} from '../../src/lib/offline/pack';

describe('packKind: what 离线使用 downloads', () => {
	it.each([
		['policies/qinghai-guide/index.html', 'text'],
		['templates/template-4/index.html', 'template'],
		['tools/org-type/index.html', 'tool'],
		['pagefind/pagefind.js', 'search'],
		['pagefind/fragment/zh-cn_1a2b.pf_fragment', 'search'],
		['pagefind/wasm.unknown.pagefind', 'search'],
		['search-dictionary.json', 'search'],
		['search-dictionary/3.json', 'search'],
		['search-pinyin.json', 'search'],
		['search-vocabulary/12.json', 'search'],
		['search-vocabulary-reverse/3.json', 'search'],
		['_astro/docx.DzUbce4G.js', 'code'],
		['index.html', 'page'],
		['policies/index.html', 'page'],
		['library/index.html', 'page'],
		['library/index.json', 'page'],
		['favorites/index.html', 'page'],
		['manifest.webmanifest', 'page'],
	])('%s → %s', (path, kind) => {
		expect(packKind(path)).toBe(kind);
	});

	it.each([
		'library/2/index.html',
		'library/level/省级/index.html',
		'library/year/2019/2/index.html',
		'timeline/3/index.html',
		'timeline/level/省级/index.html',
		'pagefind/pagefind-ui.js',
		'pagefind/pagefind-component-ui.css',
		'index.html.gz',
		'sw.js',
		'offline-pack.json',
		'offline-pack-files.json',
		'sitemap-0.xml',
	])('leaves out %s', (path) => {
		expect(packKind(path)).toBeUndefined();
	});
});

describe('urlOf', () => {
	it.each([
		['index.html', ''],
		['policies/x/index.html', 'policies/x/'],
		['404.html', '404.html'],
		['pagefind/pagefind.js', 'pagefind/pagefind.js'],
	])('%s → %s', (path, url) => expect(urlOf(path)).toBe(url));
});

describe('routeOf: how the service worker serves a file', () => {
	it.each([
		['_astro/a.B1c2.js', 'immutable'],
		['pagefind/index/zh-cn_abc.pf_index', 'immutable'],
		['pagefind/fragment/zh-cn_abc.pf_fragment', 'immutable'],
		['pagefind/pagefind.zh-cn_2eaaff.pf_meta', 'immutable'],
		['pagefind/pagefind-entry.json', 'data'],
		['pagefind/pagefind.js', 'data'],
		['search-dictionary/0.json', 'data'],
	])('%s → %s', (path, route) => expect(routeOf(path)).toBe(route));
});

describe('pageKey', () => {
	it('drops query and hash: one stored copy per page', () => {
		expect(pageKey('https://x.example/kb/tools/org-type/?formal=12#a')).toBe('https://x.example/kb/tools/org-type/');
		expect(pageKey('https://x.example/kb/pagefind/pagefind-entry.json?ts=1700000000')).toBe(
			'https://x.example/kb/pagefind/pagefind-entry.json'
		);
	});
});

describe('packChanges: what an update downloads', () => {
	const e = (url: string, revision: string): PackEntry => ({ url, kind: 'text', bytes: 10, transfer: 4, revision });
	it('only new and changed files; removed ones listed', () => {
		const { download, remove } = packChanges([e('a/', '1'), e('b/', '1'), e('c/', '1')], [e('a/', '1'), e('b/', '2'), e('d/', '1')]);
		expect(download.map((f) => f.url)).toEqual(['b/', 'd/']);
		expect(remove).toEqual(['c/']);
	});
	it('totals by kind', () => {
		expect(packTotals([e('a/', '1'), { ...e('s', '1'), kind: 'search' }])).toEqual({
			files: 2,
			bytes: 20,
			transfer: 8,
			byKind: { text: 1, search: 1 },
		});
	});
});

describe('formatBytes', () => {
	it.each([
		[0, '0 字节'],
		[1023, '1023 字节'],
		[1024, '1 KB'],
		[1536 * 1024, '1.5 MB'],
		[3 * 1024 ** 3, '3.0 GB'],
	])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});

describe('pageAssets and staticImports (the shell the service worker precaches)', () => {
	it('finds the styles and modules a page loads', () => {
		const html =
			'<link rel="stylesheet" href="/kb/_astro/a.css"><link rel="icon" href="/kb/favicon.svg"><link rel="modulepreload" href="/kb/_astro/m.js">' +
			'<script type="module" src="/kb/_astro/p.js"></script><script type="module">import("/kb/_astro/lazy.js")</script>';
		expect(pageAssets(html).sort()).toEqual(['/kb/_astro/a.css', '/kb/_astro/m.js', '/kb/_astro/p.js']);
	});
	it('follows static imports, not dynamic ones', () => {
		expect(staticImports('import{a as b}from"./el.X1.js";import"./side.Y2.js";const l=()=>import("./lazy.Z3.js")')).toEqual([
			'./el.X1.js',
			'./side.Y2.js',
		]);
	});
});
