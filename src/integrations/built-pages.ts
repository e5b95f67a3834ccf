/**
 * The built HTML pages as the steps after the build see them: each page's final form (the CSP step
 * rewrites every page), its hash and whether Pagefind indexes it — worked out once per build, here,
 * and handed to the search index, the link check and the compression, which used to read and hash
 * every page again each (five reads of every page per build).
 *
 * A page an incremental build restored is not read at all. Astro's `experimental.incrementalBuild`
 * lists in `<cacheDir>/incremental-build.json` every page it restored or rendered with a cache key,
 * and such a page is a copy of Astro's stored copy (`<cacheDir>/dist/<page>`): restored pages are
 * copied from it, rendered ones are written to both. So when that stored copy is the very file
 * (inode, size, modification time) it was when an earlier build finished the page, the page is the
 * same raw page again and its final form is the one that build kept (`kb-post-build/pages/<hash>`,
 * a hard link to the page it published): it is linked into the site instead of read, rewritten and
 * hashed. Any other page (rendered without a cache key, or its stored copy rewritten) is read and
 * finished afresh. Results of other code (`code`) are not reused.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, linkOrCopy } from './build-cache.ts';
import { siteFiles } from './site-files.ts';

export interface BuiltPage {
	/** `contentHash` of the page's final bytes. */
	hash: string;
	bytes: number;
	/** Whether the page has `data-pagefind-body` (Pagefind indexes only those, when any has it). */
	indexed: boolean;
}

/** Every HTML page of a built site by its `/`-separated path below the site, as finished. */
export type BuiltPages = ReadonlyMap<string, BuiltPage>;

interface Kept extends BuiltPage {
	/** Identity of Astro's stored copy the page was finished from, if Astro keeps one. */
	astro?: string;
}

interface PageRecord {
	code: string;
	pages: { [page: string]: Kept };
}

/** Astro's stored copy of each page it keeps between builds, from the record it wrote for this build. */
function astroCopies(cacheDir: string): Map<string, string> {
	const copies = new Map<string, string>();
	try {
		const manifest = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8')) as {
			routes?: { [route: string]: { paths?: { [path: string]: { outputFile?: string } } } };
		};
		for (const route of Object.values(manifest.routes ?? {})) {
			for (const { outputFile } of Object.values(route.paths ?? {})) {
				// a URL path relative to the output folder (and to `<cacheDir>/dist/`), percent-encoded
				if (outputFile) copies.set(decodeURIComponent(outputFile), join(cacheDir, 'dist', decodeURIComponent(outputFile)));
			}
		}
	} catch {
		// no incremental build record: every page is read
	}
	return copies;
}

function identity(file: string): string | undefined {
	try {
		const s = statSync(file, { bigint: true });
		return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
	} catch {
		return undefined;
	}
}

let latest: { root: string; pages: BuiltPages } | undefined;

/** The pages `finishPages` finished in `root` during this process, if it did (for the steps after it). */
export function builtPages(root: string): BuiltPages | undefined {
	return latest?.root === root ? latest.pages : undefined;
}

/**
 * Brings every HTML page of the site at `root` to its final form (`finish` of its text; the file is
 * rewritten only when that differs) and returns what each page is. With `cacheDir`, pages restored
 * unchanged by Astro's incremental build are taken from an earlier build instead (see the top of
 * this file). `code` identifies `finish`.
 */
export function finishPages(root: string, finish: (html: string) => string, options: { cacheDir?: string; code: string }): BuiltPages {
	const pages = new Map<string, BuiltPage>();
	const { cacheDir, code } = options;
	const recordFile = cacheDir && join(cacheDir, 'kb-post-build', 'pages.json');
	const store = cacheDir && join(cacheDir, 'kb-post-build', 'pages');
	let previous: PageRecord['pages'] = {};
	if (recordFile) {
		try {
			const stored = JSON.parse(readFileSync(recordFile, 'utf8')) as PageRecord;
			if (stored.code === code) previous = stored.pages;
		} catch {
			// no record yet, or a damaged one: every page is read
		}
		mkdirSync(store!, { recursive: true });
	}
	const copies = cacheDir ? astroCopies(cacheDir) : new Map<string, string>();
	const next: PageRecord = { code, pages: {} };
	for (const page of siteFiles(root)) {
		if (!page.endsWith('.html')) continue;
		const file = join(root, page);
		const copy = copies.get(page);
		const astro = copy && identity(copy);
		const before = previous[page];
		if (store && astro && before?.astro === astro) {
			const kept = join(store, before.hash);
			if (existsSync(kept) && statSync(kept).size === before.bytes) {
				linkOrCopy(kept, file);
				next.pages[page] = before;
				pages.set(page, { hash: before.hash, bytes: before.bytes, indexed: before.indexed });
				continue;
			}
		}
		const raw = readFileSync(file, 'utf8');
		const html = finish(raw);
		const data = Buffer.from(html);
		if (html !== raw) {
			// a new file, not a write into one a store may link to
			writeFileSync(`${file}.tmp`, data);
			renameSync(`${file}.tmp`, file);
		}
		const built: BuiltPage = { hash: contentHash(data), bytes: data.length, indexed: html.includes('data-pagefind-body') };
		pages.set(page, built);
		if (store) {
			const kept = join(store, built.hash);
			if (!existsSync(kept)) linkOrCopy(file, kept);
			next.pages[page] = astro ? { ...built, astro } : built;
		}
	}
	if (recordFile && store) {
		writeFileSync(`${recordFile}.tmp`, JSON.stringify(next));
		renameSync(`${recordFile}.tmp`, recordFile);
		const used = new Set(Object.values(next.pages).map((p) => p.hash));
		for (const name of readdirSync(store)) if (!used.has(name)) rmSync(join(store, name), { force: true });
	}
	latest = { root, pages };
	return pages;
}
