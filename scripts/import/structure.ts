/**
 * Heading and clause detection on normalised paragraphs.
 * 第X部分 / 一、 / （一） short lines become headings (nested in that order, starting at `##`);
 * numbered clauses (1. 1． 1、 （1） (1)) stay paragraphs of their own.
 */

export type HeadingKind = 'part' | 'section' | 'subsection';

export const HEADING_PATTERNS: Record<HeadingKind, RegExp> = {
	part: /^第[一二三四五六七八九十]+部分/,
	section: /^[一二三四五六七八九十]+、/,
	subsection: /^[（(][一二三四五六七八九十]+[）)]/,
};

export const CLAUSE_PATTERN = /^(\d+)\s*[.．、](?!\d)/;

export type Block =
	| { type: 'heading'; kind: HeadingKind; depth: number; text: string }
	| { type: 'paragraph'; text: string }
	| { type: 'table'; rows: string[][] };

/** A numbered line that reads as a heading: short, no sentence inside it. */
export function headingKind(par: string): HeadingKind | null {
	for (const kind of ['part', 'section', 'subsection'] as HeadingKind[]) {
		if (!HEADING_PATTERNS[kind].test(par)) continue;
		if (kind === 'part') return kind;
		if (par.length > 40 || /[。；！？]/.test(par) || /[：:]$/.test(par)) return null;
		return kind;
	}
	return null;
}

/** Classify paragraphs into headings, paragraphs and tables. */
export function toBlocks(paragraphs: string[]): Block[] {
	const kinds = paragraphs.map((p) => (p.includes('\t') ? null : headingKind(p)));
	const present = (['part', 'section', 'subsection'] as HeadingKind[]).filter((k) => kinds.includes(k));
	const blocks: Block[] = [];
	paragraphs.forEach((text, i) => {
		const kind = kinds[i];
		if (text.includes('\t')) {
			const row = text.split('\t');
			const last = blocks[blocks.length - 1];
			if (last?.type === 'table') last.rows.push(row);
			else blocks.push({ type: 'table', rows: [row] });
		} else if (kind) {
			blocks.push({ type: 'heading', kind, depth: Math.min(6, 2 + present.indexOf(kind)), text });
		} else {
			blocks.push({ type: 'paragraph', text });
		}
	});
	return blocks;
}
