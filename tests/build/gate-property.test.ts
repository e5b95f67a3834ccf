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
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/data/content-check';
import { readCorpus } from '../../src/data/corpus';
import { formatProblem } from '../../src/lib/content-check';
import { entryId } from '../../src/lib/schema/entry-id';
import { astroBuild, repoRoot } from '../support/astro-build';

const tmp = resolve(repoRoot, 'tests/.tmp/gate-property');
const corpus = resolve(repoRoot, 'content');

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A policy's fields, as YAML lines; a case replaces or adds one or two of them. */
const FIELDS: Record<string, string> = {
	title: '关于随机测试文件的通知',
	shortTitle: '随机测试通知',
	docNumber: '测试发〔2021〕2号',
	issuers: '[测试机关]',
	issued: "'2021-03-04'",
	level: '省级',
	region: '测试省',
	docType: '通知',
	status: '现行',
	source: '{ file: fixture.txt }',
};
const OPTIONAL = ['effective', 'summary', 'aliases', 'topics', 'statusBasis', 'carriedBy', 'inferred', 'supersededBy'];
const BODY = '\n## 一、总体要求\n\n1\\.第一条款，见《测试指南》。\n';

/** A YAML value as a curator might type it: plain, quoted, a date, a number, a list, odd characters, very long. */
const yamlValue = fc.oneof(
	fc.constantFrom(
		'2020-01-01',
		'2019-13-45',
		"'2020-02-30'",
		'2020',
		'2020-06',
		'不详',
		'yes',
		'null',
		'~',
		'[]',
		'{}',
		'[甲, 乙]',
		'[2020-01-01]',
		'12:30',
		'0x1F',
		'.inf',
		'测试发[2021]2号',
		'测试发〔2021〕2号',
		"'<script>alert(1)</script>'",
		'"{x}"',
		'中共测试省委员会办公厅',
		'现行',
		'已废止',
		'qinghai-guide',
		'[{ title: 某新办法, relation: 废止 }]',
		'[issuers, level]',
		"'a/b'",
		"'..'",
		"'%E4%B8%AD'",
		"'#锚点'",
		"'?q=1'"
	),
	fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => JSON.stringify(s)),
	fc.string({ unit: 'binary', maxLength: 8 }).map((s) => JSON.stringify(s)),
	fc
		.string({
			unit: fc.constantFrom('甲', '乙', '、', '（', '）', '《', '》', ' ', '-', '/', '#', ':', '"', "'"),
			minLength: 1,
			maxLength: 10,
		})
		.map((s) => JSON.stringify(s)),
	fc.integer({ min: 150, max: 400 }).map((n) => JSON.stringify('长'.repeat(n))),
	fc.integer().map(String)
);

/** A file name as a curator might save it: mostly fine, sometimes not an id, sometimes in a sub-folder. */
const fileName = fc
	.tuple(
		fc.oneof(
			{ weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/) },
			{ weight: 1, arbitrary: fc.constantFrom('Upper', 'a b', 'a_b', '中文名', 'a.b', '-x', 'x--y', 'x%20y', "o'k") }
		),
		fc.constantFrom('.mdx', '.md'),
		fc.option(fc.constantFrom('sub', '2021', '省级/子'), { nil: undefined })
	)
	.map(([stem, ext, folder]) => (folder ? `${folder}/${stem}${ext}` : `${stem}${ext}`));

const testCase = fc.record({
	file: fileName,
	edits: fc.array(fc.tuple(fc.constantFrom(...Object.keys(FIELDS), ...OPTIONAL), yamlValue), { minLength: 1, maxLength: 2 }),
});

function source(edits: readonly [string, string][]): string {
	const fields = { ...FIELDS };
	for (const [key, value] of edits) fields[key] = value;
	return `---\n${Object.entries(fields)
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n')}\n---\n${BODY}`;
}

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
