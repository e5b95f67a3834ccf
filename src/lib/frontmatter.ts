/**
 * The one place a content file's YAML frontmatter is split from its body. Pure: no file system.
 *
 * The block is found exactly as Astro finds it (`extractFrontmatter` of @astrojs/markdown-remark),
 * but parsed with js-yaml's CORE schema: no timestamps, so an unquoted `issued: 2019-13-45` stays
 * the string the curator typed (and is refused) instead of becoming a rolled-over Date.
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';

export interface SplitFile {
	/** The parsed frontmatter; `{}` when the file has none. */
	data: Record<string, unknown>;
	/** Whether the file has a frontmatter block at all. */
	hasFrontmatter: boolean;
	/** The raw YAML text (without the `---` lines). */
	rawFrontmatter: string;
	/** The body, with the frontmatter turned into blank lines so line numbers match the file. */
	body: string;
}

/** A frontmatter block that is not valid YAML (or not a mapping); `line` is 1-based in the file. */
export class FrontmatterError extends Error {
	readonly line: number | undefined;
	constructor(reason: string, line: number | undefined) {
		super(reason);
		this.name = 'FrontmatterError';
		this.line = line;
	}
}

/** Splits a content file; throws FrontmatterError (with the file's line number) when the YAML is broken. */
export function splitFrontmatter(source: string): SplitFile {
	const raw = extractFrontmatter(source);
	if (raw === undefined) return { data: {}, hasFrontmatter: false, rawFrontmatter: '', body: source };
	const block = `---${raw}---`;
	const at = source.indexOf(block);
	// 1 line for the opening `---`, plus the lines before it (Astro allows leading blank lines)
	const firstYamlLine = source.slice(0, at).split('\n').length + 1;
	let data: unknown;
	try {
		data = yaml.load(raw, { schema: yaml.CORE_SCHEMA });
	} catch (err) {
		if (err instanceof yaml.YAMLException) {
			const line = err.mark ? firstYamlLine + err.mark.line - 1 : undefined;
			throw new FrontmatterError(`frontmatter 不是有效的 YAML：${err.reason}`, line);
		}
		throw err;
	}
	if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
		throw new FrontmatterError('frontmatter 应为“字段: 值”的列表', firstYamlLine);
	}
	const body = source.slice(0, at) + block.replace(/[^\n]/g, '') + source.slice(at + block.length);
	return { data: (data ?? {}) as Record<string, unknown>, hasFrontmatter: true, rawFrontmatter: raw, body };
}

/** 1-based line of a top-level frontmatter key in the file, or undefined. */
export function frontmatterKeyLine(source: string, key: string): number | undefined {
	const lines = source.split('\n');
	if (lines[0]?.trim() !== '---') return undefined;
	for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
		if (lines[i]!.startsWith(`${key}:`)) return i + 1;
	}
	return undefined;
}
