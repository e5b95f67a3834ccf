/**
 * A policy text → document model for its Word download: headings styled by their clause level, the
 * text kept word for word with its numbering, tables rebuilt, the source note; and field limits.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_SPECS, compose, validate } from '../../src/lib/template-fill';
import { runsText } from '../support/template-runs';
import { toDocx } from '../../src/lib/template-fill/docx';
import { downloadNote, isPolicyBlocks, policyDocument, sourceNote, type PolicyBlock } from '../../src/lib/template-fill/policy';
import { clipValues, MAX_LENGTH } from '../../src/lib/template-fill/values';
import { SAMPLES } from './template-fill-samples';

const blocks: PolicyBlock[] = [
	{ text: '（晋科社行党发〔2019〕5号）', kind: 'p' },
	{ text: '第二部分 基层党组织设置', kind: 'h', anchor: 'p2' },
	{ text: '一、指导思想', kind: 'h', anchor: 'p2-s1' },
	{ text: '（一）设置原则', kind: 'h', anchor: 'p2-s1-u1' },
	{ text: '1. 学会应在理事会层面设立党的基层组织。', kind: 'p', anchor: 'p2-s1-u1-c1' },
	{ text: '目标任务', kind: 'h' },
	{ text: '一级标准 二级标准', kind: 'p', cells: ['一级标准', '二级标准'] },
	{
		text: '坚持政治方向好 1.全面贯彻习近平新时代中国特色社会主义思想',
		kind: 'p',
		cells: ['坚持政治方向好', '1.全面贯彻习近平新时代中国特色社会主义思想'],
	},
	{ text: '2.把党的政治建设摆在首位', kind: 'p', cells: ['', '2.把党的政治建设摆在首位'] },
	{ text: '附件：标准', kind: 'p' },
];
const meta = { id: 'x', title: '关于开展“双强六好”党组织建设工作的通知', docNumber: '晋科社行党发〔2019〕5号', note: '正文照录……。' };

describe('policy text → document', () => {
	const doc = policyDocument(meta, blocks);

	it('keeps every block word for word, numbering included, in order', () => {
		const text = doc.body.map((b) =>
			b.type === 'para' ? runsText(b.runs) : b.rows.map((r) => r.map((c) => runsText(c.runs)).join('|')).join('/')
		);
		expect(text).toEqual([
			'（晋科社行党发〔2019〕5号）',
			'第二部分 基层党组织设置',
			'一、指导思想',
			'（一）设置原则',
			'1. 学会应在理事会层面设立党的基层组织。',
			'目标任务',
			'一级标准|二级标准/坚持政治方向好|1.全面贯彻习近平新时代中国特色社会主义思想/|2.把党的政治建设摆在首位',
			'附件：标准',
		]);
	});

	it('styles headings by their clause level: 部分, 一、 黑体, （一） 楷体, numbered paragraphs 仿宋', () => {
		expect(doc.body.map((b) => (b.type === 'para' ? b.style : 'table'))).toEqual([
			'body',
			'part',
			'heading',
			'heading2',
			'body',
			'heading',
			'table',
			'body',
		]);
	});

	it('has the title, the 文号 under it, the note, and a file name without characters a file system refuses', () => {
		expect(runsText(doc.title)).toBe(meta.title);
		expect(runsText(doc.subtitle)).toBe('晋科社行党发〔2019〕5号');
		expect(runsText(doc.note)).toBe('正文照录……。');
		expect(doc.layout).toBe('text');
		expect(policyDocument({ ...meta, title: 'a/b:c*d?"e<f>g|h' }, []).fileName).toBe('abcdefgh');
		expect(policyDocument({ id: 'x', title: '无文号', note: '' }, []).subtitle).toBeUndefined();
	});

	it('table columns are as wide as their longest cell, short label columns narrower', () => {
		const table = doc.body.find((b) => b.type === 'table')!;
		expect(table.type === 'table' && table.widths[0]! < table.widths[1]!).toBe(true);
	});

	it('writes a .docx with the text, the heading fonts and the table', async () => {
		const zip = await JSZip.loadAsync(await toDocx(doc));
		const xml = await zip.file('word/document.xml')!.async('string');
		expect(xml).toContain('<w:tbl>');
		const para = (text: string) => [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]!).find((p) => p.includes(text))!;
		expect(para('一、指导思想')).toContain('w:eastAsia="黑体"');
		expect(para('（一）设置原则')).toContain('w:eastAsia="楷体_GB2312"');
		expect(para('1. 学会应在理事会层面')).toContain('w:eastAsia="仿宋_GB2312"');
	});

	it('the note says who issued it, when, where the text is from, and where it was downloaded', () => {
		const note = sourceNote({
			issuers: ['甲', '乙'],
			issued: '2019年9月3日',
			source: { file: 'qinghai-guide-2022.txt', part: '第六部分' },
			corrections: 2,
		});
		expect(note).toBe(
			'发文机关：甲、乙；日期：2019年9月3日。正文照录《青海省科技社团党组织工作指南（试行）》（2022 年 6 月）（第六部分），仅规范排版。本站更正了 2 处明显的录入错误，见网页上的“勘误说明”。'
		);
		expect(downloadNote(note, 'https://kb.example/policies/x/')).toContain('https://kb.example/policies/x/');
	});

	it.each([
		[null, false],
		[{}, false],
		[[{ text: 1, kind: 'p' }], false],
		[[{ text: 'a', kind: 'x' }], false],
		[[{ text: 'a', kind: 'p', cells: [1] }], false],
		[[], true],
		[blocks, true],
	])('isPolicyBlocks(%j) is %s', (data, ok) => expect(isPolicyBlocks(data)).toBe(ok));
});

describe('field limits', () => {
	it('a value over its field’s limit is an error naming the field; at the limit it is fine', () => {
		const at = { ...SAMPLES['template-1']!, society: '学'.repeat(60) };
		expect(validate('template-1', at).errors).toEqual([]);
		const over = validate('template-1', { ...at, society: '学'.repeat(61) }).errors;
		expect(over.map((e) => e.message)).toEqual(['学会（协会/研究会）名称过长：不超过 60 字（现为 61 字），请删去多余的部分']);
		const cell = validate('template-4', {
			...SAMPLES['template-4']!,
			candidates: [{ name: '张'.repeat(MAX_LENGTH.column + 1), role: '委员' }],
		}).errors;
		expect(cell.map((e) => e.field)).toEqual(['candidates.0.name']);
		expect(cell[0]!.message).toContain('候选人预备人选第 1 行的姓名过长');
	});

	it('counts that cannot be 0 say so', () => {
		const errors = validate('template-7', { ...SAMPLES['template-7']!, vacancies: '0', size: '0' }).errors;
		expect(errors.map((e) => e.field).sort()).toEqual(['size', 'vacancies']);
		expect(errors[0]!.message).toContain('请输入 1 到');
	});

	it('the document shows an over-long value cut at the limit, however long it is', () => {
		const values = { ...SAMPLES['template-1']!, society: 'a'.repeat(200_000) };
		expect(clipValues(TEMPLATE_SPECS['template-1']!, values).society).toBe(`${'a'.repeat(60)}…`);
		const title = runsText(compose('template-1', values).title);
		expect(title.length).toBeLessThan(100);
	});
});
