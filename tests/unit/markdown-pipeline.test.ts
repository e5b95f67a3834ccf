import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/markdown';

const render = renderMarkdown;

describe('corpus Markdown pipeline', () => {
	it.each([
		// Bold that ends in CJK punctuation, directly followed by text: the form the bundled texts use.
		['1\\. **总体要求。**全面贯彻', '<strong>总体要求。</strong>全面贯彻'],
		['**“党建强会”**计划', '<strong>“党建强会”</strong>计划'],
		['| 一级 | 二级 |\n| --- | --- |\n| 政治 | 方向 |', '<table>'],
	])('%j', async (markdown, expected) => {
		const html = await render(markdown);
		expect(html).toContain(expected);
		expect(html).not.toContain('**');
	});

	it('anchors a numbered clause', async () => {
		expect(await render('## 二、总体要求\n\n1\\.总体要求。')).toMatch(/<p id="s2-c1"[^>]*>1\.总体要求。<\/p>/);
	});
});
