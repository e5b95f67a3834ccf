/**
 * What a text asked the citation index, replayed against a newer index: an incremental build
 * renders a text again exactly when some answer changed (src/data/render-in-store.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildCitationIndex, findCitations, type CitationEntry } from '../../src/lib/citations/corpus-index';
import { recordLookups, sameAnswers } from '../../src/lib/citations/lookups';

const A: CitationEntry = {
	id: 'a',
	title: '关于加强学会党建工作的意见',
	shortTitle: '学会党建意见',
	docNumber: '科协党发〔2019〕1号',
	aliases: [],
};
const B: CitationEntry = { id: 'b', title: '关于开展示范点创建的通知', shortTitle: '示范点通知', aliases: [] };
const TEXT = '依据《关于加强学会党建工作的意见》和《关于开展示范点创建的通知》（科协党发〔2020〕2号），参照科协党发〔2019〕1号。';

/** The lookups of TEXT against `entries`. */
function lookupsWith(entries: CitationEntry[]) {
	const recorded = recordLookups(buildCitationIndex(entries));
	findCitations(TEXT, recorded.index);
	return recorded.lookups();
}

describe('recordLookups / sameAnswers', () => {
	const before = lookupsWith([A]);

	it.each([
		['the same corpus', [A], true],
		['a text the passage does not cite', [A, { id: 'c', title: '无关文件', shortTitle: '无关', aliases: [] }], true],
		['a newly added text the passage cited (未收录 → link)', [A, B], false],
		['a cited text removed (link → 未收录)', [], false],
		['a cited text renamed', [{ ...A, title: '关于加强学会党建工作的意见（修订）' }], false],
		['a 文号 now claimed by two texts (ambiguous: no link)', [A, { ...B, docNumber: '科协党发〔2019〕1号' }], false],
		['a new text whose 文号 the passage cites', [A, { ...B, docNumber: '科协党发〔2020〕2号' }], false],
	] as const)('%s → unchanged: %s', (_, entries, same) => {
		expect(sameAnswers(before, buildCitationIndex([...entries]))).toBe(same);
	});

	it('answers as the index does, recording each distinct question once', () => {
		const index = buildCitationIndex([A, B]);
		const recorded = recordLookups(index);
		expect(findCitations(TEXT, recorded.index)).toEqual(findCitations(TEXT, index));
		const keys = recorded.lookups().map(([method, argument]) => `${method} ${argument}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(recorded.lookups()).toContainEqual(['title', '关于开展示范点创建的通知', 'b']);
	});

	it('refuses to hand out the whole index while a text is rendered (its page would depend on every text)', () => {
		const { index } = recordLookups(buildCitationIndex([A]));
		expect(() => index.entries).toThrow(/whole index/);
	});
});
