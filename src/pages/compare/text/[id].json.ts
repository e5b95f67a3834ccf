/** /compare/text/<id>.json: one text's blocks, fetched by the 对照阅读 tool for the two texts chosen. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { policyEntries } from '../../../data/entries';
import { textParagraphs } from '../../../data/paragraphs';
import { entryKey } from '../../../data/cache-keys';

export const getStaticPaths = (async () =>
	(await policyEntries()).map((entry) => ({ params: { id: entry.id }, cacheKey: entryKey(entry) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify(await textParagraphs(params.id!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
