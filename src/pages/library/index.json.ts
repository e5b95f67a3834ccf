/**
 * /library/index.json: every text in compact form (see `encodeIndex`), for the 文件库 filter and the
 * 对照阅读 pickers. Fetched only when a reader uses them, so no page carries the whole corpus.
 */
import type { APIRoute } from 'astro';
import { libraryItems } from '../../data/library-items';
import { sortItems } from '../../lib/library';
import { encodeIndex } from '../../lib/library-view';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(encodeIndex(sortItems(await libraryItems()))), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
