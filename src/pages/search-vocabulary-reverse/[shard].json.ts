/** /search-vocabulary-reverse/N.json: one shard of the reverse vocabulary (words by last character), fetched only for a query with a word the texts do not use. */
import type { GetStaticPaths } from 'astro';
import { searchDictionary } from '../../data/search-dictionary';
import { checkedShard } from '../../lib/search/vocabulary-schema';
import { propsKey } from '../../data/cache-keys';

export const getStaticPaths = (async () => {
	const { reverse } = await searchDictionary();
	return reverse.shards.map((shard, i) => ({ params: { shard: String(i) }, props: { shard }, cacheKey: propsKey(shard) }));
}) satisfies GetStaticPaths;

export function GET({ params, props }: { params: { shard: string }; props: { shard: unknown } }) {
	const shard = checkedShard(props.shard, `/search-vocabulary-reverse/${params.shard}.json`);
	return new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
