import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource, sourceFiles } from '../support/sources';
import {
	checkFidelity,
	normaliseForCompare,
	piecesAfterCorrections,
	seedExclusions as excluded,
	sourceParagraphs,
	type Correction,
} from '../support/fidelity';
import { readCorpusFiles } from '../../src/data/corpus';

const policiesDir = path.resolve(__dirname, '../../content/policies');

const entries = readCorpusFiles(policiesDir).map((f) => ({
	file: path.basename(f.path),
	fm: f.data as { title: string; source: { file: string }; corrections?: Correction[] },
	body: f.body,
}));

const seedFiles = sourceFiles();

describe('normaliseForCompare', () => {
	it.each([
		['## 一、指导思想', '一、指导思想'],
		['1\\. 学会应在', '1.学会应在'],
		['| 坚持政治方向好 | 1\\.全面 |', '坚持政治方向好1.全面'],
		['（试行）：', '(试行):'],
		['**总体要求。**全面', '总体要求。全面'],
		['\\<p\\>', '<p>'],
	])('%j → %j', (input, expected) => {
		expect(normaliseForCompare(input)).toBe(expected);
	});

	it('cuts corrected originals out of a paragraph', () => {
		expect(piecesAfterCorrections('思想 and 党的十九大', [{ original: ' and ', corrected: '和' }])).toEqual(['思想', '党的十九大']);
	});
});

describe('corpus fidelity: every source paragraph appears in the transcription', () => {
	// the page prints the title from the frontmatter, so titles count as transcribed text
	const corpus = entries.map((e) => `${e.fm.title}\n\n${e.body}`).join('\n\n');
	const results = seedFiles.map((seed) => {
		const text = readSource(seed);
		const corrections = entries.filter((e) => e.fm.source?.file === seed).flatMap((e) => e.fm.corrections ?? []);
		const paras = sourceParagraphs(text, excluded(seed, text));
		return { seed, report: checkFidelity(paras, corpus, corrections) };
	});

	it('reports the overall percentage', () => {
		const total = results.reduce((n, r) => n + r.report.total, 0);
		const found = results.reduce((n, r) => n + r.report.found, 0);
		console.info(`fidelity: ${found}/${total} = ${((100 * found) / total).toFixed(2)}%`);
		expect(total).toBeGreaterThan(500);
	});

	it.each(seedFiles)('%s', (seed) => {
		const { report } = results.find((r) => r.seed === seed)!;
		const missing = report.missing.map((m) => `${m.line}: ${m.text.slice(0, 60)}`);
		expect(missing).toEqual([]);
	});
});
