/** How many shards the full-text index has, and which one a page is in (src/lib/search/index-shards.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, SHARD_THRESHOLD, shardCount, shardFolder, shardOf } from '../../src/lib/search/index-shards';

describe('shardCount', () => {
	it.each([
		[0, 1],
		[1, 1],
		[SHARD_THRESHOLD, 1],
		[SHARD_THRESHOLD + 1, 4],
		[2_000, 4],
		[2_001, 8],
		[5_040, 16],
		[20_000, MAX_SHARDS],
		[1_000_000, MAX_SHARDS],
	])('%i indexed pages → %i shards', (pages, shards) => {
		expect(shardCount(pages)).toBe(shards);
	});
});

describe('shardOf', () => {
	const paths = Array.from({ length: 2_000 }, (_, i) => `policies/synthetic-${String(i).padStart(5, '0')}/index.html`);

	it('puts every page in one shard when there is one', () => {
		expect(new Set(paths.map((p) => shardOf(p, 1)))).toEqual(new Set([0]));
	});

	it('is stable and spreads pages evenly (no shard more than 1.5 times its share)', () => {
		const sizes = new Array(8).fill(0);
		for (const p of paths) sizes[shardOf(p, 8)]++;
		expect(shardOf(paths[7]!, 8)).toBe(shardOf(paths[7]!, 8));
		expect(Math.max(...sizes)).toBeLessThan((paths.length / 8) * 1.5);
		expect(Math.min(...sizes)).toBeGreaterThan((paths.length / 8) * 0.5);
	});

	it('names the first shard Pagefind’s own folder and the others below it', () => {
		expect([0, 1, 15].map(shardFolder)).toEqual(['', 'shard-1/', 'shard-15/']);
	});
});
