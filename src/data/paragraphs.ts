/**
 * A text's blocks for 对照阅读, as the corpus pipeline recorded them when it compiled the entry
 * (remark-paragraphs): the comparison pages and the per-text JSON read them here, never the raw file.
 */
import type { CompareParagraph } from '../lib/compare/compare';
import { entryParagraphs, policyEntry } from './entries';

export async function textParagraphs(id: string): Promise<CompareParagraph[]> {
	const entry = await policyEntry(id);
	if (!entry) throw new Error(`对照阅读：找不到文件 ${id}`);
	return entryParagraphs(entry);
}
