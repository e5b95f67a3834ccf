/** /search-dictionary/N.json: one shard of the search dictionary's documents, fetched when a query's words fall in it. */
import type { GetStaticPaths } from 'astro';
import { searchDictionary } from '../../data/search-dictionary';
import { propsKey } from '../../data/cache-keys';

export const getStaticPaths = (async () => {
	const { shards } = await searchDictionary();
	return shards.map((shard, i) => ({ params: { shard: String(i) }, props: { shard }, cacheKey: propsKey(shard) }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { shard: unknown } }) {
	return new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
