/**
 * The pages' citation registry reads each text's citations from the file the loader wrote beside
 * its rendering (src/data/texts.ts): in the order of the entries given, only theirs, and a missing
 * file is a Chinese error naming the text instead of a page without backlinks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEXT_REF, citationsFileOf, recordedCitations, type TextRef } from '../../src/data/texts';
import type { Citation } from '../../src/lib/citations/registry';

const dir = mkdtempSync(join(tmpdir(), 'kb-recorded-citations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cite = (from: string, title: string): Citation => ({ from, title, text: `《${title}》`, kind: 'title' }) as Citation;

/** An entry as the content layer holds it after the loader: its citations in a file of its own. */
function entry(id: string, citations: Citation[] | undefined) {
	const ref: TextRef = { hash: 'h', index: join(dir, 'index.json') };
	if (citations) writeFileSync(citationsFileOf(ref.index, id, ref.hash), JSON.stringify(citations));
	return { id, filePath: `content/policies/${id}.mdx`, rendered: { metadata: { [TEXT_REF]: ref } } };
}

describe('recordedCitations', () => {
	const a = entry('a', [cite('a', '甲'), cite('a', '乙')]);
	const b = entry('b', []);
	const c = entry('c', [cite('c', '丙')]);
	const gone = entry('gone', undefined);

	it.each([
		{ name: 'no entries', entries: [], titles: [] },
		{ name: 'one text citing nothing', entries: [b], titles: [] },
		{ name: 'texts in the order given', entries: [c, a], titles: ['丙', '甲', '乙'] },
		{ name: 'only the entries given', entries: [a], titles: ['甲', '乙'] },
	])('$name', ({ entries, titles }) => {
		expect(recordedCitations(entries).map((x) => x.title)).toEqual(titles);
	});

	it('names the text whose citations file is missing', () => {
		expect(() => recordedCitations([a, gone])).toThrow(/content\/policies\/gone\.mdx：缺少渲染记录中的引用文件/);
	});

	it('names the text the loader did not render', () => {
		expect(() => recordedCitations([{ id: 'x', filePath: 'content/policies/x.mdx' }])).toThrow(
			/content\/policies\/x\.mdx：内容层中没有渲染结果/
		);
	});
});
