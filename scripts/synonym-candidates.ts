/**
 * Prints synonym CANDIDATES mined from the texts (src/lib/search/synonym-candidates.ts) for a person to
 * review; it changes nothing. An entry goes into src/lib/search/synonyms.ts only after review, with the
 * `where` of a clause that uses the corpus word, per the rules at the top of that file — never from
 * test queries.
 *
 *   node --experimental-strip-types --no-warnings scripts/synonym-candidates.ts [content directory]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { mergeCandidates, mineCandidates, type SynonymCandidate } from '../src/lib/search/synonym-candidates.ts';
import { SYNONYMS } from '../src/lib/search/synonyms.ts';

const root = process.argv[2] ?? 'content';
const jieba = Jieba.withDict(dict);
const cut = (s: string) => jieba.cut(s, false);
const found: SynonymCandidate[] = [];
for (const folder of ['policies', 'templates']) {
	for (const file of readdirSync(join(root, folder)).filter((f) => /\.mdx?$/.test(f))) {
		// The body only: the frontmatter's title and notes are not the text's wording.
		const body = readFileSync(join(root, folder, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
		found.push(...mineCandidates(body, cut).map((c) => ({ ...c, context: `${file}: ${c.context}` })));
	}
}
const known = (a: string, b: string) =>
	SYNONYMS.some((s) => [...s.words, ...s.corpus].includes(a) && [...s.words, ...s.corpus].includes(b));
const candidates = mergeCandidates(found, known);
console.log(`候选 ${candidates.length} 对（${found.length} 处），待人工审核；同义词表中已有的不列出。`);
for (const c of candidates) console.log(`${c.a}\t${c.b}\t${c.how}\t×${c.n}\t${c.context}`);
