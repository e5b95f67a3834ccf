/**
 * The scale benchmark's synthetic corpus must be content the site accepts (a schema error would
 * only show minutes into `npm run bench:scale`) and must cross-cite, so the benchmark exercises
 * citations, backlinks and the citation map.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthesise } from '../../bench/scale/generate';
import { buildCitationIndex } from '../../src/lib/citations/corpus-index';
import { readCorpusFiles } from '../../src/data/corpus';
import { entryFromFrontmatter } from '../../src/data/corpus-index';
import { policySchema } from '../../src/lib/schema/policy';
import { collectCitations } from '../support/load-citations';

const real = readCorpusFiles(resolve(import.meta.dirname, '../../content/policies'));

describe('synthesise', () => {
	it.each([0, 1, 60])('makes %i texts', (count) => expect(synthesise(real, count)).toHaveLength(count));

	const synthetic = synthesise(real, 60);

	it('gives every text frontmatter that passes the policy schema', () => {
		for (const s of synthetic) {
			const result = policySchema.safeParse(s.frontmatter);
			expect(result.success, `${s.id}: ${result.error?.message}`).toBe(true);
		}
	});

	it('gives every text its own id, title and 文号', () => {
		for (const key of ['id', 'title', 'docNumber'] as const) {
			expect(new Set(synthetic.map((s) => s[key])).size, key).toBe(synthetic.length);
		}
	});

	it('varies levels, types, issuers and years', () => {
		const distinct = (f: (s: (typeof synthetic)[number]) => unknown) => new Set(synthetic.map(f)).size;
		expect(distinct((s) => s.frontmatter.level)).toBeGreaterThan(3);
		expect(distinct((s) => s.frontmatter.docType)).toBeGreaterThan(5);
		expect(distinct((s) => JSON.stringify(s.frontmatter.issuers))).toBeGreaterThan(5);
		expect(distinct((s) => String(s.frontmatter.issued).slice(0, 4))).toBeGreaterThan(10);
	});

	it('makes each text cite other generated texts by title and by 文号, as the site resolves them', () => {
		const index = buildCitationIndex([
			...real.map((r) => entryFromFrontmatter(r.id, r.data)),
			...synthetic.map((s) => entryFromFrontmatter(s.id, s.frontmatter)),
		]);
		const syntheticIds = new Set(synthetic.map((s) => s.id));
		for (const s of synthetic) {
			const cited = collectCitations(s.body, s.id, index).filter((c) => c.to && syntheticIds.has(c.to));
			expect(
				cited.some((c) => c.kind === 'title'),
				s.id
			).toBe(true);
			expect(
				cited.some((c) => c.kind === 'docNumber'),
				s.id
			).toBe(true);
		}
		// Parses every generated text: seconds on a machine shared by several builds.
	}, 30_000);
});
