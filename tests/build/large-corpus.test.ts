/**
 * A province that loads hundreds of texts: the site still builds (link check included), lists
 * every text, keeps backlinks between generated texts, and the citation map stays readable by
 * drawing only its most connected texts. The corpus is the scale benchmark's generator at a size CI can afford.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { writeCorpus, type Synthetic } from '../../bench/scale/generate';
import { PAGE_SIZE, decodeIndex, pageCount } from '../../src/lib/library-view';
import { MAP_MAX_TEXTS } from '../../src/lib/citation-map';
import { BACKLINKS_WITH_CONTEXT } from '../../src/lib/citations/backlinks';
import { loadCitationRegistry } from '../support/load-citations';
import { loadCorpusEntries } from '../../src/data/corpus-index';
import { astroBuild, repoRoot, type BuildResult } from '../support/astro-build';

const TEXTS = MAP_MAX_TEXTS + 40;
const tmp = resolve(repoRoot, 'tests/.tmp/large-corpus');
const dist = join(tmp, 'dist');
let result: BuildResult;
const page = (path: string) => fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
let synthetic: Synthetic[];
/** Every text the paginated 文件库 lists, page after page. */
const libraryIds = () =>
	Array.from({ length: pageCount(TEXTS) }, (_, i) => page(i === 0 ? 'library' : `library/${i + 1}`)).flatMap((html) =>
		selectAll('tr[data-policy]', html).map((tr) => String(tr.properties.dataPolicy))
	);

beforeAll(async () => {
	rmSync(tmp, { recursive: true, force: true });
	synthetic = writeCorpus(resolve(repoRoot, 'content'), join(tmp, 'content'), TEXTS);
	result = await astroBuild(['--outDir', dist], { KB_CONTENT_DIR: join(tmp, 'content') });
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe(`a corpus of ${TEXTS} texts`, () => {
	it('builds, with every internal link checked', () => {
		expect(result.code, result.output.slice(-2000)).toBe(0);
		expect(result.output).toContain('链接检查通过');
	});

	it(`lists every text in the library, ${PAGE_SIZE} a page and the rest on the first, each page linking to the others`, () => {
		const pages = pageCount(TEXTS);
		expect(pages).toBeGreaterThan(1);
		expect(libraryIds()).toHaveLength(TEXTS);
		expect(new Set(libraryIds()).size).toBe(TEXTS);
		for (let n = 1; n <= pages; n++) {
			const html = page(n === 1 ? 'library' : `library/${n}`);
			expect(selectAll('tr[data-policy]', html).length).toBe(n === 1 ? TEXTS - (pages - 1) * PAGE_SIZE : PAGE_SIZE);
			expect(selectAll('nav.pagination a[aria-current="page"]', html).map((a) => toString(a))).toEqual([String(n)]);
		}
		// The compact index the filter loads holds every text too.
		const index = decodeIndex(JSON.parse(readFileSync(join(dist, 'library/index.json'), 'utf8')));
		expect(new Set(index.map((i) => i.id))).toEqual(new Set(libraryIds()));
	});

	it('states corpus-wide figures on the first page only, and on the others what the page holds', () => {
		const [first, second] = [page('library'), page('library/2')];
		const summary = (html: ReturnType<typeof page>) => toString(selectAll('[data-summary]', html)[0]!).trim();
		expect(summary(first)).toMatch(new RegExp(`^共 ${TEXTS} 篇文件，第 1 / 2 页，本页 ${TEXTS - PAGE_SIZE} 篇，发文日期 `));
		expect(summary(second)).toMatch(new RegExp(`^第 2 / 2 页，本页 ${PAGE_SIZE} 篇，发文日期 \\d{4}年`));
		expect(toString(second)).not.toContain(`${TEXTS} 篇`);
		// The filter column lists the same values; only the first page counts them (the browser module fills in the others).
		const values = (html: ReturnType<typeof page>) =>
			selectAll('fieldset input', html).map((i) => `${i.properties.name}=${i.properties.value}`);
		expect(new Set(values(second))).toEqual(new Set(values(first)));
		expect(selectAll('fieldset .count[hidden]', first)).toHaveLength(0);
		expect(selectAll('fieldset .count:not([hidden])', second)).toHaveLength(0);
		expect(toString(selectAll('[data-timeline]', page('timeline/2'))[0]!)).not.toBe('');
		expect(toString(page('timeline/2'))).not.toContain(`共 ${TEXTS} 篇`);
	});

	it('shows a replaced text as replaced, on both pages and in the library index', () => {
		const newer = synthetic.find((s) => s.frontmatter.supersedes)!;
		const older = (newer.frontmatter.supersedes as { id: string }[])[0]!.id;
		const oldPage = page(`policies/${older}`);
		expect(selectAll('[data-notice="superseded"] a', oldPage).map((a) => String(a.properties.href))).toEqual([
			expect.stringContaining(newer.id),
		]);
		expect(selectAll('[data-meta="supersedes"] a', page(`policies/${newer.id}`)).map((a) => String(a.properties.href))).toEqual([
			expect.stringContaining(older),
		]);
		const index = decodeIndex(JSON.parse(readFileSync(join(dist, 'library/index.json'), 'utf8')));
		expect(index.find((i) => i.id === older)!.superseded).toBe(true);
		expect(index.find((i) => i.id === newer.id)!.superseded).toBeUndefined();
	});

	it('shows on the generated texts the generated texts that cite them', () => {
		// each generated text cites other generated texts, so their pages hold at least one backlink per text
		const ids = libraryIds().filter((id) => id.startsWith('synthetic-'));
		const backlinks = ids.flatMap((id) => selectAll('[data-backlink^="synthetic-"]', page(`policies/${id}`)));
		expect(ids.length).toBeGreaterThan(MAP_MAX_TEXTS);
		expect(backlinks.length).toBeGreaterThanOrEqual(ids.length);
	});

	it(`shows the ${BACKLINKS_WITH_CONTEXT} first citing texts of the most-cited text with their sentences, the others by title`, () => {
		const policies = join(tmp, 'content/policies');
		const registry = loadCitationRegistry(policies);
		const [hub, citing] = loadCorpusEntries(policies)
			.map((e) => [e.id, registry.citedBy(e.id).length] as const)
			.reduce((a, b) => (b[1] > a[1] ? b : a));
		expect(citing).toBeGreaterThan(BACKLINKS_WITH_CONTEXT);
		const html = page(`policies/${hub}`);
		expect(selectAll('[data-backlink]', html)).toHaveLength(citing);
		expect(selectAll('.backlinks > ul > li[data-backlink]', html)).toHaveLength(BACKLINKS_WITH_CONTEXT);
		expect(selectAll(`details[data-backlinks-brief="${citing - BACKLINKS_WITH_CONTEXT}"] li[data-backlink]`, html)).toHaveLength(
			citing - BACKLINKS_WITH_CONTEXT
		);
		expect(selectAll('details q', html)).toHaveLength(0);
	});

	it(`draws ${MAP_MAX_TEXTS} texts on the map, says how many are left out, and lists the same texts in the text version`, () => {
		const map = page('map');
		const drawn = selectAll('svg[data-citation-map] a[data-node]', map).map((a) => String(a.properties.dataNode));
		const listed = selectAll('[data-map-text] > li', map).map((li) => String(li.properties.dataMapItem));
		expect(drawn).toHaveLength(MAP_MAX_TEXTS);
		expect(new Set(listed)).toEqual(new Set(drawn));
		expect(selectAll(`[data-map-omitted="${TEXTS - MAP_MAX_TEXTS}"]`, map)).toHaveLength(1);
		expect(selectAll('svg[data-citation-map] .map-edges path', map).length).toBeGreaterThan(MAP_MAX_TEXTS / 2);
	});
});
