/**
 * Layout of the citation map (/map/): texts in columns by 层级, ordered by date inside a column,
 * "A cites B" as arrows. Pure: positions, paths and the viewBox only; the page draws the SVG.
 *
 * Scales by growing, never by shrinking: the font and box sizes are fixed; a level with more texts
 * than `maxRows` wraps into further sub-columns, and the viewBox grows with it (the page scrolls).
 */

export interface MapNodeInput {
	id: string;
	label: string;
	/** Column group (层级). */
	level: string;
	/** Sortable date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); empty or undefined when unknown (sorted last). */
	date?: string;
}

export interface MapEdgeInput {
	/** The citing text. */
	from: string;
	/** The cited text. */
	to: string;
}

export interface MapNode extends MapNodeInput {
	x: number;
	y: number;
	width: number;
	height: number;
	/** The label broken into display lines (ellipsis when too long). */
	lines: string[];
	/** Index of the level column group. */
	column: number;
}

export interface MapEdge extends MapEdgeInput {
	/** SVG path data, ending where the arrow head goes. */
	d: string;
}

export interface MapColumn {
	level: string;
	/** Centre of the column header. */
	x: number;
	y: number;
	/** Horizontal extent of the column group (all its sub-columns). */
	left: number;
	width: number;
	count: number;
}

export interface MapLayout {
	nodes: MapNode[];
	edges: MapEdge[];
	columns: MapColumn[];
	width: number;
	height: number;
	viewBox: string;
}

export interface MapOptions {
	/** Order of the level columns; levels not listed follow in order of appearance. */
	levels?: readonly string[];
	/** Rows per sub-column before a level wraps into another sub-column. */
	maxRows?: number;
	/** Characters per label line, lines per label. */
	charsPerLine?: number;
	maxLines?: number;
}

export const MAP_METRICS = {
	/** Label font size (px in the viewBox): at 1366 px the whole map fits the column at about 14 px. */
	fontSize: 15,
	lineHeight: 20,
	/** Width of a label line in Chinese characters (an ASCII digit or letter counts 0.6). */
	charsPerLine: 10,
	maxLines: 3,
	nodeWidth: 10 * 15 + 20,
	paddingY: 8,
	/** Gaps between rows and between columns; arrows that go round boxes run along their middle. */
	rowGap: 24,
	subColumnGap: 48,
	columnGap: 48,
	margin: 24,
	headerHeight: 40,
} as const;

/** Units a label breaks between: one Chinese character, or a whole run of digits and Latin letters (a year, a number). */
const TOKEN = /[0-9A-Za-z.\-]+|[\s\S]/gu;
/** Never at the start of a line, and never at the end of one. */
const NO_START = /^[，。、；：？！）》」』”’〕】…]/u;
const NO_END = /^[（《「『“‘〔【]/u;
const widthOf = (token: string) => (/^[\x20-\x7e]+$/.test(token) ? token.length * 0.6 : [...token].length);

/**
 * Breaks a label into at most `maxLines` lines of `perLine` characters' width, ending with … when cut.
 * A year or number is never split (党委 / 2023年, not 党委2 / 023年); closing punctuation stays at the
 * end of a line and opening punctuation at the start of the next.
 */
export function wrapLabel(label: string, perLine: number = MAP_METRICS.charsPerLine, maxLines: number = MAP_METRICS.maxLines): string[] {
	const tokens: string[] = [];
	// a run wider than a line is split after all
	for (const t of label.match(TOKEN) ?? []) tokens.push(...(widthOf(t) > perLine ? [...t] : [t]));
	const lines: string[][] = [[]];
	let width = 0;
	for (const t of tokens) {
		const line = lines[lines.length - 1]!;
		const w = widthOf(t);
		// closing punctuation may hang past the end rather than start a line
		if (width + w > perLine + 1e-9 && line.length > 0 && !NO_START.test(t)) {
			const next: string[] = [];
			// an opening bracket goes down with what it opens
			while (line.length > 1 && NO_END.test(line[line.length - 1]!)) next.unshift(line.pop()!);
			lines.push(next);
			width = next.reduce((n, x) => n + widthOf(x), 0);
		}
		lines[lines.length - 1]!.push(t);
		width += w;
	}
	const out = lines.map((l) => l.join(''));
	if (out.length <= maxLines) return out;
	const kept = out.slice(0, maxLines);
	const last = [...kept[maxLines - 1]!];
	while (last.length > 0 && widthOf(last.join('')) + 1 > perLine) last.pop();
	kept[maxLines - 1] = last.join('') + '…';
	return kept;
}

/** Oldest first, unknown dates last, then by label and id so the order is stable. */
function byDate(a: MapNodeInput, b: MapNodeInput): number {
	const ka = a.date || '\uffff';
	const kb = b.date || '\uffff';
	if (ka !== kb) return ka < kb ? -1 : 1;
	return a.label.localeCompare(b.label, 'zh-CN') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function layoutCitationMap(
	inputNodes: readonly MapNodeInput[],
	inputEdges: readonly MapEdgeInput[],
	options: MapOptions = {}
): MapLayout {
	const m = MAP_METRICS;
	const maxRows = Math.max(1, options.maxRows ?? 20);
	const perLine = options.charsPerLine ?? m.charsPerLine;
	const maxLines = options.maxLines ?? m.maxLines;
	const height = m.paddingY * 2 + maxLines * m.lineHeight;

	const order = [...(options.levels ?? [])];
	for (const n of inputNodes) if (!order.includes(n.level)) order.push(n.level);
	const levels = order.filter((level) => inputNodes.some((n) => n.level === level));

	const nodes: MapNode[] = [];
	const columns: MapColumn[] = [];
	let x = m.margin;
	let maxBottom = m.margin + m.headerHeight;
	levels.forEach((level, column) => {
		const items = inputNodes.filter((n) => n.level === level).sort(byDate);
		const subColumns = Math.ceil(items.length / maxRows);
		const groupWidth = subColumns * m.nodeWidth + (subColumns - 1) * m.subColumnGap;
		columns.push({ level, x: x + groupWidth / 2, y: m.margin + 16, left: x, width: groupWidth, count: items.length });
		items.forEach((n, i) => {
			const sub = Math.floor(i / maxRows);
			const row = i % maxRows;
			const node: MapNode = {
				...n,
				x: x + sub * (m.nodeWidth + m.subColumnGap),
				y: m.margin + m.headerHeight + row * (height + m.rowGap),
				width: m.nodeWidth,
				height,
				lines: wrapLabel(n.label, perLine, maxLines),
				column,
			};
			nodes.push(node);
			maxBottom = Math.max(maxBottom, node.y + height);
		});
		x += groupWidth + m.columnGap;
	});
	const width = Math.max(x - m.columnGap + m.margin, 2 * m.margin + m.nodeWidth);
	const totalHeight = maxBottom + m.margin;

	const byId = new Map(nodes.map((n) => [n.id, n]));
	const seen = new Set<string>();
	const edges: MapEdge[] = [];
	for (const e of inputEdges) {
		const a = byId.get(e.from);
		const b = byId.get(e.to);
		const key = `${e.from}\u0000${e.to}`;
		if (!a || !b || a === b || seen.has(key)) continue;
		seen.add(key);
		edges.push({ from: e.from, to: e.to, d: edgePath(a, b) });
	}
	return { nodes, edges, columns, width, height: totalHeight, viewBox: `0 0 ${width} ${totalHeight}` };
}

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * The arrow from the citing box to the cited box. Neighbouring columns: a curve across the gap
 * between them. Further apart (or in the same sub-column): out into the middle of the gap beside the
 * citing box, along the middle of the gap between two rows (rows line up across all columns, so no box
 * sits there) and down the middle of the gap beside the cited box: no line crosses a box, and none
 * runs along a box's edge.
 */
function edgePath(a: MapNode, b: MapNode): string {
	const m = MAP_METRICS;
	const ay = a.y + a.height / 2;
	const by = b.y + b.height / 2;
	if (a.x === b.x) {
		// same sub-column: out on the right, along the middle of its gap, back in
		const sx = a.x + a.width;
		const lane = sx + m.subColumnGap / 2;
		return `M${r(sx)},${r(ay)}H${r(lane)}V${r(by)}H${r(b.x + b.width + 4)}`;
	}
	const leftward = b.x < a.x;
	const sx = leftward ? a.x : a.x + a.width;
	const ex = leftward ? b.x + b.width + 4 : b.x - 4;
	const neighbours = Math.abs(b.x - a.x) <= a.width + Math.max(m.columnGap, m.subColumnGap);
	if (neighbours) {
		const dx = (ex - sx) / 2;
		return `M${r(sx)},${r(ay)} C${r(sx + dx)},${r(ay)} ${r(ex - dx)},${r(by)} ${r(ex)},${r(by)}`;
	}
	const out = leftward ? sx - m.columnGap / 2 : sx + m.columnGap / 2;
	const into = leftward ? b.x + b.width + m.columnGap / 2 : b.x - m.columnGap / 2;
	const gapY = b.y - m.rowGap / 2;
	return `M${r(sx)},${r(ay)}H${r(out)}V${r(gapY)}H${r(into)}V${r(by)}H${r(ex)}`;
}

/**
 * Texts drawn on the map. Past a few hundred boxes a diagram is no longer read, only scrolled (and
 * at 5,000 texts the page would weigh megabytes), so a large corpus shows `max` texts that cite one
 * another (100 boxes still fit a screen or two and keep the page under 300 KB): starting from the most connected text, each next one is the text with the most links to
 * those already chosen (then the most connected, then the oldest). Edges keep only the texts shown.
 */
export const MAP_MAX_TEXTS = 100;

export function selectMapTexts<N extends MapNodeInput>(
	nodes: readonly N[],
	edges: readonly MapEdgeInput[],
	max = MAP_MAX_TEXTS
): { nodes: N[]; edges: MapEdgeInput[]; omitted: number } {
	const ids = new Set(nodes.map((n) => n.id));
	const neighbours = new Map<string, Set<string>>(nodes.map((n) => [n.id, new Set<string>()]));
	for (const e of edges) {
		if (e.from === e.to || !ids.has(e.from) || !ids.has(e.to)) continue;
		neighbours.get(e.from)!.add(e.to);
		neighbours.get(e.to)!.add(e.from);
	}
	const shown = new Set<string>();
	if (nodes.length <= max) for (const n of nodes) shown.add(n.id);
	else {
		const linksToShown = new Map<string, number>(nodes.map((n) => [n.id, 0]));
		const better = (a: N, b: N) =>
			linksToShown.get(a.id)! - linksToShown.get(b.id)! || neighbours.get(a.id)!.size - neighbours.get(b.id)!.size || byDate(b, a);
		while (shown.size < max) {
			let best: N | undefined;
			for (const n of nodes) if (!shown.has(n.id) && (!best || better(n, best) > 0)) best = n;
			if (!best) break;
			shown.add(best.id);
			for (const id of neighbours.get(best.id)!) linksToShown.set(id, linksToShown.get(id)! + 1);
		}
	}
	return {
		nodes: nodes.filter((n) => shown.has(n.id)),
		edges: edges.filter((e) => shown.has(e.from) && shown.has(e.to)),
		omitted: nodes.length - shown.size,
	};
}

/** A policy text as the map page shows it. */
export interface MapText {
	id: string;
	title: string;
	shortTitle: string;
	level: string;
	/** ISO date, or '' when the text gives none. */
	date: string;
}

/** Who cites whom, by entry id (the citation registry). */
export interface CitationGraph {
	cites(id: string): string[];
	citedBy(id: string): string[];
}

/**
 * Everything the 引用关系图 page shows: the texts picked for the diagram and its layout, and for the
 * text version each shown text's relations among the texts shown (with a count of those left out),
 * listed by level then short title.
 */
export function citationMapView(texts: readonly MapText[], graph: CitationGraph, levels: readonly string[]) {
	const byId = new Map(texts.map((t) => [t.id, t]));
	const picked = selectMapTexts(
		texts.map((t) => ({ id: t.id, label: t.shortTitle, level: t.level, date: t.date })),
		texts.flatMap((t) => graph.cites(t.id).map((to) => ({ from: t.id, to })))
	);
	const layout = layoutCitationMap(picked.nodes, picked.edges, { levels });
	const shown = new Set(picked.nodes.map((n) => n.id));
	/** Relations of a text among the texts shown, and how many more it has with texts left out. */
	const among = (ids: string[]) => ({
		shown: ids.filter((id) => shown.has(id)),
		more: ids.filter((id) => byId.has(id) && !shown.has(id)).length,
	});
	const links = new Map(picked.nodes.map((n) => [n.id, { cites: among(graph.cites(n.id)), citedBy: among(graph.citedBy(n.id)) }]));
	const levelIndex = (level: string) => Math.max(0, levels.indexOf(level));
	const listed = texts
		.filter((t) => shown.has(t.id))
		.sort((a, b) => levelIndex(a.level) - levelIndex(b.level) || a.shortTitle.localeCompare(b.shortTitle, 'zh-CN'));
	return { texts, byId, picked, layout, links, listed, levelIndex, edgeCount: layout.edges.length };
}
