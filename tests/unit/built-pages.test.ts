/**
 * The pages the steps after the build read (src/integrations/built-pages.ts): whatever an earlier
 * build kept, every page ends up as `finish` of what Astro wrote, with the hash of those bytes; a
 * page is taken from the earlier build only when Astro's stored copy is the same file and it is
 * listed in Astro's record, and the code that finishes it is the same.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/integrations/build-cache';
import { builtPages, finishPages } from '../../src/integrations/built-pages';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kb-built-pages-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const write = (file: string, text: string) => {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
};

/** The policy moved first, as the CSP step does; counts the pages it was given. */
let finished: string[] = [];
const final = (html: string) => html.replace('<meta policy>', '').replace('<head>', '<head><meta policy>');
const finish = (html: string) => (finished.push(html), final(html));

/**
 * One build as Astro and the CSP step do it: `pages` (path → raw HTML, `keyed` when Astro keeps a
 * copy) are written to a new output folder; a keyed page whose stored copy has the same text is
 * restored (copied from it), any other is rendered (written, and stored when keyed).
 */
type Pages = Record<string, { html: string; keyed: boolean }>;

function build(cacheDir: string, pages: Pages, code = 'code-1') {
	const root = tempDir();
	const manifest: { routes: Record<string, { paths: Record<string, { outputFile: string }> }> } = { routes: { page: { paths: {} } } };
	for (const [path, { html, keyed }] of Object.entries(pages)) {
		const stored = join(cacheDir, 'dist', path);
		let same = false;
		try {
			same = readFileSync(stored, 'utf8') === html;
		} catch {
			// not stored
		}
		if (keyed && same) cpSync(stored, join(root, path));
		else {
			write(join(root, path), html);
			if (keyed) write(stored, html);
		}
		if (keyed) manifest.routes.page!.paths[`/${path}`] = { outputFile: encodeURI(path) };
	}
	write(join(cacheDir, 'incremental-build.json'), JSON.stringify(manifest));
	finished = [];
	const result = finishPages(root, finish, { cacheDir, code });
	return { root, result };
}

const page = (body: string) =>
	`<!doctype html><html><head><meta charset="utf-8"><meta policy><title>t</title></head><body>${body}</body></html>`;

describe('finishPages', () => {
	const site: Pages = {
		'index.html': { html: page('<main data-pagefind-body>首页</main>'), keyed: false },
		'policies/a/index.html': { html: page('<main data-pagefind-body>文件甲</main>'), keyed: true },
		'policies/b/index.html': { html: page('<main data-pagefind-body>文件乙</main>'), keyed: true },
		'分面/层级/index.html': { html: page('<p>中央</p>'), keyed: true },
		'style.css': { html: 'body{}', keyed: false },
	};

	/** What every page must be: `finish` of the raw page, with that hash and size. */
	const expectFinished = (root: string, pages: Pages, result: ReturnType<typeof finishPages>) => {
		const html = Object.keys(pages).filter((p) => p.endsWith('.html'));
		expect([...result.keys()].sort()).toEqual(html.sort());
		for (const path of html) {
			const want = final(pages[path]!.html);
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
			change: { 'policies/a/index.html': { html: page('<main data-pagefind-body>文件甲（修订）</main>'), keyed: true } },
			read: ['index.html', 'policies/a/index.html'],
		},
		{
			name: 'a keyed page that lost its key',
			change: { 'policies/b/index.html': { html: page('<main data-pagefind-body>文件乙</main>'), keyed: false } },
			read: ['index.html', 'policies/b/index.html'],
		},
		{
			name: 'a new page',
			change: { 'policies/c/index.html': { html: page('<main data-pagefind-body>文件丙</main>'), keyed: true } },
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
		expect(finished.sort()).toEqual(read.map((p) => next[p]!.html).sort());
	});

	it('reads every page again for other code, or when the kept page is gone or damaged', () => {
		const cacheDir = tempDir();
		build(cacheDir, site);
		const other = build(cacheDir, site, 'code-2');
		expectFinished(other.root, site, other.result);
		expect(finished).toHaveLength(4);

		// the kept final pages are hard links to a published site's pages: one written in place is not taken
		const kept = join(cacheDir, 'kb-post-build', 'pages');
		const hash = other.result.get('policies/a/index.html')!.hash;
		writeFileSync(join(kept, hash), page('改写'));
		rmSync(join(kept, other.result.get('policies/b/index.html')!.hash));
		const again = build(cacheDir, site, 'code-2');
		expectFinished(again.root, site, again.result);
		expect(finished.sort()).toEqual(['index.html', 'policies/a/index.html', 'policies/b/index.html'].map((p) => site[p]!.html).sort());
	});

	it('works without a cache folder, reading every page', () => {
		const root = tempDir();
		for (const [path, { html }] of Object.entries(site)) write(join(root, path), html);
		finished = [];
		expectFinished(root, site, finishPages(root, finish, { code: 'code-1' }));
		expect(finished).toHaveLength(4);
	});
});
