/**
 * The full-text index (Pagefind), built after the pages, in shards that later builds reuse.
 *
 * Instead of Starlight's step (one Pagefind run over the whole site on every build), the indexed
 * pages (those with `data-pagefind-body`) are split into shards (src/lib/search/index-shards.ts);
 * each shard is indexed by Pagefind on its own and kept in Astro's cache folder under a hash of its
 * pages, so a build that changed a few texts re-indexes only their shards and copies the others.
 * The first shard is written to /pagefind/ with Pagefind's script; the others to
 * /pagefind/shard-N/ (their index files only), listed in /pagefind/kb-shards.json for the search
 * to merge. With one shard (up to 1,000 indexed pages) the output is Pagefind's usual bundle.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SHARD_LIST, indexedContent, shardCount, shardFolder, shardOf } from '../lib/search/index-shards.ts';
import { codeFingerprint } from '../data/pipeline-fingerprint.ts';
import { contentHash, linkTree } from './build-cache.ts';
import { builtPages, type BuiltPages } from './built-pages.ts';
import { discardOutput } from './discard-output.ts';
import { revision, type KnownFile } from './precompress.ts';

const PAGEFIND_DIR = 'pagefind';
/** Page hash → hash of what Pagefind reads of the page, from the last build (the pages are not read again). */
const INDEX_HASHES = 'index-hashes.json';
/** What the index hashes mean: a change to indexedContent must not reuse shards keyed by the old one. */
const INDEX_CUT = 'indexedContent 1';
/** What a merged shard needs: the search script and its WebAssembly come from the first shard. */
const SHARD_DATA = /^(?:pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

interface Page {
	path: string;
	content: string;
}

/**
 * Each file of a cached shard with its size, `contentHash` and pack revision (`revision`), kept beside
 * the shard as `<shard>.files.json`. A cached shard's files are never written again (a changed shard is
 * a new folder), so they are hashed once, when the shard is first seen, and the offline pack takes the
 * hashes from here instead of reading and hashing the whole index (~61 MB at 5,000 texts) every build.
 */
interface ShardFiles {
	code: string;
	files: { [path: string]: Required<KnownFile> };
}

/** What the record's hashes mean: the hash functions' code (a record of other code is worked out again). */
const shardFilesCode = () =>
	codeFingerprint('src/integrations/precompress.ts', 'src/integrations/build-cache.ts', 'src/integrations/search-index.ts');

/** The files of the cached shard folder `cached` (paths relative to it, `/`-separated), from its record or hashed now. */
function shardFiles(cached: string, code: string): ShardFiles['files'] {
	const record = `${cached}.files.json`;
	try {
		const stored = JSON.parse(readFileSync(record, 'utf8')) as ShardFiles;
		if (stored.code === code) return stored.files;
	} catch {
		// no record yet (a shard built now, or kept by older code), or a damaged one: hash the files
	}
	const files: ShardFiles['files'] = {};
	for (const path of readdirSync(cached, { recursive: true, encoding: 'utf8' }).sort()) {
		const file = join(cached, path);
		if (!statSync(file).isFile()) continue;
		const data = readFileSync(file);
		files[path.split('\\').join('/')] = { hash: contentHash(data), bytes: data.length, revision: revision(data) };
	}
	writeFileSync(`${record}.tmp`, JSON.stringify({ code, files } satisfies ShardFiles));
	renameSync(`${record}.tmp`, record);
	return files;
}

let latest: { root: string; files: ReadonlyMap<string, Required<KnownFile>> } | undefined;

/** The index files `buildSearchIndex` put into `root` during this process (path below the site → size and hashes), if it did. */
export function indexFiles(root: string): ReadonlyMap<string, Required<KnownFile>> | undefined {
	return latest?.root === root ? latest.files : undefined;
}

/**
 * The HTML pages Pagefind indexes, each with a hash of what Pagefind reads of it (indexedContent:
 * the page without the content of its ignored elements — a text's backlinks change when a new text
 * cites it, its index does not): those with data-pagefind-body (or all, if none has it, as Pagefind
 * does). The pages the build's earlier step finished (src/integrations/built-pages.ts) are not read
 * again when an earlier build saw the same page (`known`: page hash → index hash); only paths and
 * hashes are kept, the pages are read one shard at a time, and only for shards that change.
 */
function indexedPages(
	root: string,
	built: BuiltPages | undefined,
	known: ReadonlyMap<string, string>
): { pages: [path: string, hash: string][]; seen: Map<string, string> } {
	const paths = readdirSync(root, { recursive: true, encoding: 'utf8' })
		.map((path) => path.split('\\').join('/'))
		.filter((path) => path.endsWith('.html') && !path.startsWith(`${PAGEFIND_DIR}/`))
		.sort();
	const seen = new Map<string, string>();
	const indexHash = (pageHash: string, html: () => string) => {
		const hash = known.get(pageHash) ?? contentHash(indexedContent(html()));
		seen.set(pageHash, hash);
		return hash;
	};
	const pages = paths.map((path): [string, () => string, boolean] => {
		const page = built?.get(path);
		if (page) return [path, () => indexHash(page.hash, () => readFileSync(join(root, path), 'utf8')), page.indexed];
		const html = readFileSync(join(root, path), 'utf8');
		return [path, () => indexHash(contentHash(html), () => html), html.includes('data-pagefind-body')];
	});
	const withBody = pages.filter(([, , indexed]) => indexed);
	return { pages: (withBody.length > 0 ? withBody : pages).map(([path, hash]) => [path, hash()]), seen };
}

async function check<T extends { errors: string[] }>(response: Promise<T>): Promise<T> {
	const result = await response;
	if (result.errors.length > 0) throw new Error(`Pagefind：${result.errors.join('；')}`);
	return result;
}

/** Indexes `pages` with Pagefind into `out`. */
async function runPagefind(pages: readonly Page[], out: string): Promise<void> {
	const { index } = await check(pagefind.createIndex());
	if (!index) throw new Error('Pagefind 未能创建索引');
	for (const page of pages) await check(index.addHTMLFile({ sourcePath: page.path, content: page.content }));
	await check(index.writeFiles({ outputPath: out }));
	await index.deleteIndex();
}

/**
 * Indexes the built site at `root` into root/pagefind/, reusing the shards kept in `cacheDir` whose
 * pages are unchanged. `shards` overrides the number of shards (tests).
 */
export async function buildSearchIndex(
	root: string,
	cacheDir: string,
	options: { shards?: number; log?: (message: string) => void } = {}
): Promise<{ pages: number; shards: number; built: number }> {
	latest = undefined;
	const cache = join(cacheDir, 'kb-search');
	mkdirSync(cache, { recursive: true });
	const knownFile = join(cache, INDEX_HASHES);
	const kept = existsSync(knownFile)
		? (JSON.parse(readFileSync(knownFile, 'utf8')) as { code?: string; hashes?: Record<string, string> })
		: {};
	const known = new Map(kept.code === INDEX_CUT ? Object.entries(kept.hashes ?? {}) : []);
	const { pages, seen } = indexedPages(root, builtPages(root), known);
	const count = options.shards ?? shardCount(pages.length);
	const shards: [path: string, hash: string][][] = Array.from({ length: count }, () => []);
	for (const page of pages) shards[shardOf(page[0], count)]!.push(page);

	// Pagefind's version is part of every shard's key (its package does not export package.json: read it beside its entry point).
	const version = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '../package.json'), 'utf8'))
		.version as string;
	const keep = new Set<string>();
	let built = 0;
	const code = shardFilesCode();
	const files = new Map<string, Required<KnownFile>>();
	try {
		for (const [i, shardPages] of shards.entries()) {
			const hash = createHash('sha256').update(`pagefind ${version} shard ${i}/${count}; ${INDEX_CUT}\n`);
			for (const [path, pageHash] of shardPages) hash.update(path).update('\0').update(pageHash).update('\0');
			const name = `${i}-${hash.digest('hex').slice(0, 24)}`;
			keep.add(name);
			const cached = join(cache, name);
			if (!existsSync(cached)) {
				const tmp = `${cached}.tmp`;
				rmSync(tmp, { recursive: true, force: true });
				await runPagefind(
					shardPages.map(([path]) => ({ path, content: readFileSync(join(root, path), 'utf8') })),
					tmp
				);
				if (i > 0) for (const f of readdirSync(tmp)) if (!SHARD_DATA.test(f)) rmSync(join(tmp, f), { recursive: true, force: true });
				renameSync(tmp, cached);
				built++;
			}
			// linked, not copied: a shard's files in the cache are never written again (a changed shard is a new folder)
			linkTree(cached, join(root, PAGEFIND_DIR, shardFolder(i)));
			keep.add(`${name}.files.json`);
			for (const [path, known] of Object.entries(shardFiles(cached, code))) files.set(`${PAGEFIND_DIR}/${shardFolder(i)}${path}`, known);
		}
	} finally {
		await pagefind.close();
	}
	const secondary = shards.map((_, i) => shardFolder(i)).filter((f) => f !== '');
	writeFileSync(join(root, PAGEFIND_DIR, SHARD_LIST), JSON.stringify(secondary));
	keep.add(INDEX_HASHES);
	writeFileSync(knownFile, JSON.stringify({ code: INDEX_CUT, hashes: Object.fromEntries(seen) }));
	for (const name of readdirSync(cache)) if (!keep.has(name)) rmSync(join(cache, name), { recursive: true, force: true });
	latest = { root, files };
	options.log?.(`全文索引：${pages.length} 个页面，${count} 个分片，重建 ${built} 个，其余沿用上次构建。`);
	return { pages: pages.length, shards: count, built };
}

export default function searchIndex(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'kb:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				try {
					await buildSearchIndex(fileURLToPath(dir), cacheDir, { log: (message) => logger.info(message) });
				} catch (error) {
					discardOutput(dir, logger);
					throw new Error(`生成全文索引失败：${(error as Error).message}`, { cause: error });
				}
			},
		},
	};
}
