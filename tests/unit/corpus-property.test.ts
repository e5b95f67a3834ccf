/**
 * In-process half of the “gate sees what the build sees” property (issue 25); the build half is
 * tests/build/gate-property.test.ts. For random frontmatter values and file names: when the content
 * check accepts a file, Astro's own reading of it (its frontmatter parser, then the collection's
 * schema, as the content layer validates an entry) accepts it too, under the same id; when the check
 * refuses it, every problem names the file.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/data/content-check';
import { checkContentFiles, formatProblem, type FileRef } from '../../src/lib/content-check';
import { CORPUS_COLLECTIONS } from '../../src/lib/schema/collections';
import { entryId, ID_PATTERN } from '../../src/lib/schema/entry-id';
import { source, testCase } from '../support/corpus-arbitraries';
import { readSource } from '../support/corpus';

/** The texts a case may point at (carriedBy), as the corpus would have them. */
const OTHERS: FileRef[] = ['qinghai-guide', 'zhongbanfa-2015-51'].map((id) => ({
	collection: 'policies',
	id,
	entry: `${id}.mdx`,
	file: `content/policies/${id}.mdx`,
}));

describe('random frontmatter and file names, in process', () => {
	it('accepted by the content check ⇒ accepted by Astro’s parser and schema under the same id; refused ⇒ the file is named', () => {
		let accepted = 0;
		fc.assert(
			fc.property(testCase, (c) => {
				const text = source(c.edits);
				const file = `content/policies/${c.file}`;
				const read = readSource(text, c.file);
				const problems = 'problems' in read ? read.problems : checkContentFiles([read.file], parseBody, [read.file, ...OTHERS]);
				if (problems.length > 0) {
					for (const p of problems) expect(p.file, formatProblem(p)).toBe(file);
					return;
				}
				accepted++;
				expect(entryId(c.file)).toMatch(ID_PATTERN);
				const { frontmatter } = parseFrontmatter(text);
				const parsed = CORPUS_COLLECTIONS.policies.schema.safeParse(frontmatter);
				expect(parsed.error?.issues ?? [], text).toEqual([]);
			}),
			{ numRuns: 400, seed: 20251125 }
		);
		// the generators must give both outcomes, or the property says little
		expect(accepted).toBeGreaterThan(40);
		expect(accepted).toBeLessThan(360);
	});
});
