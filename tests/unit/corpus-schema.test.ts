import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import yaml from 'js-yaml';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { readSource } from '../support/sources';
import { policySchema } from '../../src/lib/schema/policy';
import remarkClauseAnchors from '../../src/plugins/remark-clause-anchors';

const policiesDir = path.resolve(__dirname, '../../content/policies');
const files = readdirSync(policiesDir).filter((f) => /\.mdx?$/.test(f)).sort();
const ids = new Set(files.map((f) => f.replace(/\.mdx?$/, '')));

function split(raw: string) {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(raw);
	if (!m) throw new Error('no frontmatter');
	return { data: yaml.load(m[1]!), body: m[2]! };
}

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
	const raw = readFileSync(path.join(policiesDir, file), 'utf8');
	const { data, body } = split(raw);
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
