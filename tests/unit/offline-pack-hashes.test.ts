/**
 * The offline pack's list (src/integrations/offline.ts) takes most files' sizes and revisions from
 * what earlier steps recorded instead of reading them: the pages from the CSP step
 * (src/integrations/built-pages.ts), the endpoints' files Astro keeps from the same record, the
 * search index from each cached shard's record (src/integrations/search-index.ts). Whatever was
 * kept, the list must be what reading and hashing every file of the finished site gives: the same
 * files, each with its size and the MD5 of its bytes.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishPages } from '../../src/integrations/built-pages';
import { finishOfflineSite } from '../../src/integrations/offline';
import { buildSearchIndex } from '../../src/integrations/search-index';
import { PACK_FILES, packKind, urlOf, type PackFiles } from '../../src/lib/offline/pack';
import { APPLE_TOUCH_ICON, ICONS } from '../../src/lib/web-manifest';
import { writeAstroOutput, type OutputFiles } from '../support/astro-output';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kb-pack-hashes-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const page = (title: string, body: string) =>
	`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

/** A site: text pages (indexed, kept by Astro), compare files (kept by Astro), and files Astro does not keep. */
type Site = OutputFiles;
const site = (changed?: string): Site => {
	const out: Site = {
		'index.html': { text: page('首页', '换届选举'), keyed: false },
		'offline/index.html': { text: page('离线使用', '下载'), keyed: false },
		'offline/fallback/index.html': { text: page('没有网络连接', '离线'), keyed: false },
		'favorites/index.html': { text: page('我的收藏', '收藏'), keyed: false },
		'manifest.webmanifest': { text: '{"name":"kb"}', keyed: false },
		'favicon.svg': { text: '<svg xmlns="http://www.w3.org/2000/svg"/>', keyed: false },
		'_astro/app.1a2b.js': { text: `console.log(${JSON.stringify('x'.repeat(3000))});`, keyed: false },
	};
	// the service worker's shell (src/integrations/service-worker.ts) must exist
	for (const { file } of [...ICONS, APPLE_TOUCH_ICON]) out[file] = { text: `png ${file}`, keyed: false };
	for (let i = 0; i < 6; i++) {
		const body = `第${i}号文件 ${i === 2 && changed ? changed : '原文'} ${'党支部换届选举的程序。'.repeat(80)}`;
		out[`policies/p${i}/index.html`] = { text: page(`文件${i}`, body), keyed: true };
		out[`compare/text/p${i}.json`] = { text: JSON.stringify({ id: `p${i}`, paragraphs: body.split('。') }), keyed: true };
	}
	return out;
};

/** One build as Astro's incremental build and the steps after it do it (see tests/unit/built-pages.test.ts). */
async function build(cacheDir: string, files: Site): Promise<string> {
	const root = tempDir();
	writeAstroOutput(root, cacheDir, files);
	finishPages(root, (html) => html, { cacheDir, code: 'code-1' });
	await buildSearchIndex(root, cacheDir, { shards: 3 });
	await finishOfflineSite(root, '/', new Date(0), cacheDir);
	return root;
}

/** The pack list a full read of the finished site gives: every file the pack takes, with its size and MD5. */
function fresh(root: string): Map<string, { bytes: number; revision: string }> {
	const out = new Map<string, { bytes: number; revision: string }>();
	for (const path of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
		if (!statSync(join(root, path)).isFile() || !packKind(path)) continue;
		const data = readFileSync(join(root, path));
		out.set(urlOf(path), { bytes: data.length, revision: createHash('md5').update(data).digest('hex').slice(0, 16) });
	}
	return out;
}

const listed = (root: string) =>
	new Map(
		(JSON.parse(readFileSync(join(root, PACK_FILES), 'utf8')) as PackFiles).files.map((f) => [
			f.url,
			{ bytes: f.bytes, revision: f.revision },
		])
	);

describe('offline pack list', () => {
	it.each<{ name: string; builds: (string | undefined)[] }>([
		{ name: 'a cold build', builds: [undefined] },
		{ name: 'a build that changed nothing', builds: [undefined, undefined] },
		{ name: 'a build that changed one text (its page, compare file and index shard)', builds: [undefined, '修订'] },
		{ name: 'a change and back again', builds: [undefined, '修订', undefined] },
	])(
		'after $name, equals a fresh MD5 of every file',
		async ({ builds }) => {
			const cacheDir = tempDir();
			let root = '';
			for (const changed of builds) root = await build(cacheDir, site(changed));
			const want = fresh(root);
			expect(want.size).toBeGreaterThan(20);
			expect([...want.keys()].some((url) => url.startsWith('pagefind/shard-'))).toBe(true);
			expect(listed(root)).toEqual(want);
		},
		60_000
	);
});
