/** /search-semantic/N.json: one shard of the neighbour table (words by first character, semantic.ts), fetched only for a query whose words the first ranking found in no one clause. */
import type { GetStaticPaths } from 'astro';
import { searchSemantic } from '../../data/search-semantic';

export const getStaticPaths = (async () => {
	const { shards } = await searchSemantic();
	return shards.map((shard, i) => ({ params: { shard: String(i) }, props: { shard } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { shard: unknown } }) {
	return new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
