/**
 * Fidelity check helpers: is every paragraph of a source text present, verbatim
 * up to layout, in the transcription? Pure functions, no file system.
 */

/**
 * Normalise text for comparison: drop Markdown/MDX syntax and all whitespace,
 * unify full-/half-width forms (NFKC) and quote styles.
 */
export function normaliseForCompare(text: string): string {
	return (
		text
			// Markdown links: keep the label
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			// table delimiter rows
			.replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
			// heading markers, blockquote markers at line start
			.replace(/^\s*(#{1,6}|>)\s+/gm, '')
			.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
			.replace(/\*\*|__/g, '')
			.replace(/\|/g, '')
			.normalize('NFKC')
			.replace(/[“”„‟"]/g, '"')
			.replace(/[‘’‚‛']/g, "'")
			.replace(/\s+/g, '')
	);
}

export interface SourceParagraph {
	/** 1-based line number in the source file. */
	line: number;
	text: string;
}

/**
 * Split a source text into the units that must survive: every non-blank line,
 * and for tab-separated table rows every non-empty cell.
 */
export function sourceParagraphs(text: string, exclude: (line: number, text: string) => boolean = () => false): SourceParagraph[] {
	const out: SourceParagraph[] = [];
	text.split(/\r?\n/).forEach((raw, i) => {
		if (exclude(i + 1, raw)) return;
		for (const cell of raw.split('\t')) {
			if (normaliseForCompare(cell)) out.push({ line: i + 1, text: cell });
		}
	});
	return out;
}

export interface Correction {
	original: string;
	corrected: string;
}

/** The pieces of a paragraph left after cutting out the originals of listed corrections. */
export function piecesAfterCorrections(paragraph: string, corrections: Correction[]): string[] {
	let pieces = [normaliseForCompare(paragraph)];
	for (const c of corrections) {
		const orig = normaliseForCompare(c.original);
		if (!orig) continue;
		pieces = pieces.flatMap((p) => p.split(orig));
	}
	return pieces.filter((p) => p.length > 0);
}

export interface FidelityReport {
	total: number;
	found: number;
	missing: SourceParagraph[];
	ratio: number;
}

/** Check that each paragraph (minus corrected originals) occurs in the normalised corpus. */
export function checkFidelity(paragraphs: SourceParagraph[], corpus: string, corrections: Correction[] = []): FidelityReport {
	const hay = normaliseForCompare(corpus);
	const missing = paragraphs.filter((p) => !piecesAfterCorrections(p.text, corrections).every((piece) => hay.includes(piece)));
	const total = paragraphs.length;
	return { total, found: total - missing.length, missing, ratio: total ? (total - missing.length) / total : 1 };
}

/** Lines that are layout, or handled elsewhere: the Qinghai guide's table of contents and part seven (templates). */
export function seedExclusions(file: string, text: string): (line: number, text: string) => boolean {
	if (file !== 'qinghai-guide-2022.txt') return () => false;
	const lines = text.split(/\r?\n/);
	const tocStart = lines.findIndex((l) => l.replace(/\s/g, '') === '目录') + 1;
	const bodyStart =
		lines.findIndex(
			(l, i) => i >= tocStart && l.replace(/\s/g, '') === '第一部分总体要求' && i > tocStart + 1 && !lines[i + 2]?.startsWith('-')
		) + 1;
	const partSeven = lines.findLastIndex((l) => l.replace(/\s/g, '') === '第七部分') + 1;
	return (line: number) => (line >= tocStart && line < bodyStart) || line >= partSeven;
}
