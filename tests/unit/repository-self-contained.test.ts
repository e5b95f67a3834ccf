/**
 * A clone with nothing beside it must pass its tests: no code, test, script or benchmark may read a
 * path outside the repository. Every relative path literal is resolved from the folder of the file
 * it stands in (how `import.meta.dirname`/`__dirname` use it), and references to the old seed
 * folder are refused outright.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SOURCE, SOURCES_DIR, sourceFiles } from '../support/sources';

const SCANNED = ['src', 'tests', 'scripts', 'bench', '.ci', 'astro.config.mjs', 'vitest.config.ts', 'package.json'];

function* files(p: string): Generator<string> {
	if (statSync(p).isDirectory()) {
		for (const name of readdirSync(p)) {
			if (name === 'node_modules' || name === '.tmp' || name === 'fixtures') continue;
			yield* files(path.join(p, name));
		}
	} else if (/\.(ts|mjs|js|astro|json|sh)$|\/run$/.test(p)) yield p;
}

/** Spelled in pieces so this file does not match itself. */
const OLD_SEED_FOLDER = new RegExp(['shared', 'seeds'].join('/') + '|KB_' + 'SEEDS_DIR');

const all = SCANNED.flatMap((p) => [...files(path.join(REPO_ROOT, p))]);

describe('the repository is self-contained', () => {
	it('scans the code', () => {
		expect(all.length).toBeGreaterThan(100);
	});

	it.each(all.map((f) => [path.relative(REPO_ROOT, f), f]))('%s reads nothing outside the repository', (_rel, file) => {
		const text = readFileSync(file, 'utf8');
		const outside = [...text.matchAll(/['"`]((?:\.\.\/)+[^'"`$]*)['"`]/g)]
			.map((m) => m[1]!)
			.filter((rel) => {
				const target = path.resolve(path.dirname(file), rel);
				return target !== REPO_ROOT && !target.startsWith(REPO_ROOT + path.sep);
			});
		expect(outside).toEqual([]);
		expect(text).not.toMatch(OLD_SEED_FOLDER);
	});

	it('has every source text the corpus names', () => {
		expect(sourceFiles()).toEqual(Object.values(SOURCE).sort());
		expect(readFileSync(path.join(SOURCES_DIR, 'README.md'), 'utf8')).toContain(SOURCE.qinghaiGuide);
	});
});
