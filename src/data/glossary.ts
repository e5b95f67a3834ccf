/** The glossary terms (id, term, aliases) of content/glossary, read at config time through the corpus reader. */
import { join } from 'node:path';
import { contentDir, readCorpusFiles } from './corpus.ts';
import type { GlossaryTerm } from '../plugins/remark-glossary-links.ts';

export function loadGlossaryTerms(dir = join(contentDir(), 'glossary')): GlossaryTerm[] {
	return readCorpusFiles(dir)
		.map(({ id, data }) => {
			const term = typeof data.term === 'string' ? data.term : '';
			const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
			return { id, term, aliases };
		})
		.filter((t) => t.term !== '');
}
