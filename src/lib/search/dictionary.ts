/**
 * The search dictionary (pure): what the query normaliser knows about the corpus, built at build
 * time from the content collections.
 *
 * It is served in pieces so that its size does not grow with the corpus on the wire: a small
 * manifest (glossary terms, issuer names, the number of shards), fetched when search is opened, and
 * shards of documents filed by key (`docKeys`), of which a query fetches only those its words' keys
 * (`wordKeys`) fall in. At 15 texts there is one shard; at 5,000 the whole would be 1.8 MB.
 * The glossary definitions are another file (`glossaryDefinitions`), fetched only when a query is a term.
 */
import { docKeys, wordKeys, type DictionaryDoc, type DictionaryTerm, type SearchDictionary } from './normalise';
import type { VocabularyManifest } from './vocabulary';

export interface DictionaryInput {
	policies: (DictionaryDoc & { issuers: string[] })[];
	templates: { id: string; url: string; title: string; shortTitle?: string | undefined }[];
	glossary: { id: string; term: string; aliases: string[]; definition: string; source: { policy: string; url: string } }[];
}

/**
 * A glossary term as the manifest files it: no empty alias list, and of its source only the text's
 * id and the clause anchor — the text's title and URL are in `sources` once (forty terms cite eleven
 * texts) — so the file fetched when search opens stays small.
 */
export interface ManifestTerm {
	id: string;
	term: string;
	aliases?: string[] | undefined;
	source: { id: string; anchor?: string | undefined };
}

export interface DictionaryManifest {
	shards: number;
	issuers: string[];
	terms: ManifestTerm[];
	/** Title and URL (without anchor) of each text a term's definition is quoted from, by id. */
	sources?: Record<string, { title: string; url: string }> | undefined;
	/** The vocabulary's shard count and total (its shards are /search-vocabulary/N.json). */
	vocabulary?: VocabularyManifest | undefined;
}

/** One shard: its documents, each once, and key → the positions of the documents filed under it. */
export interface DictionaryShard {
	docs: DictionaryDoc[];
	keys: Record<string, number[]>;
}

/** Shards aim at about this many bytes of JSON each. */
const SHARD_BYTES = 24 * 1024;

/**
 * A number of shards for `ratio` shards' worth of bytes that stays put as the corpus grows: the next
 * power of two, so shards hold a half to a whole of SHARD_BYTES. With exactly as many as needed, one
 * added text moved the count on about one build in ten, and every key to another shard (every shard
 * file written again and downloaded again by offline copies); now that happens when the corpus
 * doubles, and an added text changes only the shards its own keys fall in.
 */
export function stableCount(ratio: number): number {
	return 2 ** Math.max(0, Math.ceil(Math.log2(ratio)));
}

/** FNV-1a over UTF-16 code units: the same shard for a key at build time and in the browser. */
export function shardOf(key: string, shards: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
	return (h >>> 0) % shards;
}

/** A document with only what normaliseQuery reads, and no name repeated. */
function slim(d: DictionaryDoc): DictionaryDoc {
	const shortTitle = d.shortTitle && d.shortTitle !== d.title ? d.shortTitle : undefined;
	const aliases = [...new Set(d.aliases)].filter((a) => a !== d.title && a !== shortTitle);
	return {
		id: d.id,
		url: d.url,
		title: d.title,
		...(shortTitle ? { shortTitle } : {}),
		...(d.docNumber ? { docNumber: d.docNumber } : {}),
		aliases,
	};
}

export function buildSearchDictionary(
	input: DictionaryInput,
	shardBytes = SHARD_BYTES
): { manifest: DictionaryManifest; shards: DictionaryShard[] } {
	const docs = [...input.policies.map(slim), ...input.templates.map((t) => slim({ ...t, aliases: [] }))];
	const titles = new Map(docs.map((d) => [d.id, d.title]));
	const filed = new Map<string, DictionaryDoc[]>();
	for (const doc of docs) for (const key of docKeys(doc)) filed.set(key, [...(filed.get(key) ?? []), doc]);

	// A document is filed under several keys, which in a large corpus fall in different shards, so
	// the shards together hold about (documents × keys each); a small corpus whose documents fit in
	// one shard gets one, holding each document once.
	const size = (v: unknown) => JSON.stringify(v).length * 2;
	const filedBytes = [...filed].reduce((n, [key, list]) => n + size(key) + size(list), 0);
	const count = size(docs) <= shardBytes ? 1 : stableCount(filedBytes / shardBytes);
	const shards: DictionaryShard[] = Array.from({ length: count }, () => ({ docs: [], keys: {} }));
	const positions = shards.map(() => new Map<string, number>());
	for (const [key, list] of filed) {
		const i = shardOf(key, count);
		const shard = shards[i]!;
		shard.keys[key] = list.map((doc) => {
			let at = positions[i]!.get(doc.id);
			if (at === undefined) {
				at = shard.docs.push(doc) - 1;
				positions[i]!.set(doc.id, at);
			}
			return at;
		});
	}

	return {
		manifest: {
			shards: count,
			issuers: [...new Set(input.policies.flatMap((p) => p.issuers))],
			terms: input.glossary.map((g) => {
				const anchor = g.source.url.split('#')[1];
				return {
					id: g.id,
					term: g.term,
					...(g.aliases.length ? { aliases: g.aliases } : {}),
					source: { id: g.source.policy, ...(anchor ? { anchor } : {}) },
				};
			}),
			sources: Object.fromEntries(
				input.glossary.map((g) => [
					g.source.policy,
					{ title: titles.get(g.source.policy) ?? g.source.policy, url: g.source.url.split('#')[0]! },
				])
			),
		},
		shards,
	};
}

/** The shards a query needs, by index. */
export function shardsFor(words: readonly string[], manifest: DictionaryManifest): number[] {
	return [...new Set(words.flatMap(wordKeys).map((key) => shardOf(key, manifest.shards)))];
}

/** The dictionary for a query: the manifest plus the documents filed under its words' keys. */
export function dictionaryFor(
	words: readonly string[],
	manifest: DictionaryManifest,
	shards: ReadonlyMap<number, DictionaryShard>
): SearchDictionary {
	const docs = new Map<string, DictionaryDoc>();
	for (const key of words.flatMap(wordKeys)) {
		const shard = shards.get(shardOf(key, manifest.shards));
		if (!shard) continue;
		for (const doc of (shard.keys[key] ?? []).map((at) => shard.docs[at]!)) docs.set(doc.id, doc);
	}
	return { docs: [...docs.values()], issuers: manifest.issuers, terms: termsOf(manifest) };
}

/** The manifest's glossary terms as normaliseQuery reads them (aliases, source titles and clause URLs filled in). */
export function termsOf(manifest: DictionaryManifest): DictionaryTerm[] {
	return manifest.terms.map(({ source: { id, anchor }, aliases, ...t }) => {
		const source = manifest.sources?.[id];
		return {
			...t,
			aliases: aliases ?? [],
			source: { id, url: `${source?.url ?? ''}${anchor ? `#${anchor}` : ''}`, title: source?.title ?? id },
		};
	});
}

/** Term id → quoted definition, for the answer card. */
export function glossaryDefinitions(glossary: readonly { id: string; definition: string }[]): Record<string, string> {
	return Object.fromEntries(glossary.map((g) => [g.id, g.definition]));
}
