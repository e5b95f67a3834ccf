import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkClauseAnchors, { detectUnit } from '../../src/plugins/remark-clause-anchors';

function render(md: string): string {
	return String(unified().use(remarkParse).use(remarkGfm).use(remarkClauseAnchors).use(remarkRehype).use(rehypeStringify).processSync(md));
}

/** [id, data-clause] of every element that got an anchor, in order. */
function anchors(md: string): [string, string][] {
	return [...render(md).matchAll(/id="([^"]+)" data-clause="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]);
}

describe('detectUnit', () => {
	it.each([
		['第二部分 基层党组织设置', 'p', 2, '第二部分'],
		['三、基层党组织设置原则', 's', 3, '三、'],
		['（十二）加强领导', 'u', 12, '（十二）'],
		['1.总体要求。', 'c', 1, '1.'],
		['1. 学会应在', 'c', 1, '1.'],
		['2、组织实施阶段', 'c', 2, '2、'],
		['3．全角点', 'c', 3, '3．'],
		['（1）从现在起', 'i', 1, '（1）'],
		['(2) 到 2017 年', 'i', 2, '(2)'],
		['第十五条 本办法', 'a', 15, '第十五条'],
		['**15. 紧扣党员实际**', 'c', 15, '15.'],
	])('%s', (text, kind, n, label) => expect(detectUnit(text)).toEqual({ kind, n, label }));
	it.each(['2019年9月3日', '目标任务', '——坚持', '1.5倍', '① 宣读'])('no unit in %j', (t) => expect(detectUnit(t)).toBeNull());
});

describe('remark-clause-anchors', () => {
	it('平顶山: sections, clauses and items', () => {
		const md = [
			'## 一、指导思想',
			'正文。',
			'## 二、总体要求和目标任务',
			'1\\.总体要求。做好……',
			'2\\.目标任务。按照……',
			'（1）从现在起到2019年年底',
			'（2）到2020年6月底',
			'## 三、突出重点',
			'3\\.加强组织建设',
		].join('\n\n');
		expect(anchors(md)).toEqual([
			['s1', '一、'],
			['s2', '二、'],
			['s2-c1', '二、1.'],
			['s2-c2', '二、2.'],
			['s2-c2-i1', '二、2.（1）'],
			['s2-c2-i2', '二、2.（2）'],
			['s3', '三、'],
			['s3-c3', '三、3.'],
		]);
		expect(render(md)).toContain('<p id="s2-c1" data-clause="二、1.">1.总体要求。');
	});

	it('Qinghai guide: 第X部分 › 一、 › 1.', () => {
		const md = [
			'## 第一部分 总体要求',
			'### 一、指导思想',
			'## 第二部分 基层党组织设置',
			'### 三、基层党组织设置原则',
			'1\\. 学会应在……',
			'2\\. 学会党的基层组织……',
		].join('\n\n');
		expect(anchors(md)).toEqual([
			['p1', '第一部分'],
			['p1-s1', '第一部分 一、'],
			['p2', '第二部分'],
			['p2-s3', '第二部分 三、'],
			['p2-s3-c1', '第二部分 三、1.'],
			['p2-s3-c2', '第二部分 三、2.'],
		]);
	});

	it('a unit resets deeper levels; subsections nest', () => {
		const md = ['## 二、重大任务', '### （一）突出', '1\\.带头', '### （二）突出', '1\\.强化', '## 三、实施保障', '1\\.层层'].join('\n\n');
		expect(anchors(md).map(([id]) => id)).toEqual(['s2', 's2-u1', 's2-u1-c1', 's2-u2', 's2-u2-c1', 's3', 's3-c1']);
	});

	it('paragraph units (一、 in a letter) nest like headings and duplicates get -2', () => {
		const md = ['一、申请新成立……。', '二、社会组织提交……。', '## 社会组织党建工作承诺书', '一、坚持中国共产党的领导。'].join('\n\n');
		expect(anchors(md).map(([id]) => id)).toEqual(['s1', 's2', 's1-2']);
	});

	it('unnumbered headings get no clause anchor and close the units under them', () => {
		const html = render(['## 一、指导思想', '## 目标任务', '1、动员部署阶段'].join('\n\n'));
		expect(html).toContain('<h2>目标任务</h2>');
		expect(anchors(['## 一、指导思想', '## 目标任务', '1、动员部署阶段'].join('\n\n')).map(([id]) => id)).toEqual(['s1', 'c1']);
	});

	it('leaves dates and plain paragraphs alone', () => {
		expect(anchors('2019年9月3日\n\n各省级学会：')).toEqual([]);
	});
});
