import { describe, expect, it } from 'vitest';
import {
	clausePoints,
	clauseRarity,
	excerptAround,
	missingEverywhere,
	queryParts,
	rankResults,
	statesAmount,
	statesRule,
	termsMissingEverywhere,
	type Candidate,
} from '../../src/lib/search/rank';
import { normaliseQuery } from '../../src/lib/search/normalise';
import { synonymsOf } from '../../src/lib/search/synonyms';
import { clausePage } from './search-pages';

const candidate = (url: string, content: string, extra: Partial<Candidate> = {}): Candidate => ({
	url,
	content,
	meta: { title: url },
	anchors: [],
	engineRank: 0,
	...extra,
});

describe('queryParts', () => {
	it.each([
		['', []],
		['三会一课', ['三会一课']],
		['换届  差额', ['换届', '差额']],
		['换届\u3000差额', ['换届', '差额']],
		['中办发〔2015〕51号', ['中办发〔2015〕51号']],
		['２０１９', ['2019']],
	])('%j', (q, parts) => {
		expect(queryParts(q)).toEqual(parts);
	});
});

describe('rankResults', () => {
	it('lists texts with the verbatim query, not texts that only share its characters', () => {
		// Pagefind returns pages for fragments of a word (到 … 会); they hold none of the query's words.
		const ranked = rankResults('到会', [
			candidate('/policies/a/', '会议​到​时​会​开', { engineRank: 0 }),
			candidate('/templates/b/', '应​到会​党员', { engineRank: 4 }),
		]);
		expect(ranked.map((r) => [r.url, r.exact])).toEqual([['/templates/b/', true]]);
		expect(rankResults('火箭发射场', [candidate('/policies/a/', '活动​场所​发​文')])).toEqual([]);
	});

	it('requires every part of a multi-word query', () => {
		const ranked = rankResults('换届 差额', [
			candidate('/policies/a/', '换届​选举', { engineRank: 0 }),
			candidate('/policies/b/', '差额​选举​与​换届', { engineRank: 1 }),
		]);
		expect(ranked[0]!.url).toBe('/policies/b/');
	});

	it('ranks a 文号 match first, and tools after the texts', () => {
		const ranked = rankResults('中办发〔2015〕51号', [
			candidate('/tools/org-type/', '中办发〔2015〕51号 中办发〔2015〕51号', { engineRank: 0 }),
			candidate('/policies/x/', '依据 中办发〔2015〕51号', { engineRank: 1 }),
			candidate('/policies/y/', '中办发〔2015〕51号', { engineRank: 2, meta: { title: 'y', docNumber: '中办发〔2015〕51号' } }),
		]);
		expect(ranked.map((r) => r.url)).toEqual(['/policies/y/', '/policies/x/', '/tools/org-type/']);
	});

	it('links to the clause that holds the match', () => {
		// Pagefind's content: words separated by zero-width spaces, anchors at word positions.
		const [result] = rankResults('一票否决', [
			candidate('/policies/x/', '标题. 1.\u200b其他\u200b内容。 2.\u200b对\u200b党建\u200b工作\u200b实行\u200b一票否决。', {
				meta: { title: '标题' },
				anchors: [
					{ element: 'h1', id: '_top', text: '标题', location: 0 },
					{ element: 'p', id: 's2-c1', text: '1. 其他内容。', location: 1 },
					{ element: 'p', id: 's2-c2', text: '2. 对党建工作实行一票否决。', location: 4 },
				],
			}),
		]);
		expect(result!.target).toBe('/policies/x/#s2-c2');
		expect(result!.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['一票否决']);
	});
});

describe('excerptAround', () => {
	it('centres on the match and marks every part', () => {
		const text = `${'甲'.repeat(100)}三会一课${'乙'.repeat(100)}`;
		const parts = excerptAround(text, ['三会一课'], 40);
		const joined = parts.map((p) => p.text).join('');
		expect(joined.startsWith('…')).toBe(true);
		expect(joined.endsWith('…')).toBe(true);
		expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['三会一课']);
	});

	it('prefers the window that holds every part of a multi-word query', () => {
		const text = `换届${'甲'.repeat(200)}换届选举实行差额${'乙'.repeat(200)}`;
		const marked = excerptAround(text, ['换届', '差额'], 40)
			.filter((p) => p.mark)
			.map((p) => p.text);
		expect(marked).toEqual(['换届', '差额']);
	});

	it('adds a second window for a part the first one misses', () => {
		const text = `换届${'甲'.repeat(300)}差额${'乙'.repeat(300)}`;
		const parts = excerptAround(text, ['换届', '差额'], 40);
		expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['换届', '差额']);
		expect(parts.map((p) => p.text).join('')).toContain('…');
	});

	it('shows the sentence holding the most of the parts from its first word, not the words around the first part', () => {
		// The first sentence holds one part, the third all three: the excerpt starts with the third.
		const text = `学会领导${'甲'.repeat(60)}。${'乙'.repeat(40)}。无挂靠单位的学会中建立的党组织受党委直接领导和管理。${'丙'.repeat(60)}`;
		const joined = excerptAround(text, ['学会', '党组织', '领导'], 60)
			.map((p) => p.text)
			.join('');
		expect(joined.startsWith('…无挂靠单位的学会')).toBe(true);
	});

	it('a longer part found counts more than a short one in choosing the sentence', () => {
		const text = `党员党员党员担任。${'甲'.repeat(60)}。党组织书记由党员担任。`;
		const joined = excerptAround(text, ['党员', '担任', '党组织书记'], 20)
			.map((p) => p.text)
			.join('');
		expect(joined).toContain('党组织书记由党员担任');
	});

	it("weighs the parts as the caller says: a word as typed over the texts' word for it", () => {
		// Each sentence holds two parts of equal length; 领导 was typed, 隶属 only stands for 归.
		const text = `有挂靠单位的，其隶属关系不变。${'甲'.repeat(60)}。无挂靠单位的受党委直接领导。`;
		const weights = new Map([
			['挂靠单位', 2],
			['隶属', 0.3],
			['领导', 1],
		]);
		const joined = excerptAround(text, ['挂靠单位', '隶属', '领导'], 20, (p) => weights.get(p))
			.map((p) => p.text)
			.join('');
		expect(joined).toContain('无挂靠单位的受党委直接领导');
		// Unweighed, the earlier sentence wins the tie.
		expect(
			excerptAround(text, ['挂靠单位', '隶属', '领导'], 20)
				.map((p) => p.text)
				.join('')
		).toContain('其隶属关系不变');
	});

	it('a single character counts no more than its length in choosing the sentence, however rare', () => {
		// 放 (rare, weighed 2.1) stands inside 开放性 in the first sentence; the second holds 网络 and 活动.
		const text = `可建设开放性的党群活动服务中心。${'甲'.repeat(60)}。加强网络阵地建设，开展线上活动。`;
		const weights = new Map([
			['放', 2.1],
			['网络', 2],
			['活动', 1.3],
		]);
		const joined = excerptAround(text, ['放', '网络', '活动'], 30, (p) => weights.get(p))
			.map((p) => p.text)
			.join('');
		expect(joined).toContain('加强网络阵地建设，开展线上活动');
		expect(joined).not.toContain('开放性');
	});

	it('joins windows that overlap, so no text shows twice', () => {
		// The part 党费 lies just before the main window, which starts at its sentence: their windows overlap.
		const text = `${'丙'.repeat(10)}党费${'丁'.repeat(5)}。换届选举${'戊'.repeat(30)}。`;
		const joined = excerptAround(text, ['换届选举', '党费'], 30)
			.map((p) => p.text)
			.join('');
		expect(joined).toContain('党费');
		expect(joined).toContain('换届选举');
		// One stretch of the text: nothing repeated, nothing left out between the two parts.
		expect(text).toContain(joined.replace(/^…|…$/g, ''));
	});

	it('cuts a sentence longer than the excerpt around its parts, never before its start', () => {
		const text = `开头。${'甲'.repeat(100)}换届选举${'乙'.repeat(100)}。`;
		const joined = excerptAround(text, ['换届'], 40)
			.map((p) => p.text)
			.join('');
		expect(joined).toContain('换届');
		expect(joined).not.toContain('开头');
	});

	it.each([
		['短文', ['无'], '短文'],
		['A三会B', ['三会'], 'A三会B'],
	])('%s', (text, parts, expected) => {
		expect(
			excerptAround(text, parts)
				.map((p) => p.text)
				.join('')
		).toBe(expected);
	});
});

describe('rankResults with a normalised query', () => {
	const dict = {
		docs: [{ id: 'zb', url: '/policies/zb/', title: 'zb', docNumber: '中办发〔2015〕51号', aliases: [] }],
		issuers: ['中共中央办公厅'],
		terms: [{ id: 't', term: '三会一课', aliases: [], source: { id: 'zb', url: '/policies/zb/#s5-c16' } }],
	};

	it('keeps the source’s Chinese punctuation in the excerpt', () => {
		const [r] = rankResults('功能型党支部', [candidate('/policies/a/', '有3名以上党员但未转入组织关系的，可设立功能型党支部（试行）。')]);
		expect(r!.excerpt.map((p) => p.text).join('')).toBe('有3名以上党员但未转入组织关系的，可设立功能型党支部（试行）。');
	});

	it('never excerpts the title block or Pagefind’s ". " between blocks', () => {
		const [r] = rankResults('换届', [
			candidate('/templates/t/', '模板4：请示. 出自《指南》。用于换届阶段的请示。', { meta: { title: '模板4：请示' } }),
		]);
		const text = r!.excerpt.map((p) => p.text).join('');
		expect(text).not.toContain('模板4');
		expect(text).not.toContain('. ');
		expect(text).toContain('出自《指南》。用于换届阶段');
	});

	it('matches any spelling of a count (三名以上 finds 3人以上)', () => {
		const q = normaliseQuery('三名以上', dict);
		const [r] = rankResults(q, [candidate('/policies/a/', '正式党员3人以上的，设立党支部')]);
		expect(r!.exact).toBe(true);
		expect(r!.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['3人以上']);
	});

	it('puts the document a 文号 names first, and counts it as the verbatim answer', () => {
		const q = normaliseQuery('51号文', dict);
		const ranked = rankResults(q, [
			candidate('/policies/other/', '根据中办发〔2015〕51号', { engineRank: 0 }),
			candidate('/policies/zb/', '为切实加强党对社会组织的领导', { engineRank: 1, meta: { title: 'zb', docNumber: '中办发〔2015〕51号' } }),
		]);
		expect(ranked[0]!.url).toBe('/policies/zb/');
		expect(ranked[0]!.exact).toBe(true);
	});

	it('ranks the text that defines a glossary term above the glossary page', () => {
		const q = normaliseQuery('三会一课', dict);
		const ranked = rankResults(q, [
			candidate('/glossary/', '三会一课 三会一课 三会一课', { engineRank: 0 }),
			candidate('/policies/zb/', '严格落实“三会一课”', { engineRank: 1 }),
		]);
		expect(ranked.map((r) => r.url)).toEqual(['/policies/zb/', '/glossary/']);
	});

	it('says which word of a multi-word query no result contains', () => {
		const q = normaliseQuery('党建工作经费 来源', dict);
		const ranked = rankResults(q, [candidate('/policies/a/', '保障党建工作经费'), candidate('/policies/b/', '党建工作经费列支')]);
		expect(ranked.every((r) => !r.exact)).toBe(true);
		expect(missingEverywhere(ranked, q)).toEqual(['来源']);
	});
});

describe('clauseRarity', () => {
	const term = (text: string, synonyms: string[] = []) => ({ text, variants: [text], synonyms, weight: 1, joinsNext: false });
	const passage = (text: string, heading = false) => ({ text, lower: text.toLowerCase(), headings: '', heading });
	const rarity = (t: ReturnType<typeof term>, texts: readonly (string | [string, boolean])[]) =>
		clauseRarity(
			[t],
			texts.map((x) => (typeof x === 'string' ? passage(x) : passage(...x)))
		)(t);
	const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
	it.each([
		['no clauses at all', '监事会', [], idf(0, 0)],
		['a word in no clause', '监事会', ['其他内容。', '别的内容。'], idf(2, 0)],
		['a word in every clause', '监事会', ['监事会。', '监事会和党委。'], idf(2, 2)],
		['a word in one clause of four', '监事会', ['监事会。', '党委。', '理事会。', '会员。'], idf(4, 1)],
		['headings are not clauses', '监事会', [['监事会', true], '党委。'], idf(1, 0)],
		['a clause in capitals holds a word typed in lower case', 'ppt', ['PPT模板。', '其他。'], idf(2, 1)],
	] as const)('%s', (_, word, texts, expected) => {
		expect(rarity(term(word), texts as never)).toBeCloseTo(expected, 6);
	});
	it('counts a clause holding only a synonym of the word', () => {
		expect(rarity(term('补贴', ['津贴']), ['适当工作津贴。', '其他。', '别的。'])).toBeCloseTo(idf(3, 1), 6);
	});
	it('gives 1 for a word it was not asked about', () => {
		expect(clauseRarity([], [passage('监事会。')])(term('监事会'))).toBe(1);
	});
	it('a word rare among clauses weighs more than a word every clause holds', () => {
		const topic = term('功能型党支部');
		const asked = term('发展党员');
		const texts = ['功能型党支部不能发展党员。', '功能型党支部交纳党费。', '功能型党支部组织活动。'].map((t) => passage(t));
		const r = clauseRarity([topic, asked], texts);
		expect(r(asked)).toBeGreaterThan(r(topic));
	});
});

describe('statesRule', () => {
	it.each([
		['no words asked', '功能型党支部不能发展党员。', [], false],
		['an empty word', '功能型党支部不能发展党员。', [''], false],
		['no marker', '功能型党支部发展党员。', ['党员'], false],
		['the word right after the marker', '不得担任监计票人员。', ['担任'], true],
		['the word within reach after the marker', '功能型党支部不能发展党员。', ['党员'], true],
		['the word just out of reach', '不能一二三四五六七党员。', ['党员'], false],
		['the word only before the marker', '党员不能这样。', ['党员'], false],
		['permission', '规模小的可以联合建立党组织。', ['联合'], true],
		['obligation', '党组织书记应当参加理事会会议。', ['参加'], true],
		['a single 应 or 要 states no rule', '要加强对党员的日常管理，应无偿提供党员活动场所。', ['党员'], false],
		['a later marker can state it', '可以开展活动，不得发展党员。', ['党员'], true],
		['lower-case clause, word typed in capitals', '不得使用ppt。', ['PPT'], true],
	] as const)('%s', (_, clause, words, expected) => {
		expect(statesRule(clause.toLowerCase(), words)).toBe(expected);
	});
});

describe('ranking clause by clause (issue 20)', () => {
	const words = new Map<string, number>([
		['正式党员', 12],
		['成立', 20],
		['党支部', 100],
		['党费', 40],
		['交纳', 3],
		['功能型党支部', 30],
		['活动', 150],
		['阵地', 21],
		['提供', 10],
	]);
	const dict = { docs: [], issuers: [], terms: [], words: (w: string) => words.get(w), total: 20_000, synonyms: synonymsOf };
	const page = clausePage;

	it('a question lands on the clause holding most of its content words, not on the page that repeats one', () => {
		const q = normaliseQuery('几个正式党员可以成立党支部', dict);
		expect(q.terms.map((t) => t.text)).toEqual(['正式党员', '成立', '党支部']);
		expect(q.dropped).toEqual(['几个', '可以']);
		const ranked = rankResults(q, [
			page(
				'/policies/a/',
				[
					['c1', '党支部党支部党支部党支部。'],
					['c2', '加强党支部建设。'],
				],
				0
			),
			page(
				'/policies/b/',
				[
					['c1', '其他内容。'],
					['c2', '正式党员超过3名的成立党支部。'],
				],
				1
			),
		]);
		expect(ranked[0]!.target).toBe('/policies/b/#c2');
		expect(ranked[0]!.exact).toBe(false);
		expect(ranked[0]!.termsInClause).toEqual(['正式党员', '成立', '党支部']);
		expect(ranked[1]!.termsMissing).toEqual(['正式党员', '成立']);
		expect(termsMissingEverywhere(ranked, q)).toEqual([]);
	});

	it('a clause number after a loose name of a text goes to that clause of the text whose title the name fits', () => {
		const q = normaliseQuery('青海工作指南 第三部分', dict);
		const guide = {
			...page(
				'/policies/guide/',
				[
					['p2', '第二部分 组织设置'],
					['p3', '第三部分 换届选举与届中调整'],
					['p3-s1', '一、换届。基层党组织按期换届。'],
				],
				1
			),
			meta: { title: '青海省科技社团党组织工作指南（试行）' },
		};
		const other = { ...page('/policies/other/', [['p3', '第三部分 青海工作指南的说明']], 0), meta: { title: '青海省另一份文件' } };
		const ranked = rankResults(q, [other, guide]);
		expect(ranked[0]!.target).toBe('/policies/guide/#p3');
		expect(ranked[0]!.clauseHit).toBe(true);
		expect(ranked[1]!.clauseHit).toBe(false);
		// The excerpt is the clause's opening words.
		expect(ranked[0]!.excerpt.map((p) => p.text).join('')).toContain('换届选举与届中调整');
	});

	it('of two clauses each holding one word, the one holding the word fewer clauses hold answers', () => {
		const vocabulary = new Map([
			['监事会', 10],
			['理事会', 10],
		]);
		const q = normaliseQuery('监事会理事会', { ...dict, words: (w: string) => vocabulary.get(w) });
		expect(q.terms.map((t) => t.text)).toEqual(['监事会', '理事会']);
		const ranked = rankResults(q, [
			page('/policies/a/', [
				['c1', '理事会讨论。'],
				['c2', '监事会监督。'],
				['c3', '理事会换届。'],
				['c4', '理事会选举。'],
			]),
		]);
		// Equal in every other way (same length, one word each, the same rarity among pages): 理事会 is in three clauses, 监事会 in one.
		expect(ranked[0]!.target).toBe('/policies/a/#c2');
	});

	it('a question whether something is allowed lands on the clause stating the rule for the words asked', () => {
		const vocabulary = new Map([
			['功能型党支部', 30],
			['发展', 40],
			['党员', 200],
		]);
		const d = { ...dict, words: (w: string) => vocabulary.get(w) };
		const clauses: [string, string][] = [
			['c1', '功能型党支部组织发展党员。'],
			['c2', '功能型党支部不能发展党员，应开展谈心谈话。'],
		];
		const asked = normaliseQuery('功能型党支部能不能发展党员', d);
		expect(asked.asksRule).toBe(true);
		expect(asked.terms.map((t) => [t.text, t.afterModal ?? false])).toEqual([
			['功能型党支部', false],
			['发展', true],
			['党员', true],
		]);
		expect(rankResults(asked, [page('/policies/a/', clauses)])[0]!.target).toBe('/policies/a/#c2');
		// The same words without a modal ask for no rule: the shorter clause holding them comes first.
		const plain = normaliseQuery('功能型党支部发展党员', d);
		expect(plain.asksRule).toBeUndefined();
		expect(rankResults(plain, [page('/policies/a/', clauses)])[0]!.target).toBe('/policies/a/#c1');
	});

	it.each([
		['功能型党支部能不能发展党员', true],
		['功能型党支部可以发展党员吗', true],
		['功能型党支部可以发展党员', false],
		['党员平时要参加哪些会', false],
		['理事会开会前党组织要先把关吗', true],
		['功能型党支部发展党员吗', false],
		['功能型党支部能否发展党员', true],
	])('%s asks for a rule: %j', (query, expected) => {
		expect(normaliseQuery(query, dict).asksRule ?? false).toBe(expected);
	});

	it('names the words no result has', () => {
		const q = normaliseQuery('党费交纳标准', dict);
		const ranked = rankResults(q, [page('/policies/a/', [['c1', '功能型党支部党员交纳党费。']])]);
		expect(termsMissingEverywhere(ranked, q)).toEqual(['标准']);
	});

	it('an everyday word finds the texts’ word, and the clause with it comes first', () => {
		const q = normaliseQuery('党员活动的地方谁来提供', dict);
		expect(q.terms.find((t) => t.text === '地方')?.synonyms).toContain('阵地');
		const ranked = rankResults(q, [
			page('/policies/a/', [['c1', '开展党员活动。']], 0),
			page('/policies/b/', [['c1', '利用会议室共建共享党建活动阵地，提供给党员使用。']], 1),
		]);
		expect(ranked[0]!.target).toBe('/policies/b/#c1');
		expect(ranked[0]!.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(expect.arrayContaining(['阵地', '提供']));
	});

	it('a clause pasted with other punctuation is still the verbatim match', () => {
		const q = normaliseQuery('坚持党建带群建，群建促党建', dict);
		const ranked = rankResults(q, [
			page('/policies/a/', [['c1', '党建带群建很重要。']], 0),
			page('/policies/b/', [['c1', '坚持党建带群建、群建促党建，注重发挥工会作用。']], 1),
		]);
		expect(ranked[0]!.url).toBe('/policies/b/');
		expect(ranked.filter((r) => r.exact).map((r) => r.url)).toEqual(['/policies/b/']);
	});

	it('a long pasted clause ranks its source first, above a text that words most of it otherwise', () => {
		// Every word here is a corpus word, so the query has many content words and the rewording holds most of them.
		const vocabulary = new Map<string, number>(
			[
				'三名',
				'以上',
				'正式党员',
				'社会组织',
				'按照',
				'党章',
				'规定',
				'上级',
				'党组织',
				'批准',
				'分别',
				'设立',
				'党委',
				'总支',
				'支部',
			].map((w) => [w, 10])
		);
		const long = { ...dict, words: (w: string) => vocabulary.get(w) };
		const q = normaliseQuery('凡有三名以上正式党员的社会组织都要按照党章规定经上级党组织批准分别设立党委总支支部', long);
		expect(q.terms.length).toBeGreaterThan(10);
		const ranked = rankResults(
			q,
			[
				page(
					'/policies/guide/',
					[['c1', '社会组织中有正式党员三名以上的，按照党章规定，经上级党组织批准，分别设立党委、党总支或党支部。']],
					0
				),
				page(
					'/policies/source/',
					[['c8', '凡有三名以上正式党员的社会组织，都要按照党章规定，经上级党组织批准，分别设立党委、总支、支部。']],
					1
				),
			],
			{ idf: () => 3 }
		);
		expect(ranked.map((r) => [r.url, r.exact])).toEqual([
			['/policies/source/', true],
			['/policies/guide/', false],
		]);
	});

	it.each([0, 1, 5, 7.5, 10, 20, 100, 1000])(
		'clause points of a page without the verbatim query grow with its score and never pass the cap (%d)',
		(score) => {
			expect(clausePoints(score)).toBeLessThanOrEqual(400);
			expect(clausePoints(score + 1)).toBeGreaterThan(clausePoints(score) - 1e-9);
		}
	);

	it('tools rank after the texts, unless the question is the tool’s', () => {
		const texts = page('/policies/a/', [['c1', '正式党员3人以上的成立党支部。']], 1);
		const tool = page('/tools/org-type/', [['c1', '正式党员人数：正式党员3人以上的成立党支部。']], 0);
		expect(rankResults(normaliseQuery('正式党员成立党支部', dict), [tool, texts])[0]!.url).toBe('/policies/a/');
		expect(normaliseQuery('正式党员52人设什么组织', dict).tool).toEqual({ tool: 'org-type', formal: 52, probationary: undefined });
	});

	it.each([
		// The calculator takes the counts: they are not looked for in the texts (nor called missing).
		['正式党员52人设什么组织', ['正式党员', '设', '组织'], ['什么', '52人']],
		// Without a calculator question a count is a word of the question like any other.
		['正式党员不足3人怎么办', ['正式党员', '不足', '3人'], ['怎么办']],
	])('%s: content words %j, set aside %j', (query, terms, dropped) => {
		const q = normaliseQuery(query, dict);
		expect(q.terms.map((t) => t.text)).toEqual(terms);
		expect(q.dropped).toEqual(dropped);
	});
});

describe('statesAmount (issue 20)', () => {
	it.each([
		['', false],
		['一律', false],
		['统一领导，一般由书记主持。', false],
		['以上', false],
		['3人', true],
		['3 名以上', true],
		['三名以上正式党员', true],
		['委员会由3至5人组成', true],
		['每年1次', true],
		['三分之二', true],
		['半数以上委员到会', true],
		['超过100名', true],
		['占80%', true],
	])('%s → %s', (clause, expected) => {
		expect(statesAmount(clause.toLowerCase())).toBe(expected);
	});
});

describe('questions asking for an amount, and the clause before (issue 20)', () => {
	const words = new Map<string, number>([
		['支委会', 20],
		['委员', 80],
		['组成', 30],
		['选举', 60],
		['产生', 40],
		['党支部', 100],
		['书记', 90],
	]);
	const dict = { docs: [], issuers: [], terms: [], words: (w: string) => words.get(w), total: 20_000 };

	it.each([
		['支委会有几名委员', true],
		['支委会委员多少人', true],
		['任期多久', true],
		// A time is asked like an amount: a date or time limit answers it (11月15日前).
		['支委会什么时候选举', true],
		['支委会啥时候选举', true],
		['支委会何时选举', true],
		['支委会委员怎么选举', false],
		['支委会委员', false],
	])('%s asks for an amount: %j', (query, expected) => {
		expect(normaliseQuery(query, dict).asksAmount ?? false).toBe(expected);
	});

	const clauses: [string, string][] = [
		['c1', '支委会委员由党员大会选举产生，对党员大会负责。'],
		['c2', '支委会由3至5名委员组成。'],
	];

	it('a question asking how many lands on the clause stating a number', () => {
		const asked = normaliseQuery('支委会委员几名', dict);
		expect(rankResults(asked, [clausePage('/policies/a/', clauses)])[0]!.target).toBe('/policies/a/#c2');
	});

	it('the same words without asking how many: the number weighs nothing', () => {
		const plain = normaliseQuery('支委会委员选举产生', dict);
		expect(plain.asksAmount).toBeUndefined();
		expect(rankResults(plain, [clausePage('/policies/a/', clauses)])[0]!.target).toBe('/policies/a/#c1');
	});

	it('a word found only in the clause before, under the same headings, counts a little', () => {
		const q = normaliseQuery('党支部书记选举', dict);
		// c1 and c3 hold the same words; only c3 follows a clause with 党支部 (a long one; c1 follows the page's title).
		const [first] = rankResults(q, [
			clausePage('/policies/a/', [
				['c1', '书记由委员会选举。'],
				['c2', '党支部要认真贯彻落实上级的各项部署，加强思想政治建设，组织党员开展学习，发挥战斗堡垒作用，团结带领群众完成各项任务。'],
				['c3', '书记由委员会选举。'],
			]),
		]);
		expect(first!.target).toBe('/policies/a/#c3');
		// Not named as found in the clause: the status line says where the words are.
		expect(first!.termsInClause).not.toContain('党支部');
	});
});

describe('a question how to write a document, on a template (issue 20)', () => {
	const words = new Map<string, number>([
		['委员', 80],
		['调走', 0],
		['工作变动', 5],
		['空缺', 4],
		['补选', 12],
		['报告', 60],
		['请示', 30],
	]);
	const dict = { docs: [], issuers: [], terms: [], words: (w: string) => words.get(w), total: 20_000, synonyms: synonymsOf };
	const Z = '\u200b';
	/** A page of headings (h2) and clauses (p), as Pagefind returns it. */
	const page = (url: string, blocks: [id: string, element: string, text: string][]): Candidate => {
		let content = '标题';
		const anchors = [{ element: 'h1', id: '_top', text: '标题', location: 0 }];
		let location = 1;
		for (const [id, element, text] of blocks) {
			content += `. ${[...text].join(Z)}`;
			anchors.push({ element, id, text, location });
			location += [...text].length;
		}
		return { url, content, anchors, meta: { title: '标题' }, engineRank: 0 };
	};
	const blocks: [string, string, string][] = [
		['original', 'h2', '原文'],
		['opening', 'p', '因×位委员工作变动，不能继续履行委员职责，拟召开党员大会补选委员。'],
		['s1', 'p', '一、拟补选的委员候选人名额'],
		['s2', 'p', '委员会由×人组成，因工作变动，委员出现空缺×人，我们提名×位同志为补选委员候选人。'],
	];
	// The opening paragraph stands under the heading's anchor (the template's text), not a clause's.
	const template = (url: string) => {
		const p = page(url, blocks);
		p.anchors = p.anchors.filter((a) => a.id !== 'opening');
		return p;
	};

	it('the same words without asking how to write: the section that repeats more of them', () => {
		const q = normaliseQuery('委员调走了要补选', dict);
		expect(rankResults(q, [template('/templates/template-7/')])[0]!.target).toBe('/templates/template-7/#s2');
	});

	it('a text that is not a template keeps its best clause', () => {
		const q = normaliseQuery('委员调走了要补选 报告怎么写', dict);
		expect(rankResults(q, [template('/policies/a/')])[0]!.target).toBe('/policies/a/#s2');
	});

	it.each(['委员调走了要补选 报告怎么写', '委员调走了要补选 请示咋写'])('%s: the template’s opening, at the same score', (query) => {
		const q = normaliseQuery(query, dict);
		const [first] = rankResults(q, [template('/templates/template-7/')]);
		expect(first!.target).toBe('/templates/template-7/#original');
		expect(first!.excerpt.map((p) => p.text).join('')).toContain('不能继续履行委员职责');
		const plain = rankResults(normaliseQuery(query, dict), [template('/policies/a/')])[0]!;
		expect(first!.score).toBe(plain.score);
	});
});
