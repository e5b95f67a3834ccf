/**
 * Page weight budgets on the built site: which scripts each kind of page loads, and how many bytes of
 * HTML + CSS + JS it ships. Budgets sit about 20% above the figures measured when they were set
 * (see docs/benchmarks.md); the test prints today's figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listPageAssets, pageWeight, scriptSet, staticImports, type PageWeight } from '../support/page-weight';
import { distFiles, htmlFileFor, readDist, requireDist, sizeOf } from './dist';
import { TOOLS as REGISTRY } from '../../src/lib/tools';

/** "The shell": the script set of a plain Starlight page with no components of ours. */
const SHELL_PAGE = '/guide/about/';

/** The calculators of the tool registry: each loads its own island. */
const TOOLS = REGISTRY.filter((t) => t.kind === 'calculator').map((t) => t.id);

/** Page types → pages measured → budget (bytes, HTML + CSS + JS, largest page of the type). */
const BUDGETS: Record<string, { pages: () => string[]; budget: number }> = {
	'首页 /': { pages: () => ['/'], budget: 107_000 },
	'普通页面 /guide/about/': { pages: () => [SHELL_PAGE], budget: 122_000 },
	'政策文本（全部）': { pages: () => pagesUnder('/policies/').filter((p) => p !== '/policies/'), budget: 163_000 },
	'政策列表 /policies/': { pages: () => ['/policies/'], budget: 131_000 },
	'全文检索 /search/': { pages: () => ['/search/'], budget: 135_000 },
	// Every tool page of the registry, so a new tool is budgeted without editing this list.
	'工具（每个计算器）': { pages: () => TOOLS.map((id) => `/tools/${id}/`), budget: 200_000 },
	'工具（参考页）': { pages: () => REGISTRY.filter((t) => t.kind !== 'calculator').map((t) => `/tools/${t.id}/`), budget: 160_000 },
	'模板（全部）': { pages: () => pagesUnder('/templates/').filter((p) => p !== '/templates/'), budget: 208_000 },
};

/**
 * The one script a policy page may add to the shell: the clause control (复制引用 and the other clause
 * actions, ClauseActions.astro), inline or as its own module. Anything else is JavaScript the policy page must not ship.
 */
const POLICY_SCRIPT_ALLOWED = [
	{
		name: 'ClauseActions（复制引用等）',
		signature: /customElements\.define\(\s*[`'"]kb-clause-actions[`'"]/,
		path: /\/_astro\/ClauseActions\.astro_astro_type_script_[^/]*\.js$/,
		maxBytes: 6_000,
	},
];

let files: string[];
let sizes: Map<string, number>;
let imports: Map<string, string[]>;

function pagesUnder(prefix: string): string[] {
	return files.filter((f) => f.startsWith(prefix) && f.endsWith('/index.html')).map((f) => f.slice(0, -'index.html'.length));
}

function weigh(page: string): PageWeight {
	return pageWeight(readDist(htmlFileFor(page)), sizes, { pagePath: page, imports });
}

function scriptsOf(page: string): string[] {
	return scriptSet(readDist(htmlFileFor(page)), page);
}

beforeAll(() => {
	requireDist();
	files = distFiles();
	sizes = new Map(files.map((f) => [f, sizeOf(f)]));
	imports = new Map(files.filter((f) => f.endsWith('.js')).map((f) => [f, staticImports(readDist(f), f)]));
});

describe('script sets', () => {
	it('the shell page loads scripts, all of them present in dist/', () => {
		expect(scriptsOf(SHELL_PAGE).length).toBeGreaterThan(0);
		expect(weigh(SHELL_PAGE).missing).toEqual([]);
	});

	it('policy pages ship no JavaScript beyond the shell’s own (plus the allowed clause control)', () => {
		const shell = new Set(scriptsOf(SHELL_PAGE));
		const policies = BUDGETS['政策文本（全部）']!.pages();
		expect(policies.length).toBeGreaterThan(5);
		const problems: string[] = [];
		for (const page of [...policies, '/policies/']) {
			const { scripts } = listPageAssets(readDist(htmlFileFor(page)), page);
			const keys = new Set(scripts.map((s) => (s.kind === 'external' ? s.path : s.key)));
			for (const missing of [...shell].filter((k) => !keys.has(k))) problems.push(`${page} 缺少外壳脚本 ${missing}`);
			for (const script of scripts) {
				const key = script.kind === 'external' ? script.path : script.key;
				if (shell.has(key)) continue;
				if (script.kind === 'inline') {
					const allowed = POLICY_SCRIPT_ALLOWED.find((a) => a.signature.test(script.code));
					if (allowed && script.bytes <= allowed.maxBytes) continue;
					problems.push(`${page} 多出内联脚本 ${key}（${script.bytes} 字节）：${script.code.slice(0, 80)}…`);
				} else {
					const allowed = POLICY_SCRIPT_ALLOWED.find((a) => a.path.test(script.path));
					if (allowed && (sizes.get(script.path) ?? Infinity) <= allowed.maxBytes) continue;
					problems.push(`${page} 多出脚本 ${key}`);
				}
			}
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});

	it('each tool page loads the shell’s scripts plus only its own island', () => {
		const shell = new Set(scriptsOf(SHELL_PAGE));
		const sets = new Map(TOOLS.map((tool) => [tool, new Set(scriptsOf(`/tools/${tool}/`))]));
		const problems: string[] = [];
		for (const [tool, set] of sets) {
			// A tool page with nothing for 本页内容 to list has no table of contents, and so none of its scripts.
			const hasToc = readDist(htmlFileFor(`/tools/${tool}/`)).includes('<starlight-toc');
			const needed = [...shell].filter((k) => hasToc || !/TableOfContents\.astro/.test(k));
			for (const missing of needed.filter((k) => !set.has(k))) problems.push(`${tool} 缺少外壳脚本 ${missing}`);
			const island = [...set].filter((k) => !shell.has(k));
			if (island.length === 0) problems.push(`${tool} 没有自己的脚本（计算器不会工作）`);
			for (const script of island) {
				const sharedWith = [...sets].filter(([other, s]) => other !== tool && s.has(script)).map(([other]) => other);
				if (sharedWith.length) problems.push(`${tool} 的脚本 ${script} 也出现在 ${sharedWith.join('、')}：不是它自己的岛`);
			}
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});
});

describe('policy page JavaScript', () => {
	/** Issue 12: all scripts of a policy page (external with their static imports, plus inline), uncompressed. */
	const POLICY_JS_BUDGET = 25 * 1024;

	it(`every policy page loads at most ${POLICY_JS_BUDGET / 1024} KiB of JavaScript (search code loads only when used)`, () => {
		const pages = BUDGETS['政策文本（全部）']!.pages();
		const weights = pages.map((page) => ({ page, js: weigh(page).jsBytes + weigh(page).inlineScriptBytes }));
		const largest = weights.reduce((a, b) => (b.js > a.js ? b : a));
		console.log(
			`文件页脚本（未压缩，含内联）：最大 ${largest.page} ${largest.js} 字节（${(largest.js / 1024).toFixed(1)} KiB），预算 ${POLICY_JS_BUDGET} 字节`
		);
		const over = weights.filter((w) => w.js > POLICY_JS_BUDGET).map((w) => `${w.page}: ${w.js} 字节`);
		expect(over, over.join('\n')).toEqual([]);
	});
});

describe('page weight budgets (HTML + CSS + JS)', () => {
	it('every page type stays within its budget', () => {
		const rows: string[] = [];
		const over: string[] = [];
		for (const [type, { pages, budget }] of Object.entries(BUDGETS)) {
			const list = pages();
			expect(list.length, type).toBeGreaterThan(0);
			const weights = list.map((page) => ({ page, weight: weigh(page) }));
			for (const { page, weight } of weights) {
				if (weight.missing.length) over.push(`${page} 引用了 dist/ 中不存在的文件：${weight.missing.join('、')}`);
			}
			const largest = weights.reduce((a, b) => (b.weight.totalBytes > a.weight.totalBytes ? b : a));
			const w = largest.weight;
			rows.push(
				`${type.padEnd(16)} 最大 ${largest.page}: HTML ${w.htmlBytes}（其中内联脚本 ${w.inlineScriptBytes}）+ CSS ${w.cssBytes} + JS ${w.jsBytes} = ${w.totalBytes} 字节；预算 ${budget}（${Math.round((w.totalBytes / budget) * 100)}%）`
			);
			if (w.totalBytes > budget) over.push(`${type}: ${largest.page} 共 ${w.totalBytes} 字节，超出预算 ${budget}`);
		}
		console.log(`页面体积（字节）：\n${rows.join('\n')}`);
		expect(over, over.join('\n')).toEqual([]);
	});
});
