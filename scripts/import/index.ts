/** Policy source (.docx, .pdf, .txt/.md) → draft MDX entry. No file system, no Astro: the caller reads the bytes. */
import { extractText, ImportError, type ExtractedText } from './extract.ts';
import { formatCount, IMPORT_LIMITS } from './limits.ts';
import { normalise, normaliseNumbered, type NormaliseOptions } from './normalise.ts';
import { toBlocks, type Block } from './structure.ts';
import { detectDocNumber, detectIssued, detectIssuer, detectTitle } from './metadata.ts';
import { guessDocType, guessLevel, guessRegion, guessShortTitle, guessStatus, toMdx, type DraftFrontmatter } from './to-mdx.ts';

export interface ImportOptions extends NormaliseOptions {
	/** Source file name recorded in `source.file`. */
	sourceFile: string;
	sourcePart?: string;
	carriedBy?: string;
	/** Keep the title line(s) in the body (default: drop them, the page prints the title). */
	keepTitle?: boolean;
	/** The line of the source that `text` starts on (--from), so messages count lines as the curator does. */
	firstLine?: number;
}

export interface ImportResult {
	frontmatter: DraftFrontmatter;
	paragraphs: string[];
	blocks: Block[];
	mdx: string;
}

/** A paragraph longer than any a policy text has is a source without paragraph breaks: refused, with its line. */
function checkParagraphs(text: string, opts: ImportOptions): string[] {
	const numbered = normaliseNumbered(text, opts);
	const long = numbered.find((p) => p.text.length > IMPORT_LIMITS.paragraphChars);
	if (long) {
		throw new ImportError(
			`${opts.sourceFile} 从第 ${long.line + (opts.firstLine ?? 1) - 1} 行起的一段有 ${formatCount(long.text.length)} 字，` +
				`超过一段 ${formatCount(IMPORT_LIMITS.paragraphChars)} 字的导入上限：原件在这里缺少分段（如 PDF 中的表格、没有标点的长行），` +
				'请在原件中分段，或用 --from/--to 跳过这几行后再导入'
		);
	}
	return numbered.map((p) => p.text);
}

/** Text → draft; ImportError for a paragraph over the length limit. */
export function importText(text: string, opts: ImportOptions): ImportResult {
	const paragraphs = checkParagraphs(text, opts);
	const { title, lines } = detectTitle(paragraphs);
	const docNumber = detectDocNumber(paragraphs.slice(0, 6).join('\n'));
	const issued = detectIssued(paragraphs) ?? '不详';
	const issuer = detectIssuer(paragraphs) ?? '不详发文机关';
	const level = guessLevel(issuer);
	const body = opts.keepTitle ? paragraphs : paragraphs.filter((_, i) => !lines.includes(i));
	const blocks = toBlocks(body);
	const frontmatter: DraftFrontmatter = {
		title: title || paragraphs[0] || '未命名',
		shortTitle: guessShortTitle(title || paragraphs[0] || '未命名'),
		...(docNumber ? { docNumber } : {}),
		issuers: [issuer],
		issued,
		level,
		region: guessRegion(issuer, level),
		docType: guessDocType(title),
		status: guessStatus(title),
		source: { file: opts.sourceFile, ...(opts.sourcePart ? { part: opts.sourcePart } : {}) },
		aliases: [],
		topics: [],
		corrections: [],
		...(opts.carriedBy ? { carriedBy: opts.carriedBy } : {}),
	};
	return { frontmatter, paragraphs, blocks, mdx: toMdx(frontmatter, blocks) };
}

export interface SourceImportOptions extends Omit<ImportOptions, 'sourceFile'> {
	/** 1-based first and last line (inclusive) of the extracted text: one text out of a compiled file. */
	from?: number;
	to?: number;
}

export interface SourceImportResult extends ImportResult {
	extracted: ExtractedText;
	/** Lines for the curator: what was detected, and what to check before publishing. */
	report: string[];
}

/** Imports a source file's bytes; ImportError (Chinese message) for empty, binary, scanned or unreadable files. */
export async function importSource(bytes: Uint8Array, fileName: string, opts: SourceImportOptions = {}): Promise<SourceImportResult> {
	const extracted = await extractText(bytes, fileName);
	const lines = extracted.text.split(/\r?\n/);
	const selected = lines.slice((opts.from ?? 1) - 1, opts.to ?? lines.length).join('\n');
	const result = importText(selected, { ...opts, sourceFile: fileName.split(/[\\/]/).pop()!, firstLine: opts.from ?? 1 });
	if (result.paragraphs.length === 0) throw new ImportError(`${fileName}${opts.from || opts.to ? ' 的所选行' : ''}中没有文字`);
	return { ...result, extracted, report: draftReport(result, extracted) };
}

/** What the importer found and what it guessed, for the curator to check against the source. */
export function draftReport(result: ImportResult, extracted: Pick<ExtractedText, 'notes'>): string[] {
	const fm = result.frontmatter;
	const headings = result.blocks.filter((b) => b.type === 'heading').length;
	const tables = result.blocks.filter((b) => b.type === 'table').length;
	const check: string[] = [...extracted.notes];
	if (!fm.docNumber) check.push('未找到文号：原件若有文号，填写 docNumber（如 中办发〔2015〕51号）；没有则不填');
	if (fm.issued === '不详') check.push('未找到成文日期：issued 暂填“不详”，原件有日期请改为 YYYY-MM-DD');
	if (fm.issuers[0] === '不详发文机关') check.push('未找到发文机关：请填写 issuers');
	check.push(
		`层级 level“${fm.level}”、适用地域 region“${fm.region}”、文种 docType“${fm.docType}”、状态 status“${fm.status}”是推测的，请核对`
	);
	check.push('请逐段对照原件校对正文；改动原文的地方都要记入 corrections');
	return [
		`标题：${fm.title}`,
		`文号：${fm.docNumber ?? '（无）'}　日期：${fm.issued}　发文机关：${fm.issuers.join('、')}`,
		`正文：${result.paragraphs.length} 段，${headings} 个标题，${tables} 个表格`,
		'请核对：',
		...check.map((c) => `  - ${c}`),
	];
}

export { normalise, toBlocks, detectDocNumber, detectIssued, detectIssuer, detectTitle, ImportError };
