import { describe, expect, it } from 'vitest';
import { boxesOverlap, layoutCitationMap, MAP_METRICS, wrapLabel, type MapNodeInput } from '../../src/lib/citation-map';

const LEVELS = ['中央', '中央部门', '中国科协', '省级', '市级'];

function synthetic(count: number): { nodes: MapNodeInput[]; edges: { from: string; to: string }[] } {
	const nodes: MapNodeInput[] = [];
	for (let i = 0; i < count; i++) {
		// uneven levels: most texts are provincial or municipal, as in a growing corpus
		const level = LEVELS[[0, 1, 2, 3, 3, 3, 4, 4, 4, 4][i % 10]!]!;
		const date = i % 7 === 0 ? '' : `${2000 + (i % 24)}-${String((i % 12) + 1).padStart(2, '0')}`;
		nodes.push({ id: `t${i}`, label: `第${i}号测试文件简称`.repeat(1 + (i % 3)), level, date });
	}
	const edges = nodes.flatMap((n, i) => [{ from: n.id, to: `t${(i * 7 + 3) % count}` }, { from: n.id, to: `t${(i * 13 + 1) % count}` }]);
	return { nodes, edges };
}

describe('wrapLabel', () => {
	it.each([
		['短', ['短']],
		['一二三四五六七八九十甲乙', ['一二三四五六七八九十甲乙']],
		['一二三四五六七八九十甲乙丙', ['一二三四五六七八九十甲乙', '丙']],
		['一二三四五六七八九十甲乙一二三四五六七八九十甲乙丙', ['一二三四五六七八九十甲乙', '一二三四五六七八九十甲…']],
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
			[{ from: 'c', to: 'a' }, { from: 'c', to: 'a' }, { from: 'c', to: 'missing' }, { from: 'b', to: 'd' }],
			{ levels: LEVELS }
		);
		expect(layout.columns.map((c) => c.level)).toEqual(['中央', '市级']);
		const city = layout.nodes.filter((n) => n.level === '市级').sort((x, y) => x.y - y.y);
		expect(city.map((n) => n.id)).toEqual(['d', 'b', 'c']);
		expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['c>a', 'b>d']);
		for (const e of layout.edges) expect(e.d).toMatch(/^M[\d.]+,[\d.]+ C/);
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
			expect(n.lines.length).toBeLessThanOrEqual(2);
			for (const line of n.lines) expect([...line].length).toBeLessThanOrEqual(12);
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

	it('handles an empty corpus', () => {
		const layout = layoutCitationMap([], []);
		expect(layout.nodes).toEqual([]);
		expect(layout.width).toBeGreaterThan(0);
	});
});
