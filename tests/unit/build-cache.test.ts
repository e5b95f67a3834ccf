/**
 * What the steps after the build keep between builds (src/integrations/build-cache.ts): a result is
 * reused only for the same content and the same code, the next build keeps only what this one used,
 * and compressed copies taken from the cache are the bytes a fresh compression gives.
 */
import { linkSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ResultCache, TallyCache, contentHash, linkOrCopy, type Tally } from '../../src/integrations/build-cache';
import { precompress, revision } from '../../src/integrations/precompress';

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

describe('linkOrCopy', () => {
	const cases: { name: string; before?: string; linkedElsewhere?: boolean }[] = [
		{ name: 'no file at the target (the usual case: a site folder being built)' },
		{ name: 'a file at the target', before: 'old' },
		{ name: 'a file at the target that another path links to', before: 'old', linkedElsewhere: true },
	];
	it.each(cases)('$name: the target holds the source, and nothing else changes', ({ before, linkedElsewhere }) => {
		const dir = tempDir();
		const from = join(dir, 'from');
		const to = join(dir, 'to');
		const other = join(dir, 'other');
		writeFileSync(from, 'new');
		if (before !== undefined) writeFileSync(to, before);
		if (linkedElsewhere) linkSync(to, other);
		linkOrCopy(from, to);
		expect(readFileSync(to, 'utf8')).toBe('new');
		expect(statSync(to).ino).toBe(statSync(from).ino);
		expect(readFileSync(from, 'utf8')).toBe('new');
		if (linkedElsewhere) expect(readFileSync(other, 'utf8')).toBe('old');
	});
	it('throws when the source is missing (callers fall back on it)', () => {
		const dir = tempDir();
		expect(() => linkOrCopy(join(dir, 'missing'), join(dir, 'to'))).toThrow();
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

		// the second build copies from the cache; the third finds the cached copies gone and compresses again
		for (let build = 0; build < 3; build++) {
			if (build === 2) rmSync(join(cache, 'kb-post-build', 'compressed'), { recursive: true });
			rmSync(`${page}.gz`, { force: true });
			const [result] = await precompress([page], { cacheDir: cache, revisions: true });
			expect(result).toMatchObject({ gzip: fresh[0]!.length, brotli: fresh[1]!.length, revision: revision(readFileSync(page)) });
			expect(readFileSync(`${page}.gz`)).toEqual(fresh[0]);
			expect(readFileSync(`${page}.br`)).toEqual(fresh[1]);
		}
	});

	it('never changes a cached copy when the copy in the site is written again', async () => {
		const site = tempDir();
		const cache = tempDir();
		const page = join(site, 'index.html');
		writeFileSync(page, `<!doctype html><p>${'党支部'.repeat(2000)}</p>`);
		await precompress([page], { cacheDir: cache });
		await precompress([page], { cacheDir: cache });
		const cached = readFileSync(`${page}.gz`);
		writeFileSync(page, `<!doctype html><p>${'党小组'.repeat(2000)}</p>`);
		await precompress([page]);
		writeFileSync(page, `<!doctype html><p>${'党支部'.repeat(2000)}</p>`);
		await precompress([page], { cacheDir: cache });
		expect(readFileSync(`${page}.gz`)).toEqual(cached);
	});
});

describe('TallyCache', () => {
	const tallies: Record<string, Tally> = {
		a: new Map([
			['党员', 2],
			['支部 书记', 1],
		]),
		b: new Map([['党员', 1]]),
		c: new Map([
			['支部', 3],
			['党员', 1],
		]),
	};
	const items = (...hashes: string[]) => new Map(Object.entries(Object.groupBy(hashes, (h) => h)).map(([h, all]) => [h, all!.length]));
	const fromScratch = (...hashes: string[]) => {
		const total: Tally = new Map();
		for (const h of hashes) for (const [k, n] of tallies[h]!) total.set(k, (total.get(k) ?? 0) + n);
		return total;
	};
	const sorted = (t: Tally) => [...t].sort(([a], [b]) => (a < b ? -1 : 1));

	it('gives the sum a count from scratch gives after items go, come and repeat, tallying only the items that came', async () => {
		const cache = tempDir();
		const tallied: string[] = [];
		const tally = (h: string) => (tallied.push(h), tallies[h]!);
		const sum = (...hashes: string[]) => new TallyCache(cache, 'words', 'code-1').sum(items(...hashes), tally);

		expect(sorted(await sum('a', 'b'))).toEqual(sorted(fromScratch('a', 'b')));
		expect(tallied).toEqual(['a', 'b']);
		// b goes (its count of 党员 is subtracted, 0 counts are dropped), c comes twice
		expect(sorted(await sum('a', 'c', 'c'))).toEqual(sorted(fromScratch('a', 'c', 'c')));
		expect(tallied).toEqual(['a', 'b', 'c']);
		// unchanged: nothing tallied
		expect(sorted(await sum('a', 'c', 'c'))).toEqual(sorted(fromScratch('a', 'c', 'c')));
		// one c goes, a goes: the kept tallies are subtracted
		expect(sorted(await sum('c'))).toEqual(sorted(fromScratch('c')));
		expect(tallied).toEqual(['a', 'b', 'c']);
		// a comes back: its tally was dropped when it went, so it is tallied again
		expect(sorted(await sum('a', 'c'))).toEqual(sorted(fromScratch('a', 'c')));
		expect(tallied).toEqual(['a', 'b', 'c', 'a']);
	});

	it('counts from scratch with other code, or when a kept tally is missing', async () => {
		const cache = tempDir();
		const tallied: string[] = [];
		const tally = (h: string) => (tallied.push(h), tallies[h]!);
		await new TallyCache(cache, 'words', 'code-1').sum(items('a', 'b'), tally);
		expect(sorted(await new TallyCache(cache, 'words', 'code-2').sum(items('a', 'b'), tally))).toEqual(sorted(fromScratch('a', 'b')));
		expect(tallied).toEqual(['a', 'b', 'a', 'b']);
		rmSync(join(cache, 'kb-tallies', 'words', 'items', 'b.tsv'));
		expect(sorted(await new TallyCache(cache, 'words', 'code-2').sum(items('a'), tally))).toEqual(sorted(fromScratch('a')));
		expect(tallied).toEqual(['a', 'b', 'a', 'b', 'a']);
	});
});
