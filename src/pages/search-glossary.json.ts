/**
 * /search-glossary.json: glossary term id → quoted definition, for the search answer card. Fetched
 * only when a query is a glossary term or alias.
 */
import { glossaryEntries } from '../data/entries';
import { glossaryDefinitions } from '../lib/search/dictionary';

export async function GET() {
	const glossary = (await glossaryEntries()).map((g) => ({ id: g.id, definition: g.data.definition }));
	return new Response(JSON.stringify(glossaryDefinitions(glossary)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
