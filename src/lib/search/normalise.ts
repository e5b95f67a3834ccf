/**
 * Query normalisation: how a party worker types a query → what the search looks for (pure, no DOM).
 *
 * One module for both search surfaces (header dialog and /search/): full-width letters and digits,
 * numerals (三人以上 = 3人以上 = 三名以上), 文号 in any bracket spelling, document nicknames and
 * aliases, issuer abbreviations (中组部) and glossary terms. Traditional characters are converted by
 * the caller (opencc-js is large, so it is loaded only when `hasNonSimplified` says so) and passed in
 * as `toSimplified`.
 */
import { normaliseDocNumber } from '../doc-number';
import { CHINESE_NUMERAL_CHARS, chineseNumeral, parseChineseNumber } from '../numerals';
import { issuersFor } from './issuers';
import {
	AMOUNT_QUESTIONS,
	contentWords,
	isCountToken,
	isModal,
	isRare,
	MODAL_WORDS,
	RULE_QUESTIONS,
	segmentQuery,
	segmentRun,
	shapeKeys,
	type WordCount,
} from './segment';
import { hasPinyin, joinSyllables, readPinyin } from './pinyin-input';
import { negatedForms } from './negation';
import { parseClauseQuery, type ClauseQuery } from './clause-ref';
import { detectToolIntent, type ToolIntent } from './tool-intent';
import type { PinyinDictionary } from './typos';

/** A document of the corpus as search knows it (built at build time into the search dictionary). */
export interface DictionaryDoc {
	id: string;
	url: string;
	title: string;
	shortTitle?: string | undefined;
	docNumber?: string | undefined;
	aliases: string[];
}

/** A glossary term and the clause that defines it (the quoted definition is fetched only for the answer card). */
export interface DictionaryTerm {
	id: string;
	term: string;
	aliases: string[];
	/** The defining text: its id, the clause URL and the document's title. */
	source: { id: string; url: string; title?: string | undefined };
}

/**
 * What normaliseQuery consults. `docs` may hold only the documents a query's words can name (the
 * browser loads them by key, see dictionary.ts); `issuers` is every issuer name of the corpus.
 * `words` (the vocabulary shards a query needs, see vocabulary.ts) splits unspaced questions into
 * the corpus's words; without it each part is one word. `pinyin` reads letters as Chinese.
 * `synonyms` gives the texts' words for an everyday word (the synonym table, synonyms.ts; in the
 * browser from the same vocabulary shards); without it no word has synonyms.
 */
export interface SearchDictionary {
	docs: DictionaryDoc[];
	issuers: string[];
	terms: DictionaryTerm[];
	words?: WordCount | undefined;
	/** Sum of the vocabulary's counts. */
	total?: number | undefined;
	pinyin?: PinyinDictionary | undefined;
	/** Corpus words shaped like a word the texts do not use (related.ts), from the loaded vocabulary shards. */
	related?: ((word: string) => string[]) | undefined;
	/** The texts' words for an everyday word (synonyms.ts' everydayWords), or none. */
	synonyms?: Synonyms | undefined;
}

/** Everyday word → the texts' words it is also searched as; empty for any other word. */
export type Synonyms = (word: string) => readonly string[];

const noSynonyms: Synonyms = () => [];

export interface QueryPart {
	/** The part as searched and shown. */
	text: string;
	/** Spellings that count as this part (the text first), e.g. 3人以上 / 三人以上 / 3名以上. */
	variants: string[];
}

/** A content word of the query: what clauses are scored on (rank.ts). */
export interface QueryTerm {
	/** The word as understood (after pinyin), shown in the status line. */
	text: string;
	/** Spellings that count fully (the word, and for counts 3人 / 三名 …). */
	variants: string[];
	/** The texts' words for it (synonyms.ts), counted a little less. */
	synonyms: readonly string[];
	/** 1; a single character counts less (it is part of many words). */
	weight: number;
	/** The words a phrase of the vocabulary is made of (组织生活会 → 组织生活, 会): a clause holding them all apart counts in part. */
	pieces?: string[] | undefined;
	/** The next term followed this one directly as typed (no question word between). */
	joinsNext: boolean;
	/** The word follows a modal of the query (能不能 发展党员): what is asked to be allowed or required. */
	afterModal?: boolean | undefined;
	/**
	 * The word is one the texts do not use and has no reviewed synonym: corpus words shaped like it
	 * (related.ts), candidates that rank.ts counts — below synonyms — only beside the query's other words.
	 */
	related?: string[] | undefined;
	/** The word follows a negation (没有 挂靠单位): the texts' negated forms of it (无挂靠单位), also in `synonyms`. */
	negated?: { negation: string; forms: string[] } | undefined;
}

export interface NormalisedQuery {
	/** The query as typed, trimmed. */
	input: string;
	/** The normalised query as shown back to the user. */
	display: string;
	/** Words that must occur verbatim (any variant each); empty when the query is only a 文号 or a nickname. */
	parts: QueryPart[];
	/** The content words clauses are scored on: the parts split into corpus words, question words left out. */
	terms: QueryTerm[];
	/** Question and function words left out (什么, 几个, 吗 …). */
	dropped: string[];
	/**
	 * The query asks whether something is allowed or required (能不能…, 可以…吗): a clause stating the
	 * rule (不能, 不得, 应当 … before the asked words) answers it (rank.ts statesRule).
	 */
	asksRule?: boolean | undefined;
	/** The query asks for an amount (多少、几名、多久): a clause stating a number or quantity answers it (rank.ts statesAmount). */
	asksAmount?: boolean | undefined;
	/** Pinyin read as Chinese (zzshh → 组织生活会). */
	readings: { typed: string; read: string }[];
	/** Everyday words also searched as the texts' words (地方 → 阵地、活动场所). */
	synonyms: { word: string; corpus: readonly string[] }[];
	/**
	 * Negated words (没有挂靠单位) also searched as the texts' negated forms: `forms` all of them,
	 * `used` those the vocabulary has (the status line names these and those a result holds, negation.ts formsShown).
	 */
	negations?: { word: string; forms: string[]; used: string[] }[] | undefined;
	/** A go-to query (51号文第十条): the clause it names, in the texts of `targets`. */
	clause?: ClauseQuery | undefined;
	/**
	 * A clause number after words that name no text exactly (青海工作指南第三部分): rank.ts goes to the
	 * clause in a result whose title or 文号 the words name loosely (clause-ref.ts namesLoosely).
	 */
	looseClause?: ClauseQuery | undefined;
	/** A question a calculator answers, with the numbers it gave. */
	tool?: ToolIntent | undefined;
	/** URLs of documents the query names (by 文号, nickname or alias): they rank first. */
	targets: string[];
	/** Canonical 文号 when the query is one. */
	docNumber?: string | undefined;
	/** Issuer names the query names by abbreviation (中组部 → 中共中央组织部). */
	issuers: string[];
	/** The glossary term the query is, if any. */
	term?: DictionaryTerm | undefined;
	/** Query strings to send to Pagefind (variants spelled out; at most a few). */
	searches: string[];
}

const OPEN_BRACKETS = /[【（(\[［﹝〔]/g;
const CLOSE_BRACKETS = /[】）)\]］﹞〕]/g;

/**
 * Full-width letters and digits → ASCII, ideographic space → space; Chinese punctuation is kept.
 * One character in, one character out, so positions in the text stay valid.
 */
export function widthNormalise(text: string): string {
	return text
		.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/\u3000/g, ' ');
}

let simplifiedSet: Set<string> | undefined;

/** The 6,763 characters of GB 2312, all simplified: decoded from the encoding table the runtime already has. */
function simplifiedCharacters(): Set<string> {
	if (simplifiedSet) return simplifiedSet;
	const set = new Set<string>();
	try {
		const decoder = new TextDecoder('gb2312');
		for (let hi = 0xb0; hi <= 0xf7; hi++) {
			for (let lo = 0xa1; lo <= 0xfe; lo++) set.add(decoder.decode(new Uint8Array([hi, lo])));
		}
	} catch {
		// A runtime without the GB tables: treat every character as simplified (no conversion).
	}
	simplifiedSet = set;
	return set;
}

/** True when the text has a Chinese character outside GB 2312, i.e. probably a traditional one (黨, 繳). */
export function hasNonSimplified(text: string): boolean {
	const set = simplifiedCharacters();
	if (set.size === 0) return false;
	for (const ch of text) if (/\p{Script=Han}/u.test(ch) && !set.has(ch)) return true;
	return false;
}

/** A count before a measure word: 3人, 三名, 十二个, 5家. */
const COUNT = new RegExp(`([0-9]{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})(?=[人名个家])`, 'g');
const AFTER_COUNT_REN = new RegExp(`(?<=[0-9${CHINESE_NUMERAL_CHARS}])人`, 'g');
const AFTER_COUNT_MING = new RegExp(`(?<=[0-9${CHINESE_NUMERAL_CHARS}])名`, 'g');

/** Spellings of a part with counts: digits ↔ Chinese numerals, 人 ↔ 名 after a count. At most 8. */
export function numeralVariants(part: string): string[] {
	const out = new Set<string>([part]);
	const counts = [...part.matchAll(COUNT)];
	if (counts.length === 0) return [part];
	const forms = (token: string): string[] => {
		const n = /^\d+$/.test(token) ? Number(token) : parseChineseNumber(token);
		if (Number.isNaN(n)) return [token];
		return [...new Set([token, String(n), chineseNumeral(n)])];
	};
	let spellings = [''];
	let last = 0;
	for (const m of counts) {
		const before = part.slice(last, m.index);
		spellings = spellings.flatMap((s) => forms(m[1]!).map((f) => s + before + f));
		last = m.index + m[1]!.length;
	}
	spellings = spellings.map((s) => s + part.slice(last));
	for (const s of spellings) {
		out.add(s);
		out.add(s.replace(AFTER_COUNT_REN, '名'));
		out.add(s.replace(AFTER_COUNT_MING, '人'));
	}
	return [...out].slice(0, 8);
}

/**
 * A 文号 typed any way: 〔〕 [] () 【】 （）, with or without 年 and 号, spaces, full-width digits
 * (中办发(2015)51号, 中办发【2015年】51, 中办发2015年51号) → canonical 中办发〔2015〕51号; else undefined.
 */
export function parseDocNumberQuery(raw: string): string | undefined {
	let s = widthNormalise(raw).replace(/\s+/g, '');
	// An issuer code, then the year with or without brackets: put the year in 〔〕.
	s = s.replace(OPEN_BRACKETS, '〔').replace(CLOSE_BRACKETS, '〕');
	const year = /^([\u3400-\u9fff]+)〔?((?:19|20)\d{2})年?〕?(\d{1,4})号?$/.exec(s);
	if (!year) return undefined;
	return normaliseDocNumber(`${year[1]}〔${year[2]}〕${year[3]}号`);
}

/** `51号文` / `51号文件` → the serial number 51. */
function serialNickname(part: string): number | undefined {
	const m = /^([0-9]{1,4})号文件?$/.exec(part);
	return m ? Number(m[1]) : undefined;
}

/** A 文号 without its year: `中组发10号`, `青办发9号文` → issuer code and serial. */
function codeAndSerial(part: string): { code: string; serial: number } | undefined {
	const m = /^([\u3400-\u9fff]{2,10}?)([0-9]{1,4})号(?:文件?)?$/.exec(part);
	return m ? { code: m[1]!, serial: Number(m[2]) } : undefined;
}

const serialOf = (docNumber: string | undefined) => (docNumber ? /^(.+)〔\d{4}〕(\d{1,4})号$/.exec(docNumber) : null);

const compact = (s: string) => s.replace(/\s+/g, '');

/** Documents a name stands for: its title, short title or an alias, spelled exactly. */
function docsNamed(name: string, dict: SearchDictionary): DictionaryDoc[] {
	return dict.docs.filter((d) => [d.title, d.shortTitle, ...d.aliases].some((n) => n !== undefined && compact(n) === name));
}

/**
 * The query's words as normaliseQuery reads them: simplified, width-normalised; a 文号 typed whole
 * is one word; pinyin read as Chinese when `pinyin` is given; a query ending in a clause number
 * (`51号文 第十条`) also gives the text's name and the number (`clause`).
 */
export function queryWords(
	input: string,
	toSimplified: (s: string) => string = (s) => s,
	pinyin?: PinyinDictionary
): { trimmed: string; text: string; words: string[]; readings: { typed: string; read: string }[]; clause?: ClauseQuery | undefined } {
	const trimmed = input.trim();
	let text = widthNormalise(toSimplified(trimmed)).replace(/\s+/g, ' ').trim();
	// A count split from its measure word (3 名以上) is one word.
	text = text.replace(/([0-9])\s+(?=[人名个家])/g, '$1');
	const whole = parseDocNumberQuery(text);
	if (whole) return { trimmed, text, words: [whole], readings: [] };
	const readings: { typed: string; read: string }[] = [];
	let words = text.split(' ').filter(Boolean);
	if (pinyin) {
		words = joinSyllables(words, pinyin).map((w) => {
			const read = hasPinyin(w) ? readPinyin(w, pinyin) : undefined;
			if (!read || read === w) return w;
			readings.push({ typed: w, read });
			return read;
		});
	}
	const clause = parseClauseQuery(words.join(''));
	return { trimmed, text, words, readings, clause: clause && { ...clause, doc: parseDocNumberQuery(clause.doc) ?? clause.doc } };
}

/** Every word a query may be looked up by in the dictionary: its words, and the text a go-to query names. */
export function lookupWords(q: ReturnType<typeof queryWords>): string[] {
	return q.clause ? [...q.words, q.clause.doc] : q.words;
}

/** Whether a query has letters that may be pinyin (the pinyin dictionary is then needed). */
export function mayBePinyin(input: string): boolean {
	return widthNormalise(input)
		.split(/\s+/)
		.some((w) => hasPinyin(w) && !parseDocNumberQuery(w));
}

/**
 * Keys under which the dictionary files documents: `n:` a canonical 文号, `s:` its serial number
 * (for 51号文), `t:` a title, short title or alias without spaces. `wordKeys` gives the keys a query
 * word is looked up by, `docKeys` those a document is filed under; normaliseQuery finds a document
 * for a word only when the two share a key, so the documents under a query's keys are all it needs.
 */
export function wordKeys(word: string): string[] {
	const number = parseDocNumberQuery(word);
	if (number) return [`n:${number}`];
	const serial = serialNickname(word) ?? codeAndSerial(word)?.serial;
	return serial === undefined ? [`t:${word}`] : [`s:${serial}`, `t:${word}`];
}

export function docKeys(doc: DictionaryDoc): string[] {
	const keys = new Set<string>();
	if (doc.docNumber) {
		keys.add(`n:${doc.docNumber}`);
		const serial = /〕(\d{1,4})号$/.exec(doc.docNumber);
		if (serial) keys.add(`s:${Number(serial[1])}`);
	}
	for (const name of [doc.title, doc.shortTitle, ...doc.aliases]) if (name) keys.add(`t:${compact(name)}`);
	return [...keys];
}

/**
 * How much a word of the query counts before its rarity: a single character little (it is part of
 * many words), a longer word more — each character says more (党建工作经费 says more than 来源), and
 * Pagefind's count of pages holding a long word (its pieces anywhere on the page) overstates it.
 */
export function termWeight(word: string): number {
	const n = [...word].length;
	return n === 1 ? 0.5 : Math.min(3, 1 + 0.5 * (n - 2));
}

/** The words a query has that the texts do not use and the synonym table does not know: those a search needs the reverse vocabulary for. */
export function unusedWords(words: readonly string[], count: WordCount, total: number, synonymsOf: Synonyms = noSynonyms): string[] {
	const out = new Set<string>();
	for (const word of words) {
		for (const token of contentWords(segmentQuery(word, count, total)).words) {
			if (isRare(count(token)) && synonymsOf(token).length === 0) for (const key of shapeKeys(token)) out.add(key);
		}
	}
	return [...out];
}

/**
 * Corpus words shaped like a word the texts do not use (related.ts), its windows' too (会表扬 → 表扬 →
 * 表彰); termsOf leaves out the query's other words (好会 → 学会 when 学会 is asked anyway).
 */
function relatedOf(token: string, dict: SearchDictionary): string[] {
	if (!dict.related || !dict.words || !isRare(dict.words(token))) return [];
	return [...new Set(shapeKeys(token).flatMap((key) => dict.related!(key)))];
}

/** The query's parts split into content words (segment.ts), with numeral variants and synonyms. */
function termsOf(parts: readonly QueryPart[], dict: SearchDictionary): { terms: QueryTerm[]; dropped: string[] } {
	const terms: QueryTerm[] = [];
	const dropped: string[] = [];
	let afterModal = false;
	for (const part of parts) {
		let negation: string | undefined;
		const tokens = dict.words ? segmentQuery(part.text, dict.words, dict.total ?? 1) : [part.text];
		const content = contentWords(tokens);
		for (const d of content.dropped) if (!dropped.includes(d)) dropped.push(d);
		let previous: QueryTerm | undefined;
		tokens.forEach((token, i) => {
			const negatedBy = negation;
			negation = undefined;
			if (!content.words.includes(token)) {
				previous = undefined;
				afterModal ||= isModal(token);
				negation = token;
				return;
			}
			if (terms.some((t) => t.text === token)) return;
			const count = dict.words;
			const pieces =
				count && [...token].length >= 3 && /^\p{Script=Han}+$/u.test(token)
					? segmentRun(token, (w) => (w === token ? undefined : count(w)), dict.total ?? 1)
					: [];
			const negated = negatedForms(negatedBy, token);
			const tabled = (dict.synonyms ?? noSynonyms)(token);
			const synonyms = negated.length ? [...negated, ...tabled] : tabled;
			const related = synonyms.length === 0 ? relatedOf(token, dict) : [];
			const term: QueryTerm = {
				text: token,
				variants: token === part.text ? [...part.variants] : numeralVariants(token),
				synonyms,
				weight: termWeight(token),
				joinsNext: false,
				...(afterModal ? { afterModal } : {}),
				...(pieces.length > 1 ? { pieces } : {}),
				...(related.length ? { related } : {}),
				...(negated.length ? { negated: { negation: negatedBy!, forms: negated } } : {}),
			};
			if (previous && tokens[i - 1] === previous.text) previous.joinsNext = true;
			terms.push(term);
			previous = term;
		});
	}
	// A shaped word that is another of the query's words adds nothing to it.
	for (const t of terms) {
		if (!t.related) continue;
		const related = t.related.filter((w) => !terms.some((o) => o.text === w));
		if (related.length) t.related = related;
		else delete t.related;
	}
	return { terms, dropped };
}

interface NamedWords {
	parts: QueryPart[];
	targets: Set<string>;
	issuers: Set<string>;
	docNumber: string | undefined;
	searches: string[];
}

/** The words as 文号, serial numbers, names of texts, issuer abbreviations, and the rest as parts. */
function readWords(words: readonly string[], dict: SearchDictionary): NamedWords {
	const out: NamedWords = { parts: [], targets: new Set(), issuers: new Set(), docNumber: undefined, searches: [] };
	for (const word of words) {
		const number = parseDocNumberQuery(word);
		if (number) {
			out.docNumber ??= number;
			const doc = dict.docs.find((d) => d.docNumber === number);
			if (doc) out.targets.add(doc.url);
			out.parts.push({ text: number, variants: [number] });
			continue;
		}
		const serial = serialNickname(word);
		const coded = serial === undefined ? codeAndSerial(word) : undefined;
		if (serial !== undefined || coded) {
			const docs = dict.docs.filter((d) => {
				const m = serialOf(d.docNumber);
				return !!m && Number(m[2]) === (serial ?? coded!.serial) && (!coded || m[1] === coded.code);
			});
			if (docs.length) {
				for (const d of docs) out.targets.add(d.url);
				out.docNumber ??= docs.length === 1 || serial !== undefined ? docs[0]!.docNumber : undefined;
				out.searches.push(...docs.map((d) => d.docNumber!));
				continue;
			}
		}
		const named = docsNamed(word, dict);
		if (named.length === 1 && !dict.terms.some((t) => t.term === word)) {
			// A nickname (青海指南) need not occur in any text: it names the document, searched by its title.
			out.targets.add(named[0]!.url);
			out.searches.push(named[0]!.docNumber ?? named[0]!.title, word);
			continue;
		}
		for (const d of named) out.targets.add(d.url);
		const issuerNames = issuersFor(word, dict.issuers);
		if (issuerNames.length) {
			for (const name of issuerNames) out.issuers.add(name);
			continue;
		}
		out.parts.push({ text: word, variants: numeralVariants(word) });
	}
	return out;
}

export function normaliseQuery(input: string, dict: SearchDictionary, toSimplified: (s: string) => string = (s) => s): NormalisedQuery {
	const { trimmed, text, words, readings, clause: clauseQuery } = queryWords(input, toSimplified, dict.pinyin);
	// A go-to query (51号文第十条) when the words before the clause number name a text; else an ordinary one.
	const asClause = clauseQuery ? readWords([clauseQuery.doc], dict) : undefined;
	const clause = asClause && asClause.targets.size > 0 ? clauseQuery : undefined;
	const named = clause ? asClause! : readWords(words, dict);
	const { targets, issuers, searches, docNumber } = named;
	const parts = clause ? [] : named.parts;

	// Pagefind queries: the words (each variant spelled out, a few at most), plus any title searches.
	if (parts.length) {
		let combos: string[][] = [[]];
		for (const p of parts) combos = combos.flatMap((c) => p.variants.map((v) => [...c, v])).slice(0, 4);
		searches.unshift(...combos.map((c) => c.join(' ')));
	}
	if (searches.length === 0 && issuers.size) searches.push([...issuers].join(' '));

	// The content words, each searched on its own (a page need not hold them all), and the texts'
	// words for the everyday ones. Single characters only when nothing else is asked.
	const { terms: allTerms, dropped } = termsOf(parts, dict);
	const tool = clause ? undefined : detectToolIntent(words.join(''));
	// The counts a calculator question gives (52人) are the calculator's input, not words to look for:
	// no text has them, and the status line would say so as if the question had gone unanswered.
	const counted = tool && Object.entries(tool).some(([k, v]) => k !== 'tool' && v !== undefined);
	const isInput = (t: QueryTerm | undefined) => !!counted && !!t && isCountToken(t.text);
	const terms = allTerms
		.map((t, i) => (t.joinsNext && isInput(allTerms[i + 1]) ? { ...t, joinsNext: false } : t))
		.filter((t) => !isInput(t));
	for (const t of allTerms) if (isInput(t)) dropped.push(t.text);

	const compactText = compact(parts.map((p) => p.text).join(''));
	const found =
		parts.length === 1 && targets.size === 0
			? dict.terms.find((t) => t.term === compactText || t.aliases.includes(compactText))
			: undefined;
	const term = found && {
		...found,
		source: { ...found.source, title: found.source.title ?? dict.docs.find((d) => d.id === found.source.id)?.title ?? found.source.id },
	};
	// An alias of a glossary term (应建必建) also finds the term as the texts write it (应建尽建): verbatim,
	// and in clauses as the texts' word for it.
	if (term && parts[0]!.text !== term.term) {
		parts[0]!.variants.push(term.term);
		const typed = terms.findIndex((t) => t.text === parts[0]!.text);
		if (typed >= 0) terms[typed] = { ...terms[typed]!, synonyms: [term.term, ...terms[typed]!.synonyms] };
	}
	const longTerms = terms.filter((t) => t.weight >= 1);
	// A word the texts do not use finds no page itself: its two most used shaped words are searched
	// (rank.ts chooses among all of them on the pages found).
	for (const t of longTerms.length ? longTerms : terms)
		searches.push(t.variants[0]!, ...t.synonyms.slice(0, 2), ...(t.related ?? []).slice(0, 2));
	// The status line names a negated word's forms apart (only those the texts use, see negations).
	const synonyms = terms
		.map((t) => ({ word: t.text, corpus: t.synonyms.filter((w) => !t.negated?.forms.includes(w)) }))
		.filter((s) => s.corpus.length);
	const negations = terms.flatMap((t) =>
		t.negated
			? [{ word: t.negated.negation + t.text, forms: t.negated.forms, used: t.negated.forms.filter((f) => dict.words?.(f) !== undefined) }]
			: []
	);
	// 能不能…, or a modal with 吗 at the end (可以…吗); a modal alone (要参加哪些会) asks for no rule.
	const asksRule =
		dropped.some((d) => RULE_QUESTIONS.includes(d)) || (/[吗么][?？]?$/.test(text) && dropped.some((d) => MODAL_WORDS.includes(d)));
	return {
		input: trimmed,
		display: clause ? clause.doc : words.length ? words.join(' ') : text,
		parts,
		terms,
		dropped,
		...(asksRule ? { asksRule } : {}),
		...(dropped.some((d) => AMOUNT_QUESTIONS.includes(d)) ? { asksAmount: true } : {}),
		readings,
		synonyms,
		...(negations.length ? { negations } : {}),
		clause,
		...(clauseQuery && !clause ? { looseClause: clauseQuery } : {}),
		tool,
		targets: [...targets],
		docNumber,
		issuers: [...issuers],
		term,
		searches: [...new Set(searches)].slice(0, 12),
	};
}
