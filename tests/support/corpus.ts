/** Corpus files for tests: one entry of the corpus in use, or a file made from a string as the corpus reader would read it. */
import { join } from 'node:path';
import { contentDir, readCollection, type CorpusFile } from '../../src/data/corpus.ts';
import { parseBody } from '../../src/data/content-check.ts';
import {
	checkFile as checkOneFile,
	formatProblem,
	parseContentFile,
	type Collection,
	type ContentFile,
	type ContentProblem,
} from '../../src/lib/content-check.ts';
import { entryId } from '../../src/lib/schema/entry-id.ts';

/** The file of `id` in a collection of the corpus in use; throws naming the file when it is missing or unreadable. */
export function readEntry(collection: Collection, id: string): CorpusFile {
	const { files, problems, refs } = readCollection(collection, join(contentDir(), collection), contentDir());
	const file = files.find((f) => f.id === id);
	if (file) return file;
	const ref = refs.find((r) => r.id === id);
	const why = ref && problems.find((p) => p.file === ref.file);
	throw new Error(why ? `${why.file}：${why.message}` : `content/${collection}/ 中没有 id 为“${id}”的文件`);
}

/** `source` read as the corpus reader reads a file at `content/<collection>/<entry>`: the file, or what kept it from being read. */
export function readSource(source: string, entry = 'x.mdx', collection: Collection = 'policies') {
	return parseContentFile({ collection, id: entryId(entry), entry, file: `content/${collection}/${entry}` }, source);
}

/** `source` as the corpus reader returns a file at `content/<collection>/<entry>`; throws when it cannot be read. */
export function contentFile(source: string, entry = 'x.mdx', collection: Collection = 'policies'): ContentFile {
	const read = readSource(source, entry, collection);
	if ('problems' in read) throw new Error(read.problems.map(formatProblem).join('\n'));
	return read.file;
}

/** The problems the content check finds in one file on its own (no cross-file checks): reading it, then checking it. */
export function checkFile(f: ContentFile, exists?: (collection: Collection, id: string) => boolean): ContentProblem[] {
	return checkOneFile(f, parseBody, exists);
}

/** `checkFile` on a source string, the reading problems included. */
export function checkSource(source: string, entry = 'x.mdx', collection: Collection = 'policies'): ContentProblem[] {
	const read = readSource(source, entry, collection);
	return 'problems' in read ? read.problems : checkFile(read.file);
}
