/**
 * Citation matching against the corpus: which entry does a cited title (《…》) or 文号 name?
 *
 * Pure (no fs, no Astro). `src/data/corpus-index.ts` reads the entries from `content/policies`.
 *
 * Matching is exact on a normalised key, never by substring: a cited title that merely
 * contains an entry's name is another document. Normalisation ignores whitespace, full/half-width
 * brackets and quotes, maps 〈〉 to 《》, and unwraps the 印发/转发 notice around a text:
 * 《中共中央办公厅印发〈关于加强社会组织党的建设工作的意见（试行）〉的通知》 also tries
 * 关于加强社会组织党的建设工作的意见（试行）, and an entry stored as such a notice is also found by
 * the inner title.
 */
import { DOC_NUMBER_IN_TEXT, formatDocNumber, normaliseDocNumber } from '../doc-number.ts';
import { asciiDigits } from '../numerals.ts';

export interface CitationEntry {
	id: string;
	title: string;
	shortTitle: string;
	docNumber?: string;
	aliases: readonly string[];
}

export interface IndexConflict {
	/** The normalised key two or more entries claim. */
	key: string;
	ids: string[];
}

export interface CitationIndex {
	/** Entry id of a cited title (with or without 《》), or undefined. */
	resolveTitle(raw: string): string | undefined;
	/** Entry id of a cited 文号, or undefined. */
	resolveDocNumber(raw: string): string | undefined;
	has(id: string): boolean;
	entry(id: string): CitationEntry | undefined;
	readonly entries: readonly CitationEntry[];
	/** Keys claimed by several entries at the same priority; such keys resolve to nothing. */
	readonly conflicts: readonly IndexConflict[];
}

/** Well-known short names of texts the corpus does not (yet) hold, so their citations group together. */
export const WELL_KNOWN_SHORT_NAMES: Readonly<Record<string, string>> = {
	党章: '中国共产党章程',
};

/**
 * Bare 文种 in 《》 (《意见》《条例》《准则》…) are back-references to a text named earlier
 * (“以下简称《意见》”) or left implicit: not a title, neither linked nor listed as missing.
 */
export const GENERIC_SHORT_NAMES: ReadonlySet<string> = new Set([
	'意见',
	'通知',
	'方案',
	'办法',
	'规定',
	'条例',
	'准则',
	'标准',
	'指南',
	'细则',
	'决定',
	'决议',
	'要点',
	'章程',
	'纲要',
	'规划',
	'规则',
	'实施意见',
	'实施办法',
	'实施细则',
	'实施方案',
	'若干意见',
	'工作要点',
	'通告',
	'公告',
]);

const WS = /[\s\u3000\u200b\ufeff]+/g;

/**
 * Canonical typography of a title: no whitespace, full-width （）, 〈〉 and 《》 unified to 《》,
 * outer 《》 removed. The key used for matching additionally drops quotes.
 */
function canonical(raw: string): string {
	let s = asciiDigits(raw)
		.replace(WS, '')
		.replace(/\(/g, '（')
		.replace(/\)/g, '）')
		.replace(/[〈＜]/g, '《')
		.replace(/[〉＞]/g, '》');
	// strip trailing sentence punctuation a transcription may have pulled inside the brackets
	s = s.replace(/[。，、；：]+$/, '');
	while (s.startsWith('《') && s.endsWith('》') && balanced(s.slice(1, -1))) s = s.slice(1, -1);
	return s;
}

function balanced(s: string): boolean {
	let depth = 0;
	for (const ch of s) {
		if (ch === '《') depth++;
		else if (ch === '》' && --depth < 0) return false;
	}
	return depth === 0;
}

const NOTICE = /^(.*?)(?:印发|转发|发布|颁发)《(.+)》的通知$/;

/** The text a 印发/转发《X》的通知 notice carries, or undefined when `canon` is no such notice. */
function unwrapNotice(canon: string): string | undefined {
	const m = NOTICE.exec(canon);
	if (!m) return undefined;
	const inner = m[2]!;
	return balanced(inner) && !inner.includes('》《') && !/》[和及、与]《/.test(inner) ? inner : undefined;
}

/**
 * The normalised form of a cited title, as shown in the 未收录 list and `data-citation-missing`:
 * canonical typography, the notice wrapper removed, well-known short names expanded; nested titles
 * keep 〈〉 inside.
 */
export function normaliseTitle(raw: string): string {
	const canon = canonical(raw);
	const inner = unwrapNotice(canon) ?? canon;
	const expanded = WELL_KNOWN_SHORT_NAMES[inner] ?? inner;
	return expanded.replace(/《/g, '〈').replace(/》/g, '〉');
}

function keyOf(canon: string): string {
	return canon
		.replace(/[“”"「」『』‘’'·•・]/g, '')
		.replace(/《/g, '〈')
		.replace(/》/g, '〉');
}

/** Match keys of a title, most specific first: the full title, then the text a notice carries. */
export function titleKeys(raw: string): string[] {
	const canon = canonical(raw);
	const keys = [keyOf(canon)];
	const inner = unwrapNotice(canon);
	if (inner) keys.push(keyOf(inner));
	return keys;
}

export { DOC_NUMBER_IN_TEXT, normaliseDocNumber };

/** Priority of a key source: lower wins when two entries claim one key. */
const Tier = { Title: 0, Name: 1, Inner: 2 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

export function buildCitationIndex(entries: readonly CitationEntry[]): CitationIndex {
	const byId = new Map<string, CitationEntry>();
	const titleMap = new Map<string, { tier: number; ids: Set<string> }>();
	const docMap = new Map<string, Set<string>>();

	const claim = (key: string, tier: number, id: string) => {
		if (!key) return;
		const cur = titleMap.get(key);
		if (!cur || tier < cur.tier) titleMap.set(key, { tier, ids: new Set([id]) });
		else if (tier === cur.tier) cur.ids.add(id);
	};
	const claimDoc = (raw: string, id: string) => {
		const n = normaliseDocNumber(raw);
		if (!n) return false;
		const set = docMap.get(n) ?? new Set();
		set.add(id);
		docMap.set(n, set);
		return true;
	};

	for (const e of entries) {
		byId.set(e.id, e);
		const names: [string, Tier][] = [
			[e.title, Tier.Title],
			[e.shortTitle, Tier.Name],
			...e.aliases.map((a): [string, Tier] => [a, Tier.Name]),
		];
		for (const [name, tier] of names) {
			if (claimDoc(name, e.id)) continue;
			const [full, inner] = titleKeys(name);
			claim(full!, tier, e.id);
			if (inner) claim(inner, Tier.Inner, e.id);
		}
		if (e.docNumber) claimDoc(e.docNumber, e.id);
	}

	const conflicts: IndexConflict[] = [];
	for (const [key, { ids }] of titleMap) if (ids.size > 1) conflicts.push({ key, ids: [...ids].sort() });
	for (const [key, ids] of docMap) if (ids.size > 1) conflicts.push({ key, ids: [...ids].sort() });

	const only = (ids: Set<string> | undefined) => (ids && ids.size === 1 ? [...ids][0] : undefined);

	const resolveTitle = (raw: string): string | undefined => {
		const n = normaliseDocNumber(canonical(raw));
		if (n) return only(docMap.get(n));
		for (const key of titleKeys(raw)) {
			const hit = titleMap.get(key);
			if (hit) return only(hit.ids);
		}
		const expanded = WELL_KNOWN_SHORT_NAMES[canonical(raw)];
		return expanded ? resolveTitle(expanded) : undefined;
	};

	return {
		resolveTitle,
		resolveDocNumber(raw) {
			const n = normaliseDocNumber(raw);
			return n ? only(docMap.get(n)) : undefined;
		},
		has: (id) => byId.has(id),
		entry: (id) => byId.get(id),
		entries: [...entries],
		conflicts,
	};
}

/* ------------------------------------------------------------------------------------------ */
/* Finding citations in running text                                                          */
/* ------------------------------------------------------------------------------------------ */

export type CitationKind = 'title' | 'docNumber' | 'link';

export interface TextCitation {
	/** Offsets into the scanned string: `text.slice(start, end)` is what gets wrapped. */
	start: number;
	end: number;
	kind: Exclude<CitationKind, 'link'>;
	/** Normalised title, or the 文号 when the text cites by number only. */
	title: string;
	/** Normalised 文号 when one is cited (alone or in brackets after the title). */
	docNumber?: string;
	/** Resolved entry id. */
	to?: string;
}

/** Words that precede a 文号 in running text but are not part of its issuer code. */
const LEADING_WORDS = [
	'贯彻落实',
	'根据',
	'依据',
	'按照',
	'依照',
	'参照',
	'遵照',
	'贯彻',
	'落实',
	'执行',
	'详见',
	'参见',
	'印发',
	'转发',
	'以及',
	'文件',
	'号',
	'精神',
	'要求',
	'通知',
	'见',
	'即',
	'和',
	'及',
	'与',
	'或',
	'并',
	'的',
	'是',
	'为',
	'在',
	'经',
	'据',
	'将',
	'对',
	'由',
	'原',
];
const MAX_CODE = 8;

function issuerCode(run: string): string {
	let s = run;
	for (let changed = true; changed && s.length > 1;) {
		changed = false;
		for (const w of LEADING_WORDS) {
			if (s.startsWith(w) && s.length > w.length) {
				s = s.slice(w.length);
				changed = true;
				break;
			}
		}
	}
	return s.length > MAX_CODE ? s.slice(-MAX_CODE) : s;
}

interface DocHit {
	start: number;
	end: number;
	docNumber: string;
	to?: string;
}

function findDocNumbers(text: string, index: CitationIndex): DocHit[] {
	const hits: DocHit[] = [];
	for (const m of text.matchAll(DOC_NUMBER_IN_TEXT)) {
		const run = m[1]!;
		const rest = formatDocNumber('', m[2]!, m[3]!);
		let code: string | undefined;
		let to: string | undefined;
		// the issuer code is the longest tail of the preceding run of Han characters that names a known 文号
		for (let k = Math.min(run.length, 16); k >= 1 && !to; k--) {
			const id = index.resolveDocNumber(run.slice(-k) + rest);
			if (id) {
				code = run.slice(-k);
				to = id;
			}
		}
		if (!code) {
			code = issuerCode(run);
			// 〔2015〕51号 after an ordinary word (“印发的〔2015〕51号”) has no issuer code
			if (code.length < 2 || LEADING_WORDS.includes(code)) continue;
		}
		const start = m.index! + run.length - code.length;
		hits.push({ start, end: m.index! + m[0].length, docNumber: code + rest, ...(to ? { to } : {}) });
	}
	return hits;
}

interface TitleHit {
	start: number;
	end: number;
	inner: string;
}

/** Top-level 《…》 spans; nested 《》 and 〈〉 stay inside. An unclosed 《 is ignored. */
function findTitles(text: string): TitleHit[] {
	const hits: TitleHit[] = [];
	let depth = 0;
	let open = -1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '《') {
			if (depth === 0) open = i;
			depth++;
		} else if (ch === '》' && depth > 0) {
			depth--;
			if (depth === 0) hits.push({ start: open, end: i + 1, inner: text.slice(open + 1, i) });
		} else if ((ch === '\n' || ch === '。') && depth > 0) {
			depth = 0; // a title never spans a sentence; drop the dangling 《
		}
	}
	return hits;
}

function isTitleLike(inner: string): boolean {
	const t = inner.replace(WS, '');
	return t.length >= 2 && t.length <= 100 && !/[。！？!?]/.test(t);
}

/**
 * Every citation in a run of text, in order: titles in 《…》, bare 文号, and a title directly
 * followed by its 文号 in brackets (《…》（中办发〔2015〕51号）) as one citation. Resolution
 * prefers the 文号, which is unique, over the title.
 */
export function findCitations(text: string, index: CitationIndex): TextCitation[] {
	const out: TextCitation[] = [];
	const docs = findDocNumbers(text, index);
	const titles = findTitles(text);
	const usedDocs = new Set<DocHit>();

	for (const t of titles) {
		// 文号 inside the brackets belong to the title (a cited notice may quote one)
		for (const d of docs) if (d.start >= t.start && d.end <= t.end) usedDocs.add(d);
		if (!isTitleLike(t.inner)) continue;
		const title = normaliseTitle(t.inner);
		const byTitle = index.resolveTitle(t.inner);
		if (!byTitle && GENERIC_SHORT_NAMES.has(title)) continue;

		let end = t.end;
		let docNumber: string | undefined;
		let byDoc: string | undefined;
		const after = /^[ \u3000]*[（(][ \u3000]*/.exec(text.slice(t.end));
		if (after) {
			const d = docs.find((x) => x.start === t.end + after[0].length);
			const close = d && /^[ \u3000]*[）)]/.exec(text.slice(d.end));
			if (d && close) {
				usedDocs.add(d);
				docNumber = d.docNumber;
				byDoc = d.to;
				end = d.end + close[0].length;
			}
		}
		const to = byDoc ?? byTitle;
		out.push({ start: t.start, end, kind: 'title', title, ...(docNumber ? { docNumber } : {}), ...(to ? { to } : {}) });
	}
	for (const d of docs) {
		if (usedDocs.has(d)) continue;
		out.push({ start: d.start, end: d.end, kind: 'docNumber', title: d.docNumber, docNumber: d.docNumber, ...(d.to ? { to: d.to } : {}) });
	}
	return out.sort((a, b) => a.start - b.start);
}
