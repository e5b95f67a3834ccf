import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTypesetting, markCorrection, splitCorrections, typesettingSentence, visibleWhitespace } from '../../src/lib/corrections';
import { SOURCE_TITLES, sourceTitle } from '../../src/lib/source-titles';
import { readCorpusFiles } from '../../src/data/corpus';
import { SOURCES_DIR, sourceFiles } from '../support/sources';

const c = (original: string, corrected: string, reason = '理由') => ({ original, corrected, reason });

describe('isTypesetting', () => {
	it.each([
		[c('', ''), false],
		[c('甲', '甲'), false],
		[c('第二部分\n基层党组织设置', '第二部分 基层党组织设置'), true],
		[c('甲 乙', '甲乙'), true],
		[c('精神神理论', '精神理论'), false],
		[c('甲\n乙', '甲丙'), false],
	])('%j → %s', (correction, expected) => {
		expect(isTypesetting(correction)).toBe(expected);
	});

	it('splits and sums the typesetting changes up in one sentence, each reason once', () => {
		const { wording, typesetting } = splitCorrections([
			c('a\nb', 'a b', '标题拆成两行。'),
			c('x\ny', 'x y', '标题拆成两行'),
			c('神神', '神', '重复'),
		]);
		expect(wording).toHaveLength(1);
		expect(typesettingSentence(typesetting)).toBe('另有 2 处只调整了排版、未改动文字（标题拆成两行）。');
		expect(typesettingSentence([])).toBe('');
	});
});

describe('markCorrection', () => {
	it('marks the deleted characters of the original', () => {
		const m = markCorrection(c('党的二十大精神神理论', '党的二十大精神理论'));
		expect(m.original.filter((p) => p.changed).map((p) => p.text)).toEqual(['神']);
		expect(m.corrected.every((p) => !p.changed)).toBe(true);
		expect(m.original.map((p) => p.text).join('')).toBe('党的二十大精神神理论');
	});

	it('makes a changed space or line break visible', () => {
		expect(visibleWhitespace('a\nb c\u3000d')).toBe('a↵b␣c␣d');
		const m = markCorrection(c('甲\n乙', '甲 乙'));
		expect(m.original.find((p) => p.changed)!.text).toBe('↵');
		expect(m.corrected.find((p) => p.changed)!.text).toBe('␣');
	});
});

describe('source titles', () => {
	it('every source file of the corpus has a title, never the file name', () => {
		const used = new Set(readCorpusFiles().map((f) => (f.data.source as { file: string }).file));
		for (const file of used) {
			expect(SOURCE_TITLES[file], file).toBeTruthy();
			expect(sourceTitle(file)).not.toContain('.txt');
		}
		expect(sourceTitle('unknown.txt')).not.toContain('.txt');
	});

	it('names the same files as sources/README.md, each on the row of its title', () => {
		const readme = readFileSync(path.join(SOURCES_DIR, 'README.md'), 'utf8');
		expect(Object.keys(SOURCE_TITLES).sort()).toEqual(
			sourceFiles()
				.filter((f) => f.endsWith('.txt'))
				.sort()
		);
		for (const [file, title] of Object.entries(SOURCE_TITLES)) {
			const row = readme.split('\n').find((line) => line.startsWith(`| \`${file}\``));
			// The README's 内容 column names the same text (its words, possibly with more detail).
			const core = title.match(/《([^》]+)》/)![1]!;
			expect(row, file).toContain(core);
		}
	});
});
