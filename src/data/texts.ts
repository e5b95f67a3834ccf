/**
 * The rendered corpus texts, as the pages read them: a text's HTML, headings and blocks
 * (`renderedText`), the hash of its rendering for page cache keys (`textHash`) and the citations
 * every text makes (`recordedCitations`). The loader that renders and keeps them is
 * src/data/rendered-texts.ts; this side only reads files (build time).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { MarkdownHeading } from 'astro';
import type { Lookup } from '../lib/citations/lookups.ts';
import type { Citation } from '../lib/citations/registry.ts';
import type { CompareParagraph } from '../lib/compare/compare.ts';

/** Key in a stored entry's `rendered.metadata`: where its rendering is and what it hashes to. */
export const TEXT_REF = 'kbText';

export interface TextRef {
	/** Hash of the rendering (HTML, headings, what the plugins recorded): what page cache keys use. */
	hash: string;
	/** Absolute path of the text's file (`keep: 'files'`), or undefined when the HTML is in the store. */
	file?: string;
	/** Absolute path of the collection's record (`TextIndex`). */
	index: string;
}

/** One text's file: what its page shows. */
export interface TextFile {
	html: string;
	headings: MarkdownHeading[];
	paragraphs: CompareParagraph[];
}

/**
 * What the loader remembers of a text between builds. Its citations are not here but in a file of
 * their own per text (`TextRef.citations`, named by the rendering's hash): changing one text writes
 * that text's citations, not the whole corpus's (at 5,000 texts the citations were three quarters
 * of a 26 MB record rewritten on every such build).
 */
export interface TextRecord {
	digest: string;
	filePath: string;
	hash: string;
	lookups: Lookup[];
}

/** The collection's record, beside its text files. */
export interface TextIndex {
	/** The pipeline the texts were rendered with (`pipelineSignature`). */
	signature: string;
	texts: Record<string, TextRecord>;
}

/**
 * The file of the citations a text makes (`Citation[]`), beside the collection's record (`index`) and
 * named by the text's id and the hash of its rendering: a file of that name always holds these citations.
 */
export const citationsFileOf = (index: string, id: string, hash: string): string =>
	join(dirname(index), `${encodeURIComponent(id)}.${hash}.cites.json`);

export function readIndex(path: string): TextIndex | undefined {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as TextIndex;
	} catch {
		return undefined;
	}
}

type WithText = { id: string; filePath?: string; rendered?: { metadata?: Record<string, unknown> } };

export function refOf(entry: WithText): TextRef | undefined {
	return entry.rendered?.metadata?.[TEXT_REF] as TextRef | undefined;
}

function requireRef(entry: WithText): TextRef {
	const ref = refOf(entry);
	if (!ref) throw new Error(`${entry.filePath ?? entry.id}：内容层中没有渲染结果（请确认该集合的加载器由 renderedTexts() 包装）`);
	return ref;
}

/** The hash of a text's rendering, for page cache keys. */
export function textHash(entry: WithText): string {
	return requireRef(entry).hash;
}

/**
 * Astro's cache folder as the loader found it (it keeps the texts in `<cacheDir>/kb-texts/<collection>/`):
 * where other results computed from the texts are kept between builds.
 */
export function cacheDirOf(entry: WithText): string {
	return resolve(dirname(requireRef(entry).index), '..', '..');
}

/** What a text's page shows: its HTML, headings and blocks. */
export function renderedText(entry: WithText): TextFile {
	const ref = requireRef(entry);
	if (!ref.file) throw new Error(`${entry.filePath ?? entry.id}：该集合的渲染结果在内容层中，请用 astro:content 的 render()`);
	return JSON.parse(readFileSync(ref.file, 'utf8')) as TextFile;
}

/** Every citation the given texts make, read from the file the loader wrote beside each text's rendering. */
export function recordedCitations(entries: readonly WithText[]): Citation[] {
	return entries.flatMap((e) => {
		const { index, hash } = requireRef(e);
		const path = citationsFileOf(index, e.id, hash);
		try {
			return JSON.parse(readFileSync(path, 'utf8')) as Citation[];
		} catch {
			throw new Error(`${e.filePath ?? e.id}：缺少渲染记录中的引用文件 ${path}`);
		}
	});
}
