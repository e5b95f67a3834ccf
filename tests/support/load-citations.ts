/**
 * Every citation of the corpus, read from the raw files before anything renders: backlinks of a
 * page rendered early must include files rendered later. fs-based; the detection is the remark
 * plugin's (`collectCitations`).
 */
import { buildCitationIndex, type CitationIndex } from '../../src/lib/citations/corpus-index.ts';
import { defaultPoliciesDir, readCorpusFiles } from '../../src/data/corpus.ts';
import { entryFromFrontmatter } from '../../src/data/corpus-index.ts';
import { CitationRegistry, type Citation } from '../../src/lib/citations/registry.ts';
import { collectCitations } from '../../src/plugins/remark-citations.ts';

/** All citations of `dir` (default: content/policies), in file then text order. */
export function loadCitations(dir = defaultPoliciesDir(), index?: CitationIndex): Citation[] {
	const files = readCorpusFiles(dir);
	const idx = index ?? buildCitationIndex(files.map((f) => entryFromFrontmatter(f.id, f.data, f.path)));
	return files.flatMap((f) => collectCitations(f.body, f.id, idx, { mdx: f.path.endsWith('.mdx') }));
}

/** A registry filled with every citation of `dir`. */
export function loadCitationRegistry(dir = defaultPoliciesDir(), index?: CitationIndex): CitationRegistry {
	return new CitationRegistry().addAll(loadCitations(dir, index));
}
