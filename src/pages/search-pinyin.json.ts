/**
 * /search-pinyin.json: the same-sound typo dictionary (src/lib/search/typos.ts), made with pinyin-pro
 * from the corpus's own terms, titles and frequent phrases. Fetched only when a query finds nothing verbatim.
 */
import { glossaryEntries, policyEntries, templateEntries } from '../data/entries';
import { buildPinyinDictionary, frequentPhrases } from '../lib/search/pinyin-dictionary';

export async function GET() {
	const policies = await policyEntries();
	const templates = await templateEntries();
	const glossary = await glossaryEntries();
	const words = [
		...glossary.flatMap((g) => [g.data.term, ...g.data.aliases]),
		...policies.flatMap((p) => [p.data.shortTitle ?? '', ...p.data.aliases]),
		...frequentPhrases([...policies, ...templates].map((e) => e.body ?? '')),
	];
	return new Response(JSON.stringify(buildPinyinDictionary(words)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
