/**
 * The built HTML pages as the steps after the build see them: each page's final form (the CSP step
 * rewrites every page), its hash and whether Pagefind indexes it — worked out once per build, here,
 * and handed to the search index, the link check and the compression, which used to read and hash
 * every page again each (five reads of every page per build).
 *
 * A page an incremental build restored is not read at all, nor written. Astro's
 * `experimental.incrementalBuild` lists in `<cacheDir>/incremental-build.json` every page it restored
 * or rendered with a cache key, and keeps a stored copy of it (`<cacheDir>/dist/<page>`): it renders
 * a page into both, and restores one by copying its stored copy into the site. Once a page is
 * finished here, its stored copy is replaced by the finished page (a new file, so nothing else
 * shares it), and the copy's identity (inode, size, modification and change time) is recorded. When
 * the stored copy is still that file in a later build, the page Astro restored from it is already
 * final: it is left as it is and its recorded hash is used. Any other page (rendered without a cache
 * key, or rendered again, which rewrites the stored copy) is read and finished afresh.
 *
 * The stored copies are only trusted with the record of the code that finished them: before Astro
 * restores anything, `guardRestoredPages` drops Astro's record (so every page is rendered again)
 * when this record is missing, unreadable or from other code. The record is removed while pages are
 * being finished, so a build that stops half-way leaves none.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from './build-cache.ts';
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
	/** Identity of Astro's stored copy once it holds the finished page, if Astro keeps one. */
	astro?: string;
}

interface PageRecord {
	code: string;
	pages: { [page: string]: Kept };
}

const recordFileOf = (cacheDir: string) => join(cacheDir, 'kb-post-build', 'pages.json');
const astroRecordOf = (cacheDir: string) => join(cacheDir, 'incremental-build.json');

function readRecord(cacheDir: string): PageRecord | undefined {
	try {
		return JSON.parse(readFileSync(recordFileOf(cacheDir), 'utf8')) as PageRecord;
	} catch {
		return undefined;
	}
}

/**
 * Before Astro restores pages (build start): Astro's stored copies hold pages finished by the code
 * named in our record, so without that record, or with one of other code, Astro's record is removed
 * and every page is rendered again (and stored raw). Returns whether it was removed.
 */
export function guardRestoredPages(cacheDir: string, code: string): boolean {
	if (!existsSync(astroRecordOf(cacheDir)) || readRecord(cacheDir)?.code === code) return false;
	rmSync(astroRecordOf(cacheDir), { force: true });
	return true;
}

/** Astro's stored copy of each page it keeps between builds, from the record it wrote for this build. */
function astroCopies(cacheDir: string): Map<string, string> {
	const copies = new Map<string, string>();
	try {
		const manifest = JSON.parse(readFileSync(astroRecordOf(cacheDir), 'utf8')) as {
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

/** `data` written to `file` as a new file (renamed into place), never into a file something else may link to. */
function replaceFile(file: string, data: Uint8Array): void {
	writeFileSync(`${file}.tmp`, data);
	renameSync(`${file}.tmp`, file);
}

/** Other files Astro keeps between builds (endpoints: /compare/text/<id>.json…) by path below the site: hash and size. */
export type BuiltData = ReadonlyMap<string, { hash: string; bytes: number }>;

let latest: { root: string; pages: BuiltPages; data: BuiltData } | undefined;

/** The pages `finishPages` finished in `root` during this process, if it did (for the steps after it). */
export function builtPages(root: string): BuiltPages | undefined {
	return latest?.root === root ? latest.pages : undefined;
}

/**
 * The other files of `root` Astro restored or rendered with a cache key, with their hashes, known
 * after `finishPages` (for the offline pack: 5,000 compare files are 64 MB, read and hashed twice a
 * build before). Such a file is hashed when its stored copy is not the one recorded last time, and
 * taken from the record when it is: the file Astro restored is a copy of that unchanged stored copy.
 */
export function builtData(root: string): BuiltData | undefined {
	return latest?.root === root ? latest.data : undefined;
}

/**
 * Brings every HTML page of the site at `root` to its final form (`finish` of its text; the file is
 * rewritten only when that differs) and returns what each page is. With `cacheDir`, pages restored
 * by Astro's incremental build from a stored copy this step finished are taken as they are (see the
 * top of this file). `code` identifies `finish`.
 */
export function finishPages(root: string, finish: (html: string) => string, options: { cacheDir?: string; code: string }): BuiltPages {
	const pages = new Map<string, BuiltPage>();
	const { cacheDir, code } = options;
	let previous: PageRecord['pages'] = {};
	if (cacheDir) {
		const stored = readRecord(cacheDir);
		if (stored?.code === code) previous = stored.pages;
		// rewritten below: a build stopped half-way must leave no record (guardRestoredPages)
		rmSync(recordFileOf(cacheDir), { force: true });
	}
	const copies = cacheDir ? astroCopies(cacheDir) : new Map<string, string>();
	const next: PageRecord = { code, pages: {} };
	const others = new Map<string, { hash: string; bytes: number }>();
	for (const page of siteFiles(root)) {
		const copy = copies.get(page);
		const before = previous[page];
		if (!page.endsWith('.html')) {
			// an endpoint's file Astro keeps: not changed here, only its hash recorded against its stored copy
			if (!cacheDir || !copy) continue;
			const astro = identity(copy);
			if (astro !== undefined && before?.astro === astro) {
				next.pages[page] = before;
				others.set(page, { hash: before.hash, bytes: before.bytes });
				continue;
			}
			const bytes = readFileSync(join(root, page));
			const file = { hash: contentHash(bytes), bytes: bytes.length };
			others.set(page, file);
			next.pages[page] = astro === undefined ? { ...file, indexed: false } : { ...file, indexed: false, astro };
			continue;
		}
		if (copy && before?.astro !== undefined && identity(copy) === before.astro) {
			// restored by Astro from the finished page this step stored
			next.pages[page] = before;
			pages.set(page, { hash: before.hash, bytes: before.bytes, indexed: before.indexed });
			continue;
		}
		const file = join(root, page);
		const raw = readFileSync(file, 'utf8');
		const html = finish(raw);
		const data = Buffer.from(html);
		if (html !== raw) replaceFile(file, data);
		const built: BuiltPage = { hash: contentHash(data), bytes: data.length, indexed: html.includes('data-pagefind-body') };
		pages.set(page, built);
		if (!cacheDir) continue;
		// Astro's stored copy (raw, as it rendered it) becomes the finished page, so restoring it restores the final page.
		let astro: string | undefined;
		if (copy && existsSync(copy)) {
			if (html !== raw) replaceFile(copy, data);
			astro = identity(copy);
		}
		next.pages[page] = astro ? { ...built, astro } : built;
	}
	if (cacheDir) {
		mkdirSync(join(cacheDir, 'kb-post-build'), { recursive: true });
		replaceFile(recordFileOf(cacheDir), Buffer.from(JSON.stringify(next)));
		// the finished pages earlier builds kept beside the record (no longer needed: the stored copies are final)
		rmSync(join(cacheDir, 'kb-post-build', 'pages'), { recursive: true, force: true });
	}
	latest = { root, pages, data: others };
	return pages;
}
