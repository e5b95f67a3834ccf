/**
 * Reads the corpus entries for citation matching from `content/policies/*.mdx` (YAML frontmatter
 * via js-yaml; no Astro), so astro.config.mjs can build the index at config time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { buildCitationIndex, type CitationEntry, type CitationIndex } from './corpus-index.ts';

/** `content/policies` of the corpus in use (`KB_CONTENT_DIR` as in src/content.config.ts). */
export function defaultPoliciesDir(): string {
	return resolve(process.env.KB_CONTENT_DIR ?? './content', 'policies');
}

/** Splits `---\nyaml\n---\nbody`; the body keeps its line numbers (frontmatter lines become blank). */
export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	if (!m) return { data: {}, body: source };
	const data = yaml.load(m[1]!);
	return {
		data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
		body: m[0].replace(/[^\n]/g, '') + source.slice(m[0].length),
	};
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The citation fields of one entry; throws with the file name when it has no title. */
export function entryFromFrontmatter(id: string, data: Record<string, unknown>, file = id): CitationEntry {
	const title = str(data.title);
	if (!title) throw new Error(`${file}: frontmatter 缺少 title，无法建立引用索引`);
	const docNumber = str(data.docNumber);
	return {
		id,
		title,
		shortTitle: str(data.shortTitle) ?? title,
		...(docNumber ? { docNumber } : {}),
		aliases: Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [],
	};
}

export interface CorpusFile {
	id: string;
	path: string;
	data: Record<string, unknown>;
	body: string;
}

/** Every `*.md`/`*.mdx` of `dir`, sorted by id; none when `dir` does not exist (a corpus without policies). */
export function readCorpusFiles(dir = defaultPoliciesDir()): CorpusFile[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => /\.mdx?$/.test(f))
		.sort()
		.map((f) => {
			const path = join(dir, f);
			const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
			return { id: f.replace(/\.mdx?$/, ''), path, data, body };
		});
}

export function loadCorpusEntries(dir = defaultPoliciesDir()): CitationEntry[] {
	return readCorpusFiles(dir).map((f) => entryFromFrontmatter(f.id, f.data, f.path));
}

export function loadCorpusIndex(dir = defaultPoliciesDir()): CitationIndex {
	return buildCitationIndex(loadCorpusEntries(dir));
}
