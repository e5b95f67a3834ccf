/**
 * Random corpus files for the property tests (tests/unit/corpus-property.test.ts in-process,
 * tests/build/gate-property.test.ts through the build): a policy whose frontmatter has a few fields
 * replaced by what a curator might type — mostly plausible values in the many spellings YAML allows,
 * now and then a mistake — under a file name that is mostly fine and sometimes not an id.
 */
import fc from 'fast-check';

/** A policy's fields, as YAML lines; a case replaces or adds a few of them. */
const FIELDS: Record<string, string> = {
	title: '关于随机测试文件的通知',
	shortTitle: '随机测试通知',
	docNumber: '测试发〔2021〕2号',
	issuers: '[测试机关]',
	issued: "'2021-03-04'",
	level: '省级',
	region: '测试省',
	docType: '通知',
	status: '现行',
	source: '{ file: fixture.txt }',
};
const BODY = '\n## 一、总体要求\n\n1\\.第一条款，见《测试指南》。\n';

/** Text as the corpus writes it: Chinese with its punctuation, now and then a Latin letter, a digit or a space. */
const chinese = (min: number, max: number) =>
	fc.string({
		unit: fc.oneof(
			{ weight: 8, arbitrary: fc.constantFrom(...'党的建设科技社团学会协会组织工作意见通知办法省市县中共委员会办公厅关于加强和改进') },
			{ weight: 1, arbitrary: fc.constantFrom('、', '（', '）', '《', '》', '〈', '〉', '“', '”', '：', '—', '·', ' ', '2', '0', 'a', 'X') }
		),
		minLength: min,
		maxLength: max,
	});
const quoted = (arb: fc.Arbitrary<string>) => arb.map((s) => JSON.stringify(s));
const list = (arb: fc.Arbitrary<string>, max: number) =>
	fc.array(arb, { maxLength: max }).map((items) => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`);

/** A value the field may well accept: what a curator types when the entry is right, in the many spellings YAML allows. */
const PLAUSIBLE: Record<string, fc.Arbitrary<string>> = {
	title: fc.oneof(
		quoted(chinese(2, 80)),
		chinese(2, 40).filter((s) => /^[^\s'"\[{&*!|>%@`#,?:-]/.test(s) && !/[:#]/.test(s) && s.trim() === s)
	),
	shortTitle: quoted(chinese(2, 30)),
	docNumber: fc
		.tuple(fc.constantFrom('测试发', '中办发', '青科协党发'), fc.integer({ min: 1980, max: 2030 }), fc.integer({ min: 1, max: 300 }))
		.map(([a, y, n]) => `${a}〔${y}〕${n}号`),
	issuers: list(chinese(2, 20), 3).filter((l) => l !== '[]'),
	issued: fc.oneof(
		fc.constantFrom("'2020-02-29'", "'2021-12'", "'1999'", '2021', '不详', '2020-01-31'),
		fc
			.date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
			.map((d) => `'${d.toISOString().slice(0, 10)}'`)
	),
	effective: fc.constantFrom("'2021-05-01'", '2021', '2021-05-01'),
	level: fc.constantFrom('中央', '中央部门', '中国科协', '省级', '市级'),
	region: quoted(chinese(2, 20)),
	docType: fc.constantFrom('意见', '通知', '方案', '工作要点', '办法', '规定', '条例', '标准', '指南', '细则', '决定', '其他'),
	status: fc.constantFrom('现行', '试行', '历史年度文件', '已废止', '不详'),
	source: fc.constantFrom('{ file: fixture.txt }', "{ file: 'x.txt', part: 第一部分 }"),
	summary: fc.oneof(quoted(chinese(0, 200)), quoted(fc.string({ unit: 'grapheme', maxLength: 40 }))),
	aliases: list(fc.oneof(chinese(2, 40), fc.string({ unit: 'grapheme', minLength: 2, maxLength: 12 })), 4),
	topics: list(chinese(1, 10), 3),
	statusBasis: quoted(chinese(2, 60)),
	carriedBy: fc.constantFrom('qinghai-guide', 'zhongbanfa-2015-51'),
	inferred: fc.constantFrom('[issuers]', '[issued, level]', '[]'),
	supersededBy: fc.constantFrom('[{ title: 某省新办法, relation: 修订 }]', '[]'),
};

/** A value as a curator might mistype it: a date where text belongs, a number, a list, odd characters, very long. */
const wild = fc.oneof(
	fc.constantFrom(
		'2020-01-01',
		'2019-13-45',
		"'2020-02-30'",
		'2020-01-02 10:00:00',
		'yes',
		'null',
		'~',
		'[]',
		'{}',
		'[2020-01-01]',
		'12:30',
		'0x1F',
		'.inf',
		'测试发[2021]2号',
		"'<script>alert(1)</script>'",
		'"{x}"',
		'[{ title: 某新办法, relation: 废止 }]',
		"'a/b'",
		"'..'",
		"'%E4%B8%AD'",
		"'#锚点'",
		"'?q=1'"
	),
	quoted(fc.string({ unit: 'grapheme', maxLength: 12 })),
	quoted(fc.string({ unit: 'binary', maxLength: 8 })),
	fc.integer({ min: 150, max: 400 }).map((n) => JSON.stringify('长'.repeat(n))),
	fc.integer().map(String)
);

const edit = fc
	.constantFrom(...Object.keys(PLAUSIBLE))
	.chain((field) =>
		fc.oneof({ weight: 4, arbitrary: PLAUSIBLE[field]! }, { weight: 1, arbitrary: wild }).map((value) => [field, value] as [string, string])
	);

/** A file name as a curator might save it: mostly fine, sometimes not an id, sometimes in a sub-folder. */
const fileName = fc
	.tuple(
		fc.oneof(
			{ weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/) },
			{ weight: 1, arbitrary: fc.constantFrom('Upper', 'a b', 'a_b', '中文名', 'a.b', '-x', 'x--y', 'x%20y', "o'k") }
		),
		fc.constantFrom('.mdx', '.md'),
		fc.option(fc.constantFrom('sub', '2021', '省级/子'), { nil: undefined })
	)
	.map(([stem, ext, folder]) => (folder ? `${folder}/${stem}${ext}` : `${stem}${ext}`));

export const testCase = fc.record({
	file: fileName,
	edits: fc.array(edit, { maxLength: 3 }),
});

export function source(edits: readonly [string, string][]): string {
	const fields = { ...FIELDS };
	for (const [key, value] of edits) fields[key] = value;
	return `---\n${Object.entries(fields)
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n')}\n---\n${BODY}`;
}
