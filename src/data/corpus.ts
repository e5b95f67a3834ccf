/**
 * The corpus reader: every content file of `content/` (or `KB_CONTENT_DIR`), split into frontmatter
 * and body by `splitFrontmatter` (src/lib/frontmatter.ts). Build-time only (file system, no Astro):
 * astro.config.mjs, `npm run check:content`, tests and benchmarks all read the corpus through here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { FrontmatterError, splitFrontmatter } from '../lib/frontmatter.ts';
import type { Collection } from '../lib/content-check.ts';

/** The corpus collections (folders of content/), as src/content.config.ts defines them. */
export const COLLECTIONS: readonly Collection[] = ['policies', 'templates', 'glossary'];

/** The corpus folder in use: `KB_CONTENT_DIR` (as in src/content.config.ts) or `./content`. */
export function contentDir(): string {
	return resolve(process.env.KB_CONTENT_DIR ?? './content');
}

/** `content/policies` of the corpus in use. */
export function defaultPoliciesDir(): string {
	return join(contentDir(), 'policies');
}

export interface CorpusFile {
	/** Entry id: the file name without extension (as Astro's glob loader derives it). */
	id: string;
	/** Absolute path. */
	path: string;
	/** The file as read. */
	source: string;
	data: Record<string, unknown>;
	/** Whether the file has a frontmatter block. */
	hasFrontmatter: boolean;
	/** Body, line numbers as in the file (frontmatter lines are blank). */
	body: string;
}

/** A file the reader could not split: broken YAML. */
export interface UnreadableFile {
	id: string;
	path: string;
	message: string;
	line?: number;
}

/** Path for messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel && !rel.startsWith('..') ? rel : path;
}

const CONTENT_FILE = /\.mdx?$/;

function load(path: string): CorpusFile | UnreadableFile {
	const source = readFileSync(path, 'utf8');
	const id = path.split(/[\\/]/).pop()!.replace(CONTENT_FILE, '');
	try {
		const { data, body, hasFrontmatter } = splitFrontmatter(source);
		return { id, path, source, data, body, hasFrontmatter };
	} catch (err) {
		if (!(err instanceof FrontmatterError)) throw err;
		return { id, path, message: err.message, ...(err.line ? { line: err.line } : {}) };
	}
}

/** `file（第 N 行附近）：message` for an unreadable file. */
export function formatUnreadable(u: UnreadableFile): string {
	return `${displayPath(u.path)}${u.line ? `（第 ${u.line} 行附近）` : ''}：${u.message}`;
}

/**
 * Every `*.md`/`*.mdx` of `dir`, sorted by file name, split; files with broken frontmatter are
 * returned apart (the content check reports them) so config-time loaders can still run.
 */
export function readCollectionDir(dir: string): { files: CorpusFile[]; unreadable: UnreadableFile[] } {
	const files: CorpusFile[] = [];
	const unreadable: UnreadableFile[] = [];
	if (!existsSync(dir)) return { files, unreadable };
	for (const name of readdirSync(dir)
		.filter((f) => CONTENT_FILE.test(f))
		.sort()) {
		const f = load(join(dir, name));
		if ('message' in f) unreadable.push(f);
		else files.push(f);
	}
	return { files, unreadable };
}

/** The readable files of `dir` (default: content/policies); none when `dir` does not exist. */
export function readCorpusFiles(dir = defaultPoliciesDir()): CorpusFile[] {
	return readCollectionDir(dir).files;
}
