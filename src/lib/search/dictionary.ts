/**
 * The search dictionary (pure): what the query normaliser knows about the corpus — each document's
 * URL, title, short title, 文号, aliases and issuers, and each glossary term with its aliases and
 * source clause — built at build time from the content collections and served as one small JSON file.
 * The definitions are a second file (`glossaryDefinitions`), fetched only when a query is a term.
 */
import type { DictionaryDoc, SearchDictionary } from './normalise';

export interface DictionaryInput {
	policies: DictionaryDoc[];
	templates: { id: string; url: string; title: string; shortTitle?: string | undefined }[];
	glossary: { id: string; term: string; aliases: string[]; definition: string; source: { policy: string; url: string } }[];
}

export function buildSearchDictionary(input: DictionaryInput): SearchDictionary {
	return {
		docs: [
			...input.policies.map((p) => ({
				id: p.id,
				url: p.url,
				title: p.title,
				shortTitle: p.shortTitle,
				docNumber: p.docNumber,
				aliases: p.aliases,
				issuers: p.issuers,
			})),
			...input.templates.map((t) => ({ id: t.id, url: t.url, title: t.title, shortTitle: t.shortTitle, aliases: [], issuers: [] })),
		],
		terms: input.glossary.map((g) => ({
			id: g.id,
			term: g.term,
			aliases: g.aliases,
			source: { id: g.source.policy, url: g.source.url },
		})),
	};
}

/** Term id → quoted definition, for the answer card. */
export function glossaryDefinitions(glossary: readonly { id: string; definition: string }[]): Record<string, string> {
	return Object.fromEntries(glossary.map((g) => [g.id, g.definition]));
}
