/**
 * What one text asked the citation index while it was rendered, and whether a newer index still
 * answers the same.
 *
 * A text's page depends on the other texts only through these answers (which title or 文号 names
 * which entry, and that entry's title), so an incremental build re-renders a text whose answers
 * changed — a newly added text it cites, a renamed one, a 文号 that became ambiguous — and keeps
 * every other text as it was. Pure: no fs, no Astro.
 */
import type { CitationEntry, CitationIndex } from './corpus-index.ts';

/** One question and its answer: [method, argument, answer]; `null` for “none”. */
export type Lookup = readonly [method: 'title' | 'docNumber' | 'has' | 'entry', argument: string, answer: string | boolean | null];

const answerOf = (entry: CitationEntry | undefined): string | null => (entry ? entry.title : null);

/** An index that answers as `index` does and writes down every distinct question with its answer. */
export function recordLookups(index: CitationIndex): { index: CitationIndex; lookups: () => Lookup[] } {
	const seen = new Map<string, Lookup>();
	const note = (method: Lookup[0], argument: string, answer: Lookup[2]) => {
		seen.set(`${method}\u0000${argument}`, [method, argument, answer]);
	};
	const recording: CitationIndex = {
		resolveTitle(raw) {
			const id = index.resolveTitle(raw);
			note('title', raw, id ?? null);
			return id;
		},
		resolveDocNumber(raw) {
			const id = index.resolveDocNumber(raw);
			note('docNumber', raw, id ?? null);
			return id;
		},
		has(id) {
			const has = index.has(id);
			note('has', id, has);
			return has;
		},
		entry(id) {
			const entry = index.entry(id);
			note('entry', id, answerOf(entry));
			return entry;
		},
		get entries(): never {
			throw new Error('recordLookups: a text must not read the whole index while it is rendered (its page would depend on every text)');
		},
		get conflicts(): never {
			throw new Error('recordLookups: a text must not read the index conflicts while it is rendered');
		},
	};
	return { index: recording, lookups: () => [...seen.values()] };
}

/** Whether `index` gives every recorded question the answer it had. */
export function sameAnswers(lookups: readonly Lookup[], index: CitationIndex): boolean {
	return lookups.every(([method, argument, answer]) => {
		switch (method) {
			case 'title':
				return (index.resolveTitle(argument) ?? null) === answer;
			case 'docNumber':
				return (index.resolveDocNumber(argument) ?? null) === answer;
			case 'has':
				return index.has(argument) === answer;
			case 'entry':
				return answerOf(index.entry(argument)) === answer;
			default:
				return false;
		}
	});
}
