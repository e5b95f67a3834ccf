/**
 * The pages the steps after the build read (src/integrations/built-pages.ts): whatever an earlier
 * build kept, every page ends up as `finish` of what Astro wrote, with the hash of those bytes; a
 * page is taken as Astro restored it only when Astro's stored copy is still the finished page this
 * step left there, listed in Astro's record, and finished by the same code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/integrations/build-cache';
import { builtData, builtPages, finishPages, guardRestoredPages } from '../../src/integrations/built-pages';
import { writeAstroOutput, writeFile, type OutputFiles } from '../support/astro-output';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kb-built-pages-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The policy moved first, as the CSP step does; counts the pages it was given. */
let finished: string[] = [];
const final = (html: string) => html.replace('<meta policy>', '').replace('<head>', '<head><meta policy>');
const finish = (html: string) => (finished.push(html), final(html));

/**
 * One build as Astro and the CSP step do it: `pages` (path → raw HTML, `keyed` when it has a cache
 * key: here the raw HTML itself) are written to a new output folder; a keyed page whose key is the
 * one Astro recorded last time is restored (copied from its stored copy), any other is rendered
 * (written, and written into its stored copy when keyed). Starts, as a build does, with the guard.
 */
type Pages = OutputFiles;

function build(cacheDir: string, pages: Pages, code = 'code-1') {
	const root = tempDir();
	guardRestoredPages(cacheDir, code);
	writeAstroOutput(root, cacheDir, pages);
	finished = [];
	const result = finishPages(root, finish, { cacheDir, code });
	return { root, result };
}

const page = (body: string) =>
	`<!doctype html><html><head><meta charset="utf-8"><meta policy><title>t</title></head><body>${body}</body></html>`;

describe('finishPages', () => {
	const site: Pages = {
		'index.html': { text: page('<main data-pagefind-body>首页</main>'), keyed: false },
		'policies/a/index.html': { text: page('<main data-pagefind-body>文件甲</main>'), keyed: true },
		'policies/b/index.html': { text: page('<main data-pagefind-body>文件乙</main>'), keyed: true },
		'分面/层级/index.html': { text: page('<p>中央</p>'), keyed: true },
		'style.css': { text: 'body{}', keyed: false },
	};

	/** What every page must be: `finish` of the raw page, with that hash and size. */
	const expectFinished = (root: string, pages: Pages, result: ReturnType<typeof finishPages>) => {
		const html = Object.keys(pages).filter((p) => p.endsWith('.html'));
		expect([...result.keys()].sort()).toEqual(html.sort());
		for (const path of html) {
			const want = final(pages[path]!.text);
			expect(readFileSync(join(root, path), 'utf8'), path).toBe(want);
			expect(result.get(path)).toEqual({
				hash: contentHash(want),
				bytes: Buffer.byteLength(want),
				indexed: want.includes('data-pagefind-body'),
			});
		}
		expect(builtPages(root)).toBe(result);
	};

	it.each<{ name: string; change: Pages; read: string[] }>([
		{ name: 'nothing changed', change: {}, read: ['index.html'] },
		{
			name: 'a keyed page rendered again with new text',
			change: { 'policies/a/index.html': { text: page('<main data-pagefind-body>文件甲（修订）</main>'), keyed: true } },
			read: ['index.html', 'policies/a/index.html'],
		},
		{
			name: 'a keyed page that lost its key',
			change: { 'policies/b/index.html': { text: page('<main data-pagefind-body>文件乙</main>'), keyed: false } },
			read: ['index.html', 'policies/b/index.html'],
		},
		{
			name: 'a new page',
			change: { 'policies/c/index.html': { text: page('<main data-pagefind-body>文件丙</main>'), keyed: true } },
			read: ['index.html', 'policies/c/index.html'],
		},
	])('after $name, reads only the pages Astro did not restore and finishes every page', ({ change, read }) => {
		const cacheDir = tempDir();
		const first = build(cacheDir, site);
		expectFinished(first.root, site, first.result);
		expect(finished).toHaveLength(4);

		const next: Pages = { ...site, ...change };
		const second = build(cacheDir, next);
		expectFinished(second.root, next, second.result);
		expect(finished.sort()).toEqual(read.map((p) => next[p]!.text).sort());
	});

	it('renders and reads every page again for other code, or when the record is gone', () => {
		const cacheDir = tempDir();
		build(cacheDir, site);
		// Astro's stored copies hold pages finished by code-1: code-2 has Astro render them all again
		const other = build(cacheDir, site, 'code-2');
		expectFinished(other.root, site, other.result);
		expect(finished).toHaveLength(4);

		// a build stopped while finishing pages leaves no record
		rmSync(join(cacheDir, 'kb-post-build', 'pages.json'));
		const again = build(cacheDir, site, 'code-2');
		expectFinished(again.root, site, again.result);
		expect(finished).toHaveLength(4);
	});

	it('reads a restored page whose stored copy was written since it was finished', () => {
		const cacheDir = tempDir();
		build(cacheDir, site);
		// written in place (same inode): another modification time
		const stored = join(cacheDir, 'dist', 'policies/a/index.html');
		writeFileSync(stored, readFileSync(stored));
		const next = build(cacheDir, site);
		expect(finished).toEqual([site['index.html']!.text, final(site['policies/a/index.html']!.text)]);
		expect(next.result.get('policies/a/index.html')).toEqual(
			expect.objectContaining({ hash: contentHash(final(site['policies/a/index.html']!.text)) })
		);
	});

	/** Every other file Astro keeps is known with the hash and size of its bytes in the site; no file Astro does not keep is. */
	const expectData = (root: string, pages: Pages) => {
		const kept = Object.entries(pages).filter(([path, { keyed }]) => keyed && !path.endsWith('.html'));
		expect(Object.fromEntries(builtData(root)!)).toEqual(
			Object.fromEntries(
				kept.map(([path]) => {
					const bytes = readFileSync(join(root, path));
					return [path, { hash: contentHash(bytes), bytes: bytes.length }];
				})
			)
		);
	};
	const withData: Pages = {
		...site,
		'compare/text/a.json': { text: '{"a":1}', keyed: true },
		'compare/text/b.json': { text: '{"b":1}', keyed: true },
	};

	it.each<{ name: string; change: Pages; rewrite?: string }>([
		{ name: 'nothing changed', change: {} },
		{ name: 'a data file rendered again', change: { 'compare/text/a.json': { text: '{"a":2}', keyed: true } } },
		{ name: 'a data file of the same size rendered again', change: { 'compare/text/b.json': { text: '{"b":2}', keyed: true } } },
		{ name: 'a new data file', change: { 'compare/text/c.json': { text: '{"c":1}', keyed: true } } },
		{ name: 'a data file that lost its key', change: { 'compare/text/a.json': { text: '{"a":3}', keyed: false } } },
		{ name: 'a data file whose stored copy was written in place', change: {}, rewrite: 'compare/text/a.json' },
	])('knows the hash of every data file Astro keeps after $name', ({ change, rewrite }) => {
		const cacheDir = tempDir();
		const first = build(cacheDir, withData);
		expectData(first.root, withData);
		if (rewrite) {
			const stored = join(cacheDir, 'dist', rewrite);
			writeFileSync(stored, '{"a":9}');
		}
		const next: Pages = { ...withData, ...change };
		const second = build(cacheDir, next);
		expectData(second.root, next);
		const third = build(cacheDir, next);
		expectData(third.root, next);
	});

	it('works without a cache folder, reading every page', () => {
		const root = tempDir();
		for (const [path, { text }] of Object.entries(site)) writeFile(join(root, path), text);
		finished = [];
		expectFinished(root, site, finishPages(root, finish, { code: 'code-1' }));
		expect(finished).toHaveLength(4);
	});
});
