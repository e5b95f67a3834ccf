/**
 * Build-time: the neighbour table of the corpus's words (src/lib/search/semantic.ts) — which words
 * keep the same company clause by clause — from the texts as the pages show them (a block a line),
 * cut by the search vocabulary's jieba cut (cached per text there), once per build.
 */
import { buildSemantic, neighbours } from '../lib/search/semantic';
import { isQuestionWord } from '../lib/search/segment';
import { corpusTexts } from './entries';
import { searchVocabulary } from './search-vocabulary';

let built: ReturnType<typeof build> | undefined;

const HAN_WORD = /^\p{Script=Han}{2,}$/u;

async function build() {
	const [{ cut }, texts] = await Promise.all([searchVocabulary(), corpusTexts()]);
	const clauses = texts.flatMap((t) =>
		t.text
			.split('\n')
			.map((block) => (block.match(/\p{Script=Han}+/gu) ?? []).flatMap(cut).filter((w) => HAN_WORD.test(w) && !isQuestionWord(w)))
			.filter((words) => words.length > 1)
	);
	return buildSemantic(neighbours(clauses));
}

/** The neighbour table's manifest and shards (/search-semantic/N.json). */
export function searchSemantic() {
	built ??= build();
	return built;
}
