/**
 * The gate sees exactly what the build sees (issue 25): random frontmatter values and file names,
 * each added to the corpus (the real one: the tool pages link to its clauses), are either refused by the content check (`npm run check:content`,
 * the same function the build's gate runs) naming the file, or built into a site that publishes
 * their page — never refused only by the build, never dropped.
 *
 * A build takes most of a minute on the shared two-core machine, so each run builds once: the cases
 * the check accepts are built together. The seed is fixed so CI sees the same cases every time;
 * `KB_PROPERTY_SEED=<n>` (or `random`) explores others, `KB_PROPERTY_RUNS` runs more.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { source, testCase } from '../support/corpus-arbitraries';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/data/content-check';
import { readCorpus } from '../../src/data/corpus';
import { formatProblem } from '../../src/lib/content-check';
import { entryId } from '../../src/lib/schema/entry-id';
import { astroBuild, repoRoot } from '../support/astro-build';

const tmp = resolve(repoRoot, 'tests/.tmp/gate-property');
const corpus = resolve(repoRoot, 'content');

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let corpusCount = 0;
/** The corpus plus `files` (path under policies/ → text). */
function corpusWith(files: Record<string, string>): string {
	const dir = join(tmp, `corpus-${corpusCount++}`);
	rmSync(dir, { recursive: true, force: true });
	cpSync(corpus, dir, { recursive: true });
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, 'policies', file)), { recursive: true });
		writeFileSync(join(dir, 'policies', file), text);
	}
	return dir;
}

const runs = Number(process.env.KB_PROPERTY_RUNS ?? 2);
const seedSetting = process.env.KB_PROPERTY_SEED ?? '20251125';
const seed = seedSetting === 'random' ? Date.now() : Number(seedSetting);

describe('random frontmatter and file names: refused by the check naming the file, or built and published', () => {
	it(
		`${runs} builds (seed ${seed})`,
		async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.uniqueArray(testCase, { minLength: 4, maxLength: 8, selector: (c) => entryId(c.file).toLowerCase() }),
					async (cases) => {
						const accepted: Record<string, string> = {};
						for (const c of cases) {
							const text = source(c.edits);
							const dir = corpusWith({ [c.file]: text });
							const { problems } = checkContent(readCorpus(dir));
							if (problems.length === 0) {
								accepted[c.file] = text;
								continue;
							}
							// refused: every problem names this file, never another
							const file = `policies/${c.file}`;
							for (const p of problems) expect(p.file, formatProblem(p)).toContain(file);
						}
						console.log(
							`检查通过 ${Object.keys(accepted).length} 个、拒绝 ${cases.length - Object.keys(accepted).length} 个：${cases.map((c) => c.file).join('、')}`
						);
						if (Object.keys(accepted).length === 0) return;
						// accepted: built together, each page published
						const dir = corpusWith(accepted);
						expect(checkContent(readCorpus(dir)).problems.map(formatProblem)).toEqual([]);
						const out = join(tmp, 'dist');
						const result = await astroBuild(['--outDir', out], { KB_CONTENT_DIR: dir });
						expect(result.code, `${Object.keys(accepted).join(', ')}\n${result.output.slice(-3000)}`).toBe(0);
						for (const file of Object.keys(accepted)) {
							expect(existsSync(join(out, 'policies', entryId(file), 'index.html')), file).toBe(true);
						}
					}
				),
				{ numRuns: runs, seed, endOnFailure: true }
			);
		},
		runs * 240_000
	);
});
