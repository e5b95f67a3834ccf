/**
 * Checks the two hand-made collections against their schemas and against the seed texts:
 *
 * - `content/templates/*.mdx` (模板1–9 of the Qinghai guide, part seven): frontmatter, MDX compilation,
 *   no accidental lists or H1, forms as tables, and every line of the body found in the seed.
 * - `content/glossary/*.md`: frontmatter, verbatim definitions, clause anchors, and that each term recurs.
 *
 * The source texts are in `sources/` (read through tests/support/sources.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@mdx-js/mdx';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readSource, sourceFiles, SOURCE } from '../support/sources';
import { glossarySchema } from '../../src/lib/schema/glossary';
import { templateSchema } from '../../src/lib/schema/template';
import { readCorpusFiles } from '../../src/data/corpus';
import { remarkPlugins } from '../../src/plugins/pipeline';
import { parseMarkdown } from '../support/markdown';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const contentDir = path.resolve(repoRoot, process.env.KB_CONTENT_DIR ?? 'content');

// ---------------------------------------------------------------------------
// Files and frontmatter
// ---------------------------------------------------------------------------

interface Doc {
	file: string;
	id: string;
	data: unknown;
	body: string;
}

function readCollection(dir: string): Doc[] {
	return readCorpusFiles(path.join(contentDir, dir)).map((f) => ({ file: path.basename(f.path), id: f.id, data: f.data, body: f.body }));
}

const templates = readCollection('templates');
const glossary = readCollection('glossary');

// ---------------------------------------------------------------------------
// Seeds
// ---------------------------------------------------------------------------

/** Entry ids of the whole-file sources; every other corpus id lives in the Qinghai guide. */
const SEED_OF_ID: Record<string, string> = {
	'pingdingshan-xuehui-dangjian-yijian': SOURCE.pingdingshan,
	'shanxi-shuangqiang-liuhao': SOURCE.shanxi,
	'chongqing-2023-gongzuo-yaodian': SOURCE.chongqing,
	'cast-2022-xuehui-dangjian-yaodian': SOURCE.cast2022,
};

/** The Qinghai guide source: the guide (parts 一–五) and the ten texts of part six, in order, by their title lines. */
const PART_SIX: [id: string, title: string][] = [
	['zhongbanfa-2015-51', '中共中央办公厅关于加强社会组织党的建设工作的意见（试行）'],
	['zhongzufa-2000-10', '中共中央组织部关于印发《关于加强社会团体党的建设工作的意见》的通知'],
	['minhan-2016-257', '民政部关于社会组织成立登记时同步开展党建工作有关问题的通知'],
	['kexie-dangzufa-2019-22', '中国科协党的建设工作方案'],
	['kexie-dangzufa-2016-81', '中国科协关于加强科技社团党建工作的若干意见'],
	['qingbanfa-2018-9', '中共青海省委办公厅关于加强社会组织党的建设工作的实施意见（试行）'],
	['qing-liangxin-2018-15', '青海省社会组织功能型党支部规范化建设实施办法（试行）'],
	['qing-liangxin-2019-13', '关于在全省非公经济和社会组织党组织中开展党建工作示范点创建工作的通知'],
	['qing-kexie-dangfa-2018-12', '青海省科协党组关于加强科技社团党建工作的意见（试行）'],
	['qing-kexie-shedangfa-2019-10', '青海省科技社团党组织党建工作示范点创建标准'],
];
const CORPUS_IDS = new Set([...Object.keys(SEED_OF_ID), 'qinghai-guide', ...PART_SIX.map(([id]) => id)]);

/** Compare text without layout: whitespace (incl. U+3000), markdown bold markers and the `<p>` wrappers of extracted tables. */
function norm(s: string): string {
	return s
		.replace(/<\/?p>/g, '')
		.replace(/\*\*/g, '')
		.replace(/\s+/g, '');
}

const seedFiles: Record<string, string> = Object.fromEntries(sourceFiles().map((f) => [f, readSource(f)]));
const seedNorm = (file: string) => norm(seedFiles[file] ?? '');
const seedOf = (id: string) => SEED_OF_ID[id] ?? SOURCE.qinghaiGuide;

/** The lines of one corpus entry: whole seeds, or the slice of seed 002 between title lines. */
function entryLines(id: string): string[] {
	const file = seedOf(id);
	const lines = (seedFiles[file] ?? '').split(/\r?\n/);
	if (file !== SOURCE.qinghaiGuide) return lines;
	const starts = PART_SIX.map(([, title]) => lines.findIndex((l) => norm(l) === title));
	const end = lines.findLastIndex((l) => norm(l) === '第七部分');
	if (id === 'qinghai-guide') return lines.slice(0, starts[0]);
	const k = PART_SIX.findIndex(([pid]) => pid === id);
	return lines.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : end);
}

// ---------------------------------------------------------------------------
// Clause anchors: p 第X部分, s 一、, u （一）, c 1., i （1）, a 第X条; a heading resets deeper levels.
// ---------------------------------------------------------------------------

const LEVELS = ['p', 's', 'u', 'a', 'c', 'i'] as const;
type Level = (typeof LEVELS)[number];
const CN = '一二三四五六七八九十';

function cnNumber(s: string): number {
	const digit = (ch: string) => CN.indexOf(ch) + 1;
	if (s === '十') return 10;
	const ten = s.indexOf('十');
	if (ten < 0) return digit(s);
	return (ten === 0 ? 1 : digit(s[0]!)) * 10 + (ten === s.length - 1 ? 0 : digit(s[ten + 1]!));
}

function marker(line: string): [Level, number] | null {
	let m: RegExpExecArray | null;
	if ((m = new RegExp(`^第([${CN}]+)部分`).exec(line))) return ['p', cnNumber(m[1]!)];
	if ((m = new RegExp(`^第([${CN}]+)条`).exec(line))) return ['a', cnNumber(m[1]!)];
	if ((m = new RegExp(`^([${CN}]+)、`).exec(line))) return ['s', cnNumber(m[1]!)];
	if ((m = new RegExp(`^[（(]([${CN}]+)[）)]`).exec(line))) return ['u', cnNumber(m[1]!)];
	if ((m = /^(\d{1,2})[.．、](?!\d)/.exec(line))) return ['c', Number(m[1])];
	if ((m = /^[（(](\d{1,2})[）)]/.exec(line))) return ['i', Number(m[1])];
	return null;
}

/** Anchor of the numbered unit enclosing the first occurrence of `quote` in the entry, or null if absent. */
function anchorOf(id: string, quote: string): string | null | undefined {
	const state: Partial<Record<Level, number>> = {};
	let text = '';
	const spans: { start: number; anchor: string }[] = [];
	for (const raw of entryLines(id)) {
		// An item can follow its clause heading on the same line: “4. 基本职责。（1）保证政治方向。”
		for (const line of norm(raw).split(/(?<=。)(?=[（(]\d{1,2}[）)])/)) {
			const mk = marker(line);
			if (mk) {
				const [level, n] = mk;
				for (const deeper of LEVELS.slice(LEVELS.indexOf(level))) delete state[deeper];
				state[level] = n;
			}
			spans.push({
				start: text.length,
				anchor: LEVELS.filter((l) => state[l] !== undefined)
					.map((l) => `${l}${state[l]}`)
					.join('-'),
			});
			text += line;
		}
	}
	const at = text.indexOf(norm(quote));
	if (at < 0) return undefined;
	const span = spans.findLast((s) => s.start <= at);
	return span?.anchor || null;
}

// ---------------------------------------------------------------------------
// Markdown helpers
// ---------------------------------------------------------------------------

function nodeTypes(body: string) {
	const { tree } = parseMarkdown(body, { mdx: true });
	const found = { list: 0, h1: 0, table: 0, jsx: 0 };
	visit(tree, (node) => {
		if (node.type === 'list') found.list++;
		if (node.type === 'heading' && (node as { depth: number }).depth === 1) found.h1++;
		if (node.type === 'table') found.table++;
		if (node.type.startsWith('mdx')) found.jsx++;
	});
	return found;
}

/** Text pieces of a template body to look up in the seed: paragraphs and table cells, markup removed. */
function bodyPieces(body: string): string[] {
	const pieces: string[] = [];
	for (const line of body.split('\n')) {
		const t = line.trim();
		if (!t || t.startsWith('>') || /^\|(\s*-+\s*\|)+$/.test(t)) continue;
		const cells = t.startsWith('|') ? t.slice(1, -1).split('|') : [t];
		for (const cell of cells) {
			const piece = norm(cell.replace(/\\(.)/g, '$1'));
			if (piece) pieces.push(piece);
		}
	}
	return pieces;
}

// ---------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------

describe('content/templates', () => {
	it('has the nine templates, numbered 1–9 exactly once, one file each', () => {
		const numbers = templates.map((t) => (t.data as { number: number }).number).sort((a, b) => a - b);
		expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		for (const t of templates) expect(t.id).toBe(`template-${(t.data as { number: number }).number}`);
	});

	describe.each(templates.map((t) => [t.file, t] as const))('%s', (_file, t) => {
		it('frontmatter validates against templateSchema', () => {
			const parsed = templateSchema.safeParse(t.data);
			expect(parsed.error?.issues ?? []).toEqual([]);
			expect(parsed.data?.source.part).toBe(`第七部分 模板${parsed.data?.number}`);
		});

		it('body compiles as MDX with the site plugins', async () => {
			await expect(compile(t.body, { remarkPlugins: remarkPlugins() as never })).resolves.toBeDefined();
		});

		it('has no list, no H1 and no JSX; forms are tables', () => {
			const found = nodeTypes(t.body);
			expect(found.list, '“1.” 行被解析成了列表').toBe(0);
			expect(found.h1, '正文不应重复标题为 H1').toBe(0);
			expect(found.jsx, '正文中有被 MDX 解析的 < > { }').toBe(0);
			const kind = (t.data as { kind: string }).kind;
			if (kind === '备案表') expect(found.table).toBe(1);
			if (kind === '名册') expect(found.table === 1 || t.body.includes('编者按')).toBe(true);
		});

		it('every paragraph and cell is the seed wording (after the listed corrections)', () => {
			const data = templateSchema.parse(t.data);
			expect(data.source.file).toBe(SOURCE.qinghaiGuide);
			const raw = seedFiles[SOURCE.qinghaiGuide];
			const seed = seedNorm(SOURCE.qinghaiGuide);
			for (const c of data.corrections) expect(raw, `勘误原文不在来源中：${c.original}`).toContain(c.original);
			for (let piece of bodyPieces(t.body)) {
				for (const c of data.corrections) piece = piece.split(norm(c.corrected)).join(norm(c.original));
				expect(seed.includes(piece), `来源中找不到：${piece}`).toBe(true);
			}
		});
	});
});

// ---------------------------------------------------------------------------
// Glossary
// ---------------------------------------------------------------------------

describe('content/glossary', () => {
	it('has 25–40 terms with unique terms and aliases', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(25);
		expect(glossary.length).toBeLessThanOrEqual(40);
		const names = glossary.flatMap((g) => {
			const d = g.data as { term: string; aliases?: string[] };
			return [d.term, ...(d.aliases ?? [])];
		});
		expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
	});

	describe.each(glossary.map((g) => [g.file, g] as const))('%s', (_file, g) => {
		it('frontmatter validates against glossarySchema; id is ASCII; policy is a corpus id', () => {
			expect(g.id).toMatch(/^[a-z0-9-]+$/);
			const parsed = glossarySchema.safeParse(g.data);
			expect(parsed.error?.issues ?? []).toEqual([]);
			expect(CORPUS_IDS.has(parsed.data!.source.policy)).toBe(true);
			expect(parsed.data!.definition).not.toMatch(/[*\s]/);
			if (g.body.trim()) expect(g.body.trim()).toMatch(/^编者按/);
		});

		it('definition is verbatim from the seed of its source, at the given anchor', () => {
			const { definition, source } = glossarySchema.parse(g.data);
			expect(seedNorm(seedOf(source.policy)).includes(norm(definition)), '定义不是来源原文').toBe(true);
			const anchor = anchorOf(source.policy, definition);
			expect(anchor, `定义不在 ${source.policy} 的文本范围内`).not.toBeUndefined();
			expect(source.anchor ?? null).toBe(anchor);
		});

		it('term recurs in the corpus', () => {
			const { term, aliases } = glossarySchema.parse(g.data);
			const seeds = Object.keys(seedFiles).map(seedNorm);
			const count = (s: string) => seeds.reduce((n, text) => n + text.split(norm(s)).length - 1, 0);
			expect(count(term), '词条本身不见于语料').toBeGreaterThan(0);
			// Some terms are written once and otherwise spelled out (六有 → 有场所、有设施……): count the aliases too.
			const names = [term, ...aliases];
			const total = names.reduce((n, s) => n + count(s), 0);
			const files = seeds.filter((text) => names.some((s) => text.includes(norm(s)))).length;
			expect(total >= 2 || files >= 2, '词条在语料中只出现一次').toBe(true);
		});
	});
});
