/**
 * Ranking and excerpts for Chinese search results (pure: no DOM).
 *
 * Pagefind finds candidate pages; here each candidate's text is read clause by clause (passages.ts)
 * and scored in two ways:
 * - verbatim: every part of the query as typed (with its equivalent spellings) occurs in the page;
 *   such pages come first, as before;
 * - by clause: the query's content words (normalise.ts: segmented, question words left out, synonyms
 *   and pinyin resolved) are weighed in each clause with a BM25-style score — a rare word counts more
 *   than a common one (`idf`), a second occurrence less than the first, a long clause less than a
 *   short one — times the share of the query's weight the clause covers, with a little extra for
 *   words that stand next to each other as typed and for words in the clause's headings.
 * The page's best clause gives its score, its link (the clause anchor) and its excerpt, so a question
 * lands on the clause holding most of its content words even when nothing matches verbatim.
 */
import { termWeight, widthNormalise, type NormalisedQuery, type QueryPart, type QueryTerm } from './normalise';
import { passagesOf, type Anchor, type Passage } from './passages';
import { namesLoosely, resolveClause } from './clause-ref';
import { CHINESE_NUMERAL_CHARS } from '../numerals';
import type { ChooseRelated, RelatedChoice } from './related';
import { asksForTemplate } from './template-intent';
import { pageOf } from '../url';

export type { Anchor } from './passages';

export interface Candidate {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
	anchors: Anchor[];
	/** Pagefind filter values of the page (issuer, level, …). */
	filters?: Record<string, string[]> | undefined;
	/** Position in Pagefind's own ranking (0 = first). */
	engineRank: number;
}

export interface ExcerptPart {
	text: string;
	mark: boolean;
}

export interface RankedResult {
	url: string;
	/** url plus the clause anchor the result links to, when there is one. */
	target: string;
	anchor?: string | undefined;
	title: string;
	meta: Record<string, string | undefined>;
	excerpt: ExcerptPart[];
	/** Every part of the query, as typed, occurs verbatim in the page. */
	exact: boolean;
	occurrences: number;
	/** Spellings of the query's words found in the page (numerals, variants), for highlighting. */
	matched: string[];
	/** Parts of the query (as typed) the page does not contain. */
	missing: string[];
	/** Content words found in the result's best clause (its headings included). */
	termsInClause: string[];
	/** Content words the page does not contain at all. */
	termsMissing: string[];
	/** The page is the clause a go-to query (`51号文第十条`) asks for. */
	clauseHit: boolean;
	/** Words the texts do not use, and the corpus words shaped like them found in the best clause instead (related.ts). */
	related: { word: string; corpus: string[] }[];
	score: number;
}

const ZERO_WIDTH = /[\u200b\u200c\u200d\ufeff]/g;

/** Splits a query into the parts that must all occur: whitespace (also full-width) separates parts. */
export function queryParts(query: string): string[] {
	return widthNormalise(query)
		.split(/[\s\u3000]+/)
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

/**
 * Text as a reader sees it: Pagefind's word separators removed, runs of whitespace collapsed,
 * full-width letters and digits made ASCII. Chinese punctuation stays as the source printed it.
 */
export function plainText(text: string): string {
	return widthNormalise(text.replace(ZERO_WIDTH, '').replace(/\s+/g, ' '));
}

function countOccurrences(haystack: string, needle: string): number {
	if (!needle) return 0;
	let count = 0;
	let from = 0;
	for (;;) {
		const at = haystack.indexOf(needle, from);
		if (at < 0) return count;
		count++;
		from = at + needle.length;
	}
}

/** Pages whose results rank after the texts themselves (tools, help), unless the query asks a tool's question. */
const SECONDARY_PATH = /\/(tools|guide)\//;

/** Where each sentence of `text` starts and ends (after its 。！？； or at the end of the text). */
export function sentenceSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	let from = 0;
	for (const m of text.matchAll(/[。！？；!?;]+/gu)) {
		const to = m.index + m[0].length;
		spans.push([from, to]);
		from = to;
	}
	if (from < text.length) spans.push([from, text.length]);
	return spans.filter(([a, b]) => text.slice(a, b).trim() !== '');
}

/** What a part found counts for in choosing where an excerpt goes, unless the caller weighs it: a longer word says more than a short one. */
const needleWeight = (needle: string) => Math.min(4, [...needle].length);

/**
 * Builds an excerpt of about `width` characters where the parts are, every part marked. It shows the
 * sentence holding the most of them (the weight of the distinct parts, longer parts counting more)
 * from its first word, as the answer is a sentence rather than the characters around one word; a
 * sentence longer than the excerpt is cut around the occurrence whose window holds the most parts.
 * `weightOf` (lower-cased part) weighs the parts as the clause was scored: a word as typed more than
 * the texts' word for it, a rare word more than a common one.
 */
export function excerptAround(
	text: string,
	parts: readonly string[],
	width = 90,
	weightOf: (part: string) => number | undefined = () => undefined
): ExcerptPart[] {
	const lower = text.toLowerCase();
	const needles = [...new Set(parts.map((p) => p.toLowerCase()).filter(Boolean))];
	const lead = Math.floor(width / 3);
	// A single character (放) is mostly found inside other words (开放性): however rare, it counts no
	// more than its length in choosing the sentence.
	const weights = new Map(
		needles.map((n) => {
			const weight = weightOf(n) ?? needleWeight(n);
			return [n, [...n].length === 1 ? Math.min(weight, needleWeight(n)) : weight];
		})
	);
	const weigh = (slice: string) => needles.reduce((sum, n) => sum + (slice.includes(n) ? weights.get(n)! : 0), 0);
	// The sentence holding the most of the parts (earliest on a tie).
	let sentence: [number, number] = [0, text.length];
	let sentenceWeight = 0;
	for (const span of sentenceSpans(text)) {
		const w = weigh(lower.slice(span[0], span[1]));
		if (w > sentenceWeight) {
			sentenceWeight = w;
			sentence = span;
		}
	}
	// Within it, the occurrence whose window holds the most parts (earliest on a tie).
	let centre = sentence[0];
	let bestCover = 0;
	let leadHere = 0;
	if (sentence[1] - sentence[0] > width) {
		leadHere = lead;
		for (const needle of needles) {
			for (let at = lower.indexOf(needle, sentence[0]); at >= 0 && at < sentence[1]; at = lower.indexOf(needle, at + 1)) {
				const from = Math.max(sentence[0], at - lead);
				const cover = weigh(lower.slice(from, from + width));
				if (cover > bestCover || (cover === bestCover && at < centre)) {
					bestCover = cover;
					centre = at;
				}
			}
		}
		centre = Math.max(centre, sentence[0] + lead);
	}
	const windows = [windowAt(text.length, centre, leadHere, width)];
	// Parts the first window misses get a short window of their own, so every part shows once; a
	// single character does not (it is mostly found inside some other word, like the 放 of 开放性).
	for (const needle of needles) {
		if ([...needle].length === 1) continue;
		const covered = windows.some(([from, to]) => lower.slice(from, to).includes(needle));
		const at = lower.indexOf(needle);
		if (!covered && at >= 0) windows.push(windowAt(text.length, at, Math.floor(lead / 2), Math.floor(width / 2)));
	}
	windows.sort((a, b) => a[0] - b[0]);
	// Windows that overlap or touch are joined, so no text shows twice.
	const joined: [number, number][] = [];
	for (const [from, to] of windows) {
		const last = joined.at(-1);
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else joined.push([from, to]);
	}
	const out: ExcerptPart[] = [];
	joined.forEach(([from, to], n) => {
		if (from > 0 || n > 0) out.push({ text: '…', mark: false });
		out.push(...markParts(text.slice(from, to), parts));
		if (n === joined.length - 1 && to < text.length) out.push({ text: '…', mark: false });
	});
	return out;
}

function windowAt(length: number, at: number, lead: number, width: number): [number, number] {
	const end = Math.min(length, Math.max(0, at - lead) + width);
	return [Math.max(0, end - width), end];
}

/** Splits `text` into plain and marked runs, marking every occurrence of every part (longest first at a position). */
function markParts(text: string, parts: readonly string[]): ExcerptPart[] {
	const out: ExcerptPart[] = [];
	const lower = text.toLowerCase();
	let i = 0;
	while (i < text.length) {
		let best: { at: number; len: number } | null = null;
		for (const p of parts) {
			if (!p) continue;
			const at = lower.indexOf(p.toLowerCase(), i);
			if (at >= 0 && (!best || at < best.at || (at === best.at && p.length > best.len))) best = { at, len: p.length };
		}
		if (!best) {
			out.push({ text: text.slice(i), mark: false });
			break;
		}
		if (best.at > i) out.push({ text: text.slice(i, best.at), mark: false });
		out.push({ text: text.slice(best.at, best.at + best.len), mark: true });
		i = best.at + best.len;
	}
	return out;
}

/** A plain query string as a NormalisedQuery with no dictionary (unit tests, raw comparisons). */
export function plainQuery(query: string): NormalisedQuery {
	const parts = queryParts(query).map((text) => ({ text, variants: [text] }));
	return {
		input: query.trim(),
		display: query.trim(),
		parts,
		terms: [],
		dropped: [],
		readings: [],
		synonyms: [],
		targets: [],
		issuers: [],
		searches: [query.trim()],
	};
}

/** Text without punctuation, symbols or spaces: a clause pasted with other punctuation (，for 、) still matches. */
export function bare(text: string): string {
	return text.replace(/[\p{P}\p{S}\s]/gu, '');
}

/** The spellings of a part that occur in `lower` (a lower-cased text), or in `lowerBare` (it without punctuation). */
function foundVariants(part: QueryPart, lower: string, lowerBare: string): string[] {
	return part.variants.filter((v) => lower.includes(v.toLowerCase()) || (bare(v) !== '' && lowerBare.includes(bare(v).toLowerCase())));
}

/** Occurrences of a spelling, verbatim or, failing that, with punctuation ignored. */
function occurrencesOf(v: string, lower: string, lowerBare: string): number {
	return countOccurrences(lower, v.toLowerCase()) || countOccurrences(lowerBare, bare(v).toLowerCase());
}

/** A template (a document to fill in), whose opening paragraph says what the document asks and why. */
const TEMPLATE_PATH = /\/templates\//;

/**
 * The opening of a template as scored: the clauses of its text before its first numbered section
 * (under a heading's anchor, not a clause's), the best of them; undefined when none holds a query word.
 */
function openingOf(scored: readonly ClauseScore[], anchors: readonly Anchor[]): ClauseScore | undefined {
	const headings = new Set(anchors.filter((a) => /^h[1-6]$/.test(a.element)).map((a) => a.id));
	let best: ClauseScore | undefined;
	for (const s of scored) {
		const anchor = s.passage.anchor;
		if (anchor === undefined || s.passage.heading) continue;
		if (!headings.has(anchor)) break;
		if (s.score > 0 && (!best || s.score > best.score)) best = s;
	}
	return best;
}

/** The glossary page: an answer card shows the definition, so the page itself ranks after the texts. */
const GLOSSARY_PATH = /\/glossary\/$/;

/** BM25's saturation and length normalisation; a typical clause is about this long (characters). */
const K1 = 1.2;
const B = 0.5;
const TYPICAL_CLAUSE = 80;
/** A synonym found counts this much of the word typed. */
const SYNONYM_WEIGHT = 0.7;
/** A corpus word shaped like a word the texts do not use (related.ts) counts less than a reviewed synonym. */
export const RELATED_WEIGHT = 0.4;
/** Score points per unit of the best clause's score (a clause holding a rare word well is worth a few units). */
const CLAUSE_WEIGHT = 40;
const CLAUSE_WEIGHT_VERBATIM = 5;
/**
 * A page without the query verbatim never outweighs the verbatim bonus by its best clause alone: a
 * long pasted clause (凡有三名以上正式党员的社会组织…) has so many content words that a text holding most
 * of them in other words would otherwise rank above the text it was copied from. Clause points grow
 * as they are up to the knee, then level off towards the cap.
 */
const CLAUSE_KNEE = 300;
const CLAUSE_CAP = 400;

/** Clause points of a page without the verbatim query: linear up to the knee, then saturating below the cap. */
export function clausePoints(score: number): number {
	const raw = CLAUSE_WEIGHT * score;
	if (raw <= CLAUSE_KNEE) return raw;
	const room = CLAUSE_CAP - CLAUSE_KNEE;
	return CLAUSE_KNEE + room * (1 - Math.exp(-(raw - CLAUSE_KNEE) / room));
}

/** The words a query is matched on clause by clause: its content words, or its parts when it has none (a 文号). */
function scoringTerms(q: NormalisedQuery): QueryTerm[] {
	if (q.terms.length) return q.terms;
	return q.parts.map((p) => ({ text: p.text, variants: p.variants, synonyms: [], weight: termWeight(p.text), joinsNext: false }));
}

interface ClauseScore {
	passage: Passage;
	score: number;
	/** Indexes of the terms found in the passage or its headings. */
	found: Set<number>;
	/** Spellings found in the passage text (to mark). */
	needles: string[];
	/** Every part as typed occurs in the passage. */
	partsHere: boolean;
	/** Shaped words found for words the texts do not use. */
	related: { word: string; corpus: string[] }[];
}

/** How much more a clause stating the rule a question asks for counts (能不能发展党员 → 不能发展党员). */
const RULE_BONUS = 0.35;
/** Words a rule is stated with: prohibition, permission, obligation (single 应/可/要 are too common to tell). */
const RULE_MARKER = /不能|不得|不可|不宜|不准|严禁|禁止|允许|可以|应当|应该|须|不必/g;
/** How far after the marker the words it governs may start (characters): 不得担任监计票人员. */
const RULE_REACH = 8;

/**
 * Whether a clause (lower-cased) states a rule about one of `words`: a marker of prohibition,
 * permission or obligation with one of them within RULE_REACH characters after it.
 */
export function statesRule(lower: string, words: readonly string[]): boolean {
	if (words.length === 0) return false;
	for (const m of lower.matchAll(RULE_MARKER)) {
		const from = m.index + m[0].length;
		const after = lower.slice(from, from + RULE_REACH);
		if (words.some((w) => w !== '' && after.includes(w.toLowerCase()))) return true;
	}
	return false;
}

/** How much more a clause stating an amount counts when the question asks for one (几名委员 → 委员会由3至5人组成). */
const AMOUNT_BONUS = 0.35;
/**
 * An amount as the texts state one: a number (digits or Chinese numerals) with a measure word or
 * unit, a fraction or share (三分之二、半数、过半、80%), a range of years (3至5年).
 */
const AMOUNT_NUMBER = `(?:[0-9]+|[${CHINESE_NUMERAL_CHARS}百千]+)`;
const AMOUNT = new RegExp(
	`${AMOUNT_NUMBER}(?:[至到~—-]${AMOUNT_NUMBER})?\\s*(?:个|名|人|次|年|届|位|条|家|周|月|天|日|小时|学时|元|岁|项|批|级|%|％)|分之|半数|过半`,
	'u'
);

/** Whether a clause (lower-cased) states an amount (3名以上、五分之四、半数、每年1次). */
export function statesAmount(lower: string): boolean {
	return AMOUNT.test(lower);
}

/** A query word found in the clause before (under the same headings) counts this much of one found in the clause. */
const PREVIOUS_CLAUSE_WEIGHT = 0.3;

/** The spellings (and synonyms) of the words a modal of the query governs that the clause holds. */
function ruled(terms: readonly QueryTerm[], found: ReadonlySet<number>): string[] {
	return terms.flatMap((t, i) => (t.afterModal && found.has(i) ? [...t.variants, ...t.synonyms] : []));
}

/** Whether a clause (lower-cased) or its headings hold a term as typed or as a synonym. */
export function holds(t: QueryTerm, lower: string): boolean {
	return [...t.variants, ...t.synonyms].some((v) => lower.includes(v.toLowerCase()));
}

/** What scoring a clause needs of the query besides its words: its parts and what it asks for. */
interface PassageQuery {
	parts: readonly QueryPart[];
	/** Shaped corpus words chosen for words the texts do not use (related.ts). */
	related: RelatedChoice;
	asksRule: boolean;
	asksAmount: boolean;
}

function scorePassage(
	passage: Passage,
	terms: readonly QueryTerm[],
	idf: (t: QueryTerm) => number,
	{ parts, related, asksRule, asksAmount }: PassageQuery,
	previous?: Passage
): ClauseScore {
	const lower = passage.lower;
	const headings = passage.headings.toLowerCase();
	const relatedFound: { word: string; corpus: string[] }[] = [];
	const norm = 1 - B + (B * passage.text.length) / TYPICAL_CLAUSE;
	let score = 0;
	let covered = 0;
	let totalWeight = 0;
	const found = new Set<number>();
	const needles: string[] = [];
	terms.forEach((t, i) => {
		const weight = t.weight * idf(t);
		totalWeight += weight;
		let tf = 0;
		for (const v of t.variants) {
			const n = countOccurrences(lower, v.toLowerCase());
			if (n) needles.push(v);
			tf += n;
		}
		// How much of the word the clause covers: all of it as typed or as a reviewed synonym; a shaped word
		// (a guess: 布局 for 布置) only as much as it counts, or a clause holding a guess for every word
		// would count as holding them all.
		let share = 1;
		for (const s of t.synonyms) {
			const n = countOccurrences(lower, s.toLowerCase());
			if (n) needles.push(s);
			tf += SYNONYM_WEIGHT * n;
		}
		// A word the texts do not use: the shaped words chosen for it, only in a clause that also holds
		// another of the query's words (alone, a shaped word is as likely another sense: 表格 for 表扬).
		const alternatives = tf === 0 ? (related.get(t) ?? []).map(([r]) => r) : [];
		if (alternatives.length && (terms.length === 1 || terms.some((o) => o !== t && o.weight >= 1 && holds(o, lower)))) {
			const here = alternatives.filter((r) => lower.includes(r.toLowerCase()));
			for (const r of here) tf += RELATED_WEIGHT * countOccurrences(lower, r.toLowerCase());
			if (here.length) {
				share = RELATED_WEIGHT;
				needles.push(...here);
				const word = related.get(t)!.find(([r]) => here.includes(r))![1];
				relatedFound.push({ word, corpus: here });
			}
		}
		const inHeading = [...t.variants, ...t.synonyms].some((v) => headings.includes(v.toLowerCase()));
		// A phrase (正式党员) whose words stand apart in the clause (正式中共党员) counts in part.
		const apart = tf === 0 && !!t.pieces && t.pieces.every((p) => lower.includes(p.toLowerCase()));
		if (apart) needles.push(...t.pieces!.filter((p) => [...p].length > 1));
		if (tf > 0 || apart) {
			const f = tf > 0 ? tf : 0.5;
			score += (weight * f * (K1 + 1)) / (f + K1 * norm);
			covered += tf > 0 ? share * weight : 0.6 * weight;
			found.add(i);
		} else if (inHeading) {
			score += 0.4 * weight;
			covered += 0.6 * weight;
			found.add(i);
		} else if (previous && holds(t, previous.lower)) {
			// The clause before it under the same headings holds the word: the two sentences often say
			// one thing (who, then how many). Not counted as found here (the status line says where words are).
			score += PREVIOUS_CLAUSE_WEIGHT * weight;
			covered += PREVIOUS_CLAUSE_WEIGHT * weight;
		}
	});
	// Words typed next to each other that stand together in the clause (组织生活 + 会 = 组织生活会).
	terms.forEach((t, i) => {
		const next = terms[i + 1];
		if (!t.joinsNext || !next) return;
		if (t.variants.some((a) => next.variants.some((b) => lower.includes(`${a}${b}`.toLowerCase())))) score += 0.5 * (idf(t) + idf(next));
	});
	// A question whether something is allowed or required: the clause that states the rule for the words asked.
	if (asksRule && statesRule(lower, ruled(terms, found))) score *= 1 + RULE_BONUS;
	// A question asking how many or how long: the clause that states a number.
	if (asksAmount && found.size > 0 && statesAmount(lower)) score *= 1 + AMOUNT_BONUS;
	const coverage = totalWeight > 0 ? covered / totalWeight : 0;
	score *= 0.25 + 0.75 * coverage * coverage;
	// A heading alone says little: its words also count (less) in the clauses under it.
	if (passage.heading) score *= 0.5;
	const partsHere = parts.length > 0 && parts.every((p) => foundVariants(p, lower, bare(lower)).length > 0);
	if (partsHere) score += 2;
	return { passage, score, found, needles: [...new Set(needles)], partsHere, related: relatedFound };
}

export interface RankOptions {
	/** Inverse document frequency of a content word (from Pagefind's result counts); 1 when unknown. */
	idf?: ((term: QueryTerm) => number) | undefined;
	/**
	 * related.ts chooseRelated, passed in (the browser loads it only for a query with a word the texts
	 * do not use); without it such words' shaped words are not looked for.
	 */
	chooseRelated?: ChooseRelated | undefined;
}

export function rankResults(query: string | NormalisedQuery, candidates: readonly Candidate[], options: RankOptions = {}): RankedResult[] {
	const q = typeof query === 'string' ? plainQuery(query) : query;
	const idf = options.idf ?? (() => 1);
	const partTexts = q.parts.map((p) => p.text);
	const compactQuery = partTexts.join('').toLowerCase();
	const targets = new Set(q.targets.map(pageOf));
	const termSource = q.term ? pageOf(q.term.source.url) : undefined;
	const terms = scoringTerms(q);
	const toolPath = q.tool ? `/tools/${q.tool.tool}/` : undefined;
	const pages = candidates.map((c) => passagesOf(c.content, c.anchors, c.meta.title ?? c.url));
	const clauses = pages.flat();
	// A word's weight in a clause: the mean of its rarity among pages and among the candidates' clauses.
	const inClauses = clauseRarity(terms, clauses);
	const clauseIdf = (t: QueryTerm) => (idf(t) + inClauses(t)) / 2;
	const related: RelatedChoice = options.chooseRelated?.(terms, clauses, idf) ?? new Map();
	// A question how a document is written (报告怎么写、请示咋写、起草申请): the one definition template-intent.ts keeps.
	const asksWriting = asksForTemplate(q.input);
	const passageQuery: PassageQuery = { parts: q.parts, related, asksRule: !!q.asksRule, asksAmount: !!q.asksAmount };
	// What each spelling found counts for in placing the excerpt, as in the clause's score.
	const needleWeights = new Map<string, number>();
	const weighNeedle = (needle: string, w: number) =>
		needleWeights.set(needle.toLowerCase(), Math.max(w, needleWeights.get(needle.toLowerCase()) ?? 0));
	for (const t of terms) {
		const w = t.weight * clauseIdf(t);
		for (const v of t.variants) weighNeedle(v, w);
		for (const v of t.synonyms) weighNeedle(v, SYNONYM_WEIGHT * w);
		for (const [r] of related.get(t) ?? []) weighNeedle(r, RELATED_WEIGHT * w);
		for (const p of t.pieces ?? []) if ([...p].length > 1) weighNeedle(p, 0.5 * w);
	}
	const ranked = candidates.map((c, n): RankedResult | undefined => {
		const text = plainText(c.content);
		const lower = text.toLowerCase();
		const lowerBare = bare(lower);
		const found = q.parts.map((p) => foundVariants(p, lower, lowerBare));
		const counts = found.map((vs) => vs.reduce((n, v) => n + occurrencesOf(v, lower, lowerBare), 0));
		const isTarget = targets.has(pageOf(c.url));
		const docNumber = plainText(c.meta.docNumber ?? '').replace(/\s/g, '');
		const docNumberHit = !!q.docNumber && docNumber === q.docNumber;
		const issuers = c.filters?.issuer ?? [];
		const issuerHit = q.issuers.some((name) => issuers.includes(name));
		// A query of names only (文号, nickname, issuer): the page it names is the verbatim answer.
		const exact = (q.parts.length > 0 && counts.every((n) => n > 0)) || (q.parts.length === 0 && (isTarget || docNumberHit || issuerHit));
		const occurrences = counts.reduce((a, b) => a + b, 0);
		const title = c.meta.title ?? c.url;
		const titleLower = plainText(title).toLowerCase();

		const passages = pages[n]!;
		// Each clause with the one before it when both stand under the same headings (a heading has none).
		const scored = passages.map((p, i) => {
			const before = passages[i - 1];
			const previous = before && !p.heading && !before.heading && before.headings === p.headings ? before : undefined;
			return scorePassage(p, terms, clauseIdf, passageQuery, previous);
		});
		// The best clause: highest score; a clause with every part verbatim before one without.
		let best: ClauseScore | undefined;
		for (const s of scored) if (s.score > 0 && (!best || s.score > best.score)) best = s;
		// A question how to write a document, landing on its template: the template's opening is the answer
		// (what the document asks and why), not a numbered section further down that repeats more of the
		// words. The page keeps its best clause's score, so the ranking does not change.
		const opening = best && asksWriting && TEMPLATE_PATH.test(pageOf(c.url)) ? openingOf(scored, c.anchors) : undefined;
		if (best && opening) best = { ...opening, score: best.score };
		// A go-to query: the clause it names, in the text it names.
		let clauseHit = false;
		// (or the text its words name loosely: 青海工作指南 for 青海省科技社团党组织工作指南).
		const clauseAsked = q.clause
			? isTarget && q.clause
			: q.looseClause && [title, c.meta.docNumber ?? ''].some((name) => namesLoosely(q.looseClause!.doc, name)) && q.looseClause;
		if (clauseAsked) {
			const anchor = resolveClause(
				c.anchors.map((a) => a.id),
				clauseAsked.steps
			);
			const at = anchor ? scored.find((s) => s.passage.anchor === anchor) : undefined;
			if (anchor) {
				clauseHit = true;
				const text = c.anchors.find((a) => a.id === anchor)?.text ?? '';
				best = at ?? {
					passage: { anchor, text, lower: text.toLowerCase(), headings: '', heading: true },
					score: 0,
					found: new Set(),
					needles: [],
					partsHere: false,
					related: [],
				};
			}
		}
		const termsOnPage = terms.filter((t) => [...t.variants, ...t.synonyms].some((v) => lower.includes(v.toLowerCase())));
		// A page Pagefind returned for a fragment of a word (发射场 → 场所) that holds none of the query's
		// words, names or numbers is not a result: listing it would pass off a text's opening as one.
		const asked = q.parts.length > 0 || terms.length > 0;
		const named = isTarget || docNumberHit || issuerHit || clauseHit || (!!termSource && pageOf(c.url) === termSource);
		if (asked && !named && !exact && !best && termsOnPage.length === 0 && found.every((vs) => vs.length === 0)) return undefined;

		let score = 0;
		if (clauseHit) score += 3000;
		if (isTarget) score += 2000;
		if (docNumberHit || (docNumber && docNumber.toLowerCase() === compactQuery)) score += 1000;
		if (exact) score += 500;
		if (termSource && pageOf(c.url) === termSource) score += 400;
		if (issuerHit) score += 300;
		if (q.parts.length && q.parts.every((p) => p.variants.some((v) => titleLower.includes(v.toLowerCase())))) score += 200;
		else if (terms.length > 1 && terms.every((t) => t.variants.some((v) => titleLower.includes(v.toLowerCase())))) score += 150;
		// The spelling typed (3人以上) before its equivalents (三名以上), other things equal.
		if (q.parts.some((p, i) => found[i]!.includes(p.text) && p.variants.length > 1)) score += 30;
		if (SECONDARY_PATH.test(c.url) && !(toolPath && pageOf(c.url).endsWith(toolPath))) score -= 300;
		if (GLOSSARY_PATH.test(pageOf(c.url))) score -= 150;
		// More verbatim occurrences weigh more, with diminishing returns; so does matching more of the words.
		score += Math.min(100, 25 * Math.log2(1 + occurrences));
		// Partial matches: a longer (more specific) word found weighs more than a short one.
		score += q.parts.reduce((sum, p, i) => sum + (found[i]!.length ? 15 * Math.min(8, p.text.length) : 0), 0);
		// The clause that answers best; among pages that hold the query verbatim, it only orders them.
		score += exact ? CLAUSE_WEIGHT_VERBATIM * (best?.score ?? 0) : clausePoints(best?.score ?? 0);
		// Pagefind's own order breaks ties.
		score -= c.engineRank;

		const partNeedles = [...new Set(found.flat())];
		const clauseNeedles = best
			? [...new Set([...best.needles, ...partNeedles.filter((n) => best!.passage.lower.includes(n.toLowerCase()))])]
			: [];
		const anchor = best?.passage.anchor;
		let excerptText = best ? best.passage.text : bodyText(passages, partNeedles);
		// A part the clause does not hold (换届 差额: 换届 elsewhere in the text) gets a window of its own.
		for (const needle of best ? partNeedles : []) {
			if (excerptText.toLowerCase().includes(needle.toLowerCase())) continue;
			const other = passages.find((p) => p.lower.includes(needle.toLowerCase()));
			if (other) excerptText += ` ${other.text}`;
		}
		return {
			url: c.url,
			target: anchor ? `${c.url}#${anchor}` : c.url,
			anchor,
			title,
			meta: c.meta,
			// A go-to query asked for the clause itself: its opening words, not the query's words in it.
			excerpt: clauseHit
				? excerptAround(best!.passage.text, [])
				: excerptAround(excerptText, best ? [...new Set([...clauseNeedles, ...partNeedles])] : partNeedles, undefined, (n) =>
						needleWeights.get(n)
					),
			exact,
			occurrences,
			matched: clauseNeedles.length ? clauseNeedles : partNeedles,
			missing: q.parts.filter((_, i) => found[i]!.length === 0).map((p) => p.text),
			termsInClause: best ? terms.filter((_, i) => best!.found.has(i)).map((t) => t.text) : [],
			termsMissing: terms.filter((t) => !termsOnPage.includes(t)).map((t) => t.text),
			clauseHit,
			related: best?.related ?? [],
			score,
		};
	});
	return ranked.filter((r): r is RankedResult => r !== undefined).sort((a, b) => b.score - a.score);
}

/** The text an excerpt is cut from when no clause matched: the passages from the first with a match (the metadata and page header never stand in for the text). */
function bodyText(passages: readonly Passage[], needles: readonly string[]): string {
	const lowerNeedles = needles.map((n) => n.toLowerCase());
	const first = passages.findIndex((p) => lowerNeedles.some((n) => p.lower.includes(n)));
	return passages
		.slice(Math.max(0, first))
		.map((p) => p.text)
		.join(' ');
}

/**
 * How rare each content word is among the candidates' clauses (BM25's idf over clauses, not pages):
 * a word every candidate page holds can still be in few of their clauses, and a word in most
 * clauses says little about which clause answers.
 */
export function clauseRarity(terms: readonly QueryTerm[], passages: readonly Passage[]): (t: QueryTerm) => number {
	const body = passages.filter((p) => !p.heading).map((p) => p.lower);
	const n = body.length;
	const rarity = new Map(
		terms.map((t) => {
			const df = body.filter((text) => holds(t, text)).length;
			return [t, Math.log(1 + (n - df + 0.5) / (df + 0.5))];
		})
	);
	return (t) => rarity.get(t) ?? 1;
}

/** Words of the query (as typed) that no candidate contains (for “没有找到…” lines). */
export function missingEverywhere(ranked: readonly RankedResult[], query: NormalisedQuery): string[] {
	return query.parts.map((p) => p.text).filter((text) => ranked.every((r) => r.missing.includes(text)));
}

/** Content words that no candidate contains. */
export function termsMissingEverywhere(ranked: readonly RankedResult[], query: NormalisedQuery): string[] {
	return query.terms.map((t) => t.text).filter((text) => ranked.length > 0 && ranked.every((r) => r.termsMissing.includes(text)));
}
