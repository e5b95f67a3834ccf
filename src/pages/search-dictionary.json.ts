/**
 * /search-dictionary.json: the manifest of the search dictionary (src/lib/search/dictionary.ts):
 * glossary terms, issuer names and the number of shards. Fetched when search is first focused or opened.
 */
import { searchDictionary } from '../data/search-dictionary';

export async function GET() {
	const { manifest } = await searchDictionary();
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
