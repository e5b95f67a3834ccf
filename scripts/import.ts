/**
 * Plain-text policy → draft MDX entry.
 *
 *   node --experimental-strip-types scripts/import.ts <file.txt> [--out content/policies/<id>.mdx]
 *        [--from N] [--to M] [--part 说明] [--carried-by id] [--header 页眉文字]...
 *
 * --from/--to take 1-based line numbers (inclusive) to import one text out of a compiled file.
 * Without --out the draft goes to stdout.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importText } from '../src/lib/importer/index.ts';

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
	console.error('用法: node --experimental-strip-types scripts/import.ts <file.txt> [--out content/policies/<id>.mdx] [--from N --to M]');
	process.exit(2);
}
let lines = readFileSync(file, 'utf8').split(/\r?\n/);
const from = values.from ? Number(values.from) : 1;
const to = values.to ? Number(values.to) : lines.length;
lines = lines.slice(from - 1, to);

const result = importText(lines.join('\n'), {
	sourceFile: basename(file),
	sourcePart: values.part,
	carriedBy: values['carried-by'],
	runningHeaders: values.header,
});

if (values.out) {
	if (existsSync(values.out) && !values.force) {
		console.error(`${values.out} 已存在（已人工校订？），加 --force 覆盖`);
		process.exit(1);
	}
	writeFileSync(values.out, result.mdx);
	console.error(`写入 ${values.out}: ${result.paragraphs.length} 段, 标题「${result.frontmatter.title}」, 文号 ${result.frontmatter.docNumber ?? '无'}, 日期 ${result.frontmatter.issued}`);
} else {
	process.stdout.write(result.mdx);
}
