/**
 * The one place a content file's frontmatter is read. Pure: no file system.
 *
 * The data is exactly what Astro's loaders get: `parseFrontmatter` of @astrojs/markdown-remark
 * (js-yaml's default schema, so an unquoted 2019-09-03 is a Date, as on the pages). Positions come
 * from the `yaml` library's LineCounter over the same block: the file line of every field and list
 * item, and the text as typed (an unquoted 2019-13-45 that js-yaml rolls over to 2020-02-14 is
 * still “2019-13-45” there, so the content check can refuse it).
 *
 * Errors are data: a block that is not YAML, not a mapping or not `---` is returned as a
 * `FrontmatterProblem` with the file's line, never thrown.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

/** A path into the frontmatter: keys and list indexes (`['supersedes', 0, 'id']`). */
export type FieldPath = readonly PropertyKey[];

/** Where the fields of a frontmatter block are in the file. */
export interface FrontmatterPositions {
	/** 1-based file line of the field or item at `path`, else of its nearest parent present; undefined for none. */
	lineOf(path: FieldPath): number | undefined;
	/** The scalar at `path` as typed in the file (quotes included), or undefined. */
	typed(path: FieldPath): string | undefined;
	/** The top-level field a 1-based file line of the block belongs to (its key's line or a line of its value). */
	fieldAt(line: number): string | undefined;
}

export interface Frontmatter extends FrontmatterPositions {
	/** The parsed frontmatter as Astro's loaders get it; `{}` when the file has none. */
	data: Record<string, unknown>;
	/** Whether the file has a frontmatter block at all. */
	hasFrontmatter: boolean;
	/** The body, with the frontmatter turned into blank lines so line numbers match the file. */
	body: string;
}

/** Why the frontmatter cannot be read; `line` is 1-based in the file. */
export interface FrontmatterProblem {
	line?: number;
	message: string;
}

/** A block that cannot be read still has positions when the `yaml` library could read it (so a NUL can be named by field). */
export type FrontmatterResult =
	{ ok: true; frontmatter: Frontmatter } | { ok: false; problem: FrontmatterProblem; positions?: FrontmatterPositions };

const none = () => undefined;

/** Number of lines before `offset` (0 at the first line). */
const linesBefore = (s: string, offset: number) => s.slice(0, offset).split('\n').length - 1;

/** Reads a content file's frontmatter and body. */
export function readFrontmatter(source: string): FrontmatterResult {
	const raw = extractFrontmatter(source);
	if (raw === undefined) {
		return { ok: true, frontmatter: { data: {}, hasFrontmatter: false, body: source, lineOf: none, typed: none, fieldAt: none } };
	}
	const block = `---${raw}---`;
	const at = source.indexOf(block);
	if (at < 0) {
		// Astro reads a `+++` block as TOML; the corpus is YAML throughout, and its line numbers are YAML's.
		return { ok: false, problem: { line: 1, message: 'frontmatter 应以 --- 开头和结束（YAML），不能用 +++（TOML）' } };
	}
	// Raw line 1 is the rest of the opening `---` line.
	const opening = linesBefore(source, at) + 1;
	// Positions are asked for only when something is wrong (or a date is checked as typed): the block is
	// parsed a second time, by the `yaml` library, only then (it costs more than js-yaml's parse itself).
	let positioned: { root: unknown; fileLine: (offset: number) => number; keyLines: { key: string; line: number }[] } | undefined;
	const yamlDoc = () => {
		if (positioned) return positioned;
		const lineCounter = new LineCounter();
		const root = parseDocument(raw, { lineCounter, uniqueKeys: false, prettyErrors: false }).contents;
		const fileLine = (offset: number) => opening + lineCounter.linePos(offset).line - 1;
		const keyLines = isMap(root)
			? root.items.flatMap((p) => (isScalar(p.key) && p.key.range ? [{ key: String(p.key.value), line: fileLine(p.key.range[0]) }] : []))
			: [];
		return (positioned = { root, fileLine, keyLines });
	};

	/** The nodes along `path`, each with the line of its key or item. */
	const walk = (path: FieldPath) => {
		const { root, fileLine } = yamlDoc();
		let node: unknown = root;
		let line: number | undefined;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
				if (!pair) return { line, node: undefined };
				const keyNode = pair.key as YamlNode;
				if (keyNode.range) line = fileLine(keyNode.range[0]);
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number') {
				const item = node.items[key] as YamlNode | undefined;
				if (!item) return { line, node: undefined };
				if (item.range) line = fileLine(item.range[0]);
				node = item;
			} else {
				return { line, node: undefined };
			}
		}
		return { line, node };
	};
	const closing = opening + linesBefore(raw, raw.length);
	const positions: FrontmatterPositions = {
		lineOf: (path) => walk(path).line,
		typed: (path) => {
			const { node } = walk(path);
			return isScalar(node) && node.range ? raw.slice(node.range[0], node.range[1]) : undefined;
		},
		fieldAt: (line) =>
			line > opening && line < closing
				? yamlDoc()
						.keyLines.filter((k) => k.line <= line)
						.pop()?.key
				: undefined,
	};

	let data: unknown;
	try {
		data = parseFrontmatter(source).frontmatter;
	} catch (err) {
		const e = err as { name?: string; reason?: string; mark?: { line: number }; message: string };
		if (e.name !== 'YAMLException') throw err;
		const line = e.mark ? opening + e.mark.line : undefined;
		return {
			ok: false,
			problem: { ...(line ? { line } : {}), message: `frontmatter 不是有效的 YAML：${e.reason ?? e.message}` },
			positions,
		};
	}
	// js-yaml's result for a list or a bare value is not fields (Astro would read a bare value as no fields at all)
	const notFields =
		Array.isArray(data) || (data !== null && typeof data === 'object' && Object.keys(data).length === 0 && /^\s*[^\s#]/m.test(raw));
	if (notFields && !isMap(yamlDoc().root)) {
		return { ok: false, problem: { line: opening + 1, message: 'frontmatter 应为“字段: 值”的列表' }, positions };
	}

	const body = source.slice(0, at) + block.replace(/[^\n]/g, '') + source.slice(at + block.length);
	return {
		ok: true,
		frontmatter: {
			data: (data ?? {}) as Record<string, unknown>,
			hasFrontmatter: true,
			body,
			...positions,
		},
	};
}
