/**
 * Re-ranking and excerpts for Chinese search results (pure: no DOM).
 *
 * Pagefind finds candidates; its index (jieba) and its query segmentation (Intl.Segmenter) do not
 * always agree on Chinese word boundaries, so its order and excerpts can miss the exact wording.
 * Here every candidate's text is checked for the exact query: results that contain every part of
 * the query verbatim come first, the excerpt is centred on the verbatim match, and the link goes to
 * the clause (element id) that contains it.
 */
import { widthNormalise, type NormalisedQuery, type QueryPart } from './normalise';

export interface Anchor {
	element: string;
	id: string;
	text: string;
	location: number;
}

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
	/** url plus the clause anchor holding the match, when there is one. */
	target: string;
	anchor?: string;
	title: string;
	meta: Record<string, string | undefined>;
	excerpt: ExcerptPart[];
	/** Every part of the query occurs verbatim. */
	exact: boolean;
	occurrences: number;
	/** Spellings of the query's words found in the page (numerals, variants). */
	matched: string[];
	/** Words of the query the page does not contain. */
	missing: string[];
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

/**
 * Pagefind joins the page's blocks (title, paragraphs, list items) with ". ": split them again where
 * the full stop follows Chinese text, so an excerpt never shows that ASCII stop between two blocks.
 */
export function contentBlocks(text: string): string[] {
	return text
		.split(/(?<=[\p{Script=Han}）》”」×。；：！？、)])\. (?=\S)/u)
		.map((b) => b.trim())
		.filter(Boolean);
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

/** Pages whose results rank after the texts themselves (tools, help). */
const SECONDARY_PATH = /\/(tools|guide)\//;

/** Builds an excerpt of about `width` characters centred on the first part's first occurrence, every part marked. */
export function excerptAround(text: string, parts: readonly string[], width = 90): ExcerptPart[] {
	const lower = text.toLowerCase();
	const needles = parts.map((p) => p.toLowerCase());
	const lead = Math.floor(width / 3);
	// Centre on the occurrence whose window holds the most distinct parts (earliest on a tie).
	let centre = 0;
	let bestCover = 0;
	for (const needle of needles) {
		for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
			const from = Math.max(0, at - lead);
			const slice = lower.slice(from, from + width);
			const cover = needles.filter((n) => slice.includes(n)).length;
			if (cover > bestCover || (cover === bestCover && at < centre)) {
				bestCover = cover;
				centre = at;
			}
		}
	}
	const windows = [windowAt(text.length, centre, lead, width)];
	// Parts the first window misses get a short window of their own, so every part shows once.
	for (const needle of needles) {
		const covered = windows.some(([from, to]) => lower.slice(from, to).includes(needle));
		const at = lower.indexOf(needle);
		if (!covered && at >= 0) windows.push(windowAt(text.length, at, Math.floor(lead / 2), Math.floor(width / 2)));
	}
	windows.sort((a, b) => a[0] - b[0]);
	const out: ExcerptPart[] = [];
	windows.forEach(([from, to], n) => {
		if (from > 0 || n > 0) out.push({ text: '…', mark: false });
		out.push(...markParts(text.slice(from, to), parts));
		if (n === windows.length - 1 && to < text.length) out.push({ text: '…', mark: false });
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

/** The anchor (clause or heading) whose own text holds the most parts; ties go to the earliest. */
function bestAnchor(anchors: readonly Anchor[], parts: readonly string[]): Anchor | undefined {
	let best: { anchor: Anchor; hits: number } | undefined;
	for (const anchor of anchors) {
		if (anchor.id === '_top' || anchor.element === 'h1') continue;
		const text = plainText(anchor.text).toLowerCase();
		const hits = parts.filter((p) => text.includes(p.toLowerCase())).length;
		if (hits > 0 && (!best || hits > best.hits)) best = { anchor, hits };
	}
	return best?.anchor;
}

/** A plain query string as a NormalisedQuery with no dictionary (unit tests, raw comparisons). */
export function plainQuery(query: string): NormalisedQuery {
	const parts = queryParts(query).map((text) => ({ text, variants: [text] }));
	return { input: query.trim(), display: query.trim(), parts, targets: [], issuers: [], searches: [query.trim()] };
}

/** The spellings of a part that occur in `lower` (a lower-cased text). */
function foundVariants(part: QueryPart, lower: string): string[] {
	return part.variants.filter((v) => lower.includes(v.toLowerCase()));
}

const pathOf = (url: string) => url.replace(/[#?].*$/, '');

/** The glossary page: an answer card shows the definition, so the page itself ranks after the texts. */
const GLOSSARY_PATH = /\/glossary\/$/;

export function rankResults(query: string | NormalisedQuery, candidates: readonly Candidate[]): RankedResult[] {
	const q = typeof query === 'string' ? plainQuery(query) : query;
	const partTexts = q.parts.map((p) => p.text);
	const compactQuery = partTexts.join('').toLowerCase();
	const targets = new Set(q.targets.map(pathOf));
	const termSource = q.term ? pathOf(q.term.source.url) : undefined;
	const ranked = candidates.map((c) => {
		const text = plainText(c.content);
		const lower = text.toLowerCase();
		const found = q.parts.map((p) => foundVariants(p, lower));
		// Every spelling found counts, and is what the excerpt centres on and marks.
		const needles = [...new Set(found.flat())];
		const counts = found.map((vs) => vs.reduce((n, v) => n + countOccurrences(lower, v.toLowerCase()), 0));
		const isTarget = targets.has(pathOf(c.url));
		const docNumber = plainText(c.meta.docNumber ?? '').replace(/\s/g, '');
		const docNumberHit = !!q.docNumber && docNumber === q.docNumber;
		const issuers = c.filters?.issuer ?? [];
		const issuerHit = q.issuers.some((name) => issuers.includes(name));
		// A query of names only (文号, nickname, issuer): the page it names is the verbatim answer.
		const exact = (q.parts.length > 0 && counts.every((n) => n > 0)) || (q.parts.length === 0 && (isTarget || docNumberHit || issuerHit));
		const occurrences = counts.reduce((a, b) => a + b, 0);
		const title = c.meta.title ?? c.url;
		const titleLower = plainText(title).toLowerCase();
		const anchor = needles.length ? bestAnchor(c.anchors, needles) : undefined;
		const anchorText = anchor ? plainText(anchor.text) : '';
		const anchorLower = anchorText.toLowerCase();
		const anchorHasAll = anchor ? found.every((vs) => vs.length === 0 || vs.some((v) => anchorLower.includes(v.toLowerCase()))) : false;

		let score = 0;
		if (isTarget) score += 2000;
		if (docNumberHit || (docNumber && docNumber.toLowerCase() === compactQuery)) score += 1000;
		if (exact) score += 500;
		if (termSource && pathOf(c.url) === termSource) score += 400;
		if (issuerHit) score += 300;
		if (q.parts.length && q.parts.every((p) => p.variants.some((v) => titleLower.includes(v.toLowerCase())))) score += 200;
		// The spelling typed (3人以上) before its equivalents (三名以上), other things equal.
		if (q.parts.some((p, i) => found[i]!.includes(p.text) && p.variants.length > 1)) score += 30;
		if (SECONDARY_PATH.test(c.url)) score -= 300;
		if (GLOSSARY_PATH.test(pathOf(c.url))) score -= 150;
		// More verbatim occurrences weigh more, with diminishing returns; so does matching more of the words.
		score += Math.min(100, 25 * Math.log2(1 + occurrences));
		// Partial matches: a longer (more specific) word found weighs more than a short one.
		score += q.parts.reduce((sum, p, i) => sum + (found[i]!.length ? 15 * Math.min(8, p.text.length) : 0), 0);
		// Pagefind's own order breaks ties.
		score -= c.engineRank;

		return {
			url: c.url,
			target: anchor && (anchorHasAll || exact) ? `${c.url}#${anchor.id}` : c.url,
			anchor: anchor?.id,
			title,
			meta: c.meta,
			excerpt: excerptAround(anchorHasAll ? anchorText : bodyText(text, title, needles), needles),
			exact,
			occurrences,
			matched: needles,
			missing: q.parts.filter((_, i) => found[i]!.length === 0).map((p) => p.text),
			score,
		};
	});
	return ranked.sort((a, b) => b.score - a.score);
}

/**
 * The text an excerpt is cut from: the page's blocks without its title block, joined by a space, and
 * starting at the first block with a match (the metadata and page header never stand in for the text).
 */
function bodyText(text: string, title: string, needles: readonly string[]): string {
	const titleText = plainText(title);
	const body = contentBlocks(text.startsWith(titleText) ? text.slice(titleText.length).replace(/^\.?\s*/, '') : text);
	const lowerNeedles = needles.map((n) => n.toLowerCase());
	const first = body.findIndex((b) => lowerNeedles.some((n) => b.toLowerCase().includes(n)));
	return body.slice(Math.max(0, first)).join(' ');
}

/** Words of the query that no candidate contains (for “没有找到…” lines). */
export function missingEverywhere(ranked: readonly RankedResult[], query: NormalisedQuery): string[] {
	return query.parts.map((p) => p.text).filter((text) => ranked.every((r) => r.missing.includes(text)));
}
