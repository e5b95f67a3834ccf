/**
 * /search-vocabulary/N.json: one shard of the search vocabulary (words by first character, and the synonym
 * table's everyday words starting with those characters), fetched when a query has one of its characters.
 */
import type { GetStaticPaths } from 'astro';
import { searchDictionary } from '../../data/search-dictionary';
import { checkedShard } from '../../lib/search/vocabulary-schema';
import { propsKey } from '../../data/cache-keys';

export const getStaticPaths = (async () => {
	const { vocabulary } = await searchDictionary();
	return vocabulary.shards.map((shard, i) => ({ params: { shard: String(i) }, props: { shard }, cacheKey: propsKey(shard) }));
}) satisfies GetStaticPaths;

export function GET({ params, props }: { params: { shard: string }; props: { shard: unknown } }) {
	const shard = checkedShard(props.shard, `/search-vocabulary/${params.shard}.json`);
	return new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
