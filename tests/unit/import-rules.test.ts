/**
 * The layers of src/ (DEVELOPERS.md): src/lib is pure TypeScript that imports nothing from the
 * layers above it (plugins, components, data, pages, client) and reads no build environment, and
 * the content collections are read through one accessor (`astro:content` only under src/data).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const p = path.join(dir, name);
		if (statSync(p).isDirectory()) yield* files(p);
		else if (/\.(ts|mjs|astro)$/.test(name)) yield p;
	}
}

/** Module specifiers a file imports: static, re-exported and dynamic. */
function imports(text: string): string[] {
	return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

const rel = (p: string) => path.relative(SRC, p).split(path.sep).join('/');
const all = [...files(SRC)].map((file) => ({ file: rel(file), text: readFileSync(file, 'utf8') }));
/** Where a relative import of `file` lands, as a path under src/ (`data/corpus.ts`), or the bare specifier. */
const targets = (file: string, text: string) =>
	imports(text).map((spec) => (spec.startsWith('.') ? rel(path.resolve(SRC, path.dirname(file), spec)) : spec));

describe('import rules', () => {
	it('reads the source tree', () => {
		expect(all.filter((f) => f.file.startsWith('lib/')).length).toBeGreaterThan(40);
	});

	it.each(all.filter((f) => f.file.startsWith('lib/')).map((f) => [f.file, f.text]))('%s imports nothing above src/lib', (file, text) => {
		const above = targets(file, text).filter(
			(t) => /^(plugins|components|data|pages|client|integrations)\//.test(t) || t.startsWith('astro:')
		);
		expect(above).toEqual([]);
		expect(text).not.toMatch(/import\.meta\.env/);
	});

	it('astro:content is imported only under src/data (and by the collection definitions Astro requires)', () => {
		const readers = all.filter((f) => imports(f.text).includes('astro:content')).map((f) => f.file);
		expect(readers.filter((f) => !f.startsWith('data/') && f !== 'content.config.ts')).toEqual([]);
		expect(readers).toContain('data/entries.ts');
	});
});
