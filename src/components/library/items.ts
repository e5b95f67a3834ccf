/** The corpus as library items, for the library and timeline pages (build time only). */
import { getCollection } from 'astro:content';
import { DOC_TYPES, LEVELS, STATUSES } from '../../lib/schema/policy';
import type { LibraryItem, ValueOrders } from '../../lib/library';

/** The schema's display orders of facet values. */
export const SCHEMA_ORDERS: ValueOrders = { level: LEVELS, docType: DOC_TYPES, status: STATUSES };

export async function libraryItems(): Promise<LibraryItem[]> {
	return (await getCollection('policies')).map(({ id, data }) => ({
		id,
		title: data.title,
		docNumber: data.docNumber,
		issuers: data.issuers,
		issued: data.issued,
		level: data.level,
		docType: data.docType,
		status: data.status,
		topics: data.topics,
	}));
}
