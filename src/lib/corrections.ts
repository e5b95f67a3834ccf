/**
 * 勘误说明 (pure): which recorded changes are wording corrections a reader must see, and which are
 * only typesetting (a heading split over two lines, joined), with the changed characters marked so
 * that a difference in spaces or line breaks is visible too.
 */
import { diffText, type DiffSegment } from './compare/diff.ts';

export interface Correction {
	original: string;
	corrected: string;
	reason: string;
}

/** Only spaces and line breaks differ: the words are the source's, just set differently. */
export function isTypesetting(c: Pick<Correction, 'original' | 'corrected'>): boolean {
	const strip = (s: string) => s.replace(/\s+/g, '');
	return c.original !== c.corrected && strip(c.original) === strip(c.corrected);
}

export function splitCorrections<T extends Correction>(corrections: readonly T[]): { wording: T[]; typesetting: T[] } {
	return {
		wording: corrections.filter((c) => !isTypesetting(c)),
		typesetting: corrections.filter((c) => isTypesetting(c)),
	};
}

/** One sentence for the typesetting changes: how many, and why (each distinct reason once). */
export function typesettingSentence(typesetting: readonly Correction[]): string {
	if (typesetting.length === 0) return '';
	const reasons = [...new Set(typesetting.map((c) => c.reason.replace(/[。；;，,\s]+$/, '')))];
	return `另有 ${typesetting.length} 处只调整了排版、未改动文字（${reasons.join('；')}）。`;
}

export interface MarkedPart {
	text: string;
	/** Changed on this side: deleted from the original, or inserted in the correction. */
	changed: boolean;
}

/** A space or line break that changed would be invisible: show it as a sign (the reader sees ␣ or ↵). */
export function visibleWhitespace(text: string): string {
	return text.replace(/\n/g, '↵').replace(/[ \u3000\t]/g, '␣');
}

/** Original and correction split into unchanged and changed parts; changed whitespace made visible. */
export function markCorrection(c: Pick<Correction, 'original' | 'corrected'>): { original: MarkedPart[]; corrected: MarkedPart[] } {
	const segments: DiffSegment[] = diffText(c.original, c.corrected);
	const side = (skip: DiffSegment['op']) =>
		segments
			.filter((s) => s.op !== skip)
			.map((s) => (s.op === 'same' ? { text: s.text, changed: false } : { text: visibleWhitespace(s.text), changed: true }));
	return { original: side('ins'), corrected: side('del') };
}
