/**
 * LibreOffice (Debian's libreoffice-writer-nogui) as the office suite of the tests: converts .docx
 * files to PDF headless, with a profile of its own so a desktop LibreOffice or another test run on
 * the machine is not disturbed. Never downloads anything: without it the tests fail and say how to
 * install it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'];

export const SOFFICE_MISSING =
	'未找到 LibreOffice，无法验证生成的 Word 文档（.docx）能否按公文格式排版。请先安装：' +
	'apt-get update && apt-get install -y libreoffice-writer-nogui fonts-noto-cjk' +
	'（或设置环境变量 SOFFICE_PATH 指向 soffice 可执行文件）。';

export function findSoffice(): string {
	const found = CANDIDATES.find((path): path is string => !!path && existsSync(path));
	if (!found) throw new Error(SOFFICE_MISSING);
	return found;
}

/** Converts every .docx in `dir` to PDF in one LibreOffice run; returns the PDF paths by base name. */
export async function convertToPdf(dir: string, files: readonly string[]): Promise<Map<string, string>> {
	const soffice = findSoffice();
	const profile = await mkdtemp(join(tmpdir(), 'kb-soffice-profile-'));
	const out = join(dir, 'pdf');
	await new Promise<void>((resolve, reject) => {
		execFile(
			soffice,
			[
				`-env:UserInstallation=${pathToFileURL(profile).href}`,
				'--headless',
				'--norestore',
				'--nolockcheck',
				'--convert-to',
				'pdf:writer_pdf_Export',
				'--outdir',
				out,
				...files.map((f) => join(dir, f)),
			],
			{ timeout: 600_000, maxBuffer: 16 * 1024 * 1024 },
			(error, _stdout, stderr) => (error ? reject(new Error(`LibreOffice 转换失败：${error.message}\n${stderr}`)) : resolve())
		);
	});
	const made = new Set(await readdir(out));
	const result = new Map<string, string>();
	for (const f of files) {
		const pdf = f.replace(/\.docx$/, '.pdf');
		if (!made.has(pdf)) throw new Error(`LibreOffice 没有生成 ${pdf}（${f} 可能无法打开）`);
		result.set(f.replace(/\.docx$/, ''), join(out, pdf));
	}
	return result;
}
