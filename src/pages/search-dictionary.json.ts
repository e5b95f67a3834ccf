/**
 * /search-dictionary.json: what the query normaliser knows about the corpus (src/lib/search/dictionary.ts).
 * Fetched by the search code when the user first focuses or opens search, never before.
 */
import { getCollection } from 'astro:content';
import { buildSearchDictionary } from '../lib/search/dictionary';
import { policyHref, templateHref } from '../lib/site';

export async function GET() {
	const policies = await getCollection('policies');
	const templates = await getCollection('templates');
	const glossary = await getCollection('glossary');
	const dict = buildSearchDictionary({
		policies: policies.map((p) => ({
			id: p.id,
			url: policyHref(p.id),
			title: p.data.title,
			shortTitle: p.data.shortTitle,
			docNumber: p.data.docNumber,
			aliases: p.data.aliases,
			issuers: p.data.issuers,
		})),
		templates: templates.map((t) => ({ id: t.id, url: templateHref(t.id), title: t.data.title, shortTitle: t.data.shortTitle })),
		glossary: glossary.map((g) => ({
			id: g.id,
			term: g.data.term,
			aliases: g.data.aliases,
			definition: g.data.definition,
			source: { policy: g.data.source.policy, url: policyHref(g.data.source.policy, g.data.source.anchor) },
		})),
	});
	return new Response(JSON.stringify(dict), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
