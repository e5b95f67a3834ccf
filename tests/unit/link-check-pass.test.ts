/**
 * The build's link check reuses its last passing result when every input is the same: each page's
 * path and content, the other files' paths, the base and the checker's code
 * (src/integrations/link-check.ts). Whatever changes after a pass, a broken link is still caught.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishPages } from '../../src/integrations/built-pages';
import { checkBuiltSite } from '../../src/integrations/link-check';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kb-link-pass-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/** A site whose links all work: the first page links to the second, its anchor, and a file. */
const SITE: Record<string, string> = {
	'index.html': page('<a href="/a/">甲</a><a href="/b/#s1">乙第一条</a><a href="/files/x.pdf">附件</a>'),
	'a/index.html': page('<h2 id="top-a">甲</h2><a href="/">首页</a>'),
	'b/index.html': page('<h2 id="s1">第一条</h2><h2 id="s2">第二条</h2>'),
	'files/x.pdf': 'pdf',
};

/** A build's output folder with `files`; with `built`, the pages are known to the check from the CSP step, as in a build. */
function site(files: Record<string, string | undefined>, built: boolean): string {
	const root = tempDir();
	for (const [path, text] of Object.entries(files)) {
		if (text === undefined) continue;
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	if (built) finishPages(root, (html) => html, { code: 'code-1' });
	return root;
}

const CHANGES: { name: string; change: Record<string, string | undefined>; broken: string[]; base?: string }[] = [
	{ name: 'nothing changed', change: {}, broken: [] },
	{ name: 'an anchor removed', change: { 'b/index.html': page('<h2 id="s2">第二条</h2>') }, broken: ['index.html /b/#s1'] },
	{ name: 'a page removed', change: { 'a/index.html': undefined }, broken: ['index.html /a/'] },
	{ name: 'a file removed', change: { 'files/x.pdf': undefined }, broken: ['index.html /files/x.pdf'] },
	{ name: 'a new broken link', change: { 'a/index.html': page('<a href="/b/#s9">乙第九条</a>') }, broken: ['a/index.html /b/#s9'] },
	{ name: 'a new page with a broken link', change: { 'c/index.html': page('<a href="/d/">丁</a>') }, broken: ['c/index.html /d/'] },
	{
		name: 'another base',
		change: {},
		base: '/kb/',
		broken: ['a/index.html /', 'index.html /a/', 'index.html /b/#s1', 'index.html /files/x.pdf'],
	},
];

describe('link check after a pass', () => {
	for (const built of [true, false]) {
		it.each(CHANGES)(`catches what $name broke${built ? '' : ' (pages not known from the CSP step)'}`, ({ change, broken, base }) => {
			const cacheDir = tempDir();
			const first = checkBuiltSite(site(SITE, built), '/', cacheDir);
			expect(first.broken).toEqual([]);
			expect(existsSync(join(cacheDir, 'kb-post-build', 'link-check-pass.json'))).toBe(true);
			// the same inputs again: the kept pass
			expect(checkBuiltSite(site(SITE, built), '/', cacheDir)).toEqual(first);
			const after = checkBuiltSite(site({ ...SITE, ...change }, built), base ?? '/', cacheDir);
			expect(after.broken.map((b) => `${b.page} ${b.href}`).sort()).toEqual(broken);
			// and a check with no cache agrees
			expect(after).toEqual(checkBuiltSite(site({ ...SITE, ...change }, built), base ?? '/'));
			// a failing check does not replace the pass: the passing site is still recognised
			expect(checkBuiltSite(site(SITE, built), '/', cacheDir)).toEqual(first);
		});
	}
});
