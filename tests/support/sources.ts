/**
 * The source texts the corpus is transcribed from (`sources/` in the repository). Every test and
 * benchmark that compares the corpus with its sources reads them through here, so nothing reads
 * outside the repository.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const SOURCES_DIR = path.join(REPO_ROOT, 'sources');

/** The source files by role: file names in `sources/`. */
export const SOURCE = {
	pingdingshan: 'pingdingshan-xuehui-dangjian-yijian.txt',
	shanxi: 'shanxi-shuangqiang-liuhao-2019.txt',
	/** The Qinghai guide (2022): the guide itself, ten texts it reprints (part six) and nine templates (part seven). */
	qinghaiGuide: 'qinghai-guide-2022.txt',
	chongqing: 'chongqing-2023-gongzuo-yaodian.txt',
	cast2022: 'cast-2022-xuehui-dangjian-yaodian.txt',
} as const;

/** Every source text file, sorted by name. */
export function sourceFiles(): string[] {
	return readdirSync(SOURCES_DIR)
		.filter((f) => f.endsWith('.txt'))
		.sort();
}

export function readSource(file: string): string {
	return readFileSync(path.join(SOURCES_DIR, file), 'utf8');
}
