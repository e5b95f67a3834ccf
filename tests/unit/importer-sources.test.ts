/**
 * The importer on real files: a .docx, a .pdf and text files in every supported encoding, each made
 * from a real source text, must import to a draft holding every paragraph of that source (fidelity
 * helper). Empty, binary and scanned files are refused with a Chinese message (issue 15 item 5).
 * Fixtures are generated here, from sources/, into tests/.tmp/ (kept for inspection after a failure).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { encodeGb18030, encodeLegacy } from '../support/encodings';
import { scannedPdf, textPdf } from '../support/pdf';
import { readSource, SOURCE } from '../support/sources';
import { checkFidelity, sourceParagraphs } from '../support/fidelity';
import { ImportError, importSource, importText } from '../../scripts/import/index';

const tmp = resolve(import.meta.dirname, '../.tmp/importer-sources');
mkdirSync(tmp, { recursive: true });

/** Writes a generated fixture (for a look after a failure) and returns its bytes. */
function fixture(name: string, bytes: Uint8Array): Uint8Array {
	writeFileSync(join(tmp, name), bytes);
	return bytes;
}

/** Every paragraph of the source that is missing from the draft. */
function missing(sourceText: string, mdx: string): string[] {
	const report = checkFidelity(sourceParagraphs(sourceText), mdx);
	expect(report.total).toBeGreaterThan(20);
	return report.missing.map((m) => `${m.line}: ${m.text.slice(0, 50)}`);
}

const shanxi = readSource(SOURCE.shanxi);
/** UTF-16LE with a byte-order mark, as Word's “Unicode text” saves it. */
const utf16le = (text: string) => new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
const reference = importText(shanxi, { sourceFile: SOURCE.shanxi });

describe('plain text in every encoding a curator receives', () => {
	const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
		const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
		return new Uint8Array(bigEndian ? Buffer.from(le).swap16() : le);
	};
	it.each([
		['UTF-8', () => new TextEncoder().encode(shanxi), undefined],
		['UTF-8 with BOM', () => new TextEncoder().encode(`\ufeff${shanxi}`), undefined],
		['GB18030', () => encodeGb18030(shanxi), '文字编码为 GB18030'],
		['UTF-16LE with BOM', () => utf16(shanxi, false, true), '文字编码为 UTF-16LE'],
		['UTF-16LE without BOM', () => utf16(shanxi, false, false), '文字编码为 UTF-16LE'],
		['UTF-16BE with BOM', () => utf16(shanxi, true, true), '文字编码为 UTF-16BE'],
	])('%s', async (name, encode, note) => {
		const bytes = fixture(`shanxi-${name.replace(/\W+/g, '-')}.txt`, encode());
		const result = await importSource(bytes, `${name}.txt`);
		// no mojibake: the same title, 文号 and date as the UTF-8 text
		expect(result.frontmatter.title).toBe(reference.frontmatter.title);
		expect(result.frontmatter.docNumber).toBe('晋科社行党发〔2019〕5号');
		expect(result.frontmatter.issued).toBe('2019-09-03');
		expect(missing(shanxi, result.mdx)).toEqual([]);
		if (note) expect(result.report.join('\n')).toContain(note);
	});
});

describe('the encoding is told by strict decoding and common characters, not by counting zero bytes (issue 25 item 9)', () => {
	const utf16 = (text: string, bigEndian: boolean) => {
		const le = Buffer.from(text, 'utf16le');
		return new Uint8Array(bigEndian ? Buffer.from(le).swap16() : le);
	};
	// pingdingshan and cast2022 have few ASCII characters and many like 一 (U+4E00), whose zero byte is on the other side
	const sources = Object.values(SOURCE).flatMap((file) => [[file, 'UTF-16LE'] as const, [file, 'UTF-16BE'] as const]);
	it.each(sources)('%s saved as %s without a byte-order mark', async (file, encoding) => {
		const text = readSource(file);
		const bytes = fixture(`${file}-${encoding}.txt`, utf16(text, encoding === 'UTF-16BE'));
		const result = await importSource(bytes, file);
		expect(result.extracted.text).toBe(text);
		expect(result.report.join('\n')).toContain(`文字编码为 ${encoding}`);
	});

	const convert = (to: 'jp' | 'tw') => OpenCC.Converter({ from: 'cn', to });
	/** A Korean notice (Hangul, as Korean is written today). */
	const KOREAN = '과학기술 단체의 당 건설 업무에 관한 지침입니다. 모든 회원은 정기적으로 회의에 참석하고 의견을 제출해야 합니다.\n'.repeat(
		8
	);
	it.each([
		// a Japanese editor's save of the text: Japanese character forms in Shift-JIS (read as GB18030, it was accepted as mojibake)
		['Shift-JIS', () => encodeLegacy(convert('jp')(shanxi), 'shift_jis', { unmappable: '?' }), '看起来是 Shift-JIS（日文）编码的文字'],
		// a Taiwan or Hong Kong save: traditional characters in Big5
		['Big5', () => encodeLegacy(convert('tw')(shanxi), 'big5', { unmappable: '?' }), '看起来是 Big5（繁体中文）编码的文字'],
		// a Korean file: its Hangul bytes are GB 2312's first-level rows, so read as GB18030 it looked like common Chinese
		['EUC-KR', () => encodeLegacy(KOREAN, 'euc-kr'), '看起来是 EUC-KR（韩文）编码的文字'],
	])('a %s file is refused, naming the encoding, not imported as mojibake', async (name, encode, message) => {
		const attempt = importSource(fixture(`shanxi-${name}.txt`, encode()), 'x.txt');
		await expect(attempt).rejects.toBeInstanceOf(ImportError);
		await expect(attempt).rejects.toThrow(`x.txt ${message}，不是 UTF-8、GB18030/GBK 或 UTF-16`);
	});

	it('GB18030 read with the wrong byte pairs (one byte cut off the front) is refused', async () => {
		await expect(importSource(encodeGb18030(shanxi).subarray(1), 'x.txt')).rejects.toThrow('x.txt 不是可识别的文字文件');
	});
});

describe('characters a draft must not carry are refused with their line, invisible ones removed', () => {
	const lines = shanxi.split('\n');
	/** The source with `insert` placed after the first “。” of line `n` (1-based). */
	const withCharacter = (n: number, insert: string) => lines.map((l, i) => (i === n - 1 ? l.replace('。', `。${insert}`) : l)).join('\n');
	const n = lines.findIndex((l) => l.includes('。')) + 1;

	it.each([
		['a NUL (published as U+FFFD before)', '\0', `第 ${n} 行`, '是空字符 NUL（U+0000'],
		['an escape character', '\u001b', `第 ${n} 行`, '是控制字符（U+001B'],
		['a replacement character: a character already lost', '\ufffd', `第 ${n} 行`, '是替换字符“\ufffd”（U+FFFD'],
		['a right-to-left override', '\u202e', `第 ${n} 行`, '是改变文字方向的控制字符（U+202E'],
	])('%s', async (_name, ch, line, what) => {
		for (const bytes of [new TextEncoder().encode(withCharacter(n, ch)), utf16le(withCharacter(n, ch))]) {
			const attempt = importSource(bytes, 'x.txt');
			await expect(attempt).rejects.toThrow(`x.txt ${line}第`);
			await expect(attempt).rejects.toThrow(what);
		}
	});

	it('zero-width spaces are removed, and the report says so', async () => {
		const result = await importSource(new TextEncoder().encode(withCharacter(n, '\u200b\u200b')), 'x.txt');
		expect(result.mdx).not.toContain('\u200b');
		expect(result.report.join('\n')).toContain('去掉了 2 个看不见的字符');
	});
});

describe('a Word document (.docx) made from the source', () => {
	/** The source as Word would hold it: a title, 一、 headings, paragraphs, and tab-separated rows as one table. */
	function docxOf(text: string): Promise<Buffer> {
		const lines = text.split(/\r?\n/);
		const children: (Paragraph | Table)[] = [];
		let rows: string[][] = [];
		const flush = () => {
			if (!rows.length) return;
			const width = Math.max(...rows.map((r) => r.length));
			children.push(
				new Table({
					width: { size: 100, type: WidthType.PERCENTAGE },
					rows: rows.map(
						(r) =>
							new TableRow({ children: Array.from({ length: width }, (_, i) => new TableCell({ children: [new Paragraph(r[i] ?? '')] })) })
					),
				})
			);
			rows = [];
		};
		lines.forEach((line, i) => {
			if (line.includes('\t')) return void rows.push(line.split('\t'));
			if (line.trim() === '') return;
			flush();
			if (i === 0 || /^关于.*通知$/.test(line))
				children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(line)] }));
			else if (/^[一二三四五六七八九十]+、/.test(line) && line.length < 30)
				children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(line)] }));
			else children.push(new Paragraph({ children: [new TextRun(line)] }));
		});
		flush();
		return Packer.toBuffer(new Document({ sections: [{ children }] }));
	}

	it('imports every paragraph, the headings and the table', async () => {
		const bytes = fixture('shanxi.docx', new Uint8Array(await docxOf(shanxi)));
		const result = await importSource(bytes, 'shanxi.docx');
		expect(result.frontmatter.docNumber).toBe('晋科社行党发〔2019〕5号');
		expect(result.frontmatter.issued).toBe('2019-09-03');
		expect(result.mdx).toMatch(/^## 一、指导思想$/m);
		expect(missing(shanxi, result.mdx)).toEqual([]);
	});

	it('keeps a table as a table, cell by cell', async () => {
		// the standards table of the source: its cells, two to a row
		const cells = shanxi
			.split(/\r?\n/)
			.filter((l) => l.includes('\t'))
			.flatMap((l) => l.split('\t'))
			.map((c) => c.trim())
			.filter(Boolean)
			.slice(0, 6);
		const rows = [cells.slice(0, 2), cells.slice(2, 4), cells.slice(4, 6)];
		const table = new Table({
			rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
		});
		const doc = new Document({
			sections: [{ children: [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('关于测试表格的通知')] }), table] }],
		});
		const result = await importSource(fixture('table.docx', new Uint8Array(await Packer.toBuffer(doc))), 'table.docx');
		const tables = result.blocks.filter((b) => b.type === 'table');
		expect(tables.map((t) => t.rows.map((r) => r.map((c) => c.replace(/\s+/g, ''))))).toEqual([
			rows.map((r) => r.map((c) => c.replace(/\s+/g, ''))),
		]);
		expect(result.mdx).toContain(`| ${rows[0]![0]} | ${rows[0]![1]} |`);
	});

	it('a file named .docx that is not one is refused', async () => {
		await expect(importSource(new TextEncoder().encode('不是 Word'), 'x.docx')).rejects.toThrow('x.docx 不是有效的 .docx 文件');
	});
});

describe('a PDF made from the source', () => {
	it('imports every paragraph, lines broken at the page edge joined again and page numbers dropped', async () => {
		const text = readSource(SOURCE.pingdingshan);
		const bytes = fixture('pingdingshan.pdf', textPdf(text.split(/\r?\n/), { wrapAt: 28, pageNumbers: true }));
		const result = await importSource(bytes, 'pingdingshan.pdf');
		expect(result.frontmatter.title).toBe(importText(text, { sourceFile: 'x' }).frontmatter.title);
		expect(missing(text, result.mdx)).toEqual([]);
		// joined: no paragraph of the draft ends mid-sentence at the 28th character
		expect(result.paragraphs.filter((p) => [...p].length === 28 && !/[。；：！？]$/.test(p))).toEqual([]);
		expect(result.mdx).not.toMatch(/^- \d+ -$/m);
	});

	it('a PDF without a text layer (a scan) is refused, saying so', async () => {
		await expect(importSource(fixture('scanned.pdf', scannedPdf(3)), 'scan.pdf')).rejects.toThrow(
			'scan.pdf 没有文字层（3 页几乎都是图像，可能是扫描件）'
		);
	});
});

describe('what is not a text is refused with a Chinese message, never a draft', () => {
	const everyByte = new Uint8Array(4096).map((_, i) => (i * 7) % 256);
	it.each([
		['an empty file', new Uint8Array(0), 'x.txt', 'x.txt 是空文件'],
		['only blanks', new TextEncoder().encode(' \n\u3000\n'), 'x.txt', 'x.txt 只有空白'],
		['binary data', everyByte, 'x.txt', 'x.txt 不是可识别的文字文件'],
		[
			'a PNG image',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
			'x.txt',
			'不是可识别的文字文件',
		],
		['a PDF named .txt', new TextEncoder().encode('%PDF-1.7\n'), 'x.txt', '这是 PDF 文件'],
		['a .docx named .txt', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'x.txt', '.docx 扩展名'],
		['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'x.doc', '另存为 .docx'],
		['an unknown extension', new TextEncoder().encode('正文'), 'x.rtf', '只能导入 .docx、.pdf、.txt 或 .md 文件'],
		['an empty PDF', new Uint8Array(0), 'x.pdf', 'x.pdf 是空文件'],
	])('%s', async (_name, bytes, file, message) => {
		const attempt = importSource(bytes, file);
		await expect(attempt).rejects.toBeInstanceOf(ImportError);
		await expect(attempt).rejects.toThrow(message);
	});
});
