/**
 * /search-pinyin.json: the pinyin dictionary (src/lib/search/typos.ts, pinyin-input.ts), made with
 * pinyin-pro from the corpus's own words (src/data/search-vocabulary.ts): glossary terms, short names,
 * the texts' words by frequency and recurring phrases. Fetched only when a query finds nothing
 * verbatim (same-sound typos) or has letters in it (pinyin input).
 */
import { searchPinyin } from '../data/search-vocabulary';

export async function GET() {
	return new Response(JSON.stringify(await searchPinyin()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
