/**
 * Astro 7's incremental build as the steps after it see it, for their unit tests: the files of one
 * build are written to a new output folder; a file with a cache key (`keyed`; here its text is the
 * key) whose key is the one Astro recorded last time is restored from Astro's stored copy in
 * `cacheDir/dist`, any other is rendered (written, and into the stored copy when keyed); the record
 * (`incremental-build.json`) is then rewritten, as Astro does.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Path in the output folder → its text, and whether Astro keys (and keeps) it. */
export type OutputFiles = Record<string, { text: string; keyed: boolean }>;

type Manifest = { routes: Record<string, { paths: Record<string, { outputFile: string; cacheKey: string }> }> };

export const writeFile = (file: string, text: string): void => {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
};

/** Writes one build's output into `root` (a new, empty folder) as Astro would, given what it kept in `cacheDir`. */
export function writeAstroOutput(root: string, cacheDir: string, files: OutputFiles): void {
	const record = join(cacheDir, 'incremental-build.json');
	let before: Manifest['routes'][string]['paths'] = {};
	try {
		before = (JSON.parse(readFileSync(record, 'utf8')) as Manifest).routes.page!.paths;
	} catch {
		// no record (a first build): every file is rendered
	}
	const manifest: Manifest = { routes: { page: { paths: {} } } };
	for (const [path, { text, keyed }] of Object.entries(files)) {
		const stored = join(cacheDir, 'dist', path);
		if (keyed && before[`/${path}`]?.cacheKey === text && existsSync(stored)) cpSync(stored, join(root, path));
		else {
			writeFile(join(root, path), text);
			if (keyed) writeFile(stored, text);
		}
		if (keyed) manifest.routes.page!.paths[`/${path}`] = { outputFile: encodeURI(path), cacheKey: text };
	}
	writeFile(record, JSON.stringify(manifest));
}
