import { describe, expect, it } from 'vitest';
import {
	addFavorite,
	exportFile,
	favoriteKey,
	groupByDocument,
	mergeFavorites,
	parseExport,
	removeFavorite,
	setNote,
	type Favorite,
} from '../../src/lib/favorites';

const T0 = new Date('2026-01-01T00:00:00.000Z');
const T1 = new Date('2026-01-02T00:00:00.000Z');
const doc = { path: '/policies/qinghai-guide/', title: '青海省科技社团党组织工作指南（试行）' };
const clause = (anchor: string, order: number) => ({ ...doc, anchor, clause: anchor, order });

function build(...items: Parameters<typeof addFavorite>[1][]): Favorite[] {
	return items.reduce<Favorite[]>((all, item) => addFavorite(all, item, T0), []);
}

describe('add, remove, note', () => {
	it('adds once per text or clause', () => {
		const items = build(doc, doc, clause('p2-s1', 3), clause('p2-s1', 3));
		expect(items.map(favoriteKey)).toEqual(['/policies/qinghai-guide/#', '/policies/qinghai-guide/#p2-s1']);
		expect(items[0]).toMatchObject({ note: '', added: T0.toISOString(), updated: T0.toISOString() });
	});

	it('sets a note (kept as given: text) and removes by key', () => {
		const items = setNote(build(doc, clause('p2-s1', 3)), '/policies/qinghai-guide/#p2-s1', '<b>x</b>', T1);
		expect(items[1]).toMatchObject({ note: '<b>x</b>', updated: T1.toISOString() });
		expect(removeFavorite(items, '/policies/qinghai-guide/#').map(favoriteKey)).toEqual(['/policies/qinghai-guide/#p2-s1']);
	});
});

describe('groupByDocument', () => {
	it('one group per text, clauses in reading order whatever order they were starred in', () => {
		const other = { path: '/policies/zhongbanfa-2015-51/', title: '意见', docNumber: '中办发〔2015〕51号', anchor: 's1', order: 0 };
		const items = [clause('p3-s1', 9), other, doc, clause('p1-s2', 2)].reduce<Favorite[]>(
			(all, item, i) => addFavorite(all, item, new Date(T0.getTime() + i * 1000)),
			[]
		);
		const groups = groupByDocument(items);
		expect(groups.map((g) => g.path)).toEqual(['/policies/qinghai-guide/', '/policies/zhongbanfa-2015-51/']);
		expect(groups[0]!.document?.path).toBe('/policies/qinghai-guide/');
		expect(groups[0]!.clauses.map((c) => c.anchor)).toEqual(['p1-s2', 'p3-s1']);
		expect(groups[1]).toMatchObject({ docNumber: '中办发〔2015〕51号' });
		expect(groups[1]!.document).toBeUndefined();
	});
});

describe('mergeFavorites (import)', () => {
	it('adds new ones, takes the newer note of the same one, drops nothing stored', () => {
		const stored = setNote(build(doc, clause('p2-s1', 3)), '/policies/qinghai-guide/#', '旧备注', T0);
		const imported = [...setNote(build(doc), '/policies/qinghai-guide/#', '新备注', T1), ...build(clause('p4-s1', 12))];
		const { items, added, updated } = mergeFavorites(stored, imported);
		expect({ added, updated }).toEqual({ added: 1, updated: 1 });
		expect(items.map(favoriteKey).sort()).toEqual([
			'/policies/qinghai-guide/#',
			'/policies/qinghai-guide/#p2-s1',
			'/policies/qinghai-guide/#p4-s1',
		]);
		expect(items.find((f) => !f.anchor)?.note).toBe('新备注');
	});

	it('an older copy does not overwrite a newer note', () => {
		const stored = setNote(build(doc), '/policies/qinghai-guide/#', '本机的新备注', T1);
		const { items, updated } = mergeFavorites(stored, setNote(build(doc), '/policies/qinghai-guide/#', '文件里的旧备注', T0));
		expect(updated).toBe(0);
		expect(items[0]!.note).toBe('本机的新备注');
	});
});

describe('parseExport', () => {
	const good = exportFile(build(doc, clause('p2-s1', 3)), T0);

	it('reads what exportFile writes', () => {
		expect(parseExport(JSON.stringify(good))).toEqual({ ok: true, file: good });
	});

	it.each([
		['', '不是有效的 JSON'],
		['{"format":', '不是有效的 JSON'],
		['[]', '收藏文件的内容不对'],
		[JSON.stringify({ ...good, format: 'other' }), '不是本站导出的收藏文件'],
		[JSON.stringify({ ...good, version: 2 }), '版本不对'],
		[JSON.stringify({ ...good, items: [{ ...good.items[0], path: 'javascript:alert(1)' }] }), '第 1 条收藏的 path：应为站内页面路径'],
		[JSON.stringify({ ...good, items: [good.items[0], { ...good.items[1], anchor: '"><img>' }] }), '第 2 条收藏的 anchor'],
		[JSON.stringify({ ...good, items: [{ ...good.items[0], note: 'x'.repeat(5001) }] }), '备注不能超过 5000 字'],
		[JSON.stringify({ ...good, items: [{ ...good.items[0], script: '1' }] }), '第 1 条收藏'],
	])('refuses %s in Chinese, naming the place', (text, says) => {
		const result = parseExport(text);
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.message).toContain(says);
	});
});
