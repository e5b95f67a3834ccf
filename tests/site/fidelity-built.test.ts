/**
 * Fidelity on what readers get: every paragraph of the five source files, normalised, appears in the
 * text of the built policy pages (dist/), except the corrections listed in 勘误说明.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readSource, sourceFiles } from '../support/sources';
import { checkFidelity, seedExclusions, sourceParagraphs, type Correction } from '../../src/lib/fidelity';
import { readCorpusFiles } from '../../src/data/corpus';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.resolve(root, 'dist/policies');
const contentDir = path.resolve(root, 'content/policies');

function pageText(id: string): string {
	const tree = fromHtml(readFileSync(path.join(dist, id, 'index.html'), 'utf8'));
	const title = select('h1', tree);
	const text = select('.policy-text', tree);
	if (!text) throw new Error(`dist/policies/${id}/index.html 中没有 .policy-text`);
	return `${title ? toString(title) : ''}\n\n${toString(text)}`;
}

function corrections(): Map<string, Correction[]> {
	const bySeed = new Map<string, Correction[]>();
	for (const f of readCorpusFiles(contentDir)) {
		const fm = f.data as { source: { file: string }; corrections?: Correction[] };
		bySeed.set(fm.source.file, [...(bySeed.get(fm.source.file) ?? []), ...(fm.corrections ?? [])]);
	}
	return bySeed;
}

describe('the built site holds every source paragraph', () => {
	it('has been built', () => {
		expect(existsSync(dist), 'dist/policies 不存在：请先运行 npm run build').toBe(true);
	});

	const ids = existsSync(dist) ? readdirSync(dist).filter((d) => existsSync(path.join(dist, d, 'index.html'))) : [];
	const site = ids.map(pageText).join('\n\n');
	const fixes = corrections();

	it.each(sourceFiles())('%s', (seed) => {
		const text = readSource(seed);
		const report = checkFidelity(sourceParagraphs(text, seedExclusions(seed, text)), site, fixes.get(seed) ?? []);
		expect(report.total).toBeGreaterThan(10);
		expect(report.missing.map((m) => `${m.line}: ${m.text.slice(0, 60)}`)).toEqual([]);
	});
});
