/**
 * Synonym candidates mined from the texts' own wording (pure), for a person to review before any
 * entry goes into the synonym table (synonyms.ts): the texts often say a thing twice, once in each of
 * two names — `办事机构（秘书处）`, `出资人（负责人）`, `…（以下简称“学会”）`, `…，即…`, `也称…`.
 * Nothing here changes the search: scripts/synonym-candidates.ts prints what it finds.
 */
export interface SynonymCandidate {
	/** The name before the brackets or the marker (as the cut gives it). */
	a: string;
	/** The other name. */
	b: string;
	/** Which pattern found it. */
	how: 'brackets' | 'short-name' | 'that-is';
	/** The sentence around it, for the reviewer. */
	context: string;
}

const HAN_RUN = /^\p{Script=Han}+$/u;
/** Brackets that hold no second name: a text's status, a part, a count. */
const NOT_A_NAME = /试行|草案|暂行|修订|征求意见稿|以下|简称|见附件|纸质|电子|序言|第.+[卷章条]/u;

/**
 * The candidates in one text. `cut` splits Han text into words (jieba at the script), so the name
 * before the brackets is its last words, as long as the name in them.
 */
export function mineCandidates(text: string, cut: (s: string) => string[]): SynonymCandidate[] {
	const out: SynonymCandidate[] = [];
	const before = (at: number, length: number): string => {
		const run = /\p{Script=Han}+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[0] ?? '';
		const words = cut(run);
		let name = '';
		while (words.length && [...name].length < length) name = words.pop()! + name;
		return name;
	};
	const context = (at: number) =>
		text
			.slice(Math.max(0, at - 24), at + 24)
			.replace(/\s+/g, ' ')
			.trim();
	for (const m of text.matchAll(/（([^（）]{2,12})）/gu)) {
		const inside = m[1]!;
		const short = /^(?:以下)?简称[:：]?[“"]?([^”"）]+)[”"]?$/u.exec(inside);
		if (short) {
			const b = short[1]!;
			const a = before(m.index, [...b].length + 2);
			if (a && HAN_RUN.test(b)) out.push({ a, b, how: 'short-name', context: context(m.index) });
			continue;
		}
		if (!HAN_RUN.test(inside) || NOT_A_NAME.test(inside)) continue;
		const a = before(m.index, [...inside].length);
		if (a && a !== inside) out.push({ a, b: inside, how: 'brackets', context: context(m.index) });
	}
	for (const m of text.matchAll(/[，,](?:即|也称|又称|或称)([\p{Script=Han}]{2,10})[，。；]/gu)) {
		const a = before(m.index, 2);
		if (a) out.push({ a, b: m[1]!, how: 'that-is', context: context(m.index) });
	}
	return out;
}

/** Candidates counted and merged (the same pair from several texts once), most frequent first, without pairs the table has. */
export function mergeCandidates(
	found: readonly SynonymCandidate[],
	known: (a: string, b: string) => boolean
): (SynonymCandidate & { n: number })[] {
	const merged = new Map<string, SynonymCandidate & { n: number }>();
	for (const c of found) {
		if (known(c.a, c.b)) continue;
		const key = `${c.a}\u0000${c.b}`;
		const seen = merged.get(key);
		if (seen) seen.n++;
		else merged.set(key, { ...c, n: 1 });
	}
	return [...merged.values()].sort((x, y) => y.n - x.n || x.a.localeCompare(y.a));
}
