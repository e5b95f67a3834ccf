import { describe, expect, it } from 'vitest';
import { readSource, SOURCE } from '../support/sources';
import { importText } from '../../scripts/import/index.ts';
import { detectDates, detectDocNumber } from '../../scripts/import/metadata.ts';
import { isContinuation, normalise, removeStraySpaces } from '../../scripts/import/normalise.ts';
import { escapeMdx } from '../../scripts/import/to-mdx.ts';

const seed = readSource;
/** The Qinghai guide without its table of contents and part seven (templates). */
const guideBody = () => seed(SOURCE.qinghaiGuide).split('\n').slice(68, 976).join('\n');
const text = (file: string) => (file === SOURCE.qinghaiGuide ? guideBody() : seed(file));
const imp = (file: string) => importText(seed(file), { sourceFile: file });

describe('metadata on the real seeds', () => {
	it.each([
		[SOURCE.pingdingshan, undefined, '不详', '关于加强科协所属学会党建工作的若干意见'],
		[SOURCE.shanxi, '晋科社行党发〔2019〕5号', '2019-09-03', '关于开展“双强六好”党组织建设工作的通知'],
		[
			SOURCE.chongqing,
			'渝科协社党发〔2023〕11号',
			'2023-04-14',
			'中共重庆市科协科技社团委员会关于印发《市科协科技社团党委2023年工作要点》的通知',
		],
		[SOURCE.cast2022, undefined, '不详', '关于印发《2022年中国科协学会党建工作要点》的通知'],
	])('%s: 文号 %s, 日期 %s', (file, docNumber, issued, title) => {
		const { frontmatter } = imp(file);
		expect(frontmatter.docNumber).toBe(docNumber);
		expect(frontmatter.issued).toBe(issued);
		expect(frontmatter.title).toBe(title);
	});

	it('detects the signature of 001', () => {
		expect(imp(SOURCE.shanxi).frontmatter.issuers).toEqual(['中共山西省科技类社会组织行业委员会']);
	});

	it.each([
		['（中办发〔2015〕51号 2015年9月29日）', '中办发〔2015〕51号'],
		['(中组发〔2000〕10号2000年7月21日)', '中组发〔2000〕10号'],
		['晋办发[2017]55号', '晋办发〔2017〕55号'],
		['没有文号', undefined],
	])('文号 in %j', (text, expected) => expect(detectDocNumber(text)).toBe(expected));

	it.each([
		['2019年9月3日', '2019-09-03'],
		['2022 年 6 月 1 日', '2022-06-01'],
		['二〇一九年九月三日', '2019-09-03'],
		['二〇二三年十二月二十一日', '2023-12-21'],
	])('date %j', (text, iso) => expect(detectDates(text).map((d) => d.iso)).toEqual([iso]));

	it('rejects impossible dates', () => expect(detectDates('2023年2月30日')).toEqual([]));
});

describe('structure on the real seeds', () => {
	it.each([
		// seed, number of headings, first heading
		[SOURCE.pingdingshan, 4, '一、加强学会党建工作的指导思想'],
		[SOURCE.shanxi, 3, '一、指导思想'],
		[SOURCE.chongqing, 4, '一、突出政治铸魂，增强科技社团党组织的政治功能'],
		[SOURCE.cast2022, 4, '一、强化思想政治引领，带头做到“两个维护”'],
	])('%s has %d headings', (file, count, first) => {
		const headings = imp(file).blocks.filter((b) => b.type === 'heading');
		expect(headings).toHaveLength(count);
		expect(headings[0]!.type === 'heading' && headings[0]!.text).toBe(first);
	});

	it('002: 第X部分 split over two lines is joined and becomes the top level', () => {
		const { blocks } = importText(seed(SOURCE.qinghaiGuide).split('\n').slice(68, 236).join('\n'), {
			sourceFile: SOURCE.qinghaiGuide,
			keepTitle: true,
		});
		const parts = blocks.filter((b) => b.type === 'heading' && b.kind === 'part');
		expect(parts.map((b) => b.type === 'heading' && b.text)).toEqual([
			'第一部分 总体要求',
			'第二部分 基层党组织设置',
			'第三部分 基层党组织换届选举与届中调整',
			'第四部分 基层党组织职责',
			'第五部分 基层党组织工作要求',
		]);
		expect(blocks.find((b) => b.type === 'heading' && b.kind === 'section')).toMatchObject({ depth: 3 });
	});
});

describe('layout repair', () => {
	it.each([SOURCE.pingdingshan, SOURCE.shanxi, SOURCE.qinghaiGuide, SOURCE.chongqing, SOURCE.cast2022])(
		'%s: no paragraph ends inside a sentence unless it is a heading, title, table cell or signature',
		(file) => {
			const paras = normalise(text(file));
			const broken = paras.filter((p, i) => i + 1 < paras.length && isContinuation(p, paras[i + 1]!));
			expect(broken).toEqual([]);
		}
	);

	it.each([
		[SOURCE.chongqing, '党的二十大精神', '神理论研讨暨征文活动'], // joined across a blank line
		[SOURCE.chongqing, '树新风；强', '化宗旨意识'],
		[SOURCE.qinghaiGuide, '大额经费开支、接收大额', '捐赠、开展涉外活动'],
		[SOURCE.qinghaiGuide, '选举办法、候选人', '名单和监票人名单'],
		[SOURCE.qinghaiGuide, '(中', '办发〔2016〕46号)'],
	])('%s: "%s" + "%s" is one paragraph', (file, end, start) => {
		const paras = normalise(text(file));
		expect(paras.some((p) => p.includes(end + start))).toBe(true);
	});

	it.each([
		['市科协科技社团党委 2023 年工作 要点', '市科协科技社团党委2023年工作要点'],
		['宣传和  执行党的路线', '宣传和执行党的路线'],
		['通  知', '通知'],
		['联系人：梁敏   4921836', '联系人：梁敏 4921836'],
		['从现在起到 2016 年年底', '从现在起到2016年年底'],
		['Hello world', 'Hello world'],
	])('stray spaces: %j', (input, expected) => expect(removeStraySpaces(input)).toBe(expected));

	it('drops page numbers', () => {
		expect(normalise('坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大\n\n- 12 -\n\n精神。')).toEqual([
			'坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神。',
		]);
	});
});

describe('MDX escaping', () => {
	it.each([
		['1.总体要求。', '1\\.总体要求。'],
		['1. 学会应在', '1\\. 学会应在'],
		['（1）从现在起', '（1）从现在起'],
		['a<b{c}>d', 'a\\<b\\{c\\}\\>d'],
		['- 一、指导思想', '\\- 一、指导思想'],
		['2、组织实施', '2、组织实施'],
	])('%j → %j', (input, expected) => expect(escapeMdx(input)).toBe(expected));

	it('the imported seeds never start an ordered list', () => {
		for (const file of [SOURCE.pingdingshan, SOURCE.shanxi, SOURCE.chongqing, SOURCE.cast2022])
			expect(imp(file).mdx).not.toMatch(/^\d+\. /m);
	});
});
