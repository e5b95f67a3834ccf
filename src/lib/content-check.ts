/**
 * The content check: what every corpus file must satisfy before the site is built. One
 * implementation for `npm run check:content` and the build gate (src/integrations/content-gate.ts).
 * Pure: works on files already read (src/data/content-check.ts reads them).
 *
 * Every problem names the file, the field or line, and what is wrong, in Chinese.
 */
import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { z } from 'astro/zod';
import { frontmatterKeyLine } from './frontmatter.ts';
import { glossarySchema } from './schema/glossary.ts';
import { zodChinese } from './schema/messages.ts';
import { policySchema } from './schema/policy.ts';
import { templateSchema } from './schema/template.ts';
import { resolveRelations, type RelationEntry } from './relations.ts';
import { remarkPlugins } from '../plugins/pipeline.ts';

export type Collection = 'policies' | 'templates' | 'glossary';

export interface ContentFile {
	collection: Collection;
	id: string;
	/** Path as shown in messages. */
	file: string;
	source: string;
	data: Record<string, unknown>;
	hasFrontmatter: boolean;
	/** Body with the file's line numbers. */
	body: string;
}

export interface ContentProblem {
	file: string;
	/** 1-based line in the file. */
	line?: number;
	/** Frontmatter field, dotted (source.file, corrections.0.reason). */
	field?: string;
	message: string;
}

const SCHEMAS: Record<Collection, z.ZodType> = {
	policies: policySchema,
	templates: templateSchema,
	glossary: glossarySchema,
};

/** Collections whose entries are texts: an entry without body text would publish an empty page. */
const NEEDS_BODY: readonly Collection[] = ['policies', 'templates'];

/** `content/policies/x.mdx:12 字段 level：缺少层级（level）`. */
export function formatProblem(p: ContentProblem): string {
	return `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` 字段 ${p.field}` : ''}：${p.message}`;
}

/** Frontmatter against the collection's schema, messages in Chinese. */
export function checkFrontmatter(f: ContentFile): ContentProblem[] {
	if (!f.hasFrontmatter) {
		return [{ file: f.file, line: 1, message: '缺少 frontmatter：文件应以 --- 开头，列出标题、文号、日期等字段，再以 --- 结束' }];
	}
	const result = SCHEMAS[f.collection].safeParse(f.data, { error: zodChinese });
	if (result.success) return [];
	return result.error.issues.flatMap((issue) => {
		// an unknown field is named by itself, not by its parent
		const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
		return fields.map((path) => {
			const field = path.map(String).join('.');
			const line = frontmatterKeyLine(f.source, String(path[0] ?? ''));
			const message = issue.code === 'unrecognized_keys' ? `未知字段（拼写错误？允许的字段见 src/lib/schema/）` : issue.message;
			return { file: f.file, ...(line ? { line } : {}), ...(field ? { field } : {}), message };
		});
	});
}

/** A link to an entry page: /policies/<id>/ or /templates/<id>/ (anchors are checked on the built site). */
const SITE_LINK = /^\/(policies|templates)\/([^/#?]+)/;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Why a URL in corpus content is refused, or undefined when it is a link within the site. */
export function unsafeUrl(url: string): string | undefined {
	const u = url.trim().replace(/[\u0000-\u0020]/g, '');
	if (/^(javascript|vbscript|data):/i.test(u)) return `不安全的链接“${url}”：会在读者的浏览器里执行代码或嵌入内容`;
	if (SCHEME.test(u) || u.startsWith('//')) return `站外链接“${url}”：本站不链接、不请求其他网站，只能链接站内页面（以 / 开头）`;
	return undefined;
}

const parser = unified().use(remarkParse).use(remarkPlugins());
const mdxParser = unified().use(remarkParse).use(remarkPlugins()).use(remarkMdx);

/** Characters without which no tag, expression, link, image or definition can start. */
const MAY_HOLD_SYNTAX = /[<{[]/;
/** A line MDX would read as JavaScript. */
const ESM_LINE = /^[ \t]*(import|export)\b/m;

/** Line of a node in the file (bodies keep the file's line numbers). */
const lineOf = (node: Nodes) => node.position?.start.line;

/**
 * What in a body would run code, load something from another site, or turn into markup the text
 * did not ask for: import/export, {expressions}, components and HTML tags, outside or script URLs.
 */
export function checkBody(f: ContentFile, exists?: (collection: Collection, id: string) => boolean): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const at = (node: Nodes, message: string) => problems.push({ file: f.file, ...(lineOf(node) ? { line: lineOf(node) } : {}), message });
	if (NEEDS_BODY.includes(f.collection) && f.body.trim() === '') {
		problems.push({ file: f.file, message: '正文为空：frontmatter 之后应是文件正文（用 npm run import 从原件生成）' });
		return problems;
	}
	// Every construct refused below needs one of these to start (autolink literals are unwrapped by the
	// pipeline): a body without them is plain text, and parsing it would only cost time (5,000 texts).
	if (!MAY_HOLD_SYNTAX.test(f.body) && !ESM_LINE.test(f.body)) return problems;
	let tree: Root;
	try {
		const processor = f.file.endsWith('.mdx') ? mdxParser : parser;
		// run the pipeline's transforms too: what the check sees is what the page gets (bare URLs stay text)
		tree = processor.runSync(processor.parse(f.body), f.body) as Root;
	} catch (err) {
		const e = err as { line?: number; reason?: string; message: string };
		problems.push({
			file: f.file,
			...(e.line ? { line: e.line } : {}),
			message: `MDX 语法错误：${e.reason ?? e.message}（正文中的 < { } 等符号应以反斜杠转义）`,
		});
		return problems;
	}
	visit(tree, (node: Nodes) => {
		switch (node.type) {
			case 'mdxjsEsm':
				at(
					node,
					`import/export 语句会在构建时作为代码执行：“${node.value.split('\n')[0]}”。原文中的这一行应作为文字：用 npm run import 重新导入，或把行首字母写成字符引用（如 &#101;xport）`
				);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				at(node, `{…} 表达式会在构建时作为代码执行：“{${node.value}}”。花括号作为文字时应写作 \\{ \\}`);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				at(node, `组件或 HTML 标签 <${node.name ?? ''}> 不能出现在正文中：正文只能是文字、标题、列表、表格和站内链接`);
				break;
			case 'html':
				at(node, `HTML 标签“${node.value.slice(0, 40)}”不能出现在正文中：正文只能是文字、标题、列表、表格和站内链接`);
				break;
			case 'image':
				at(node, `图片“${node.url}”：政策正文不插入图片${unsafeUrl(node.url) ? `，且${unsafeUrl(node.url)}` : ''}`);
				break;
			case 'link':
			case 'definition': {
				const why = unsafeUrl(node.url);
				if (why) at(node, why);
				const link = SITE_LINK.exec(node.url);
				if (link && exists && !exists(link[1] as Collection, decodeURIComponent(link[2]!))) {
					at(node, `链接“${node.url}”指向的文件不存在：content/${link[1]}/ 中没有 id 为“${link[2]}”的文件`);
				}
				break;
			}
		}
	});
	return problems;
}

/** Where a file is, for the id checks: files that could not be read at all still take their id. */
export type FileRef = Pick<ContentFile, 'collection' | 'id' | 'file'>;

function byId(files: readonly FileRef[]): Record<Collection, Map<string, FileRef[]>> {
	const ids: Record<Collection, Map<string, FileRef[]>> = { policies: new Map(), templates: new Map(), glossary: new Map() };
	for (const f of files) ids[f.collection].set(f.id, [...(ids[f.collection].get(f.id) ?? []), f]);
	return ids;
}

/**
 * Checks across files: duplicate ids (x.md and x.mdx) and references to other entries
 * (carriedBy, a glossary term's source).
 */
export function checkCorpus(files: readonly ContentFile[], unreadable: readonly FileRef[] = []): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const ids = byId([...files, ...unreadable]);
	for (const byId of Object.values(ids)) {
		for (const [id, same] of byId) {
			if (same.length < 2) continue;
			const names = same.map((f) => f.file).join(' 和 ');
			for (const f of same) problems.push({ file: f.file, message: `id“${id}”重复：${names} 会成为同一页面，只能保留一个文件` });
		}
	}
	const exists = (collection: Collection, id: string) => ids[collection].has(id);
	for (const f of files) {
		const carriedBy = f.data.carriedBy;
		const at = (key: string, field: string, message: string) => {
			const line = frontmatterKeyLine(f.source, key);
			problems.push({ file: f.file, ...(line ? { line } : {}), field, message });
		};
		if (f.collection === 'policies' && typeof carriedBy === 'string' && !exists('policies', carriedBy)) {
			at('carriedBy', 'carriedBy', `所在汇编“${carriedBy}”不存在：应为 content/policies/ 中另一篇文件的 id`);
		}
		const source = f.data.source as { policy?: unknown } | undefined;
		if (f.collection === 'glossary' && typeof source?.policy === 'string' && !exists('policies', source.policy)) {
			at('source', 'source.policy', `出处文件“${source.policy}”不存在：应为 content/policies/ 中一篇文件的 id`);
		}
	}
	problems.push(...checkRelations(files));
	return problems;
}

/** 修订/废止/替代 relations between texts (src/lib/relations.ts, as the pages resolve them), for texts whose frontmatter is valid. */
function checkRelations(files: readonly ContentFile[]): ContentProblem[] {
	const entries: (RelationEntry & { file: ContentFile })[] = [];
	for (const f of files) {
		if (f.collection !== 'policies') continue;
		const parsed = policySchema.safeParse(f.data);
		if (parsed.success)
			entries.push({
				id: f.id,
				title: parsed.data.title,
				supersedes: parsed.data.supersedes,
				supersededBy: parsed.data.supersededBy,
				file: f,
			});
	}
	return resolveRelations(entries).errors.map((error) => {
		// each error starts with the id of the text it is about
		const entry = entries.find((e) => error.startsWith(`${e.id}：`));
		if (!entry) return { file: 'content/policies', message: error };
		const field = /^(supersedes|supersededBy)/.exec(error.slice(entry.id.length + 1))?.[1];
		const line = field ? frontmatterKeyLine(entry.file.source, field) : undefined;
		return { file: entry.file.file, ...(line ? { line } : {}), ...(field ? { field } : {}), message: error.slice(entry.id.length + 1) };
	});
}

/** Every problem of a set of files: each file's frontmatter and body (links included), then the cross-file checks. */
export function checkContentFiles(files: readonly ContentFile[], unreadable: readonly FileRef[] = []): ContentProblem[] {
	const ids = byId([...files, ...unreadable]);
	const exists = (collection: Collection, id: string) => ids[collection].has(id);
	return [...files.flatMap((f) => [...checkFrontmatter(f), ...checkBody(f, exists)]), ...checkCorpus(files, unreadable)];
}
