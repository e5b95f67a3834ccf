import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../../src/integrations/link-check';
import { checkSite, pageUrl, scanPage } from '../../src/lib/links/link-check';

const page = (body: string, ids = '') =>
	`<!doctype html><html><head><title>t</title></head><body><main ${ids}>${body}</main></body></html>`;

/** A tiny built site under base `/`. */
const SITE: Record<string, string> = {
	'index.html': page('<h1 id="_top">首页</h1><a href="/policies/a/">A</a>'),
	'policies/a/index.html': page('<p id="s2-c1" data-clause="二、1.">条款</p><h2 id="附则">附则</h2><a name="legacy"></a>'),
	'policies/b/index.html': page('<p id="s1">b</p>'),
	'404.html': page('<p>找不到</p>'),
};

const broken = (body: string, base = '/', files?: string[], site = SITE) =>
	checkSite({ ...site, 'policies/x/index.html': page(body, 'id="here"') }, { base, ...(files ? { files } : {}) }).broken.map((b) => [
		b.href,
		b.reason,
	]);

describe('scanPage / pageUrl', () => {
	it('reads ids, <a name>, and hrefs; skips comments and scripts; decodes entities', () => {
		const html = `<div id="x" class="a"><a href="/p/?a=1&amp;b=2#s1" >t</a><a name='n'></a><area href=/q/>
			<!-- <a href="/commented/"> --><script>const s = '<a href="/in-script/">'; const i = '<p id="fake">';</script>
			<span data-id="not-an-id" id = "y"></span><a>no href</a></div>`;
		const { ids, links } = scanPage(html);
		expect([...ids].sort()).toEqual(['n', 'x', 'y']);
		expect(links).toEqual(['/p/?a=1&b=2#s1', '/q/']);
	});
	it.each([
		['index.html', '/', '/'],
		['policies/a/index.html', '/', '/policies/a/'],
		['policies/a/index.html', '/kb/', '/kb/policies/a/'],
		['404.html', '/kb', '/kb/404.html'],
	])('pageUrl(%s, %s) = %s', (p, base, url) => expect(pageUrl(p, base)).toBe(url));
});

describe('checkSite', () => {
	it.each<[string, string[][]]>([
		// boundary: no links, empty href, bare #
		['', []],
		['<a href="">x</a><a href="#">x</a><a>x</a>', []],
		// ignored: external, mailto, tel, javascript, protocol-relative, pagefind
		[
			'<a href="https://example.org/x">x</a><a href="mailto:a@b.c">x</a><a href="tel:1">x</a><a href="javascript:void 0">x</a><a href="//cdn.example/x">x</a><a href="/pagefind/pagefind.js">x</a>',
			[],
		],
		// good: pages, anchors on this and other pages, <a name>, percent-encoded CJK anchors, #top, text fragments
		[
			'<a href="/">x</a><a href="/policies/a/">x</a><a href="/policies/a/#s2-c1">x</a><a href="#here">x</a><a href="/policies/a/#legacy">x</a>',
			[],
		],
		[
			'<a href="/policies/a/#%E9%99%84%E5%88%99">x</a><a href="#top">x</a><a href="/policies/a/#s2-c1:~:text=%E6%9D%A1">x</a><a href="#:~:text=x">x</a>',
			[],
		],
		// relative links resolve against the page URL
		['<a href="../a/">x</a><a href="../b/#s1">x</a><a href="./">x</a>', []],
		// as .html file: served
		['<a href="/404.html">x</a><a href="/policies/a/index.html#s2-c1">x</a>', []],
		// without the trailing slash the site promises (trailingSlash: always)
		['<a href="/policies/a">x</a>', [['/policies/a', '缺少结尾斜杠（站点设置 trailingSlash: always）']]],
		// broken: page, anchor on this page, anchor on another page, encoded
		['<a href="/policies/zz/">x</a>', [['/policies/zz/', '目标页面不存在']]],
		['<a href="#nope">x</a>', [['#nope', '本页没有锚点 #nope']]],
		['<a href="/policies/a/#s9">x</a>', [['/policies/a/#s9', '目标页面没有锚点 #s9']]],
		['<a href="/policies/b/#%E9%99%84%E5%88%99">x</a>', [['/policies/b/#%E9%99%84%E5%88%99', '目标页面没有锚点 #附则']]],
		['<a href="../zz/#s1">x</a>', [['../zz/#s1', '目标页面不存在']]],
		// the same broken href twice on a page is reported once
		['<a href="/nope/">x</a><a href="/nope/">y</a>', [['/nope/', '目标页面不存在']]],
		// an id only in a script does not count
		['<script>document.body.innerHTML = \'<p id="late"></p>\'</script><a href="#late">x</a>', [['#late', '本页没有锚点 #late']]],
	])('%s', (body, expected) => expect(broken(body)).toEqual(expected));

	it('accepts a page link without trailing slash when told to', () => {
		expect(checkSite({ ...SITE, 'x.html': page('<a href="/policies/a">x</a>') }, { base: '/', trailingSlash: 'ignore' }).broken).toEqual(
			[]
		);
	});

	it('checks assets only against the file list when given', () => {
		expect(broken('<a href="/favicon.svg">x</a><a href="/files/a.docx">x</a>')).toEqual([]);
		expect(broken('<a href="/favicon.svg">x</a><a href="/files/a.docx">x</a>', '/', ['favicon.svg'])).toEqual([
			['/files/a.docx', '目标页面不存在'],
		]);
	});

	it('requires the base on root-relative links', () => {
		const site = Object.fromEntries(Object.entries(SITE).map(([p, h]) => [p, h.replaceAll('href="/', 'href="/kb/')]));
		expect(broken('<a href="/kb/policies/a/#s2-c1">x</a><a href="../a/">x</a><a href="/kb">x</a>', '/kb/', undefined, site)).toEqual([]);
		expect(broken('<a href="/policies/a/">x</a>', '/kb/', undefined, site)).toEqual([
			['/policies/a/', '不在站点路径 /kb/ 之下（缺少 base 前缀？）'],
		]);
		expect(broken('<a href="/kb/pagefind/x.js">x</a>', '/kb', undefined, site)).toEqual([]);
	});

	it('names the page, sorted by page, and counts what it checked', () => {
		const result = checkSite(
			new Map([
				['b/index.html', page('<a href="/a/#x">x</a>')],
				['a/index.html', page('<a href="/b/">x</a><a href="/c/">x</a><a href="https://e.org/">x</a>')],
			]),
			{ base: '/' }
		);
		expect(result).toEqual({
			pages: 2,
			links: 3,
			broken: [
				{ page: 'a/index.html', href: '/c/', reason: '目标页面不存在' },
				{ page: 'b/index.html', href: '/a/#x', reason: '目标页面没有锚点 #x' },
			],
		});
	});
});

describe('the same href on many pages (resolved once per check when path-absolute)', () => {
	const site = (base: string) =>
		new Map([
			['a/index.html', page(`<a href="${base}a/#x">x</a><a href="#x">x</a><a href="../b/#y">y</a>`)],
			['b/index.html', page(`<a href="${base}a/#x">x</a><a href="${base}a/#x">x</a><a href="../b/#y">y</a>`, 'id="y"')],
			['c/d/index.html', page(`<a href="${base}a/#x">x</a><a href="../b/#y">y</a><a href="/\\host/">h</a>`)],
		]);
	it.each(['/', '/kb/'])('reports each page as checking it alone does (base %s)', (base) => {
		const pages = site(base);
		const result = checkSite(pages, { base });
		expect(result.broken.length).toBeGreaterThan(3);
		for (const [path, html] of pages) {
			// the other pages without their links: a fresh check resolves only this page's
			const alone = new Map([...pages].map(([p, h]) => [p, p === path ? html : h.replace(/<a [^>]*>[^<]*<\/a>/g, '')]));
			expect(result.broken.filter((b) => b.page === path)).toEqual(checkSite(alone, { base }).broken);
		}
		expect(result.broken.map((b) => `${b.page} ${b.reason}`)).toContain('a/index.html 本页没有锚点 #x');
		expect(result.broken.map((b) => `${b.page} ${b.reason}`)).toContain('b/index.html 目标页面没有锚点 #x');
	});
});

describe('checkBuiltSite (the build reads dist/ one page at a time and keeps only the scans)', () => {
	it('finds what checkSite finds on the same pages, cold and again from the scans an earlier build cached', () => {
		const root = mkdtempSync(join(tmpdir(), 'kb-link-check-'));
		try {
			const site = {
				...SITE,
				'policies/x/index.html': page(
					'<a href="/policies/a/#nope">x</a><a href="/policies/a/#nope">x</a><a href="/c/">x</a><a href="/logo.svg">x</a>'
				),
			};
			for (const [path, html] of Object.entries(site)) {
				mkdirSync(join(root, 'dist', path, '..'), { recursive: true });
				writeFileSync(join(root, 'dist', path), html);
			}
			writeFileSync(join(root, 'dist/logo.svg'), '<svg/>');
			const expected = checkSite(site, { base: '/', files: ['logo.svg'] });
			expect(expected.broken.map((b) => b.href)).toEqual(['/policies/a/#nope', '/c/']);
			expect(checkBuiltSite(join(root, 'dist'), '/')).toEqual(expected);
			const cache = join(root, 'cache');
			expect(checkBuiltSite(join(root, 'dist'), '/', cache)).toEqual(expected);
			expect(checkBuiltSite(join(root, 'dist'), '/', cache)).toEqual(expected);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
