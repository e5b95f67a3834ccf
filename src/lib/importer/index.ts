/** Plain text policy → draft MDX entry. Pure: no file system, no Astro. */
import { normalise, type NormaliseOptions } from './normalise.ts';
import { toBlocks, type Block } from './structure.ts';
import { detectDocNumber, detectIssued, detectIssuer, detectTitle } from './metadata.ts';
import {
	guessDocType,
	guessLevel,
	guessRegion,
	guessShortTitle,
	guessStatus,
	toMdx,
	type DraftFrontmatter,
} from './to-mdx.ts';

export interface ImportOptions extends NormaliseOptions {
	/** Source file name recorded in `source.file`. */
	sourceFile: string;
	sourcePart?: string;
	carriedBy?: string;
	/** Keep the title line(s) in the body (default: drop them, the page prints the title). */
	keepTitle?: boolean;
}

export interface ImportResult {
	frontmatter: DraftFrontmatter;
	paragraphs: string[];
	blocks: Block[];
	mdx: string;
}

export function importText(text: string, opts: ImportOptions): ImportResult {
	const paragraphs = normalise(text, opts);
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

export { normalise, toBlocks, detectDocNumber, detectIssued, detectIssuer, detectTitle };
