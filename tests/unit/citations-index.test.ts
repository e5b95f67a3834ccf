import { describe, expect, it } from 'vitest';
import {
	buildCitationIndex,
	findCitations,
	normaliseDocNumber,
	normaliseTitle,
	type CitationEntry,
} from '../../src/lib/citations/corpus-index';

/** A slice of the real corpus frontmatter, plus entries stored in the forms the matcher must bridge. */
const ENTRIES: CitationEntry[] = [
	{
		id: 'zhongbanfa-2015-51',
		title: '中共中央办公厅关于加强社会组织党的建设工作的意见（试行）',
		shortTitle: '社会组织党建工作意见（试行）',
		docNumber: '中办发〔2015〕51号',
		aliases: ['关于加强社会组织党的建设工作的意见（试行）', '中办发〔2015〕51号'],
	},
	{
		id: 'kexie-dangzufa-2016-81',
		title: '中国科协关于加强科技社团党建工作的若干意见',
		shortTitle: '中国科协科技社团党建若干意见',
		docNumber: '科协党组发〔2016〕81号',
		aliases: ['中国科协关于加强科技社团党建工作的若干意见'],
	},
	{
		// stored as the notice; cited by the inner title
		id: 'zhongzufa-2000-10',
		title: '中共中央组织部关于印发《关于加强社会团体党的建设工作的意见》的通知',
		shortTitle: '关于加强社会团体党的建设工作的意见',
		docNumber: '中组发〔2000〕10号',
		aliases: [],
	},
	{
		id: 'qingbanfa-2018-9',
		title: '中共青海省委办公厅关于加强社会组织党的建设工作的实施意见（试行）',
		shortTitle: '青海社会组织党建实施意见（试行）',
		docNumber: '青办发〔2018〕9号',
		aliases: ['关于加强社会组织党的建设工作的实施意见（试行）'],
	},
	{
		id: 'qing-liangxin-2019-13',
		title: '关于在全省非公经济和社会组织党组织中开展党建工作示范点创建工作的通知',
		shortTitle: '青海非公和社会组织党建示范点创建通知',
		docNumber: '青两新工委〔2019〕13号',
		aliases: ['社会组织党建工作示范点创建标准'],
	},
	{
		id: 'shanxi-shuangqiang-liuhao',
		title: '关于开展“双强六好”党组织建设工作的通知',
		shortTitle: '山西“双强六好”党组织建设通知',
		docNumber: '晋科社行党发〔2019〕5号',
		aliases: [],
	},
];

const index = buildCitationIndex(ENTRIES);

describe('normaliseTitle', () => {
	it.each([
		// boundary: brackets, whitespace, width
		['《中国科协关于加强科技社团党建工作的若干意见》', '中国科协关于加强科技社团党建工作的若干意见'],
		['关于加强社会组织党的建设工作的意见(试行)', '关于加强社会组织党的建设工作的意见（试行）'],
		['《关于加强社会团体党的 建设工作的意见》', '关于加强社会团体党的建设工作的意见'],
		['《市科协科技社团党委2023年工作\u3000要点》', '市科协科技社团党委2023年工作要点'],
		// the notice wrapper goes, nested 〈〉 or 《》 alike
		['《中共中央办公厅印发〈关于加强社会组织党的建设工作的意见（试行）〉的通知》', '关于加强社会组织党的建设工作的意见（试行）'],
		['关于印发《2022年中国科协学会党建工作要点》的通知', '2022年中国科协学会党建工作要点'],
		// two texts in one notice: not unwrapped, nested brackets shown as 〈〉
		['关于印发《甲办法》《乙办法》的通知', '关于印发〈甲办法〉〈乙办法〉的通知'],
		// a 通知 that carries no other text is itself the title
		['民政部关于社会组织成立登记时同步开展党建工作有关问题的通知', '民政部关于社会组织成立登记时同步开展党建工作有关问题的通知'],
		// well-known short names
		['《党章》', '中国共产党章程'],
	])('%s → %s', (raw, expected) => expect(normaliseTitle(raw)).toBe(expected));
});

describe('normaliseDocNumber', () => {
	it.each([
		['中办发〔2015〕51号', '中办发〔2015〕51号'],
		['中办发 〔2015〕 51 号', '中办发〔2015〕51号'],
		['中办发[2015]51号', '中办发〔2015〕51号'],
		['中办发［2015］051号', '中办发〔2015〕51号'],
	])('%s → %s', (raw, expected) => expect(normaliseDocNumber(raw)).toBe(expected));
	it.each(['中办发〔2015〕51', '〔2015〕51号', '中办发〔15〕51号', '× × 字〔 〕号', '中办发（2015）51号'])('%s is no 文号', (raw) =>
		expect(normaliseDocNumber(raw)).toBeUndefined()
	);
});

describe('buildCitationIndex', () => {
	it('has no conflicting keys', () => expect(index.conflicts).toEqual([]));

	it.each([
		// exact title, short title, alias
		['中国科协关于加强科技社团党建工作的若干意见', 'kexie-dangzufa-2016-81'],
		['《中国科协科技社团党建若干意见》', 'kexie-dangzufa-2016-81'],
		['关于加强社会组织党的建设工作的意见（试行）', 'zhongbanfa-2015-51'],
		// width and whitespace
		['关于加强社会组织党的建设工作的意见(试行)', 'zhongbanfa-2015-51'],
		['关于加强社会组织党的 建设工作的意见 （试行）', 'zhongbanfa-2015-51'],
		// cited through the notice that issued it
		['中共中央办公厅印发〈关于加强社会组织党的建设工作的意见（试行）〉的通知', 'zhongbanfa-2015-51'],
		['关于印发《关于加强社会组织党的建设工作的意见（试行）》的通知', 'zhongbanfa-2015-51'],
		// … and vice versa: stored as the notice, cited by the inner title or the notice itself
		['关于加强社会团体党的建设工作的意见', 'zhongzufa-2000-10'],
		['中共中央组织部关于印发〈关于加强社会团体党的建设工作的意见〉的通知', 'zhongzufa-2000-10'],
		// quotes do not matter
		['关于开展"双强六好"党组织建设工作的通知', 'shanxi-shuangqiang-liuhao'],
		// a 文号 in 《》 is still a 文号
		['中组发〔2000〕10号', 'zhongzufa-2000-10'],
	])('resolves %s → %s', (raw, id) => expect(index.resolveTitle(raw)).toBe(id));

	it.each([
		// contains an alias but is a longer, different title
		'青海省社会组织党建工作示范点创建标准补充规定',
		'关于加强社会组织党的建设工作的意见（试行）的实施细则',
		// an alias minus a word is another text
		'关于加强社会组织党的建设工作的意见',
		'中国共产党支部工作条例（试行）',
		'中国共产党章程',
		'党章',
		'',
	])('does not resolve %j', (raw) => expect(index.resolveTitle(raw)).toBeUndefined());

	it.each([
		['中办发〔2015〕51号', 'zhongbanfa-2015-51'],
		['科协党组发〔2016〕81号', 'kexie-dangzufa-2016-81'],
		['中办发[2015]51号', 'zhongbanfa-2015-51'],
		['中办发〔2016〕46号', undefined],
		['中办发〔2015〕5号', undefined],
	])('文号 %s → %s', (raw, id) => expect(index.resolveDocNumber(raw)).toBe(id));

	it('reports two entries claiming one name, and resolves neither', () => {
		const clash = buildCitationIndex([
			{ id: 'a', title: '甲', shortTitle: '共同简称', aliases: [] },
			{ id: 'b', title: '乙', shortTitle: '共同简称', aliases: [] },
			{ id: 'c', title: '共同简称', shortTitle: '丙', aliases: [] },
		]);
		// the title outranks the other entries' short names
		expect(clash.resolveTitle('共同简称')).toBe('c');
		expect(clash.conflicts).toEqual([]);
		const tie = buildCitationIndex([
			{ id: 'a', title: '甲甲', shortTitle: '同名', aliases: [] },
			{ id: 'b', title: '乙乙', shortTitle: '同名', aliases: [] },
		]);
		expect(tie.resolveTitle('同名')).toBeUndefined();
		expect(tie.conflicts).toEqual([{ key: '同名', ids: ['a', 'b'] }]);
	});
});

describe('findCitations', () => {
	const found = (text: string) => findCitations(text, index).map((c) => [text.slice(c.start, c.end), c.kind, c.to ?? null, c.title]);

	it.each<[string, (string | null)[][]]>([
		// boundary: nothing, an unclosed 《, a bare 文种
		['', []],
		['依据《中国科协关于加强科技社团党建工作的若干意见', []],
		['严格按照《条例》《准则》的要求', []],
		['抓《意见》落实', []],
		// one title, two adjacent titles
		[
			'依据《中国科协关于加强科技社团党建工作的若干意见》《平顶山市科协系统深化改革方案》，就',
			[
				['《中国科协关于加强科技社团党建工作的若干意见》', 'title', 'kexie-dangzufa-2016-81', '中国科协关于加强科技社团党建工作的若干意见'],
				['《平顶山市科协系统深化改革方案》', 'title', null, '平顶山市科协系统深化改革方案'],
			],
		],
		// nested 〈〉 stays inside one citation
		[
			'根据《中共中央办公厅印发〈关于加强社会组织党的建设工作的意见（试行）〉的通知》精神',
			[
				[
					'《中共中央办公厅印发〈关于加强社会组织党的建设工作的意见（试行）〉的通知》',
					'title',
					'zhongbanfa-2015-51',
					'关于加强社会组织党的建设工作的意见（试行）',
				],
			],
		],
		// title + 文号 in brackets: one citation; the 文号 decides
		[
			'《关于加强社会组织党的建设工作的意见(试行)》(中办发〔2015〕51号)、《关于改革社会组织管理制度促进社会组织健康有序发展的意见》(中办发〔2016〕46号)和',
			[
				[
					'《关于加强社会组织党的建设工作的意见(试行)》(中办发〔2015〕51号)',
					'title',
					'zhongbanfa-2015-51',
					'关于加强社会组织党的建设工作的意见（试行）',
				],
				[
					'《关于改革社会组织管理制度促进社会组织健康有序发展的意见》(中办发〔2016〕46号)',
					'title',
					null,
					'关于改革社会组织管理制度促进社会组织健康有序发展的意见',
				],
			],
		],
		// a 文号 inside the cited notice's brackets belongs to it
		[
			'《关于印发〈青海省科协党组关于加强科技社团党建工作的意见（试行）〉的通知》（青科协党发〔2018〕12号）的要求',
			[
				[
					'《关于印发〈青海省科协党组关于加强科技社团党建工作的意见（试行）〉的通知》（青科协党发〔2018〕12号）',
					'title',
					null,
					'青海省科协党组关于加强科技社团党建工作的意见（试行）',
				],
			],
		],
		// bare 文号: the issuer code is the known tail of the preceding words
		['根据中办发〔2015〕51号文件', [['中办发〔2015〕51号', 'docNumber', 'zhongbanfa-2015-51', '中办发〔2015〕51号']]],
		['按照晋办发〔2017〕55号要求', [['晋办发〔2017〕55号', 'docNumber', null, '晋办发〔2017〕55号']]],
		['51号和中组发〔2000〕10号', [['中组发〔2000〕10号', 'docNumber', 'zhongzufa-2000-10', '中组发〔2000〕10号']]],
		// near-misses: no 号, no issuer code, no year, 2-digit year
		['中办发〔2015〕51文件', []],
		['（〔2015〕51号）', []],
		['印发的〔2015〕51号', []],
		['× × 字〔 〕号', []],
		['中办发〔15〕51号', []],
		// the title contains an alias but is another text
		[
			'《青海省社会组织党建工作示范点创建标准补充规定》',
			[['《青海省社会组织党建工作示范点创建标准补充规定》', 'title', null, '青海省社会组织党建工作示范点创建标准补充规定']],
		],
		// the Party Constitution by either name: one missing text
		['《中国共产党章程》', [['《中国共产党章程》', 'title', null, '中国共产党章程']]],
		['按照《党章》规定', [['《党章》', 'title', null, '中国共产党章程']]],
	])('%j', (text, expected) => expect(found(text)).toEqual(expected));
});
