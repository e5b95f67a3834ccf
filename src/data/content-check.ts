/**
 * Runs the content check (src/lib/content-check.ts) on the corpus as the reader found it, parsing
 * bodies with the site's own pipeline. Used by `npm run check:content` and the build gate.
 */
import type { Root } from 'mdast';
import { readCorpus, type Corpus } from './corpus.ts';
import { checkContentFiles, checkFile, type ContentProblem } from '../lib/content-check.ts';
import type { Collection } from '../lib/schema/collections.ts';
import { ResultCache, contentHash } from '../integrations/build-cache.ts';
import { codeFingerprint } from './pipeline-fingerprint.ts';
import { remarkProcessor } from '../plugins/pipeline.ts';

export interface ContentReport {
	/** Files looked at. */
	files: number;
	problems: ContentProblem[];
}

const parsers = { md: remarkProcessor(), mdx: remarkProcessor({ mdx: true }) };

/** A body read as the page will be: the pipeline's transforms run (a bare URL stays text). */
export function parseBody(body: string, mdx: boolean): Root {
	const processor = mdx ? parsers.mdx : parsers.md;
	return processor.runSync(processor.parse(body), body);
}

/** What checkFile found in a file, and every link target it asked about with the answer. */
interface FileResult {
	problems: ContentProblem[];
	asked: [Collection, string, boolean][];
}

/**
 * checkFile with its results kept in Astro's cache folder (src/integrations/build-cache.ts) by the
 * file as read (every byte), its name and collection, reused only while every link target it asked
 * about still exists or still does not: a build after changing one text checks one file, not 5,000
 * (its characters, its frontmatter against the schema, which parses the block a second time to see
 * dates as typed, and its body). The file is still read and its frontmatter parsed for the build.
 */
function cachedFileCheck(cacheDir: string): { check: typeof checkFile; save: () => void } {
	const cache = new ResultCache<FileResult>(
		cacheDir,
		'content-file',
		codeFingerprint('src/plugins', 'src/lib', 'src/data/content-check.ts')
	);
	const check: typeof checkFile = (f, parse, exists) => {
		const hash = contentHash(JSON.stringify([f.file, f.entry, f.collection, f.source]));
		const known = cache.lookup(hash);
		if (known && known.asked.every(([collection, id, answer]) => (exists?.(collection, id) ?? true) === answer)) return known.problems;
		const asked: FileResult['asked'] = [];
		const problems = checkFile(
			f,
			parse,
			exists &&
				((collection, id) => {
					const answer = exists(collection, id);
					asked.push([collection, id, answer]);
					return answer;
				})
		);
		cache.store(hash, { problems, asked });
		return problems;
	};
	return { check, save: () => cache.save() };
}

/** `cacheDir`: reuse the file checks of earlier builds (the build gate). */
export function checkContent(corpus: Corpus = readCorpus(), cacheDir?: string): ContentReport {
	const cached = cacheDir ? cachedFileCheck(cacheDir) : undefined;
	const problems = [...corpus.problems, ...checkContentFiles(corpus.files, parseBody, corpus.refs, cached?.check)];
	cached?.save();
	return { files: corpus.refs.length, problems };
}
