import { describe, expect, it } from 'vitest';
import { placeNote } from '../../src/lib/place';

describe('placeNote', () => {
	it.each([
		['national text', '中国科协党的建设工作方案', '全国', ''],
		['no region', '某文件', '', ''],
		['title names the province', '青海省科技社团党组织工作指南（试行）', '青海省', ''],
		['title names the city', '平顶山市科协关于学会党建的意见', '河南省平顶山市', ''],
		['title names only the province of a city', '河南省关于学会党建的意见', '河南省平顶山市', ''],
		['“市科协” without the city', '市科协科技社团党委2023年工作要点', '重庆市', '（重庆市）'],
		['“全省” without the province', '关于在全省非公经济和社会组织党组织中开展党建工作示范点创建工作的通知', '青海省', '（青海省）'],
		['a city title without a place', '关于加强科协所属学会党建工作的若干意见', '河南省平顶山市', '（河南省平顶山市）'],
	])('%s', (_, title, region, expected) => {
		expect(placeNote(title, region)).toBe(expected);
	});
});
