/**
 * /search-templates.json: each template's kind, stage, title and opening, for a search that asks for
 * a template (请示咋写). Fetched only when a query has a word asking how to write something.
 */
import { entryParagraphs, templateEntries } from '../data/entries';
import { templateOpening } from '../lib/search/template-intent';
import { checkedTemplateHits } from '../lib/search/template-intent-schema';
import { entryPath } from '../lib/url';

export async function GET() {
	const entries = (await templateEntries()).sort((a, b) => a.data.number - b.data.number);
	const hits = await Promise.all(
		entries.map(async (e) => ({
			id: e.id,
			number: e.data.number,
			title: e.data.title,
			shortTitle: e.data.shortTitle,
			kind: e.data.kind,
			stage: e.data.stage,
			opening: templateOpening(await entryParagraphs(e), e.data.summary ?? e.data.title),
			href: entryPath(e.id, 'original'),
		}))
	);
	return new Response(JSON.stringify(checkedTemplateHits(hits)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
