/**
 * “引用本文的文件” on a policy page: the citing texts, each with its citing places. A text central
 * to the corpus may be cited by hundreds of others; past `withContext` citing texts the rest are
 * listed by title only, so the page of the most-read texts stays light. Pure.
 */
import { groupBy, type Citation } from './registry.ts';

/** Citing texts shown with their citing sentences; further ones by title only. */
export const BACKLINKS_WITH_CONTEXT = 30;

export interface BacklinkGroup {
	/** Entry id of the citing text. */
	from: string;
	/** Its citations of this text, in text order. */
	places: Citation[];
}

/** Groups citations by citing text, in the order given, and splits the groups into those shown in full and the rest. */
export function groupBacklinks(
	citations: readonly Citation[],
	withContext = BACKLINKS_WITH_CONTEXT
): { full: BacklinkGroup[]; brief: BacklinkGroup[] } {
	const all = [...groupBy(citations, (c) => c.from)].map(([from, places]) => ({ from, places }));
	const cut = Math.max(0, withContext);
	return { full: all.slice(0, cut), brief: all.slice(cut) };
}
