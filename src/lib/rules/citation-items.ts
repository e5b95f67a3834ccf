/**
 * The 依据 list as shown everywhere (build-time pages and browser answers alike): duplicates
 * dropped, external texts labelled （本站未收录）. Renderers only turn these items into markup.
 * Types only from citation.ts, so browser bundles do not pull in its zod schema.
 */
import type { Basis } from './basis';

/** One line of a 依据 list: a link to a corpus clause, or the name of a text the site does not hold. */
export type CitationItem = { key: string; label: string; quote: string; link?: { entry: string; anchor?: string } };

export function citationItems(citations: readonly Basis[]): CitationItem[] {
	const seen = new Set<string>();
	const out: CitationItem[] = [];
	for (const c of citations) {
		const key = c.kind === 'corpus' ? `${c.entry}#${c.anchor ?? ''}` : `${c.name}${c.article ?? ''}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(
			c.kind === 'corpus'
				? { key, label: c.label, quote: c.quote, link: c.anchor === undefined ? { entry: c.entry } : { entry: c.entry, anchor: c.anchor } }
				: { key, label: `${c.name}${c.article ?? ''}（本站未收录）`, quote: c.quote }
		);
	}
	return out;
}
