/**
 * Policy source (.docx, .pdf, .txt/.md in UTF-8, GB18030 or UTF-16) → draft MDX entry.
 *
 *   npm run import -- <file> [--out content/policies/<id>.mdx] [--from N] [--to M]
 *        [--part 说明] [--carried-by id] [--header 页眉文字]... [--force]
 *
 * --from/--to take 1-based line numbers (inclusive) of the extracted text to import one text out
 * of a compiled file. Without --out the draft goes to stdout. The report goes to stderr.
 * The import runs in a child process under the time and memory limits of import/limits.ts.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ImportError } from './import/error.ts';
import { checkFileSize } from './import/limits.ts';
import { importInChild } from './import/run.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		out: { type: 'string' },
		from: { type: 'string' },
		to: { type: 'string' },
		part: { type: 'string' },
		'carried-by': { type: 'string' },
		header: { type: 'string', multiple: true },
		force: { type: 'boolean', default: false },
	},
});

const file = positionals[0];
if (!file) {
	console.error('用法：npm run import -- <文件.docx|.pdf|.txt|.md> [--out content/policies/<id>.mdx] [--from 起始行 --to 结束行]');
	process.exit(2);
}
if (!existsSync(file) || !statSync(file).isFile()) {
	console.error(`找不到文件 ${file}`);
	process.exit(2);
}
const lineNumber = (name: 'from' | 'to'): number | undefined => {
	const v = values[name];
	if (v === undefined) return undefined;
	if (!/^[1-9]\d*$/.test(v)) {
		console.error(`--${name} 应为正整数（行号），收到“${v}”`);
		process.exit(2);
	}
	return Number(v);
};

try {
	checkFileSize(statSync(file).size, file); // before reading it into memory
	const result = await importInChild(new Uint8Array(readFileSync(file)), file, {
		from: lineNumber('from'),
		to: lineNumber('to'),
		sourcePart: values.part,
		carriedBy: values['carried-by'],
		runningHeaders: values.header,
	});
	if (values.out) {
		if (existsSync(values.out) && statSync(values.out).isDirectory()) {
			console.error(`--out ${values.out} 是文件夹：请写出文件名，如 content/policies/<文件id>.mdx`);
			process.exit(2);
		}
		if (existsSync(values.out) && !values.force) {
			console.error(`${values.out} 已存在（已人工校订？），加 --force 覆盖`);
			process.exit(1);
		}
		try {
			writeFileSync(values.out, result.mdx);
		} catch (err) {
			console.error(`无法写入 ${values.out}：${(err as NodeJS.ErrnoException).code === 'ENOENT' ? '所在的文件夹不存在' : String(err)}`);
			process.exit(1);
		}
		console.error(`已写入 ${values.out}`);
	} else {
		process.stdout.write(result.mdx);
	}
	console.error(result.report.join('\n'));
	console.error('下一步：校对正文、补全 frontmatter，然后运行 npm run check:content');
} catch (err) {
	if (err instanceof ImportError) {
		console.error(`无法导入：${err.message}`);
		process.exit(1);
	}
	throw err;
}
