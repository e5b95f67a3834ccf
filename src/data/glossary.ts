/** The glossary terms (id, term, aliases) of the corpus, read at config time through the corpus reader. */
import { readCorpus, type Corpus } from './corpus.ts';
import type { GlossaryTerm } from '../plugins/remark-glossary-links.ts';

export function corpusGlossaryTerms(corpus: Corpus = readCorpus()): GlossaryTerm[] {
	return corpus.files
		.filter((f) => f.collection === 'glossary')
		.map(({ id, data }) => {
			const term = typeof data.term === 'string' ? data.term : '';
			const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
			return { id, term, aliases };
		})
		.filter((t) => t.term !== '');
}
