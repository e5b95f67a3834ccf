import { describe, expect, it } from 'vitest';
import { layoutCitationMap, MAP_MAX_TEXTS, MAP_METRICS, selectMapTexts, wrapLabel, type MapNodeInput } from '../../src/lib/citation-map';

const LEVELS = ['中央', '中央部门', '中国科协', '省级', '市级'];

type Box = { x: number; y: number; width: number; height: number };
/** Whether two boxes overlap (touching edges do not count). */
const boxesOverlap = (a: Box, b: Box): boolean =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function synthetic(count: number): { nodes: MapNodeInput[]; edges: { from: string; to: string }[] } {
	const nodes: MapNodeInput[] = [];
	for (let i = 0; i < count; i++) {
		// uneven levels: most texts are provincial or municipal, as in a growing corpus
		const level = LEVELS[[0, 1, 2, 3, 3, 3, 4, 4, 4, 4][i % 10]!]!;
		const date = i % 7 === 0 ? '' : `${2000 + (i % 24)}-${String((i % 12) + 1).padStart(2, '0')}`;
		nodes.push({ id: `t${i}`, label: `第${i}号测试文件简称`.repeat(1 + (i % 3)), level, date });
	}
	const edges = nodes.flatMap((n, i) => [
		{ from: n.id, to: `t${(i * 7 + 3) % count}` },
		{ from: n.id, to: `t${(i * 13 + 1) % count}` },
	]);
	return { nodes, edges };
}

describe('wrapLabel', () => {
	it.each([
		['短', ['短']],
		['一二三四五六七八九十', ['一二三四五六七八九十']],
		['一二三四五六七八九十甲', ['一二三四五六七八九十', '甲']],
		[
			'一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十甲',
			['一二三四五六七八九十', '一二三四五六七八九十', '一二三四五六七八九…'],
		],
		// a year is one unit: never 党委2 / 023年
		['重庆市科协科技社团党委2023年工作要点', ['重庆市科协科技社团党', '委2023年工作要点']],
		// closing punctuation hangs at the end of a line; an opening one goes down with its words
		['社会组织党建工作意见（试行）', ['社会组织党建工作意见', '（试行）']],
		['一二三四五六七八九十）', ['一二三四五六七八九十）']],
		['一二三四五六七八九《十一》', ['一二三四五六七八九', '《十一》']],
	])('%s', (label, lines) => expect(wrapLabel(label)).toEqual(lines));
});

describe('layoutCitationMap', () => {
	it('orders columns by level and nodes by date, unknown last', () => {
		const layout = layoutCitationMap(
			[
				{ id: 'c', label: 'C', level: '市级', date: '' },
				{ id: 'b', label: 'B', level: '市级', date: '2019-09-03' },
				{ id: 'a', label: 'A', level: '中央', date: '2015-09-29' },
				{ id: 'd', label: 'D', level: '市级', date: '2016' },
			],
			[
				{ from: 'c', to: 'a' },
				{ from: 'c', to: 'a' },
				{ from: 'c', to: 'missing' },
				{ from: 'b', to: 'd' },
			],
			{ levels: LEVELS }
		);
		expect(layout.columns.map((c) => c.level)).toEqual(['中央', '市级']);
		const city = layout.nodes.filter((n) => n.level === '市级').sort((x, y) => x.y - y.y);
		expect(city.map((n) => n.id)).toEqual(['d', 'b', 'c']);
		expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['c>a', 'b>d']);
		// neighbouring columns: a curve; the same sub-column: out along the gap and back
		expect(layout.edges.map((e) => e.d.match(/^M[\d.]+,[\d.]+ ?([CH])/)?.[1])).toEqual(['C', 'H']);
	});

	it('lays out 200 texts without overlap, inside the viewBox, at the fixed size', () => {
		const { nodes, edges } = synthetic(200);
		const layout = layoutCitationMap(nodes, edges, { levels: LEVELS });
		expect(layout.nodes).toHaveLength(200);
		expect(layout.viewBox).toBe(`0 0 ${layout.width} ${layout.height}`);
		for (const n of layout.nodes) {
			expect(n.width).toBe(MAP_METRICS.nodeWidth);
			expect(n.x).toBeGreaterThanOrEqual(0);
			expect(n.y).toBeGreaterThanOrEqual(0);
			expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
			expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
			expect(n.lines.length).toBeLessThanOrEqual(MAP_METRICS.maxLines);
			for (const line of n.lines) expect([...line].length).toBeLessThanOrEqual(MAP_METRICS.charsPerLine + 1);
		}
		for (let i = 0; i < layout.nodes.length; i++) {
			for (let j = i + 1; j < layout.nodes.length; j++) {
				expect(boxesOverlap(layout.nodes[i]!, layout.nodes[j]!), `${layout.nodes[i]!.id} / ${layout.nodes[j]!.id}`).toBe(false);
			}
		}
		// the column header band stays clear of the nodes
		for (const c of layout.columns) for (const n of layout.nodes) expect(n.y).toBeGreaterThan(c.y);
		// columns wrap: no column taller than the row limit
		const rows = new Map<number, number>();
		for (const n of layout.nodes) rows.set(n.x, (rows.get(n.x) ?? 0) + 1);
		expect(Math.max(...rows.values())).toBeLessThanOrEqual(20);
		expect(layout.edges.length).toBeGreaterThan(300);
		// column groups do not overlap either
		const groups = [...layout.columns].sort((a, b) => a.left - b.left);
		for (let i = 1; i < groups.length; i++) expect(groups[i]!.left).toBeGreaterThan(groups[i - 1]!.left + groups[i - 1]!.width);
	});

	it('routes every arrow around the boxes between its two ends', () => {
		const { nodes, edges } = synthetic(200);
		const layout = layoutCitationMap(nodes, edges, { levels: LEVELS });
		const byId = new Map(layout.nodes.map((n) => [n.id, n]));
		const inside = (p: [number, number], n: { x: number; y: number; width: number; height: number }) =>
			p[0] > n.x + 1 && p[0] < n.x + n.width - 1 && p[1] > n.y + 1 && p[1] < n.y + n.height - 1;
		let routed = 0;
		const crossings: string[] = [];
		for (const e of layout.edges) {
			const points = samplePath(e.d);
			if (/[HV]/.test(e.d)) routed++;
			for (const n of layout.nodes) {
				if (n === byId.get(e.from) || n === byId.get(e.to)) continue;
				if (points.some((p) => inside(p, n))) crossings.push(`${e.from} → ${e.to} crosses ${n.id}: ${e.d}`);
			}
		}
		expect(crossings.slice(0, 3)).toEqual([]);
		expect(routed).toBeGreaterThan(0);
	});

	it('runs no straight stretch of an arrow along a box edge (each stays at least 10 px clear)', () => {
		const { nodes, edges } = synthetic(200);
		const layout = layoutCitationMap(nodes, edges, { levels: LEVELS });
		const CLEAR = 10;
		const along: string[] = [];
		for (const e of layout.edges) {
			// the straight segments of a routed path: M x,y then H/V steps
			const steps = [...e.d.matchAll(/([MHV])([\d.]+)(?:,([\d.]+))?/g)];
			let x = 0;
			let y = 0;
			for (const [, cmd, a, b] of steps) {
				const [x0, y0] = [x, y];
				if (cmd === 'M') [x, y] = [Number(a), Number(b)];
				else if (cmd === 'H') x = Number(a);
				else y = Number(a);
				if (cmd === 'M') continue;
				for (const n of layout.nodes) {
					if (cmd === 'H') {
						const [lo, hi] = [Math.min(x0, x), Math.max(x0, x)];
						const overlaps = lo < n.x + n.width && hi > n.x;
						const near = Math.min(Math.abs(y - n.y), Math.abs(y - (n.y + n.height))) < CLEAR;
						if (overlaps && near && hi - lo > CLEAR) along.push(`${e.from} → ${e.to} along ${n.id}`);
					} else {
						const [lo, hi] = [Math.min(y0, y), Math.max(y0, y)];
						const overlaps = lo < n.y + n.height && hi > n.y;
						const near = Math.min(Math.abs(x - n.x), Math.abs(x - (n.x + n.width))) < CLEAR;
						if (overlaps && near) along.push(`${e.from} → ${e.to} along ${n.id}`);
					}
				}
			}
		}
		expect(along.slice(0, 3)).toEqual([]);
	});

	it('handles an empty corpus', () => {
		const layout = layoutCitationMap([], []);
		expect(layout.nodes).toEqual([]);
		expect(layout.width).toBeGreaterThan(0);
	});
});

describe('selectMapTexts', () => {
	const node = (id: string, date = ''): MapNodeInput => ({ id, label: id, level: '省级', date });
	const line = ['a', 'b', 'c', 'd'].map((id, i) => node(id, `201${i}`));
	// b has two neighbours (a, c); a and c one each (c both cites and is cited by b); d cites only itself
	const lineEdges = [
		{ from: 'a', to: 'b' },
		{ from: 'b', to: 'c' },
		{ from: 'c', to: 'b' },
		{ from: 'd', to: 'd' },
		{ from: 'c', to: 'outside' },
	];

	it.each([
		// [max, kept ids, omitted]
		[0, [], 4],
		[1, ['b'], 3],
		[2, ['a', 'b'], 2], // a and c tie: a is older
		[3, ['a', 'b', 'c'], 1],
		[4, ['a', 'b', 'c', 'd'], 0],
		[5, ['a', 'b', 'c', 'd'], 0],
	])('max %i keeps %j', (max, kept, omitted) => {
		const picked = selectMapTexts(line, lineEdges, max);
		expect(picked.nodes.map((n) => n.id)).toEqual(kept);
		expect(picked.omitted).toBe(omitted);
		for (const e of picked.edges) expect(kept.includes(e.from) && kept.includes(e.to), `${e.from}>${e.to}`).toBe(true);
	});

	it('keeps the corpus order, and every edge between corpus texts, when nothing is left out', () => {
		const picked = selectMapTexts(line, lineEdges, 10);
		expect(picked.nodes).toEqual(line);
		expect(picked.edges).toEqual(lineEdges.filter((e) => e.to !== 'outside'));
	});

	it('breaks ties between equally connected texts by date, oldest first', () => {
		const nodes = [node('new', '2020'), node('old', '2001'), node('undated')];
		expect(selectMapTexts(nodes, [], 2).nodes.map((n) => n.id)).toEqual(['new', 'old']);
		expect(selectMapTexts(nodes, [], 1).nodes.map((n) => n.id)).toEqual(['old']);
	});

	it(`draws at most ${MAP_MAX_TEXTS} of 5,000 texts, all of them connected`, () => {
		const { nodes, edges } = synthetic(5000);
		const picked = selectMapTexts(nodes, edges);
		expect(picked.nodes).toHaveLength(MAP_MAX_TEXTS);
		expect(picked.omitted).toBe(5000 - MAP_MAX_TEXTS);
		for (const n of picked.nodes)
			expect(
				picked.edges.some((e) => e.from === n.id || e.to === n.id),
				n.id
			).toBe(true);
		const layout = layoutCitationMap(picked.nodes, picked.edges, { levels: LEVELS });
		expect(layout.nodes).toHaveLength(MAP_MAX_TEXTS);
	});
});

/** Points along an SVG path of M, H, V and C commands (curves sampled), for checking what a line crosses. */
function samplePath(d: string): [number, number][] {
	const out: [number, number][] = [];
	let x = 0;
	let y = 0;
	const line = (tx: number, ty: number) => {
		for (let t = 0; t <= 1; t += 0.02) out.push([x + (tx - x) * t, y + (ty - y) * t]);
		[x, y] = [tx, ty];
	};
	for (const [, cmd, args] of d.matchAll(/([MHVC])([^MHVC]*)/g)) {
		const n = args!.split(/[ ,]+/).filter(Boolean).map(Number);
		if (cmd === 'M') [x, y] = [n[0]!, n[1]!];
		else if (cmd === 'H') line(n[0]!, y);
		else if (cmd === 'V') line(x, n[0]!);
		else {
			const [x1, y1, x2, y2, x3, y3] = n as [number, number, number, number, number, number];
			for (let t = 0; t <= 1; t += 0.02) {
				const u = 1 - t;
				out.push([
					u ** 3 * x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3,
					u ** 3 * y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3,
				]);
			}
			[x, y] = [x3, y3];
		}
	}
	return out;
}
