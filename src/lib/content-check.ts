/**
 * The content check: what every corpus file must satisfy before the site is built. One
 * implementation for `npm run check:content` and the build gate (src/integrations/content-gate.ts).
 * Pure: works on files the corpus reader (src/data/corpus.ts) has read, and parses bodies with the
 * parser it is given (the site's pipeline: src/data/content-check.ts passes it in).
 *
 * Every problem names the file, the line and the field, and says what is wrong, in Chinese.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { readFrontmatter, type FieldPath, type Frontmatter, type FrontmatterPositions } from './frontmatter.ts';
import { findInvisible, invisibleName } from './invisible.ts';
import { checkRelations, type RelationProblem } from './relations.ts';
import { CORPUS_COLLECTIONS, type Collection } from './schema/collections.ts';
import { fileNameProblem } from './schema/entry-id.ts';
import { zodChinese } from './schema/messages.ts';

export type { Collection } from './schema/collections.ts';

/** Where a file is, for the id checks: a file that could not be read still takes its id. */
export interface FileRef {
	collection: Collection;
	id: string;
	/** Path within the collection folder, `/`-separated (`2024/x.mdx`): the glob loader's `entry`. */
	entry: string;
	/** Path as shown in messages. */
	file: string;
}

/** A file the corpus reader has read and split. */
export interface ContentFile extends FileRef {
	/** The file as read. */
	source: string;
	/** Frontmatter data (as Astro's loaders get it) with the line of every field. */
	frontmatter: Frontmatter;
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

/** Parses a body as the site does (MDX syntax for .mdx), running the pipeline's transforms; throws on a syntax error. */
export type BodyParser = (body: string, mdx: boolean) => Root;

/** `content/policies/x.mdx:12 字段 level：缺少层级（level）`. */
export function formatProblem(p: ContentProblem): string {
	return `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` 字段 ${p.field}` : ''}：${p.message}`;
}

/** A problem at a frontmatter field of `f`, with the field's line. */
function atField(f: ContentFile, path: FieldPath, message: string): ContentProblem {
	const line = f.frontmatter.lineOf(path);
	const field = path.map(String).join('.');
	return { file: f.file, ...(line ? { line } : {}), ...(field ? { field } : {}), message };
}

/** More problems than this in one file are counted, not listed: one bad paste should not bury the rest. */
const MAX_CHARACTER_PROBLEMS = 5;

/**
 * Control, bidirectional and zero-width characters anywhere in the file: in the frontmatter they are
 * named by field, in the body by line and column.
 */
export function checkCharacters(file: string, source: string, positions?: FrontmatterPositions): ContentProblem[] {
	const hits = findInvisible(source);
	const problems: ContentProblem[] = hits.slice(0, MAX_CHARACTER_PROBLEMS).map((h) => {
		const field = positions?.fieldAt(h.line);
		return {
			file,
			line: h.line,
			...(field ? { field } : {}),
			message: `第 ${h.column} 列有看不见的字符 ${invisibleName(h.char)}：读者看不到它，它却会改变文字的显示、检索或复制结果。删去它（原文的空格写作普通空格）`,
		};
	});
	if (hits.length > MAX_CHARACTER_PROBLEMS) {
		problems.push({ file, message: `另有 ${hits.length - MAX_CHARACTER_PROBLEMS} 个看不见的字符（同上），请一并删去` });
	}
	return problems;
}

/**
 * A file as the corpus reader reads it: its frontmatter parsed as Astro parses it, or the problems
 * that keep it from being read. Invisible characters that break the YAML are named themselves.
 */
export function parseContentFile(ref: FileRef, source: string): { file: ContentFile } | { problems: ContentProblem[] } {
	const read = readFrontmatter(source);
	if (read.ok) {
		const { frontmatter } = read;
		return {
			file: { ...ref, source, frontmatter, data: frontmatter.data, hasFrontmatter: frontmatter.hasFrontmatter, body: frontmatter.body },
		};
	}
	const characters = checkCharacters(ref.file, source, read.positions);
	const { line, message } = read.problem;
	// a NUL or ESC in the block is why js-yaml stopped: say that instead of its message
	const cause = characters.some((c) => c.field !== undefined || (line !== undefined && c.line === line));
	return { problems: cause ? characters : [{ file: ref.file, ...(line ? { line } : {}), message }, ...characters] };
}

/** Paths of every Date in `value` (YAML reads an unquoted 2020-01-01 as a date). */
function datePaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
	if (value instanceof Date) return [path];
	if (Array.isArray(value)) return value.flatMap((v, i) => datePaths(v, [...path, i]));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => datePaths(v, [...path, k]));
	return [];
}

const samePath = (a: FieldPath, b: FieldPath) => a.length === b.length && a.every((k, i) => String(k) === String(b[i]));

/**
 * Frontmatter against the collection's schema, messages in Chinese. Dates are checked as typed: an
 * unquoted impossible date (2019-13-45, which YAML rolls over to 2020-02-14) or a date with a time is
 * refused, and an unquoted date where text is expected (`title: 2020-01-01`) is told to be quoted.
 */
export function checkFrontmatter(f: ContentFile): ContentProblem[] {
	if (!f.hasFrontmatter) {
		return [{ file: f.file, line: 1, message: '缺少 frontmatter：文件应以 --- 开头，列出标题、文号、日期等字段，再以 --- 结束' }];
	}
	const spec = CORPUS_COLLECTIONS[f.collection];
	const problems: ContentProblem[] = [];
	const data: Record<string, unknown> = { ...f.data };
	const reported: FieldPath[] = [];
	for (const path of datePaths(f.data)) {
		const typed = f.frontmatter.typed(path) ?? '';
		if (path.length === 1 && (spec.dateFields as readonly string[]).includes(String(path[0]))) {
			// the schema checks the text as typed: 2019-13-45 is refused, not read as 2020-02-14
			data[String(path[0])] = typed;
			continue;
		}
		reported.push(path);
		problems.push(
			atField(
				f,
				path,
				`“${typed}”没有加引号，YAML 会把它读成日期而不是文字：写成 '${typed}'（加英文单引号）${path.length === 1 ? `，如 ${String(path[0])}: '${typed}'` : ''}`
			)
		);
	}
	const result = spec.schema.safeParse(data, { error: zodChinese });
	if (result.success) return problems;
	for (const issue of result.error.issues) {
		// an unknown field is named by itself, not by its parent
		const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
		for (const path of paths) {
			if (reported.some((r) => samePath(r, path))) continue;
			const message = issue.code === 'unrecognized_keys' ? `未知字段（拼写错误？允许的字段见 src/lib/schema/）` : issue.message;
			problems.push(atField(f, path, message));
		}
	}
	return problems;
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

/** Characters without which no tag, expression, link, image or definition can start. */
const MAY_HOLD_SYNTAX = /[<{[]/;
/** A line MDX would read as JavaScript. */
const ESM_LINE = /^[ \t]*(import|export)\b/m;

/** Line of a node in the file (bodies keep the file's line numbers). */
const lineOf = (node: Nodes) => node.position?.start.line;

/**
 * What in a body would run code, load something from another site, or turn into markup the text
 * did not ask for: import/export, {expressions}, components and HTML tags, outside or script URLs.
 * `parse` reads the body as the site does (the pipeline's transforms included: bare URLs stay text).
 */
export function checkBody(f: ContentFile, parse: BodyParser, exists?: (collection: Collection, id: string) => boolean): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const at = (node: Nodes, message: string) => problems.push({ file: f.file, ...(lineOf(node) ? { line: lineOf(node) } : {}), message });
	if (CORPUS_COLLECTIONS[f.collection].needsBody && f.body.trim() === '') {
		problems.push({ file: f.file, message: '正文为空：frontmatter 之后应是文件正文（用 npm run import 从原件生成）' });
		return problems;
	}
	// Every construct refused below needs one of these to start (autolink literals are unwrapped by the
	// pipeline): a body without them is plain text, and parsing it would only cost time (5,000 texts).
	if (!MAY_HOLD_SYNTAX.test(f.body) && !ESM_LINE.test(f.body)) return problems;
	let tree: Root;
	try {
		tree = parse(f.body, f.entry.endsWith('.mdx'));
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
				if (link && exists && !exists(link[1] as Collection, safeDecode(link[2]!))) {
					at(node, `链接“${node.url}”指向的文件不存在：content/${link[1]}/ 中没有 id 为“${link[2]}”的文件`);
				}
				break;
			}
		}
	});
	return problems;
}

/** `decodeURIComponent` that leaves a malformed escape (`%E4%`) as typed instead of throwing. */
function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

type Ids = Record<Collection, Map<string, FileRef[]>>;

function byId(files: readonly FileRef[]): Ids {
	const ids = Object.fromEntries(Object.keys(CORPUS_COLLECTIONS).map((c) => [c, new Map<string, FileRef[]>()])) as Ids;
	for (const f of files) ids[f.collection].set(f.id, [...(ids[f.collection].get(f.id) ?? []), f]);
	return ids;
}

/**
 * Checks across files: file names that cannot be ids, duplicate ids (x.md and x.mdx, or the same
 * name in two sub-folders) and references to other entries (a glossary term's source, and the
 * relations between texts: carriedBy, supersedes, supersededBy).
 */
export function checkCorpus(files: readonly ContentFile[], refs: readonly FileRef[] = files): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const ref of refs) {
		const why = fileNameProblem(ref.entry);
		if (why) problems.push({ file: ref.file, message: why });
	}
	const ids = byId(refs);
	for (const same of Object.values(ids).flatMap((m) => [...m.values()])) {
		if (same.length < 2) continue;
		const names = same.map((f) => f.file).join(' 和 ');
		for (const f of same) problems.push({ file: f.file, message: `id“${f.id}”重复：${names} 会成为同一页面，只能保留一个文件` });
	}
	const exists = (collection: Collection, id: string) => ids[collection].has(id);
	for (const f of files) {
		const source = f.data.source as { policy?: unknown } | undefined;
		if (f.collection === 'glossary' && typeof source?.policy === 'string' && !exists('policies', source.policy)) {
			problems.push(atField(f, ['source', 'policy'], `出处文件“${source.policy}”不存在：应为 content/policies/ 中一篇文件的 id`));
		}
	}
	problems.push(...relationProblems(files, (id) => exists('policies', id)));
	return problems;
}

/** 修订/废止/替代 and 所在汇编 between texts (src/lib/relations.ts, as the pages resolve them), for texts whose frontmatter is valid. */
function relationProblems(files: readonly ContentFile[], exists: (id: string) => boolean): ContentProblem[] {
	const byEntryId = new Map<string, ContentFile>();
	const entries = [];
	for (const f of files) {
		if (f.collection !== 'policies') continue;
		const parsed = CORPUS_COLLECTIONS.policies.schema.safeParse(f.data);
		// a text whose frontmatter fails the schema is reported by checkFrontmatter; its relations cannot be read
		if (!parsed.success) continue;
		byEntryId.set(f.id, f);
		entries.push({ id: f.id, ...parsed.data });
	}
	return checkRelations(entries, exists).map((p: RelationProblem) => {
		const f = byEntryId.get(p.id)!;
		return atField(f, p.path, p.message);
	});
}

/** Every problem of one file by itself: its characters, frontmatter and body (links included, answered by `exists`). */
export function checkFile(f: ContentFile, parse: BodyParser, exists?: (collection: Collection, id: string) => boolean): ContentProblem[] {
	return [...checkCharacters(f.file, f.source, f.frontmatter), ...checkFrontmatter(f), ...checkBody(f, parse, exists)];
}

/** Every problem of a set of files: each file's own (`checkFile`), then the cross-file checks. */
export function checkContentFiles(
	files: readonly ContentFile[],
	parse: BodyParser,
	refs: readonly FileRef[] = files,
	/** checkFile, or one that reuses its earlier results (src/data/content-check.ts). */
	fileCheck: typeof checkFile = checkFile
): ContentProblem[] {
	const ids = byId(refs);
	const exists = (collection: Collection, id: string) => ids[collection].has(id);
	return [...files.flatMap((f) => fileCheck(f, parse, exists)), ...checkCorpus(files, refs)];
}
