/** Reads the glossary terms (id, term, aliases) from content/glossary at config time, without Astro. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../citations/load-corpus-index.ts';
import type { GlossaryTerm } from '../../plugins/remark-glossary-links.ts';

export function loadGlossaryTerms(dir = `${process.env.KB_CONTENT_DIR ?? './content'}/glossary`): GlossaryTerm[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => /\.mdx?$/.test(f))
		.sort()
		.map((f) => {
			const { data } = splitFrontmatter(readFileSync(join(dir, f), 'utf8'));
			const term = typeof data.term === 'string' ? data.term : '';
			const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
			return { id: f.replace(/\.mdx?$/, ''), term, aliases };
		})
		.filter((t) => t.term !== '');
}
