/** One corpus file read through the corpus reader, for tests that look at a single text. */
import { join } from 'node:path';
import { contentDir, readCollectionDir, formatUnreadable, type CorpusFile } from '../../src/data/corpus.ts';

/** The file of `id` in a collection of the corpus in use; throws naming the file when it is missing or unreadable. */
export function readEntry(collection: 'policies' | 'templates' | 'glossary', id: string): CorpusFile {
	const { files, unreadable } = readCollectionDir(join(contentDir(), collection));
	const bad = unreadable.find((u) => u.id === id);
	if (bad) throw new Error(formatUnreadable(bad));
	const file = files.find((f) => f.id === id);
	if (!file) throw new Error(`content/${collection}/ 中没有 id 为“${id}”的文件`);
	return file;
}
