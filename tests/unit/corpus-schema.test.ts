import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { readSource } from '../support/sources';
import { policySchema } from '../../src/lib/schema/policy';
import { readCorpusFiles } from '../../src/data/corpus';
import remarkClauseAnchors from '../../src/plugins/remark-clause-anchors';

const policiesDir = path.resolve(__dirname, '../../content/policies');
const entries = readCorpusFiles(policiesDir);
const files = entries.map((f) => path.basename(f.path));
const ids = new Set(entries.map((f) => f.id));

/** 2019-09-03 → the spellings a Chinese text uses for it. */
function dateSpellings(iso: string): string[] {
	const [y, m, d] = iso.split('-').map(Number);
	if (d) return [`${y}年${m}月${d}日`];
	if (m) return [`${y}年${m}月`];
	return [`${y}年`, `${y}`];
}
const squeeze = (s: string) => s.replace(/\s+/g, '');

it('has the corpus', () => {
	expect(files.length).toBeGreaterThanOrEqual(15);
});

describe.each(files)('%s', (file) => {
	const { data, body } = entries.find((f) => path.basename(f.path) === file)!;
	const parsed = policySchema.safeParse(data);

	it('frontmatter matches policySchema', () => {
		expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
	});

	it('body compiles as MDX (with remark-gfm and the clause anchors)', async () => {
		await expect(compile(body, { remarkPlugins: [remarkGfm, remarkClauseAnchors] })).resolves.toBeTruthy();
	});

	it('does not repeat the title as an H1', () => {
		expect(body).not.toMatch(/^# /m);
	});

	it('metadata agrees with the source text', () => {
		if (!parsed.success) return;
		const fm = parsed.data;
		const seed = squeeze(readSource(fm.source.file));
		if (fm.docNumber) expect(seed).toContain(fm.docNumber);
		if (fm.issued.kind === 'date') expect(dateSpellings(fm.issued.iso).some((s) => seed.includes(s))).toBe(true);
		if (fm.carriedBy) expect(ids.has(fm.carriedBy)).toBe(true);
		for (const c of fm.corrections) expect(seed).toContain(squeeze(c.original));
	});
});
