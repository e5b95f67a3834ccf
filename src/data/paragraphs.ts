/**
 * A text's blocks for 对照阅读, as the corpus pipeline recorded them when it compiled the entry
 * (remark-paragraphs): the comparison pages and the per-text JSON read them here, never the raw file.
 */
import { getEntry, render } from 'astro:content';
import type { CompareParagraph } from '../lib/compare/compare';
import { PARAGRAPHS_KEY } from '../plugins/remark-paragraphs';

export async function textParagraphs(id: string): Promise<CompareParagraph[]> {
	const entry = await getEntry('policies', id);
	if (!entry) throw new Error(`对照阅读：找不到文件 ${id}`);
	const { remarkPluginFrontmatter } = await render(entry);
	const paragraphs = remarkPluginFrontmatter[PARAGRAPHS_KEY];
	if (!Array.isArray(paragraphs)) {
		throw new Error(`${entry.filePath ?? id}：编译结果中没有段落记录（${PARAGRAPHS_KEY}），请确认 remark-paragraphs 插件已启用`);
	}
	return paragraphs as CompareParagraph[];
}
