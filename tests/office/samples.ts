/**
 * Realistic filled templates for the office-suite test: every fillable template for every kind of
 * organisation it offers (8 forms, 18 documents), with values that pass every check, and the values
 * each document must show. One long society name makes the 版头, title, 附件说明 and 署名 wrap or shrink.
 */
import { TEMPLATE_SPECS, type Row, type Values } from '../../src/lib/template-fill';

export type OfficeSample = { id: string; kind: string | null; values: Values; expected: string[] };

const LONG_NAME = '青海省地质矿产勘查开发与地质灾害防治研究学会';
const doc = { orgCode: '青地学', docYear: '2024', docSerial: '12' };

const officers = (n: number): Row[] => {
	const roles = ['书记', '副书记', '纪检委员', '宣传委员', '组织委员', '委员', '委员', '委员', '委员'];
	const names = ['张明远', '李秀兰', '王建国', '赵丽华', '刘德胜', '陈静', '杨帆', '黄海', '周宁'];
	return [...roles.slice(0, n).map((role, i) => ({ role, name: names[i]! })), { role: '办公室负责人', name: '吴晓燕' }];
};

const BY_KIND = {
	党委: { members: '126', size: '7', deputies: '1', committee: '5' },
	党总支: { members: '64', size: '5', deputies: '1', committee: '3' },
	党支部: { members: '12', size: '5', deputies: '1', committee: '3' },
} as const;

function template1(kind: keyof typeof BY_KIND): Values {
	const k = BY_KIND[kind];
	return {
		society: '青海省水利学会',
		orgKind: kind,
		...doc,
		signer: '马志强',
		meetingDate: '2024-03-05',
		councilTerm: '6',
		meetingNo: '3',
		meetingKind: '常务理事会议',
		partyMembers: k.members,
		size: k.size,
		secretaries: '1',
		deputies: k.deputies,
		committee: k.committee,
		officers: officers(Number(k.size)),
		date: '2024-03-11',
	};
}

const candidates: Row[] = [
	{ name: '张明远', role: '书记' },
	{ name: '李秀兰', role: '副书记' },
	{ name: '王建国', role: '委员' },
	{ name: '赵丽华', role: '委员' },
	{ name: '刘德胜', role: '委员' },
	{ name: '陈静', role: '委员' },
];

const template4 = (kind: string, society: string): Values => ({
	society,
	orgKind: kind,
	...doc,
	electedDate: '2019-06-18',
	termEnd: '2024-06-17',
	meetingDate: '2024-06-12',
	seats: '5',
	candidates,
	hasDeputy: 'on',
	date: '2024-05-06',
});

const person: Values = {
	society: '青海省水利学会',
	personName: '李秀兰',
	birthDate: '1972年11月',
	gender: '女',
	ethnicity: '回族',
	nativePlace: '青海民和',
	joinDate: '1996年6月',
	workDate: '1994年7月',
	proTitle: '正高级工程师',
	specialty: '水文水资源',
	education: '大学本科',
	school: '河海大学',
	position: '青海省水文水资源测报中心副主任',
	societyPost: '常务理事、副秘书长',
	proposedPost: '副书记',
	resume:
		'1994.07—2003.12 青海省水文水资源勘测局技术员、工程师\n2004.01—2015.06 青海省水文水资源测报中心科长\n2015.07— 青海省水文水资源测报中心副主任',
	performance: '政治立场坚定，熟悉业务，工作扎实，群众基础好，廉洁自律。',
	submitDate: '2024-05-06',
};

const attendance = { expected: '42', expectedVoting: '40', present: '39', presentVoting: '37' };

const template6 = (kind: string): Values => ({
	society: '青海省水利学会',
	orgKind: kind,
	...doc,
	meetingDate: '2024-06-12',
	...attendance,
	elected: [
		{ name: '张明远', votes: '36' },
		{ name: '李秀兰', votes: '35' },
		{ name: '王建国', votes: '33' },
		{ name: '赵丽华', votes: '31' },
		{ name: '刘德胜', votes: '30' },
	],
	seats: '5',
	plenaryExpected: '5',
	plenaryPresent: '5',
	secretary: '张明远',
	secretaryVotes: '5',
	hasDeputy: 'on',
	deputy: '李秀兰',
	deputyVotes: '5',
	organiser: '王建国',
	publicity: '赵丽华',
	discipline: '刘德胜',
	date: '2024-06-14',
});

const template7 = (kind: string): Values => ({
	society: '青海省水利学会',
	orgKind: kind,
	...doc,
	electedDate: '2022-06-18',
	meetingDate: '2024-09-20',
	size: '5',
	vacancies: '1',
	nominees: '1',
	date: '2024-09-02',
});

const template9 = (kind: string): Values => ({
	society: '青海省水利学会',
	orgKind: kind,
	...doc,
	meetingDate: '2024-09-20',
	...attendance,
	elected: [{ name: '黄海', votes: '35', duty: '宣传委员' }],
	plenaryExpected: '5',
	plenaryPresent: '4',
	date: '2024-09-23',
});

const kindsOf = (id: string): string[] => [...(TEMPLATE_SPECS[id]!.fields.find((f) => f.name === 'orgKind')?.options ?? [])];

const common = ['青地学〔2024〕12号', '中国共产党青海省科技社团委员会：'];

export function officeSamples(): OfficeSample[] {
	const out: OfficeSample[] = [];
	for (const kind of kindsOf('template-1') as (keyof typeof BY_KIND)[]) {
		out.push({
			id: 'template-1',
			kind,
			values: template1(kind),
			expected: [
				'青海省水利学会文件',
				'青地学字〔2024〕12号',
				'签发：马志强',
				`关于成立“青海省水利学会${kind}”的请示`,
				'3月5日经第6届理事会第3次常务理事会议研究决定',
				`理事会现有党员${BY_KIND[kind].members}名`,
				`${kind}由${BY_KIND[kind].size}人组成`,
				'书记：张明远',
				'办公室负责人：吴晓燕',
				'附件：学会（协会/研究会）党组织人员备案表',
				'2024年3月11日',
			],
		});
	}
	out.push({
		id: 'template-2',
		kind: null,
		values: person,
		expected: [
			'青海省水利学会',
			'李秀兰',
			'1972年11月',
			'回族',
			'正高级工程师',
			'河海大学',
			'常务理事、副秘书长',
			'2015.07—青海省水文水资源测报中心副主任',
			'2024年5月6日',
		],
	});
	for (const kind of kindsOf('template-4')) {
		// The 党委 request carries the long name: 版头 on one line, title and 附件说明 wrapping.
		const society = kind === '党委' ? LONG_NAME : '青海省水利学会';
		const committee = kind === '党委' ? '党委' : `${kind}委员会`;
		out.push({
			id: 'template-4',
			kind,
			values: template4(kind, society),
			expected: [
				...common,
				`${society}文件`,
				`我${committee}于2019年6月18日选举产生`,
				'2024年6月17日任期届满',
				`${committee}由5人组成`,
				'张明远、李秀兰、王建国、赵丽华、刘德胜、陈静等6位同志',
				'差额1名，差额比例20%',
				'张明远同志为书记候选人预备人选',
				`附件：${society}${committee}候选人预备人选备案表`,
				`${society}${committee}`,
				'2024年5月6日',
			],
		});
	}
	for (const kind of kindsOf('template-5')) {
		const committee = kind === '党委' ? '党委' : `${kind}委员会`;
		out.push({
			id: 'template-5',
			kind,
			values: { ...person, orgKind: kind },
			expected: [`青海省水利学会${committee}候选人预备人选备案表`, '李秀兰', '青海省水文水资源测报中心副主任', '2024年5月6日'],
		});
	}
	for (const kind of kindsOf('template-6')) {
		out.push({
			id: 'template-6',
			kind,
			values: template6(kind),
			expected: [
				...common,
				`青海省水利学会${kind}于2024年6月12日召开党员大会`,
				'应到党员42名',
				'92.5%',
				'张明远同志得票36票',
				`新一届${kind}委员会委员`,
				'应到会5人，实到会5人',
				'张明远同志得5票，当选书记',
				'刘德胜同志任纪检委员',
				'2024年6月14日',
			],
		});
	}
	for (const kind of kindsOf('template-7')) {
		out.push({
			id: 'template-7',
			kind,
			values: template7(kind),
			expected: [
				...common,
				`我${kind}委员会于2022年6月18日选举产生`,
				`因1位${kind}委员工作变动`,
				'2024年9月20日',
				'提名1位同志为补选委员候选人',
				'2024年9月2日',
			],
		});
	}
	for (const kind of kindsOf('template-8')) {
		out.push({
			id: 'template-8',
			kind,
			values: { ...person, orgKind: kind },
			expected: [`青海省水利学会${kind}委员会候选人预备人选备案表`, '李秀兰', '2024年5月6日'],
		});
	}
	for (const kind of kindsOf('template-9')) {
		out.push({
			id: 'template-9',
			kind,
			values: template9(kind),
			expected: [
				...common,
				'应到会5人，实到会4人',
				'黄海同志得票35票',
				`黄海同志补选为${kind}委员会委员`,
				'黄海同志任宣传委员',
				'2024年9月23日',
			],
		});
	}
	return out;
}
