/**
 * Runs the content check (src/lib/content-check.ts) on the corpus as the reader found it, parsing
 * bodies with the site's own pipeline. Used by `npm run check:content` and the build gate.
 */
import type { Root } from 'mdast';
import { readCorpus, type Corpus } from './corpus.ts';
import { checkBody, checkContentFiles, type ContentProblem } from '../lib/content-check.ts';
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

/** What checkBody found in a body, and every link target it asked about with the answer. */
interface BodyResult {
	problems: ContentProblem[];
	asked: [Collection, string, boolean][];
}

/**
 * checkBody with its results kept in Astro's cache folder (src/integrations/build-cache.ts) by the
 * body, file name and collection, reused only while every link target it asked about still exists
 * or still does not: a build after changing one text parses one body, not 5,000.
 */
function cachedBodyCheck(cacheDir: string): { check: typeof checkBody; save: () => void } {
	const cache = new ResultCache<BodyResult>(
		cacheDir,
		'content-body',
		codeFingerprint('src/plugins', 'src/lib', 'src/data/content-check.ts')
	);
	const check: typeof checkBody = (f, parse, exists) => {
		const hash = contentHash(JSON.stringify([f.file, f.entry, f.collection, f.body]));
		const known = cache.lookup(hash);
		if (known && known.asked.every(([collection, id, answer]) => (exists?.(collection, id) ?? true) === answer)) return known.problems;
		const asked: BodyResult['asked'] = [];
		const problems = checkBody(
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

/** `cacheDir`: reuse the body checks of earlier builds (the build gate). */
export function checkContent(corpus: Corpus = readCorpus(), cacheDir?: string): ContentReport {
	const cached = cacheDir ? cachedBodyCheck(cacheDir) : undefined;
	const problems = [...corpus.problems, ...checkContentFiles(corpus.files, parseBody, corpus.refs, cached?.check)];
	cached?.save();
	return { files: corpus.refs.length, problems };
}
