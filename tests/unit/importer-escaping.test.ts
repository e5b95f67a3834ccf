/**
 * Every line of a source comes out of the importer as text (issue 15 items 1 and 2): parsed as the
 * site parses MDX, each paragraph of the draft reads exactly as the source line, and nothing became
 * code, a link, an image, markup or an entity. The draft also passes the content check.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { linesBetweenClauses } from '../support/clause-source';
import { formatProblem } from '../../src/lib/content-check';
import { checkFile, contentFile } from '../support/corpus';
import { escapeMdx } from '../../scripts/import/to-mdx';
import { importText } from '../../scripts/import/index';
import { parseMarkdown } from '../support/markdown';

/** The MDX as the site reads it: parsed and transformed by the corpus pipeline. */
function parse(mdx: string): Root {
	return parseMarkdown(mdx, { mdx: true }).tree;
}

/** Lines that were markup, code or a request when imported before; each must stay text. */
const HOSTILE = [
	'export const x = require("fs").writeFileSync("/tmp/pwned", "1")',
	'import fs from "node:fs"',
	'export default function X() {}',
	'[点我](javascript:alert(1))',
	'![x](https://example.com/x.png)',
	'<img src="https://example.com/x.png" onerror="alert(1)">',
	'<script>alert(1)</script>',
	'{alert(1)}',
	'*星号*、_下划线_、**加粗**',
	'`x`、``y``',
	'&lt;实体&gt;、&amp;、&#x41;',
	'~~删除线~~',
	'<https://example.com>',
	'[链接][ref]',
	'[ref]: https://example.com',
	'| 竖线 | 表格 |',
	'# 井号开头',
	'> 引用',
	'- 减号开头',
	'+ 加号开头',
	'* 星号开头',
	'1. 数字点开头',
	'1) 数字括号开头',
	'---',
	'===',
	'***',
	'\\反斜杠\\',
	'importance 不是 import 语句',
	'exported 不是 export 语句',
	'网址：https://example.com/a_b?c=1',
	'见 www.example.com 或 dangjian@example.com',
];

/** Text of a paragraph as a reader sees it (line breaks aside). */
const texts = (tree: Root) => tree.children.filter((n) => n.type === 'paragraph').map((n) => toString(n));

describe('escapeMdx: each line reads back as itself', () => {
	it.each(HOSTILE)('%s', (line) => {
		const tree = parse(escapeMdx(line));
		const kinds = new Set<string>();
		visit(tree, (node) => void kinds.add(node.type));
		// the clause-anchor plugin may mark a paragraph with an id; that is not markup from the text
		expect([...kinds].sort()).toEqual(['paragraph', 'root', 'text']);
		expect(texts(tree)).toEqual([line]);
	});
});

describe('importText with hostile lines between clauses', () => {
	const source = linesBetweenClauses(HOSTILE);
	const result = importText(source, { sourceFile: 'test.txt' });
	const file = contentFile(result.mdx, 'test.mdx');
	const { body } = file;

	it('keeps every hostile line as text (the layout repair may join a line to the one before)', () => {
		const paragraphs = texts(parse(body));
		// spaces between Latin and Chinese are layout to the repair, so compare without them
		const squeeze = (s: string) => s.replace(/\s+/g, '');
		for (const line of HOSTILE)
			expect(
				paragraphs.filter((p) => squeeze(p).includes(squeeze(line))),
				line
			).toHaveLength(1);
		expect(paragraphs.at(-3)).toBe('2.第二条款。');
	});

	it('passes the content check the build runs', () => {
		expect(checkFile(file).map(formatProblem)).toEqual([]);
	});
});
