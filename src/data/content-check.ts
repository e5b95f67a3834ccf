/**
 * Reads the whole corpus through the corpus reader and runs the content check on it
 * (src/lib/content-check.ts). Used by `npm run check:content` and the build gate.
 */
import { join } from 'node:path';
import { COLLECTIONS, contentDir, displayPath, readCollectionDir } from './corpus.ts';
import { checkContentFiles, type ContentFile, type ContentProblem, type FileRef } from '../lib/content-check.ts';

export interface ContentReport {
	/** Files looked at. */
	files: number;
	problems: ContentProblem[];
}

export function checkContent(root = contentDir()): ContentReport {
	const files: ContentFile[] = [];
	const unreadable: FileRef[] = [];
	const problems: ContentProblem[] = [];
	for (const collection of COLLECTIONS) {
		const read = readCollectionDir(join(root, collection));
		for (const f of read.files) {
			const { id, source, data, hasFrontmatter, body } = f;
			files.push({ collection, id, file: displayPath(f.path), source, data, hasFrontmatter, body });
		}
		for (const u of read.unreadable) {
			unreadable.push({ collection, id: u.id, file: displayPath(u.path) });
			problems.push({ file: displayPath(u.path), ...(u.line ? { line: u.line } : {}), message: u.message });
		}
	}
	return { files: files.length + unreadable.length, problems: [...problems, ...checkContentFiles(files, unreadable)] };
}
