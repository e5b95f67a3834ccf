/**
 * The corpus entries for citation matching (titles, aliases, 文号), read through the corpus reader
 * so astro.config.mjs can build the index at config time.
 */
import { readCorpus, readCorpusFiles, defaultPoliciesDir, type Corpus, type CorpusFile } from './corpus.ts';
import { buildCitationIndex, type CitationEntry, type CitationIndex } from '../lib/citations/corpus-index.ts';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The citation fields of one entry; throws with the file name when it has no title. */
export function entryFromFrontmatter(id: string, data: Record<string, unknown>, file = id): CitationEntry {
	const title = str(data.title);
	if (!title) throw new Error(`${file}：缺少标题（title），无法建立引用索引`);
	const docNumber = str(data.docNumber);
	return {
		id,
		title,
		shortTitle: str(data.shortTitle) ?? title,
		...(docNumber ? { docNumber } : {}),
		aliases: Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [],
	};
}

/**
 * Citation entries of policy files. An entry without a title is left out here: the content check
 * (src/data/content-check.ts) refuses it with its file name before anything is built.
 */
function entriesOf(files: readonly CorpusFile[]): CitationEntry[] {
	return files.filter((f) => f.collection === 'policies' && str(f.data.title)).map((f) => entryFromFrontmatter(f.id, f.data, f.path));
}

/** Citation entries of the policies folder `dir`. */
export function loadCorpusEntries(dir = defaultPoliciesDir()): CitationEntry[] {
	return entriesOf(readCorpusFiles(dir));
}

/** The citation index of a corpus already read (astro.config.mjs reads it once). */
export function corpusCitationIndex(corpus: Corpus = readCorpus()): CitationIndex {
	return buildCitationIndex(entriesOf(corpus.files));
}
