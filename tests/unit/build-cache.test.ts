/**
 * What the steps after the build keep between builds (src/integrations/build-cache.ts): a result is
 * reused only for the same content and the same code, the next build keeps only what this one used,
 * and compressed copies taken from the cache are the bytes a fresh compression gives.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ResultCache, contentHash } from '../../src/integrations/build-cache';
import { precompress } from '../../src/integrations/precompress';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kb-build-cache-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ResultCache', () => {
	it('computes once per content across builds, again when the code changes, and forgets what a build did not use', () => {
		const cache = tempDir();
		let computed = 0;
		const compute = (n: number) => () => (computed++, n);
		const first = new ResultCache<number>(cache, 'step', 'code-1');
		expect(first.get(contentHash('a'), compute(1))).toBe(1);
		expect(first.get(contentHash('b'), compute(2))).toBe(2);
		first.save();
		expect(computed).toBe(2);

		const second = new ResultCache<number>(cache, 'step', 'code-1');
		expect(second.get(contentHash('a'), compute(99))).toBe(1);
		second.save();
		expect(computed).toBe(2);

		// 'b' was not used by the second build: the third computes it again.
		const third = new ResultCache<number>(cache, 'step', 'code-1');
		expect(third.get(contentHash('b'), compute(3))).toBe(3);
		expect(computed).toBe(3);

		const otherCode = new ResultCache<number>(cache, 'step', 'code-2');
		expect(otherCode.lookup(contentHash('a'))).toBeUndefined();
	});

	it('leaves the file alone after a build that used exactly what it holds, and rewrites it otherwise', () => {
		const cache = tempDir();
		const file = join(cache, 'kb-post-build', 'step.json');
		const build = (hashes: string[]) => {
			const c = new ResultCache<number>(cache, 'step', 'code');
			for (const h of hashes) c.get(contentHash(h), () => h.length);
			c.save();
			return statSync(file).ino;
		};
		const first = build(['a', 'b']);
		// saving writes a new file and renames it into place, so a rewrite changes the inode
		expect(build(['a', 'b'])).toBe(first);
		expect(build(['a'])).not.toBe(first);
		const second = build(['a']);
		expect(build(['a', 'c'])).not.toBe(second);
	});

	it('starts empty from a damaged cache file instead of failing the build', () => {
		const cache = tempDir();
		new ResultCache<number>(cache, 'step', 'code').save();
		writeFileSync(join(cache, 'kb-post-build', 'step.json'), '{ not json');
		expect(new ResultCache<number>(cache, 'step', 'code').lookup(contentHash('a'))).toBeUndefined();
	});
});

describe('precompress with a cache', () => {
	it('writes the same .gz and .br bytes from the cache as without it', async () => {
		const site = tempDir();
		const cache = tempDir();
		const page = join(site, 'index.html');
		writeFileSync(page, `<!doctype html><p>${'中国科协党组关于加强科技社团党建工作的意见。'.repeat(200)}</p>`);
		await precompress([page]);
		const fresh = [readFileSync(`${page}.gz`), readFileSync(`${page}.br`)];
		rmSync(`${page}.gz`);
		rmSync(`${page}.br`);

		for (let build = 0; build < 2; build++) {
			const [result] = await precompress([page], { cacheDir: cache });
			expect(result?.gzip).toBe(fresh[0]!.length);
			expect(readFileSync(`${page}.gz`)).toEqual(fresh[0]);
			expect(readFileSync(`${page}.br`)).toEqual(fresh[1]);
		}
	});
});
