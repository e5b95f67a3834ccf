/**
 * /search-pinyin.json: the pinyin dictionary (src/lib/search/typos.ts, pinyin-input.ts), made with
 * pinyin-pro from the corpus's own words (src/data/search-vocabulary.ts): glossary terms, short names,
 * the texts' words by frequency and recurring phrases. Fetched only when a query finds nothing
 * verbatim (same-sound typos) or has letters in it (pinyin input).
 */
import { searchVocabulary } from '../data/search-vocabulary';
import { buildPinyinDictionary } from '../lib/search/pinyin-dictionary';

export async function GET() {
	const { pinyinWords } = await searchVocabulary();
	return new Response(JSON.stringify(buildPinyinDictionary(pinyinWords)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
