/**
 * 被引用但未收录的文件 (the /missing/ page), grouped by the title cited: the most cited first, each with
 * its citing places. The same sentence of the same clause cited twice (by title and by 文号) is one
 * place; past `max` places a group only counts the rest, so the page stays small at thousands of texts. Pure.
 */
import type { Citation, MissingText } from './registry.ts';

/** Citing places listed per cited title; the rest are counted. */
export const MISSING_PLACES = 12;

export interface MissingGroup extends MissingText {
	/** The places listed. */
	places: Citation[];
	/** Places not listed. */
	more: number;
	/** All distinct places. */
	total: number;
}

export function missingGroups(missing: readonly MissingText[], max = MISSING_PLACES): MissingGroup[] {
	return [...missing]
		.sort((a, b) => b.citedBy.length - a.citedBy.length || a.title.localeCompare(b.title, 'zh-CN'))
		.map((m) => {
			const seen = new Set<string>();
			const places = m.citations.filter((c) => {
				const key = `${c.from}#${c.anchor ?? ''}#${c.context}`;
				if (seen.has(key)) return false;
				seen.add(key);
				return true;
			});
			return { ...m, places: places.slice(0, max), more: places.length - Math.min(places.length, max), total: places.length };
		});
}
