/** /search-vocabulary/N.json: one shard of the search vocabulary (words by first character), fetched when a query has one of its characters. */
import type { GetStaticPaths } from 'astro';
import { searchDictionary } from '../../data/search-dictionary';

export const getStaticPaths = (async () => {
	const { vocabulary } = await searchDictionary();
	return vocabulary.shards.map((shard, i) => ({ params: { shard: String(i) }, props: { shard } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { shard: unknown } }) {
	return new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
