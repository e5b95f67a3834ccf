/**
 * Pre-compressed copies of the built text files (`x.html.gz`, `x.html.br` beside `x.html`), so a
 * web server sends them without compressing on every request (nginx: `gzip_static`, and
 * `brotli_static` where its module is installed; see deploy/). Node's own zlib, nothing to install.
 *
 * gzip at level 9 (every browser); brotli at quality 5: on this corpus's HTML it is 10 % smaller than
 * gzip at about the same speed, while quality 11 (18 % smaller) takes twenty times longer, minutes at
 * 5,000 texts. Pagefind's index files are compressed by Pagefind itself and are left alone, as are
 * files too small to gain.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { codeFingerprint } from '../data/pipeline-fingerprint.ts';
import { ResultCache, contentHash, linkOrCopy } from './build-cache.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;
/** Below this a compressed copy saves less than a network packet. */
const MIN_BYTES = 1024;
/** A copy is kept only when it is at most this fraction of the original. */
const MAX_RATIO = 0.9;
/** Files compressed at once (zlib runs in Node's thread pool). */
const CONCURRENCY = 8;

export interface Compressed {
	/** Path as given. */
	file: string;
	bytes: number;
	/** Size of the .gz copy, or undefined when none was written. */
	gzip?: number;
	brotli?: number;
	/** With `revisions`: the file's revision (`revision`), from the same read. */
	revision?: string;
}

/**
 * What an earlier step of the build knows of a file: its `contentHash` and size
 * (src/integrations/built-pages.ts), and its `revision` when that step hashed it too (the search
 * index's files, src/integrations/search-index.ts): such a file is not read again.
 */
export interface KnownFile {
	hash: string;
	bytes: number;
	revision?: string;
}

/** A file's revision in the offline pack list: a hash of its bytes. */
export const revision = (data: Buffer) => createHash('md5').update(data).digest('hex').slice(0, 16);

/** The .gz and .br bytes of `data`, each only when it is small enough to be worth sending. */
async function compress(data: Buffer): Promise<{ gzip?: Buffer; brotli?: Buffer }> {
	const [gz, br] = await Promise.all([
		gzipAsync(data, { level: 9 }),
		brotliAsync(data, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 5,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: data.length,
			},
		}),
	]);
	return { ...(gz.length <= data.length * MAX_RATIO ? { gzip: gz } : {}), ...(br.length <= data.length * MAX_RATIO ? { brotli: br } : {}) };
}

/**
 * What earlier builds compressed, by a hash of the original (src/integrations/build-cache.ts): an
 * incremental build restores most files unchanged, and compressing them again was most of its time.
 * The copies are files beside a record of which copies each original has.
 */
type Copies = { gzip?: number; brotli?: number };

class CompressedCache {
	readonly #results: ResultCache<Copies & { revision?: string }>;
	readonly #dir: string;
	constructor(cacheDir: string) {
		const code = codeFingerprint('src/integrations/precompress.ts');
		this.#results = new ResultCache(cacheDir, 'compressed', code);
		this.#dir = join(cacheDir, 'kb-post-build', 'compressed');
		mkdirSync(this.#dir, { recursive: true });
	}
	/**
	 * Writes the copies of `data` to `${file}.gz` and `${file}.br`: when an earlier build compressed
	 * the same bytes, as hard links to the cached copies (no bytes read or written; a copy where the
	 * file system has no links), else compressed and kept. A file shared this way is never written in
	 * place: cached copies are written to a new file and renamed, and a site's copy is removed before
	 * it is written (`replace`), so neither side can change the other.
	 */
	async write(file: string, data: Buffer, hash = contentHash(data)): Promise<Copies> {
		const known = await this.reuse(file, hash);
		if (known) return known;
		const out = await compress(data);
		const path = (ext: string) => join(this.#dir, `${hash}.${ext}`);
		await Promise.all([out.gzip && replace(path('gz'), out.gzip), out.brotli && replace(path('br'), out.brotli)]);
		const sizes = await writeCopies(file, out);
		this.#results.store(hash, { ...sizes, revision: revision(data) });
		return sizes;
	}
	/**
	 * The copies an earlier build made of content hashing to `hash`, linked beside `file`, with the
	 * content's revision; undefined when this cache does not have them (then nothing is written).
	 */
	async reuse(file: string, hash: string): Promise<(Copies & { revision?: string }) | undefined> {
		const known = this.#results.lookup(hash);
		if (!known) return undefined;
		const path = (ext: string) => join(this.#dir, `${hash}.${ext}`);
		try {
			if (known.gzip !== undefined) linkOrCopy(path('gz'), `${file}.gz`);
			if (known.brotli !== undefined) linkOrCopy(path('br'), `${file}.br`);
			return known;
		} catch {
			// a copy missing from the cache: compress again
			return undefined;
		}
	}
	/** Keeps the record and the copies this build used, nothing else. */
	save(): void {
		this.#results.save();
		const used = new Set(this.#results.used());
		for (const name of readdirSync(this.#dir))
			if (!used.has(name.replace(/\.(?:gz|br)$/, ''))) rmSync(join(this.#dir, name), { force: true });
	}
}

/** Writes `data` to a new file at `path` (never into a file another path links to). */
async function replace(path: string, data: Buffer): Promise<void> {
	const tmp = `${path}.${process.pid}.tmp`;
	await writeFile(tmp, data);
	await rename(tmp, path);
}

async function writeCopies(
	file: string,
	{ gzip, brotli }: { gzip?: Buffer; brotli?: Buffer }
): Promise<{ gzip?: number; brotli?: number }> {
	await Promise.all([gzip && replace(`${file}.gz`, gzip), brotli && replace(`${file}.br`, brotli)]);
	return { ...(gzip ? { gzip: gzip.length } : {}), ...(brotli ? { brotli: brotli.length } : {}) };
}

async function compressOne(file: string, cache: CompressedCache | undefined, revise: boolean, known?: KnownFile): Promise<Compressed> {
	if (cache && known && known.bytes >= MIN_BYTES) {
		// content an earlier build compressed: its copies and revision are kept, the file need not be read
		const kept = await cache.reuse(file, known.hash);
		if (kept && (kept.revision !== undefined || !revise)) {
			const { revision: rev, ...copies } = kept;
			return { file, bytes: known.bytes, ...(revise ? { revision: rev } : {}), ...copies };
		}
	}
	const data = await readFile(file);
	const result: Compressed = { file, bytes: data.length, ...(revise ? { revision: revision(data) } : {}) };
	if (data.length < MIN_BYTES) return result;
	return { ...result, ...(cache ? await cache.write(file, data, known?.hash) : await writeCopies(file, await compress(data))) };
}

/**
 * Compresses every file of `files` (absolute paths) that `COMPRESSIBLE` matches; the others are
 * returned with their size only. With `cacheDir`, files compressed by an earlier build are not compressed again.
 */
export async function precompress(
	files: readonly string[],
	options: { cacheDir?: string; revisions?: boolean; known?: ReadonlyMap<string, KnownFile> } = {}
): Promise<Compressed[]> {
	const cache = options.cacheDir ? new CompressedCache(options.cacheDir) : undefined;
	const out: Compressed[] = new Array(files.length);
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const i = next++;
			const file = files[i]!;
			const known = options.known?.get(file);
			out[i] = COMPRESSIBLE.test(file)
				? await compressOne(file, cache, !!options.revisions, known)
				: !options.revisions
					? { file, bytes: (await stat(file)).size }
					: known?.revision !== undefined
						? { file, bytes: known.bytes, revision: known.revision }
						: { file, ...(await readFile(file).then((data) => ({ bytes: data.length, revision: revision(data) }))) };
		}
	};
	await Promise.all(Array.from({ length: CONCURRENCY }, worker));
	cache?.save();
	return out;
}
