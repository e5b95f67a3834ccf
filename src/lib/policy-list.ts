/**
 * Ordering and grouping of corpus listings. Pure: works on plain frontmatter, so it is unit-tested
 * without a build.
 */
import { LEVELS, type Level } from './schema/policy';
import { formatPartialDate, partialDateSortKey, type PartialDate } from './schema/partial-date';

export interface ListedPolicy {
	id: string;
	title: string;
	shortTitle: string;
	docNumber?: string;
	issuers: string[];
	issued: PartialDate;
	level: Level;
	status: string;
	docType: string;
}

/** Newest first; texts without a date go last, then by title so the order is stable. */
export function sortByIssuedDesc<T extends ListedPolicy>(policies: readonly T[]): T[] {
	return [...policies].sort((a, b) => {
		const ka = a.issued.kind === 'unknown' ? '' : partialDateSortKey(a.issued);
		const kb = b.issued.kind === 'unknown' ? '' : partialDateSortKey(b.issued);
		if (ka !== kb) return kb.localeCompare(ka);
		return a.title.localeCompare(b.title, 'zh-CN');
	});
}

/** Groups by 层级 in the fixed order 中央 → 市级, leaving out empty levels. */
export function groupByLevel<T extends ListedPolicy>(policies: readonly T[]): { level: Level; items: T[] }[] {
	return LEVELS.map((level) => ({
		level,
		items: sortByIssuedDesc(policies.filter((p) => p.level === level)),
	})).filter((group) => group.items.length > 0);
}

/** 文号 or a plain statement that there is none. */
export function docNumberLabel(policy: Pick<ListedPolicy, 'docNumber'>): string {
	return policy.docNumber ?? '无文号';
}

export function issuedLabel(policy: Pick<ListedPolicy, 'issued'>): string {
	return formatPartialDate(policy.issued);
}
