/** The corpus as library items, for the library, timeline, listings and 对照阅读 pickers (build time only). */
import { DOC_TYPES, LEVELS, STATUSES } from '../lib/schema/policy';
import type { ValueOrders } from '../lib/library';
import type { IndexedItem } from '../lib/library-view';
import { relationsOf } from './relations';
import { policyEntries } from './entries';

/** The schema's display orders of facet values. */
export const SCHEMA_ORDERS: ValueOrders = { level: LEVELS, docType: DOC_TYPES, status: STATUSES };

export async function libraryItems(): Promise<IndexedItem[]> {
	const relations = await relationsOf();
	return (await policyEntries()).map(({ id, data }) => {
		const item: IndexedItem = {
			id,
			title: data.title,
			shortTitle: data.shortTitle,
			issuers: data.issuers,
			issued: data.issued,
			level: data.level,
			docType: data.docType,
			status: data.status,
			topics: data.topics,
		};
		if (data.docNumber) item.docNumber = data.docNumber;
		if (relations(id).supersededBy.length > 0) item.superseded = true;
		return item;
	});
}
