/**
 * The Word documents the site generates, opened by a real office suite: LibreOffice converts every
 * fillable template for every kind of organisation it offers, and one policy text, to PDF; the PDF
 * is then read back and held to GB/T 9704-2012 (numbers from src/lib/template-fill/layout.ts): A4,
 * the 版心 margins, page numbers “— n —” on every page (odd right, even left, one character in, 7 mm
 * under the 版心), no text outside the 版心, 22 lines of at most 28 characters, 成文日期 four
 * characters in with the 署名 centred on it and never alone on a page, 附件说明 wrapped under the
 * name; the filled values present and no “党委委员会”.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../../src/data/corpus';
import { remarkPlugins } from '../../src/plugins/pipeline';
import { PARAGRAPHS_KEY } from '../../src/plugins/remark-paragraphs';
import { formatPartialDate } from '../../src/lib/schema/partial-date';
import { policySchema } from '../../src/lib/schema/policy';
import { prepareOutput, type DocModel } from '../../src/lib/template-fill';
import { toDocx } from '../../src/lib/template-fill/docx';
import { CHAR_TWIPS, GB9704, TYPE_AREA_PT as AREA, mmToPt, signatureIndents, textWidthChars } from '../../src/lib/template-fill/layout';
import { downloadNote, isPolicyBlocks, policyDocument, sourceNote } from '../../src/lib/template-fill/policy';
import { linesOf, readPdf, type PdfLine, type PdfPage } from './support/pdf';
import { convertToPdf, findSoffice } from './support/soffice';
import { officeSamples } from './samples';

const POLICY_ID = 'shanxi-shuangqiang-liuhao';
/** One 三号 character with its spacing, in points. */
const CHAR = CHAR_TWIPS / 20;
const TOLERANCE = 1.5;
/**
 * LibreOffice 7.4 reads w:overflowPunct="0" (Word: punctuation stays inside the margins) as its
 * opposite — it writes “no hanging punctuation” as overflowPunct false, and reading that file back
 * hangs it — so in its rendering one closing punctuation mark may stand past the right edge. Word
 * and WPS keep it in. Anything else past the edge is an error.
 */
const HANGING = /[，。、；：？！）》」』”’]$/;
const PAGE_NUMBER = /^—\s*(\d+)\s*—$/;

type Rendered = { name: string; layout: DocModel['layout']; doc: DocModel; pages: PdfPage[]; expected: string[] };

const rendered: Rendered[] = [];
let dir = '';

function policyModel(): { doc: DocModel; expected: string[] } {
	const file = readCorpusFiles().find((f) => f.id === POLICY_ID)!;
	const data = policySchema.parse(file.data);
	const vfile = new VFile({ value: file.body, data: { astro: { frontmatter: {} } } });
	const processor = unified().use(remarkParse).use(remarkPlugins());
	processor.runSync(processor.parse(vfile), vfile);
	const blocks = (vfile.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter[PARAGRAPHS_KEY];
	if (!isPolicyBlocks(blocks)) throw new Error('remark-paragraphs recorded no blocks');
	const note = sourceNote({
		issuers: data.issuers,
		issued: formatPartialDate(data.issued),
		source: data.source,
		corrections: data.corrections.length,
	});
	const doc = policyDocument(
		{
			id: POLICY_ID,
			title: data.title,
			...(data.docNumber ? { docNumber: data.docNumber } : {}),
			note: downloadNote(note, `http://localhost/policies/${POLICY_ID}/`),
		},
		blocks
	);
	const table = blocks.find((b) => b.cells)!;
	return {
		doc,
		expected: [
			data.title,
			data.docNumber!,
			'一、指导思想',
			blocks.find((b) => b.kind === 'p' && b.text.length > 60)!.text.slice(0, 40),
			...table.cells!.filter(Boolean),
			'正文照录',
		],
	};
}

beforeAll(async () => {
	findSoffice();
	// KB_OFFICE_OUT=<folder> keeps the .docx and .pdf files there for a look.
	dir = process.env.KB_OFFICE_OUT ? resolve(process.env.KB_OFFICE_OUT) : await mkdtemp(join(tmpdir(), 'kb-office-'));
	await mkdir(dir, { recursive: true });
	const docs: { name: string; doc: DocModel; expected: string[] }[] = [];
	for (const s of officeSamples()) {
		const out = prepareOutput(s.id, s.values, { keepBlanks: false, keepNonconforming: false });
		if (!out.ok) throw new Error(`${s.id}（${s.kind}）的样例不能生成：${out.message}`);
		docs.push({ name: `${s.id}-${s.kind ?? 'form'}`, doc: out.doc, expected: s.expected });
	}
	const policy = policyModel();
	docs.push({ name: `policy-${POLICY_ID}`, ...policy });
	for (const d of docs) await writeFile(join(dir, `${d.name}.docx`), await toDocx(d.doc));
	const pdfs = await convertToPdf(
		dir,
		docs.map((d) => `${d.name}.docx`)
	);
	for (const d of docs)
		rendered.push({ name: d.name, layout: d.doc.layout, doc: d.doc, pages: await readPdf(pdfs.get(d.name)!), expected: d.expected });
}, 600_000);

afterAll(async () => {
	if (dir && !process.env.KB_OFFICE_OUT) await rm(dir, { recursive: true, force: true });
});

const isPageNumber = (l: PdfLine) => PAGE_NUMBER.test(l.text.trim());
const bodyLines = (p: PdfPage) => linesOf(p).filter((l) => !isPageNumber(l));
const squash = (s: string) => s.replace(/\s+/g, '');
const textOf = (r: Rendered) =>
	squash(
		r.pages
			.map((p) =>
				linesOf(p)
					.map((l) => l.text)
					.join('')
			)
			.join('')
	);

describe('documents converted by LibreOffice', () => {
	it('renders the 8 forms for every kind they offer, and a policy text', () => {
		const names = rendered.map((r) => r.name);
		expect(names).toHaveLength(19);
		expect(new Set(names.map((n) => n.replace(/-[^-]+$/, ''))).size).toBe(9);
	});

	it('every page is A4', () => {
		for (const r of rendered) {
			for (const p of r.pages) {
				expect([Math.round(p.width), Math.round(p.height)], r.name).toEqual([Math.round(AREA.pageWidth), Math.round(AREA.pageHeight)]);
			}
		}
	});

	it('every page carries “— n —” at its foot: odd pages right, even pages left, one character in, 7 mm under the 版心', () => {
		const inset = GB9704.pageNumber.indentChars * GB9704.sizePt.pageNumber;
		const dashLevel = AREA.bottom - mmToPt(GB9704.pageNumber.gapMm);
		for (const r of rendered) {
			r.pages.forEach((p, i) => {
				const numbers = linesOf(p).filter(isPageNumber);
				const where = `${r.name} 第 ${i + 1} 页`;
				expect(
					numbers.map((l) => Number(PAGE_NUMBER.exec(l.text.trim())![1])),
					where
				).toEqual([i + 1]);
				const n = numbers[0]!;
				expect(n.fontSize, where).toBeCloseTo(GB9704.sizePt.pageNumber, 0);
				if ((i + 1) % 2 === 1) expect(Math.abs(n.x1 - (AREA.right - inset)), `${where} 右空一字`).toBeLessThan(3);
				else expect(Math.abs(n.x0 - (AREA.left + inset)), `${where} 左空一字`).toBeLessThan(3);
				// The 一字线 sits about 0.35 em above the baseline.
				const dash = n.y + 0.35 * n.fontSize;
				expect(Math.abs(dash - dashLevel), `${where} 一字线上距版心下边缘 7 mm`).toBeLessThan(mmToPt(1.5));
			});
		}
	});

	it('no text stands outside the 版心 (only LibreOffice’s hanging closing punctuation, see HANGING)', () => {
		const problems: string[] = [];
		for (const r of rendered) {
			r.pages.forEach((p, i) => {
				for (const l of bodyLines(p)) {
					const where = `${r.name} 第 ${i + 1} 页「${l.text}」`;
					if (l.x0 < AREA.left - TOLERANCE) problems.push(`${where} 超出左边距 ${(AREA.left - l.x0).toFixed(1)} pt`);
					const over = l.x1 - AREA.right;
					if (over > TOLERANCE && !(HANGING.test(l.text.trim()) && over <= l.fontSize + TOLERANCE)) {
						problems.push(`${where} 超出右边距 ${over.toFixed(1)} pt`);
					}
					if (l.y < AREA.bottom - TOLERANCE) problems.push(`${where} 低于版心下边缘`);
					if (l.y + 0.8 * l.fontSize > AREA.top + TOLERANCE) problems.push(`${where} 高于版心上边缘`);
				}
			});
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});

	it('the text fills the 版心 from margin to margin (28 mm left, 26 mm right)', () => {
		for (const r of rendered.filter((x) => x.layout !== 'table')) {
			const lines = r.pages.flatMap(bodyLines).filter((l) => Math.abs(l.fontSize - GB9704.sizePt.body) < 0.5);
			expect(Math.min(...lines.map((l) => l.x0)), `${r.name} 左边距`).toBeCloseTo(AREA.left, 0);
			// Full lines end at the right margin.
			expect(lines.filter((l) => Math.abs(l.x1 - AREA.right) < TOLERANCE).length, `${r.name} 右边距`).toBeGreaterThan(0);
		}
	});

	it('22 lines a page, at most 28 characters a line, full lines of 28', () => {
		const letters = rendered.filter((r) => r.layout !== 'table');
		let fullPages = 0;
		let fullLines = 0;
		for (const r of letters) {
			r.pages.forEach((p, i) => {
				const lines = bodyLines(p).filter((l) => Math.abs(l.fontSize - GB9704.sizePt.body) < 0.5);
				for (const l of lines) {
					const chars = textWidthChars(squash(l.text).replace(HANGING, ''));
					expect(chars, `${r.name} 第 ${i + 1} 页「${l.text}」`).toBeLessThanOrEqual(GB9704.charsPerLine);
					if ([...squash(l.text)].length === GB9704.charsPerLine && textWidthChars(squash(l.text)) === GB9704.charsPerLine) fullLines++;
				}
				// Never more than 22 lines; a page the text fills has exactly 22 (the last lines of a page may
				// move on with the 署名, so not every page before the last is full).
				expect(lines.length, `${r.name} 第 ${i + 1} 页行数`).toBeLessThanOrEqual(GB9704.linesPerPage);
				if (lines.length === GB9704.linesPerPage) fullPages++;
			});
		}
		expect(fullPages).toBeGreaterThan(0);
		expect(fullLines).toBeGreaterThan(0);
	});

	it('成文日期 four characters in, the 署名 centred on it, on a page with the end of the text', () => {
		for (const r of rendered.filter((x) => x.layout === 'letter')) {
			const date = squash(r.doc.date!.map((x) => x.text).join(''));
			const signature = squash(r.doc.signature!.map((x) => x.text).join(''));
			const page = r.pages.find((p) => bodyLines(p).some((l) => squash(l.text) === date))!;
			expect(page, `${r.name} 成文日期`).toBeDefined();
			const lines = bodyLines(page);
			const dateLine = lines.find((l) => squash(l.text) === date)!;
			expect(Math.abs(AREA.right - dateLine.x1 - GB9704.dateRightChars * CHAR), `${r.name} 成文日期右空四字`).toBeLessThan(3);
			const at = lines.indexOf(dateLine);
			const signed = lines
				.slice(0, at)
				.map((l) => squash(l.text))
				.join('');
			expect(signed.endsWith(signature), `${r.name} 署名在成文日期之上`).toBe(true);
			const sigLine = lines[at - 1]!;
			const { signatureChars } = signatureIndents(signature, date);
			if (signatureChars > 0)
				expect(Math.abs((sigLine.x0 + sigLine.x1) / 2 - (dateLine.x0 + dateLine.x1) / 2), `${r.name} 署名居中`).toBeLessThan(CHAR);
			else expect(sigLine.x1, `${r.name} 署名在版心内`).toBeLessThanOrEqual(AREA.right + TOLERANCE);
			// The seal never stands alone: the last paragraph (妥否，请批示。) is on the same page.
			expect(lines.map((l) => squash(l.text)).join(''), `${r.name} 印章与正文同页`).toContain('请批示。');
		}
	});

	it('a wrapped 附件说明 continues under the first character of the attachment name', () => {
		const r = rendered.find((x) => x.name === 'template-4-党委')!;
		const lines = r.pages.flatMap(bodyLines);
		const first = lines.findIndex((l) => squash(l.text).startsWith('附件：'));
		expect(first).toBeGreaterThanOrEqual(0);
		const next = lines[first + 1]!;
		expect(squash(lines[first]!.text).length).toBeGreaterThan(20);
		expect(Math.abs(next.x0 - (lines[first]!.x0 + 3 * CHAR)), '与附件名称首字对齐').toBeLessThan(2);
	});

	it('版头 35 mm under the top of the 版心, in one line however long the name; title in 二号', () => {
		for (const r of rendered.filter((x) => x.layout === 'letter')) {
			const header = squash(r.doc.header!.map((x) => x.text).join(''));
			const line = linesOf(r.pages[0]!).find((l) => squash(l.text) === header);
			expect(line, `${r.name} 版头在一行内`).toBeDefined();
			const top = line!.y + 0.88 * line!.fontSize;
			expect(Math.abs(AREA.top - top - mmToPt(GB9704.headerTopMm)), `${r.name} 版头上边缘`).toBeLessThan(mmToPt(2));
			const title = squash(r.doc.title.map((x) => x.text).join(''));
			const titleLines = linesOf(r.pages[0]!).filter((l) => title.includes(squash(l.text)) && squash(l.text).length > 1);
			expect(titleLines.length, `${r.name} 标题`).toBeGreaterThan(0);
			for (const l of titleLines) expect(l.fontSize).toBeCloseTo(GB9704.sizePt.title, 0);
		}
	});

	it('the filled values are in the document, and no “党委委员会” or “党委党员大会”', () => {
		for (const r of rendered) {
			const text = textOf(r);
			for (const value of r.expected) expect(text, `${r.name}：${value}`).toContain(squash(value));
			expect(text, r.name).not.toMatch(/党委委员会|党委党员大会/);
			expect(text, r.name).not.toContain('×');
		}
	});
});
