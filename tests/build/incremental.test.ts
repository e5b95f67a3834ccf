/**
 * Incremental builds give the site a cold build gives. A corpus is built cold; then one text's
 * body changes (it now cites another text), a new text arrives whose title an unchanged text
 * already cited (a 未收录 citation that must become a link), and another text is renamed (texts
 * citing its old title must show the citation as 未收录). The warm build, reusing the first build's
 * cache, must write exactly the files a cold build of the changed corpus writes — and must really
 * reuse: most pages restored, few texts rendered again.
 */
import { appendFileSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus, type Synthetic } from '../../bench/scale/generate';
import { astroBuild, repoRoot, type BuildResult } from '../support/astro-build';

const TEXTS = 40;
const tmp = resolve(repoRoot, 'tests/.tmp/incremental');
const content = join(tmp, 'content');
const cache = join(tmp, 'cache');
const warmDist = join(tmp, 'dist-warm');
const coldDist = join(tmp, 'dist-cold');
const NEW_TITLE = '关于增量构建测试新增文件的通知';

let warm: BuildResult;
let cold: BuildResult;
let synthetic: Synthetic[];

const policyFile = (id: string) => join(content, 'policies', `${id}.mdx`);

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => statSync(join(dir, f)).isFile())
		.sort();
}

/** A file as compared: the offline pack summary carries the build's time, which is the one thing two builds may differ in. */
function comparable(dir: string, file: string): Buffer {
	const data = readFileSync(join(dir, file));
	if (file !== 'offline-pack.json') return data;
	return Buffer.from(JSON.stringify({ ...JSON.parse(data.toString('utf8')), built: undefined }));
}

const build = (dist: string, cacheDir: string) => astroBuild(['--outDir', dist], { KB_CONTENT_DIR: content, KB_CACHE_DIR: cacheDir });

beforeAll(async () => {
	rmSync(tmp, { recursive: true, force: true });
	synthetic = writeCorpus(resolve(repoRoot, 'content'), content, TEXTS);
	const [citing, changed, cited, renamed] = [synthetic[2]!, synthetic[5]!, synthetic[8]!, synthetic[11]!];
	// Before the first build: a citation of a text the corpus does not have yet.
	appendFileSync(policyFile(citing.id), `\n另据《${NEW_TITLE}》执行。\n`);
	const first = await build(warmDist, cache);
	expect(first.code, first.output.slice(-3000)).toBe(0);

	// One text changes, one arrives, one is renamed.
	appendFileSync(policyFile(changed.id), `\n本文件还参照《${cited.title}》执行。\n`);
	const arriving = {
		...synthetic[0]!.frontmatter,
		title: NEW_TITLE,
		shortTitle: '增量构建测试新增文件',
		docNumber: '青科协党发〔2026〕99号',
		aliases: [],
	};
	writeFileSync(policyFile('synthetic-new'), `---\n${yaml.dump(arriving, { lineWidth: -1 })}---\n\n一、本文件供测试用。\n`);
	const renamedFile = readFileSync(policyFile(renamed.id), 'utf8').replace(`title: ${renamed.title}`, `title: ${renamed.title}（修订）`);
	writeFileSync(policyFile(renamed.id), renamedFile);

	warm = await build(warmDist, cache);
	cold = await build(coldDist, join(tmp, 'cache-cold'));
}, 900_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }), 120_000);

describe('a warm build after changing, adding and renaming texts', () => {
	it('builds', () => {
		expect(warm.code, warm.output.slice(-3000)).toBe(0);
		expect(cold.code, cold.output.slice(-3000)).toBe(0);
	});

	it('writes the same files as a cold build, byte for byte', () => {
		const warmFiles = files(warmDist);
		expect(warmFiles).toEqual(files(coldDist));
		const differing = warmFiles.filter((f) => !comparable(warmDist, f).equals(comparable(coldDist, f)));
		expect(differing).toEqual([]);
	});

	it('renders only the texts that changed or cite what changed, and restores most pages', () => {
		const rendered = Number(/policies：渲染 (\d+) 篇/.exec(warm.output)?.[1]);
		// the changed, the new and the renamed text, the text citing the new title, and the texts citing the old title
		const citingRenamed = synthetic.filter((s) => s.body.includes(`《${synthetic[11]!.title}》`)).length;
		expect(rendered).toBe(4 + citingRenamed);
		// Policy pages rendered again: those texts, the texts they cite (backlinks) and the renamed text's neighbours; not the corpus.
		const renderedPages = warm.output.match(/├─ \/policies\/[^/]+\/index\.html \(\+/g)?.length ?? 0;
		const restoredPages = warm.output.match(/├─ \/policies\/[^/]+\/index\.html \((?:restored|cached)\)/g)?.length ?? 0;
		expect(renderedPages + restoredPages).toBe(TEXTS + 1);
		expect(renderedPages).toBeLessThan(TEXTS / 2);
	});

	it('links the citation of the new text in the unchanged text that made it', () => {
		const html = readFileSync(join(warmDist, 'policies', synthetic[2]!.id, 'index.html'), 'utf8');
		expect(html).toContain('data-citation="synthetic-new"');
	});
});
