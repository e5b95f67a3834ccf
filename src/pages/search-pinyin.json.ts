/**
 * /search-pinyin.json: the same-sound typo dictionary (src/lib/search/typos.ts), made with pinyin-pro
 * from the corpus's own terms, titles and frequent phrases. Fetched only when a query finds nothing verbatim.
 */
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { buildPinyinDictionary, frequentPhrases } from '../lib/search/pinyin-dictionary';
import { contentDir, readCorpusFiles } from '../data/corpus';

export async function GET() {
	const policies = await getCollection('policies');
	const glossary = await getCollection('glossary');
	const words = [
		...glossary.flatMap((g) => [g.data.term, ...g.data.aliases]),
		...policies.flatMap((p) => [p.data.shortTitle ?? '', ...p.data.aliases]),
		// The bodies as written (the content layer keeps rendered texts, not their sources: src/data/rendered-texts.ts).
		...frequentPhrases(['policies', 'templates'].flatMap((c) => readCorpusFiles(join(contentDir(), c)).map((f) => f.body))),
	];
	return new Response(JSON.stringify(buildPinyinDictionary(words)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
