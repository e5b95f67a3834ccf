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
import { readFile, stat, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

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
}

async function compressOne(file: string): Promise<Compressed> {
	const data = await readFile(file);
	const result: Compressed = { file, bytes: data.length };
	if (data.length < MIN_BYTES) return result;
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
	if (gz.length <= data.length * MAX_RATIO) {
		await writeFile(`${file}.gz`, gz);
		result.gzip = gz.length;
	}
	if (br.length <= data.length * MAX_RATIO) {
		await writeFile(`${file}.br`, br);
		result.brotli = br.length;
	}
	return result;
}

/** Compresses every file of `files` (absolute paths) that `COMPRESSIBLE` matches; the others are returned with their size only. */
export async function precompress(files: readonly string[]): Promise<Compressed[]> {
	const out: Compressed[] = new Array(files.length);
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const i = next++;
			const file = files[i]!;
			out[i] = COMPRESSIBLE.test(file) ? await compressOne(file) : { file, bytes: (await stat(file)).size };
		}
	};
	await Promise.all(Array.from({ length: CONCURRENCY }, worker));
	return out;
}
