/**
 * `npm run check:links` (scripts/check-links.ts) runs the build's link check on a built folder:
 * it passes a sound site, and names the page and the target of a broken link with exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/astro-build';

const dir = resolve(repoRoot, 'tests/.tmp/check-links-cli');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function site(name: string, pages: Record<string, string>): string {
	const root = join(dir, name);
	for (const [path, body] of Object.entries(pages)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), `<!doctype html><html><body>${body}</body></html>`);
	}
	return root;
}

const run = (root: string, ...args: string[]) =>
	spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/check-links.ts', root, ...args], {
		cwd: repoRoot,
		encoding: 'utf8',
	});

describe('scripts/check-links.ts', () => {
	it('passes a site whose links and anchors all resolve', () => {
		const root = site('sound', { 'index.html': '<a href="/a/#x">a</a>', 'a/index.html': '<p id="x">x</p>' });
		const result = run(root);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('链接检查通过：2 个页面、1 个内部链接');
	});

	it('names the page and the target of a broken link, and exits 1', () => {
		const root = site('broken', { 'index.html': '<a href="/a/#nope">a</a>', 'a/index.html': '<p id="x">x</p>' });
		const result = run(root);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('页面 index.html → /a/#nope：目标页面没有锚点 #nope');
	});

	it('checks under the base it is given', () => {
		const root = site('base', { 'index.html': '<a href="/kb/a/">a</a>', 'a/index.html': '' });
		expect(run(root, '--base', '/kb/').status).toBe(0);
		expect(run(root).stdout).toContain('页面 index.html → /kb/a/：目标页面不存在');
	});
});
