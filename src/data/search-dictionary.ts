/**
 * The search dictionary of the corpus (src/lib/search/dictionary.ts) and its vocabulary
 * (src/lib/search/vocabulary.ts), built once per build for the manifest and the shard files.
 */
import { buildSearchDictionary } from '../lib/search/dictionary';
import { buildVocabulary, reverseCounts } from '../lib/search/vocabulary';
import { RARE_COUNT } from '../lib/search/related';
import { policyHref, templateHref } from './href';
import { glossaryEntries, policyEntries, templateEntries } from './entries';
import { searchVocabulary } from './search-vocabulary';

let built: ReturnType<typeof build> | undefined;

async function build() {
	const [policies, templates, glossary] = await Promise.all([policyEntries(), templateEntries(), glossaryEntries()]);
	const { counts, synonyms } = await searchVocabulary();
	const vocabulary = buildVocabulary(counts, undefined, synonyms);
	// Words by their last character, for words a query has that the texts do not use (related.ts).
	const reverse = buildVocabulary(reverseCounts(counts, RARE_COUNT));
	const dictionary = buildSearchDictionary({
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
	return {
		...dictionary,
		manifest: { ...dictionary.manifest, vocabulary: { ...vocabulary.manifest, reverseShards: reverse.shards.length } },
		vocabulary,
		reverse,
	};
}

export function searchDictionary() {
	built ??= build();
	return built;
}
