/**
 * A search result's page cut into passages, each with the clause anchor it sits under (pure).
 *
 * Pagefind keeps a page's text as one string of words (Chinese words separated by zero-width spaces)
 * with the position of every element that has an id (our clause anchors, headings). A passage is a
 * paragraph or clause: it starts at an anchor or after the end of a block (Pagefind's “. ” between
 * blocks, or a full stop followed by a space where one paragraph ends and the next begins). Each
 * passage links to the last anchor at or before it and knows the headings it stands under, so a
 * question can be matched clause by clause and the link and excerpt go to the clause that answers.
 */
export interface Anchor {
	element: string;
	id: string;
	text: string;
	location: number;
}

export interface Passage {
	/** Anchor of the clause or heading the passage sits under; undefined before the first one. */
	anchor?: string | undefined;
	/** The passage as a reader sees it (no word separators, whitespace collapsed). */
	text: string;
	/** `text` lower-cased, once: every query word is looked for in it (rank.ts). */
	lower: string;
	/**
	 * Headings in force (part, section…), outermost first, joined by a space; then the lead-in titles
	 * (leadTitle) of the clauses the passage sits in when they are not its own first words.
	 */
	headings: string;
	/** Whether the passage is a heading itself. */
	heading: boolean;
}

const ZERO_WIDTH = /[\u200b\u200c\u200d\ufeff]/;
/** Where one block ends and the next begins in Pagefind's content. */
const BLOCK_END = /(?<=[\p{Script=Han}）》”」×。；：！？、)])\. (?=\S)|(?<=[。！？；])\s+(?=\S)/gu;

/** The content as plain text, and the offset in it where each of Pagefind's words starts. */
function plainWithWords(content: string): { plain: string; wordStarts: number[] } {
	let plain = '';
	const wordStarts: number[] = [];
	let separated = true;
	let pendingSpace = false;
	for (const ch of content) {
		if (ZERO_WIDTH.test(ch)) {
			separated = true;
			continue;
		}
		if (/\s/.test(ch)) {
			separated = true;
			pendingSpace = plain.length > 0;
			continue;
		}
		if (pendingSpace) {
			plain += ' ';
			pendingSpace = false;
		}
		if (separated) {
			wordStarts.push(plain.length);
			separated = false;
		}
		plain += ch;
	}
	return { plain, wordStarts };
}

const HEADING = /^h[1-6]$/;

/** A clause's number (1. / （一） / 第三条 / 一、), then a short title ending in 。 or ：, then the clause. */
const LEAD_TITLE =
	/^\s*(?:第[一二三四五六七八九十百零〇]+条|[（(]?[0-9一二三四五六七八九十]+[)）]?[.．、]?)\s*([^。；：:，,、\s]{2,12})[。：:](?=\s*\S)/u;

/**
 * The title a clause opens with (`3. 审批程序。社会组织设立…` → 审批程序): in the texts' numbered lists it
 * names what the clause is about as a heading would, so it counts for the clause's later paragraphs
 * and for the items nested in it (a question about approval materials lands under 审批程序).
 */
export function leadTitle(text: string): string | undefined {
	return LEAD_TITLE.exec(text)?.[1];
}

/** The page's passages in order. The title (the h1, or `title` at the start of the text) is not a passage. */
export function passagesOf(content: string, anchors: readonly Anchor[], title?: string): Passage[] {
	const { plain, wordStarts } = plainWithWords(content);
	const placed = anchors
		.map((a) => ({ ...a, at: wordStarts[a.location] ?? plain.length }))
		.filter((a) => a.id !== '_top' && a.element !== 'h1')
		.sort((a, b) => a.at - b.at);
	const h1 = anchors.find((a) => a.element === 'h1' || a.id === '_top');
	const titleText = (h1?.text ?? title ?? '').replace(/\s+/g, ' ').trim();
	const titleEnd = titleText && plain.startsWith(titleText) ? titleText.length : 0;

	// Cut points: every anchor and every block end.
	const cuts = new Set<number>([0, plain.length, ...placed.map((a) => a.at)]);
	for (const m of plain.matchAll(BLOCK_END)) {
		cuts.add(m.index);
		cuts.add(m.index + m[0].length);
	}
	const points = [...cuts].filter((c) => c >= 0 && c <= plain.length).sort((a, b) => a - b);

	const out: Passage[] = [];
	const headingStack: { level: number; text: string }[] = [];
	const titles = new Map<string, string>();
	for (const a of placed) {
		const title = HEADING.test(a.element) ? undefined : leadTitle(a.text);
		if (title) titles.set(a.id, title);
	}
	/** Lead-in titles of the clause `id` and the clauses it is nested in, outermost first, but not `own` (the passage's first words). */
	const leadTitles = (id: string | undefined, text: string): string[] =>
		id
			? [...titles]
					.filter(
						([other, title]) => (id === other || id.startsWith(`${other}-`)) && !text.startsWith(title) && !leadTitle(text)?.includes(title)
					)
					.map(([, title]) => title)
			: [];
	let next = 0;
	let current: (typeof placed)[number] | undefined;
	for (let i = 0; i + 1 < points.length; i++) {
		const from = points[i]!;
		const to = points[i + 1]!;
		while (next < placed.length && placed[next]!.at <= from) {
			current = placed[next]!;
			next++;
			if (HEADING.test(current.element)) {
				const level = Number(current.element[1]);
				while (headingStack.length && headingStack[headingStack.length - 1]!.level >= level) headingStack.pop();
				headingStack.push({ level, text: current.text.replace(/\s+/g, ' ').trim() });
			}
		}
		// The title block (and the “. ” after it) is not body text.
		if (to <= titleEnd) continue;
		const text = plain
			.slice(Math.max(from, titleEnd), to)
			.replace(/^\.\s*/, '')
			.replace(/\s*\.$/, '')
			.trim();
		if (!text || text === '.') continue;
		const isHeading = !!current && HEADING.test(current.element) && current.at === from;
		out.push({
			anchor: current?.id,
			text,
			lower: text.toLowerCase(),
			headings: [
				...headingStack.filter((h) => !(isHeading && h.text === text)).map((h) => h.text),
				...(isHeading ? [] : leadTitles(current?.id, text)),
			].join(' '),
			heading: isHeading,
		});
	}
	return out;
}
