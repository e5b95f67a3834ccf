/**
 * Negation in a question (pure): people type 没有挂靠单位、没建、不是党员, the texts write 无挂靠单位、
 * 未建党组织、非党员. A negation word (left out of the search itself, segment.ts) turns the content word
 * after it into the texts' negated forms, searched as synonyms are; the status line names only the
 * forms some text uses (formsShown), so it never claims to have searched ‘未党员’.
 */

/** Negation word → the prefixes the texts negate a word with. */
const NEGATIONS: ReadonlyMap<string, readonly string[]> = new Map([
	['没有', ['无', '未']],
	['没', ['无', '未']],
	['不是', ['非']],
	['并非', ['非']],
]);

/** The characters the negated forms start with: the vocabulary shards a negated question needs. */
export const NEGATION_PREFIXES = '无未非';

/** Whether a query may hold a negation (the vocabulary shards of NEGATION_PREFIXES are then fetched). */
export function mayNegate(text: string): boolean {
	return /没|不是|并非/.test(text);
}

/**
 * The negated forms of `word` after the token `negation` (没有 + 挂靠单位 → 无挂靠单位, 未挂靠单位), or
 * none: not after a negation word, or a single character (没有人: 无人 and 未人 say nothing the texts
 * would), or a word that is already negated (没有非党员).
 */
export function negatedForms(negation: string | undefined, word: string): string[] {
	const prefixes = negation === undefined ? undefined : NEGATIONS.get(negation);
	if (!prefixes || [...word].length < 2 || !/^\p{Script=Han}+$/u.test(word)) return [];
	if ([...NEGATION_PREFIXES].includes(word[0]!)) return [];
	return prefixes.map((p) => p + word);
}

/**
 * The negated forms to name in the status line: those the texts use — in the vocabulary (`used`), or
 * found in a result's clause (`found`: the spellings the ranking matched, when jieba cut the form
 * into pieces, 无 + 挂靠单位); in the order given.
 */
export function formsShown(forms: readonly string[], used: (form: string) => boolean, found: readonly string[] = []): string[] {
	return forms.filter((f) => used(f) || found.includes(f));
}
