/**
 * Questions asking for a template itself (src/lib/search/template-intent.ts): the kinds and stages
 * are the templates' own frontmatter (content/templates/*.mdx), read here as the build reads them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../../src/data/corpus';
import { readTemplates, templateFor, templateOpening, type TemplateHit } from '../../src/lib/search/template-intent';
import { checkedTemplateHits } from '../../src/lib/search/template-intent-schema';

const contentDir = fileURLToPath(new URL('../../content/templates', import.meta.url));
const templates: TemplateHit[] = readCorpusFiles(contentDir)
	.map((f) => {
		const d = f.data as { number: number; title: string; shortTitle: string; kind: string; stage: string; summary?: string };
		const id = path.basename(f.path).replace(/\.mdx?$/, '');
		return { id, ...d, opening: d.summary ?? d.title, href: `/templates/${id}/#original` };
	})
	.map(({ id, number, title, shortTitle, kind, stage, opening, href }) => ({ id, number, title, shortTitle, kind, stage, opening, href }))
	.sort((a, b) => a.number - b.number);

describe('templateFor', () => {
	it('reads the nine templates from content/', () => {
		expect(templates.map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `template-${n}`));
		expect(checkedTemplateHits(templates)).toHaveLength(9);
	});

	it.each([
		// The tuning sets' misses: a 补选 said as 补上 / 补一个, and the kind 请示.
		['支委调走一个要补上 请示咋写', 'template-7'],
		// Stage named in full; on a tie the first of the stage's 请示, unless the title's words say 结果.
		['换届请示怎么写', 'template-4'],
		['换届选举结果的请示怎么写', 'template-6'],
		['补选结果请示格式', 'template-9'],
		['成立党支部的请示模板', 'template-1'],
		['设立党支部请示咋写', 'template-1'],
		// The kind alone when one template provides it.
		['党员名册模板', 'template-3'],
		// 备案表 by stage.
		['补选候选人备案表怎么填', 'template-8'],
		['换届候选人预备人选备案表怎么填', 'template-5'],
		// A model asked for outright, the stage alone.
		['补选模板', 'template-7'],
	])('%s → %s', (q, id) => {
		expect(templateFor(q, templates)?.id).toBe(id);
	});

	it.each([
		// No word asking how to write: a question about the rule.
		'补选请示报谁审批',
		'换届请示',
		// A kind no template provides (报告, 决定, 会议记录): no template is made up for it.
		'委员调走了要补一个 报告怎么写',
		'述职报告怎么写',
		'会议记录怎么写',
		// A kind with nothing to choose between (five 请示, no stage or title word).
		'请示怎么写',
		'三会一课怎么做',
	])('%s asks for no template', (q) => {
		expect(templateFor(q, templates)).toBeUndefined();
	});
});

describe('templateOpening', () => {
	const p = (text: string) => ({ text, kind: 'p' });
	it.each([
		// boundaries first: nothing, a table only, an editor's note only → the summary
		[[], '摘要'],
		[[{ text: '姓名 | 性别', kind: 'p', cells: ['姓名', '性别'] }], '摘要'],
		[[p('编者按：来源文件的目录列有模板3，本模板的表格没有保留下来。')], '摘要'],
		// the letterhead, title and addressee are passed over
		[
			[p('×××××学会文件'), p('签发：'), p('关于××的请示'), p('中国共产党青海省科技社团委员会：'), p('因工作变动，拟补选委员。')],
			'因工作变动，拟补选委员。',
		],
		// the first paragraph may end in a colon (请示如下：)
		[
			[p('中国共产党青海省科技社团委员会：'), p('经研究，拟补选委员。现将有关事项请示如下：'), p('一、议程')],
			'经研究，拟补选委员。现将有关事项请示如下：',
		],
	])('%j', (paragraphs, opening) => {
		expect(templateOpening(paragraphs, '摘要')).toBe(opening);
	});

	it('a long paragraph is cut after a sentence', () => {
		const long = `${'甲'.repeat(100)}，乙。${'丙'.repeat(200)}。`;
		expect(templateOpening([p(long)])).toBe(`${'甲'.repeat(100)}，乙。`);
	});
});

describe('readTemplates', () => {
	it('keeps only entries shaped like a template', () => {
		expect(readTemplates(null)).toEqual([]);
		expect(readTemplates([{ id: 'template-1' }, templates[0]])).toEqual([templates[0]]);
	});
});
