/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned by
 * `getStaticPaths()` with a `cacheKey` is copied from the previous build when its key and its
 * code are unchanged. Astro hashes the code; the key must cover every datum the page shows that is
 * not in its props' own code — above all what it reads from other texts (backlinks, relations, a
 * carrier's title), or a changed text would leave pages that mention it stale. A warm build must
 * give the same site as a cold one (tests/build/incremental.test.ts builds both and compares).
 *
 * Pages add one property: `cacheKey: await policyPageKey(entry, titles)`, `cacheKey: propsKey(props)`.
 */
import { createHash } from 'node:crypto';
import { siteCitations } from './site-citations';
import { relationsOf } from './relations';
import { textHash } from './texts';
import { carrierOf, type PolicyEntry, type TemplateEntry } from './entries';

type RenderedEntry = PolicyEntry | TemplateEntry;

/** A short hash of any JSON-able values. */
export function cacheKey(...parts: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32);
}

/** A page whose props are all it shows (besides its code): a list page, a dictionary shard. */
export function propsKey(props: unknown): string {
	return cacheKey(props);
}

/** What a text renders to (HTML, headings, the citations and blocks its plugins recorded), and its data. */
export function entryKey(entry: RenderedEntry): string {
	return cacheKey(entry.id, textHash(entry), entry.data);
}

/**
 * A policy text's page (src/pages/policies/[id].astro): the text itself, the title of the text it
 * is carried in, the texts that cite it (with their titles) and its supersession relations.
 */
export async function policyPageKey(entry: PolicyEntry, titles: ReadonlyMap<string, string>): Promise<string> {
	const backlinks = (await siteCitations()).backlinksTo(entry.id);
	const relations = (await relationsOf())(entry.id);
	const carrier = (await carrierOf(entry))?.data.title;
	return cacheKey(
		entryKey(entry),
		carrier,
		backlinks,
		backlinks.map((b) => titles.get(b.from)),
		relations
	);
}
