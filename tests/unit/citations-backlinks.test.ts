import { describe, expect, it } from 'vitest';
import { groupBacklinks } from '../../src/lib/citations/backlinks';
import type { Citation } from '../../src/lib/citations/registry';

const at = (from: string, n: number): Citation => ({
	from,
	n,
	to: 'cited',
	title: '被引文件',
	text: '《被引文件》',
	kind: 'title',
	context: '依据《被引文件》。',
});
const places = [at('a', 0), at('a', 3), at('b', 1), at('c', 0), at('c', 2), at('c', 5)];
const shape = (groups: { from: string; places: Citation[] }[]) => groups.map((g) => `${g.from}×${g.places.length}`);

describe('groupBacklinks', () => {
	it.each([
		// [withContext, full, brief]
		[0, [], ['a×2', 'b×1', 'c×3']],
		[1, ['a×2'], ['b×1', 'c×3']],
		[2, ['a×2', 'b×1'], ['c×3']],
		[3, ['a×2', 'b×1', 'c×3'], []],
		[30, ['a×2', 'b×1', 'c×3'], []],
	])('shows %i citing texts in full', (withContext, full, brief) => {
		const groups = groupBacklinks(places, withContext);
		expect(shape(groups.full)).toEqual(full);
		expect(shape(groups.brief)).toEqual(brief);
	});

	it('has nothing to show for a text nobody cites', () => expect(groupBacklinks([])).toEqual({ full: [], brief: [] }));

	it('keeps each text’s places in text order', () =>
		expect(
			groupBacklinks(places)
				.full.find((g) => g.from === 'c')!
				.places.map((p) => p.n)
		).toEqual([0, 2, 5]));
});
