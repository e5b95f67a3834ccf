/** Emit an MDX draft: frontmatter with detected fields and valid defaults, body with escaping. */
import yaml from 'js-yaml';
import type { Block } from './structure.ts';
import { CLAUSE_PATTERN } from './structure.ts';

/** ASCII characters that start Markdown, GFM or MDX syntax anywhere in a line: code, emphasis, links and
 * images, HTML/JSX and autolinks, {expressions}, entities (&lt;), strikethrough, table cells. */
const INLINE_SYNTAX = /[\\`*_{}[\]<>&~|]/g;

/**
 * Escape a source line so that it comes out as exactly that text: nothing in it becomes markup,
 * a link, an image, an entity or code that MDX would execute.
 * A bare address stays text too: see remark-no-autolink-literals.
 */
export function escapeMdx(text: string): string {
	let s = text.replace(INLINE_SYNTAX, '\\$&');
	// GFM's parser reads a bare https://… or www.… raw, escapes and all, up to the next < — which would then
	// open a tag. Escaping its : or . keeps the address plain text for the parser; the pipeline keeps it text.
	s = s.replace(/(https?|ftp)(:\/\/)/gi, '$1\\$2').replace(/\b(www)\./gi, '$1\\.');
	// a leading "1. " / "1) " would start an ordered list
	s = s.replace(/^(\d+)([.)])/, '$1\\$2');
	// "- " "+ " lists, "---" "===" rules and setext underlines, "#" headings (* _ > are escaped above)
	s = s.replace(/^([-+=#])/, '\\$1');
	// `import`/`export` at the start of a line is JavaScript to MDX: write the first letter as a character reference
	s = s.replace(/^(import|export)(?![A-Za-z0-9_$])/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
	return s;
}

export function blockToMdx(block: Block): string {
	switch (block.type) {
		case 'heading':
			return `${'#'.repeat(block.depth)} ${escapeMdx(block.text).replace(/^(\d+)\\([.)])/, '$1$2')}`;
		case 'paragraph':
			return escapeMdx(block.text);
		case 'table': {
			// GFM takes the column count from the header row and fills shorter rows with empty cells, so only the
			// header is padded: padding every row to the widest made one row of 10,000 cells times 100,000 rows of two
			const width = block.rows.reduce((w, r) => Math.max(w, r.length), 0);
			const [head, ...rest] = block.rows;
			const line = (r: string[]) => `| ${r.map(escapeMdx).join(' | ')} |`;
			const header = [...head!, ...Array<string>(width - head!.length).fill('')];
			return [line(header), `| ${Array(width).fill('---').join(' | ')} |`, ...rest.map(line)].join('\n');
		}
	}
}

export function blocksToMdx(blocks: Block[]): string {
	return blocks.map(blockToMdx).join('\n\n') + '\n';
}

export interface DraftFrontmatter {
	title: string;
	shortTitle: string;
	docNumber?: string;
	issuers: string[];
	issued: string;
	level: string;
	region: string;
	docType: string;
	status: string;
	source: { file: string; part?: string };
	aliases: string[];
	topics: string[];
	corrections: { original: string; corrected: string; reason: string }[];
	carriedBy?: string;
	summary?: string;
}

const DOC_TYPE_WORDS: [RegExp, string][] = [
	[/工作要点/, '工作要点'],
	[/指南/, '指南'],
	[/标准/, '标准'],
	[/细则/, '细则'],
	[/办法/, '办法'],
	[/规定/, '规定'],
	[/条例/, '条例'],
	[/方案/, '方案'],
	[/决定/, '决定'],
	[/通知$/, '通知'],
	[/意见/, '意见'],
];

export function guessDocType(title: string): string {
	for (const [re, t] of DOC_TYPE_WORDS) if (re.test(title)) return t;
	return '其他';
}

export function guessStatus(title: string): string {
	if (/[（(]试行[）)]/.test(title)) return '试行';
	if (/\d{4}年.*工作要点/.test(title)) return '历史年度文件';
	return '现行';
}

export function guessLevel(issuer: string): string {
	if (/^中共中央(办公厅)?$|^国务院(办公厅)?$/.test(issuer)) return '中央';
	if (/^中共中央|^国务院|^(民政部|中组部)/.test(issuer) || /^中共中央组织部/.test(issuer)) return '中央部门';
	if (/中国科协|中国科学技术协会/.test(issuer)) return '中国科协';
	if (/市/.test(issuer)) return '市级';
	return '省级';
}

export function guessRegion(issuer: string, level: string): string {
	if (level === '中央' || level === '中央部门' || level === '中国科协') return '全国';
	const m = /(青海|山西|重庆|河南|北京|上海|天津|[\u4e00-\u9fa5]{2})(省|市)?/.exec(issuer.replace(/^中共/, ''));
	return m ? m[1] + (m[2] ?? '') : '不详';
}

/** Shorten a title for lists: drop 关于/印发 wrappers and 的通知. */
export function guessShortTitle(title: string): string {
	let s = title
		.replace(/^.*?关于(印发)?/, '')
		.replace(/^《|》的通知$/g, '')
		.replace(/的(通知|意见)$/, '$1');
	s = s.replace(/[（(]试行[）)]$/, '');
	return s.length >= 2 ? s : title;
}

export function toMdx(front: DraftFrontmatter, blocks: Block[]): string {
	const clean = Object.fromEntries(Object.entries(front).filter(([, v]) => v !== undefined));
	const fm = yaml.dump(clean, { lineWidth: -1, quotingType: "'", forceQuotes: false, noRefs: true });
	// issued must stay a string: force quotes on the date fields
	const fixed = fm.replace(/^(issued|effective): (.*)$/gm, (_m, k: string, v: string) => `${k}: '${v.replace(/^'|'$/g, '')}'`);
	return `---\n${fixed}---\n\n${blocksToMdx(blocks)}`;
}

export { CLAUSE_PATTERN };
