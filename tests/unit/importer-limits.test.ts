/**
 * Pathological input stays fast and ends with a Chinese message naming the file (issue 25 item 5).
 * A 400 KB zip bomb ran the importer for over 300 s at 100 % CPU and 1.9 GB; a paragraph of 40,000
 * characters took 10 s, because detection rescanned a paragraph from every position in it.
 *
 * No test here is timed. The inputs are sized so that the old, quadratic code could not finish
 * within the test timeout (a million characters: hours), while linear code takes milliseconds: the
 * test fails only by never ending. Tests that start the import command get a generous timeout: two
 * Node processes start on a busy machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxWithBody, nestedTablesDocx, paragraph, zipBombDocx } from '../support/docx-files';
import { floodedPagePdf, scannedPdf } from '../support/pdf';
import { repoRoot } from '../support/astro-build';
import { readSource, SOURCE } from '../support/sources';
import { ImportError, importSource, importText } from '../../scripts/import/index';
import { IMPORT_LIMITS } from '../../scripts/import/limits';
import { detectDocNumber, detectIssued, detectIssuer, detectTitle } from '../../scripts/import/metadata';
import { normalise } from '../../scripts/import/normalise';
import { pdfLines } from '../../scripts/import/pdf';
import { importInChild, runBounded } from '../../scripts/import/run';

const tmp = resolve(repoRoot, 'tests/.tmp/importer-limits');
mkdirSync(tmp, { recursive: true });

const MILLION = '党'.repeat(1_000_000);

/** `npm run import -- …`, as the curator runs it. */
const importCommand = (...args: string[]) =>
	spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/import.ts', ...args], {
		cwd: repoRoot,
		encoding: 'utf8',
	});

describe('detection takes time in proportion to the text', () => {
	it('finds no 文号 in a million characters without one, and the 文号 after them', () => {
		expect(detectDocNumber(MILLION)).toBeUndefined();
		expect(detectDocNumber(`${MILLION}〔2015〕`)).toBeUndefined();
		expect(detectDocNumber(`${MILLION}中办发〔2015〕51号`)).toMatch(/党中办发〔2015〕51号$/);
	});

	it('finds the date, issuer and title beside a paragraph of a million characters', () => {
		const paragraphs = ['关于测试的通知', MILLION, '测试学会', '2020年1月2日'];
		expect(detectIssued(paragraphs)).toBe('2020-01-02');
		expect(detectIssuer(paragraphs)).toBe('测试学会');
		expect(detectTitle([MILLION, ...paragraphs]).title).toBe('');
		expect(detectIssued([MILLION])).toBeUndefined();
	});

	it('joins a hundred thousand lines broken by the layout into one paragraph', () => {
		const line = '党'.repeat(30); // no punctuation at the end: each line goes on in the next
		expect(normalise(Array(100_000).fill(line).join('\n'))).toEqual([line.repeat(100_000)]);
	});
});

describe('a paragraph longer than any policy text has is refused, with the line it starts on', () => {
	const limit = IMPORT_LIMITS.paragraphChars;
	it.each([
		['at the limit', ['标题', '', '党'.repeat(limit)], undefined],
		['one character over', ['标题', '', '党'.repeat(limit + 1)], `x.txt 从第 3 行起的一段有 20,001 字，超过一段 20,000 字的导入上限`],
		// lines of 30 characters without punctuation are one paragraph broken by the layout
		['joined from short lines', ['标题', '', ...Array(1000).fill('党'.repeat(30))], 'x.txt 从第 3 行起的一段有 30,000 字'],
	])('%s', (_name, lines, message) => {
		const run = () => importText(lines.join('\n'), { sourceFile: 'x.txt' });
		if (message) expect(run).toThrow(message);
		else expect(run().paragraphs.at(-1)).toHaveLength(limit);
	});

	it('counts lines as --from does', async () => {
		const lines = ['汇编', '', '第一篇。', '', '党'.repeat(limit + 1)];
		await expect(importSource(new TextEncoder().encode(lines.join('\n')), 'x.txt', { from: 3 })).rejects.toThrow('x.txt 从第 5 行起的一段');
	});
});

describe('tables take space in proportion to their cells', () => {
	it('a row of thousands of cells above a hundred thousand rows of two', () => {
		const wide = Array.from({ length: 2_000 }, (_, i) => `列${i}`).join('\t');
		const text = ['关于测试表格的通知', '', wide, ...Array(100_000).fill('甲\t乙')].join('\n');
		const { mdx, blocks } = importText(text, { sourceFile: 'table.txt' });
		expect(blocks.filter((b) => b.type === 'table').map((b) => (b.type === 'table' ? b.rows.length : 0))).toEqual([100_001]);
		expect(mdx).toContain('\n| 甲 | 乙 |\n');
		expect(mdx.length).toBeLessThan(3 * text.length); // each row “甲\t乙” becomes “| 甲 | 乙 |”
	});
});

describe('the zip bomb of issue 25 and other hostile Word files', { timeout: 120_000 }, () => {
	it('the import command stops the 400 KB zip bomb before it expands, saying why', () => {
		const bomb = zipBombDocx();
		expect(bomb.length).toBeLessThan(500 * 1024);
		const file = join(tmp, 'bomb.docx');
		writeFileSync(file, bomb);
		const result = importCommand(file);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(`无法导入：${file}：Word 文件解压后的内容超过 32 MB（文件本身 `);
		expect(result.stderr).toMatch(/（文件本身 4\d\d KB），已停止导入/);
		expect(result.stderr).toContain('压缩炸弹');
		expect(result.status).toBe(1);
	});

	it('names a folder or a missing folder given to --out instead of crashing', () => {
		const source = join(repoRoot, 'sources', SOURCE.shanxi);
		const folder = importCommand(source, '--out', tmp);
		expect(folder.stderr).toContain(`--out ${tmp} 是文件夹`);
		expect(folder.status).toBe(2);
		const missing = importCommand(source, '--out', join(tmp, 'no-such-folder/x.mdx'));
		expect(missing.stderr).toContain('所在的文件夹不存在');
		expect(missing.status).toBe(1);
	});

	it('counts what the bomb inflates to, not the size its headers declare', async () => {
		await expect(importSource(zipBombDocx({ declaredSize: 1000 }), 'liar.docx')).rejects.toThrow(
			'liar.docx：Word 文件解压后的内容超过 32 MB'
		);
	});

	it('refuses more XML elements than a policy text has, before mammoth reads them', async () => {
		const tiny = docxWithBody([{ repeat: paragraph('一。'), times: 200_000 }]);
		await expect(importSource(tiny, 'tiny.docx')).rejects.toThrow(
			'tiny.docx：Word 文件的元素（段落、文字块、表格单元格等）超过 400,000 个'
		);
	});

	it('imports thousands of tiny paragraphs within the limits', async () => {
		const result = await importSource(
			docxWithBody([paragraph('关于测试的通知'), { repeat: paragraph('一。'), times: 5_000 }]),
			'many.docx'
		);
		expect(result.paragraphs).toHaveLength(5_001);
	});

	it('imports tables nested a few levels deep', async () => {
		const result = await importSource(nestedTablesDocx(20), 'nested.docx');
		expect(result.mdx).toContain('最里层的单元格。');
	});

	it('refuses tables nested thousands deep with a message instead of a stack overflow', async () => {
		await expect(importSource(nestedTablesDocx(10_000), 'deep.docx')).rejects.toThrow('deep.docx：Word 文件的结构嵌套过深');
	});
});

describe('size limits of every kind of file', () => {
	it('refuses a file over the size limit before reading its content', async () => {
		const bytes = new Uint8Array(IMPORT_LIMITS.fileBytes + 1024 * 1024);
		await expect(importSource(bytes, 'huge.pdf')).rejects.toThrow('huge.pdf 有 65 MB，超过导入上限 64 MB');
	});

	it('refuses a text over the character limit', async () => {
		const bytes = new TextEncoder().encode(`标题\n${'党。\n'.repeat(666_667)}`); // 3 + 2,000,001 characters
		await expect(importSource(bytes, 'long.txt')).rejects.toThrow('long.txt 的文字有 2,000,004 字，超过导入上限 2,000,000 字');
	});

	it('stops reading a PDF page as soon as its text passes the limit', async () => {
		// 200,000 characters on one page from a file of a few KB; the limit is lowered to 1,000 to keep the test short
		const pdf = floodedPagePdf(200_000);
		await expect(pdfLines(pdf, 'flood.pdf', { ...IMPORT_LIMITS, textChars: 1_000 })).rejects.toThrow(
			'flood.pdf 读到第 1 页时文字已超过 1,000 字'
		);
	});

	it('refuses a PDF of more pages than the limit without reading them', async () => {
		await expect(importSource(scannedPdf(IMPORT_LIMITS.pdfPages + 1), 'pages.pdf')).rejects.toThrow(
			'pages.pdf 有 3,001 页，超过导入上限 3,000 页'
		);
	});
});

describe('the import command runs in a child process under a time and a memory limit', { timeout: 120_000 }, () => {
	const runaway = new URL('../support/runaway-child.ts', import.meta.url);

	it('imports a real source there', async () => {
		const result = await importInChild(new TextEncoder().encode(readSource(SOURCE.shanxi)), 'shanxi.txt');
		expect(result.frontmatter.docNumber).toBe('晋科社行党发〔2019〕5号');
	});

	it('passes its refusals on as they are', async () => {
		const attempt = importInChild(new Uint8Array(0), 'empty.txt');
		await expect(attempt).rejects.toBeInstanceOf(ImportError);
		await expect(attempt).rejects.toThrow('empty.txt 是空文件');
	});

	it('stops work that never ends', async () => {
		await expect(runBounded(runaway, 'loop', 'x.pdf', { seconds: 1, memoryMb: 256 })).rejects.toThrow(
			'x.pdf：导入超过 1 秒仍未完成，已停止'
		);
	});

	it('stops work that takes more memory than the limit', async () => {
		await expect(runBounded(runaway, 'grow', 'x.docx', { seconds: 600, memoryMb: 64 })).rejects.toThrow(
			'x.docx：导入所需内存超过 64 MB，已停止'
		);
	});
});
