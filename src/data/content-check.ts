/**
 * Runs the content check (src/lib/content-check.ts) on the corpus as the reader found it, parsing
 * bodies with the site's own pipeline. Used by `npm run check:content` and the build gate.
 */
import type { Root } from 'mdast';
import { readCorpus, type Corpus } from './corpus.ts';
import { checkContentFiles, type ContentProblem } from '../lib/content-check.ts';
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

export function checkContent(corpus: Corpus = readCorpus()): ContentReport {
	return { files: corpus.refs.length, problems: [...corpus.problems, ...checkContentFiles(corpus.files, parseBody, corpus.refs)] };
}
