/**
 * CitationRegistry: backlinks, cites and the 未收录 list, including after the registry changes
 * (its sorted views are cached between reads).
 */
import { describe, expect, it } from 'vitest';
import { CitationRegistry, type Citation } from '../../src/lib/citations/registry';

const cite = (from: string, n: number, to: string | undefined, title = to ?? '某未收录文件'): Citation => ({
	from,
	n,
	...(to ? { to } : {}),
	title,
	text: `《${title}》`,
	kind: 'title',
	context: `依据《${title}》。`,
});

const sample = (): CitationRegistry =>
	new CitationRegistry().addAll([
		cite('c', 0, 'a'),
		cite('b', 1, 'a'),
		cite('b', 0, 'a'),
		cite('a', 0, 'a'), // a text naming itself is no backlink
		cite('a', 1, 'c'),
		cite('c', 1, undefined, '甲文件'),
		cite('b', 2, undefined, '甲文件'),
		cite('a', 2, undefined, '乙文件'),
	]);

describe('CitationRegistry queries', () => {
	it.each([
		// [query, id, expected]
		['backlinksTo', 'nobody', []],
		['backlinksTo', 'a', ['b#0', 'b#1', 'c#0']],
		['backlinksTo', 'c', ['a#1']],
		['citedBy', 'nobody', []],
		['citedBy', 'a', ['b', 'c']],
		['cites', 'nobody', []],
		['cites', 'a', ['c']],
		['cites', 'b', ['a']],
	] as const)('%s(%s)', (query, id, expected) => {
		const registry = sample();
		const result = registry[query](id);
		const shown = query === 'backlinksTo' ? (result as Citation[]).map((c) => `${c.from}#${c.n}`) : result;
		expect(shown).toEqual(expected);
	});

	it('lists every citation in file then text order', () =>
		expect(
			sample()
				.all()
				.map((c) => `${c.from}#${c.n}`)
		).toEqual(['a#0', 'a#1', 'a#2', 'b#0', 'b#1', 'b#2', 'c#0', 'c#1']));

	it('groups 未收录 texts, most-cited first', () =>
		expect(
			sample()
				.missing()
				.map((m) => [m.title, m.citedBy])
		).toEqual([
			['甲文件', ['b', 'c']],
			['乙文件', ['a']],
		]));

	it('does not let a caller reorder its lists', () => {
		const registry = sample();
		registry.all().reverse();
		registry.backlinksTo('a').reverse();
		expect(registry.backlinksTo('a').map((c) => `${c.from}#${c.n}`)).toEqual(['b#0', 'b#1', 'c#0']);
	});
});

describe('CitationRegistry after changes', () => {
	it('sees a citation added after a read', () => {
		const registry = sample();
		expect(registry.citedBy('c')).toEqual(['a']);
		registry.add(cite('d', 0, 'c'));
		expect(registry.citedBy('c')).toEqual(['a', 'd']);
	});

	it('replaces a citation added again at the same place', () => {
		const registry = sample();
		registry.backlinksTo('a');
		registry.add(cite('c', 0, 'b'));
		expect(registry.citedBy('a')).toEqual(['b']);
		expect(registry.citedBy('b')).toEqual(['c']);
	});

	it('breaks a tie on citing files and citations by pinyin order: 甲 (jiǎ) before 乙 (yǐ)', () => {
		const registry = new CitationRegistry().addAll(
			sample()
				.all()
				.filter((c) => c.from !== 'b')
		);
		expect(registry.missing().map((m) => [m.title, m.citedBy])).toEqual([
			['甲文件', ['c']],
			['乙文件', ['a']],
		]);
	});
});
