import { describe, expect, it } from 'vitest';
import {
	byteLength,
	fnv1a,
	listPageAssets,
	pageType,
	pageWeight,
	resolveAssetPath,
	routePattern,
	scriptSet,
	staticImports,
} from '../support/page-weight';

const page = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/main.css">
<link rel="stylesheet" href="/_astro/print.css" media="print">
<link rel="icon" href="/favicon.svg">
<style>p{color:red}</style>
<script>window.x = 1;</script>
<script type="module" src="/_astro/app.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
</head><body><p>党建</p>
<script type="module" src="../_astro/tool.js"></script>
<script src="https://cdn.example.com/lib.js"></script>
</body></html>`;

describe('listPageAssets', () => {
	it('lists scripts and stylesheets in document order, ignoring data scripts and icons', () => {
		const { scripts, styles } = listPageAssets(page, '/tools/x/');
		expect(scripts.map((s) => (s.kind === 'external' ? s.path : 'inline'))).toEqual([
			'inline',
			'/_astro/app.js',
			'/tools/_astro/tool.js',
			'https://cdn.example.com/lib.js',
		]);
		expect(scripts[1]).toMatchObject({ module: true });
		expect(styles).toEqual([
			{ kind: 'external', path: '/_astro/main.css', media: null },
			{ kind: 'external', path: '/_astro/print.css', media: 'print' },
			{ kind: 'inline', bytes: byteLength('p{color:red}') },
		]);
	});

	it('counts modulepreload links as scripts', () => {
		const { scripts } = listPageAssets('<link rel="modulepreload" href="/_astro/a.js">');
		expect(scripts).toEqual([{ kind: 'external', path: '/_astro/a.js', module: true }]);
	});
});

describe('scriptSet', () => {
	it('is sorted and deduplicated, with inline scripts identified by content', () => {
		const html = '<script src="/b.js"></script><script src="/a.js"></script><script src="/a.js"></script><script>1</script>';
		expect(scriptSet(html)).toEqual(['/a.js', '/b.js', `inline:${fnv1a('1')}`]);
	});

	it('tells apart pages whose inline scripts differ', () => {
		expect(scriptSet('<script>a()</script>')).not.toEqual(scriptSet('<script>b()</script>'));
		expect(scriptSet('<script>a()</script>')).toEqual(scriptSet('<p>x</p><script>a()</script>'));
	});
});

describe('staticImports', () => {
	it('finds static imports and re-exports in minified code, resolved against the module', () => {
		const code = 'import{t as e}from"./chunk.A.js";import"./side.js";export{x}from"../lib/y.js";const z=1;';
		expect(staticImports(code, '/_astro/entry.js')).toEqual(['/_astro/chunk.A.js', '/_astro/side.js', '/lib/y.js']);
	});

	it('leaves out dynamic imports and bare specifiers', () => {
		const code = 'const m=await import("./docx.js");import x from"react";import{a}from "/abs.js"';
		expect(staticImports(code, '/_astro/e.js')).toEqual(['/abs.js']);
	});
});

describe('resolveAssetPath', () => {
	it('keeps same-site paths and rejects other origins', () => {
		expect(resolveAssetPath('/_astro/a.js')).toBe('/_astro/a.js');
		expect(resolveAssetPath('a.js', '/kb/tools/')).toBe('/kb/tools/a.js');
		expect(resolveAssetPath('https://example.com/a.js')).toBeNull();
		expect(resolveAssetPath('data:text/javascript,1')).toBeNull();
	});
});

describe('pageWeight', () => {
	const sizes = new Map([
		['/_astro/main.css', 1000],
		['/_astro/print.css', 100],
		['/_astro/app.js', 2000],
		['/_astro/chunk.js', 500],
		['/_astro/lazy.js', 9999],
	]);

	it('sums HTML, external CSS and JS with static imports, once each', () => {
		const html = page.replace('../_astro/tool.js', '/_astro/app.js');
		const weight = pageWeight(html, sizes, { imports: { '/_astro/app.js': ['/_astro/chunk.js', '/_astro/app.js'] } });
		expect(weight.htmlBytes).toBe(byteLength(html));
		expect(weight.scripts).toEqual([
			{ path: '/_astro/app.js', bytes: 2000 },
			{ path: '/_astro/chunk.js', bytes: 500 },
		]);
		expect(weight.jsBytes).toBe(2500);
		expect(weight.cssBytes).toBe(1100);
		expect(weight.inlineScriptBytes).toBe(byteLength('window.x = 1;'));
		expect(weight.totalBytes).toBe(weight.htmlBytes + 2500 + 1100);
		expect(weight.missing).toEqual([]);
	});

	it('reports referenced assets that are missing, and ignores other origins', () => {
		const weight = pageWeight(page, {}, { pagePath: '/tools/x/' });
		expect(weight.missing).toEqual(['/_astro/app.js', '/_astro/main.css', '/_astro/print.css', '/tools/_astro/tool.js']);
		expect(weight.jsBytes).toBe(0);
	});

	it('counts multi-byte Chinese text in UTF-8 bytes', () => {
		expect(pageWeight('<p>党建</p>', {}).htmlBytes).toBe(byteLength('<p>党建</p>'));
		expect(byteLength('党建')).toBe(6);
	});
});

describe('page types', () => {
	const routes = [
		'/',
		'/policies/',
		'/policies/[id]/',
		'/library/[...page]/',
		'/library/[facet]/[value]/[...page]/',
		'/tools/org-type/',
		'/compare/[a]/[b]/',
	].sort();

	it.each([
		['index.astro', '/'],
		['policies/index.astro', '/policies/'],
		['policies/[id].astro', '/policies/[id]/'],
		['library/[...page].astro', '/library/[...page]/'],
		['search-dictionary/[shard].json.ts', '/search-dictionary/[shard].json/'],
	])('the route of %s is %s', (file, pattern) => expect(routePattern(file)).toBe(pattern));

	it.each([
		['/', '/'],
		['/policies/', '/policies/'],
		['/policies/qinghai-guide/', '/policies/[id]/'],
		['/library/', '/library/[...page]/'],
		['/library/3/', '/library/[...page]/'],
		['/library/level/省级/', '/library/[facet]/[value]/[...page]/'],
		['/library/level/省级/2/', '/library/[facet]/[value]/[...page]/'],
		['/tools/org-type/', '/tools/org-type/'],
		['/compare/a/b/', '/compare/[a]/[b]/'],
		['/guide/about/', 'other'],
	])('%s is a page of %s', (page, type) => expect(pageType(page, routes)).toBe(type));
});
