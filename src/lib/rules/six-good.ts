/**
 * Checklists: the 25 criteria of 山西 “六好” 党组织标准 (seed 001, 附件) and the six criteria of
 * 青海省科技社团党组织党建工作示范点创建标准 (青科协社党发〔2019〕10号), verbatim, with a pure
 * `summarise` over the ticked boxes.
 */
import type { CorpusBasis } from './basis';
import { fail, ok, parseFlag, type Result } from './result';

export const SHANXI_HEADINGS = [
	{ id: 'zhengzhi', title: '坚持政治方向好', from: 1, to: 3 },
	{ id: 'tuanjie', title: '团结凝聚群众好', from: 4, to: 7 },
	{ id: 'shiye', title: '推动事业发展好', from: 8, to: 10 },
	{ id: 'wenhua', title: '建设先进文化好', from: 11, to: 13 },
	{ id: 'rencai', title: '服务人才成长好', from: 14, to: 17 },
	{ id: 'zishen', title: '加强自身建设好', from: 18, to: 25 },
] as const;

const SHANXI_TEXTS: readonly string[] = [
	'全面贯彻习近平新时代中国特色社会主义思想，宣传和执行党的路线方针政策，宣传和执行党中央、上级党组织的决定，将党建工作列入本学会章程中；',
	'把党的政治建设摆在首位，实施党建强会计划，发挥学会党支部的政治引领作用和战斗堡垒作用，把党建工作融入学会自身建设中，严把学会各项工作的政治关，确保学会工作正确的政治方向，推动党建与学会发展互促进；',
	'制定2019年学会党支部学习计划，按期召开“三会一课”，突出政治学习和教育，突出党性锻炼，善于把党的政策与本组织业务相结合；把党章纳入党员教育培训的必备课程，引导学会中的党员自觉学习党章、遵守党章、贯彻党章、维护党章；',
	'学会党支部书记与学会负责人不由同一人担任的，支部书记能做到积极支持学会负责人开展工作，能主动与学会负责人沟通，效果良好；',
	'学会党支部开展的活动能做到积极邀请学会非党员负责人参加；',
	'学会党支部中的每一位党员爱岗敬业，勇于奉献，先锋模范作用落到具体工作中，发挥党员先锋模范作用，成为群众的标杆；',
	'每半年至少组织党员开展一次走基层（企事业单位、扶贫地区等）服务活动，在实践中提升党务干部的履职意识和能力，着力建设一支高素质的专业化党务干部队伍。',
	'充分发挥学会党支部作用，牢固树立“党建+工作理念”，把党建贯穿到学会改革、三基建设、学术交流、创新驱动助力工程、学会承能等重点工作中，做到党建工作与业务指导同研究、同部署、同推进，积极参与社会治理，提供公共科技服务产品，承担社会责任；',
	'完善学会章程，建立健全学会各项规章制度，堵塞管理漏洞，防范项目风险；',
	'学会党支部负责人能主动学习学会业务知识，掌握现代社会组织管理制度、方式，熟悉学会业务，积极建言献策，为学会的发展贡献才智；',
	'坚持学会党支部活动与学会自身发展紧密结合，能组织党员及会员参加省科协等单位组织的形式多样的文体活动，反映良好；',
	'积极开展“不忘初心、牢记使命”主题教育、理想信念教育、中国梦宣传教育等主题活动，弘扬科学家精神，发挥学会优势资源，引导科技工作者把智慧和力量凝聚到建设科技强国和助力山西转型升级，为山西经济社会发展作贡献；',
	'对违背社会主义核心价值观和公序良俗，损害社会公共利益的行为，学会党支部能予以坚决抵制；',
	'积极举荐符合条件的党务工作者、党员作为“优秀党务工作者”“优秀共产党员”“三八红旗手”的表彰对象，积极在学会党员中推荐“两代表一委员”以及各类行业代表；',
	'积极举荐科技人才服务院士专家工作站和学会服务站，选拔科技人才服务全民科学素质提高、科普品牌工程、科技助力精准扶贫工程、科技人才智库建设等，开展好“全国科技工作者日”活动，组织科技人才积极服务地方经济，为党委和政府科学决策服务；',
	'积极参与山西省科学道德和学风建设宣讲教育报告活动。发现、宣传学会的基层优秀科技工作者；',
	'引导、鼓励、支持学会工作人员报考社会工作师及其他专业，促进社会组织人才队伍职业化、专业化和年轻化；',
	'学会领导班子健全，按时换届选举，学会负责人符合相关规定条件，负责人分工有序，职责明确，工作程序规范合理；',
	'认真贯彻民主集中制原则，重大问题做到按规定召开会议讨论决定，并认真贯彻落实；',
	'及时掌握学会党支部中党员的思想状况，做好群众的思想政治工作，对不合格党员落实帮教措施或按正常规定进行组织处理；',
	'学会党支部有场所、有设施、有标识、有党旗、有书报、有制度；',
	'严格落实“三会一课”、民主评议党员、党员党性定期分析等制度，学会党支部党员过双重组织生活，按期召开支部大会，讲好党课，民主生活会、组织生活会质量逐步提高；',
	'完善学会监督机制，成立监事会或有监事，建立健全监督约束机制，规范学会行为。',
	'深入开展反腐倡廉教育，以推荐读书、参观学习、听讲座等方法形式开展廉政文化活动。',
	'按照《条例》《准则》的要求，认真落实党内监督，积极探索建立符合学会的监督机制，切实履行党内监督职责。',
];

const QINGHAI_TEXTS: readonly { title: string; text: string }[] = [
	{
		title: '坚持政治方向好',
		text: '认真贯彻落实习近平新时代中国特色社会主义思想，宣传和执行党的路线方针政策，自觉将党建工作纳入本学会、协会、研究会（以下简称学会）组织章程，将党建贯穿学会发展全过程，确保学会正确的发展方向。积极组织党员参加党组织各项活动，督促党员按期参加所在单位党组织“三会一课”，加强党员思想政治教育，强化党员意识和党性观念。',
	},
	{
		title: '团结凝聚群众好',
		text: '党组织书记主动配合负责人开展业务工作，负责人积极支持学会党建工作，做到党建与学会发展同频共振。党员爱岗敬业、勇于担当、甘于奉献，在工作岗位上积极发挥先锋模范作用。学会党组织积极组织党员和科技工作者开展志愿服务活动，帮助职工群众解决实际困难，不断提升党组织凝聚力和战斗力。',
	},
	{
		title: '推动事业发展好',
		text: '党组织积极教育引导科技工作者增强对党的思想认同、政治认同和情感认同，引导和支持学会有序参与社会治理、提供公共服务、承担社会责任。帮助学会完善各项管理制度，堵塞管理漏洞，防范项目风险。党组织负责人熟悉了解现代学会管理制度、方式，努力为学会发展提供决策参考。',
	},
	{
		title: '建设先进文化好',
		text: '加强引导科技工作者社会公德、职业道德、家庭美德和个人品德建设，营造良好道德风尚。坚持党组织活动与学会自身发展紧密结合，积极开展业务竞赛、岗位示范、诚信建设等主题活动，提高科技工作者的专业技能和职业素养。充分发挥党组织监督职能，对学会或党员违背社会主义核心价值观和公序良俗、损害社会公共利益的行为，及时督促改正。',
	},
	{
		title: '服务人才成长好',
		text: '党组织积极支持学会做好人才引进和培育工作，激发各类优秀人才的创业热情，为他们施展才华搭建平台。党组织注重培养科普服务专业人才，积极组建科普志愿者队伍，鼓励本学会专业人才到农村、牧区、城镇社区开展科普宣传和技术服务。',
	},
	{
		title: '加强自身建设好',
		text: '领导班子健全，按时换届选举，缺额及时补选，委员分工明确，认真履行职责。认真贯彻民主集中制原则，对重大问题按规定召开支委会或党员大会讨论决定。定期分析和掌握党员思想状况，持续做好党员思想政治工作。严格按照《条例》《准则》的要求，积极探索建立学会监督机制，切实履行党内监督职责。党组织有场所、有设施、有标志、有党旗、有书报、有制度。根据学会发展实际和党员的思想状况做好政治引领工作。',
	},
];

export type StandardId = 'shanxi' | 'qinghai';

export type Criterion = {
	/** Stable id for form state and URLs: `shanxi-1` … `shanxi-25`, `qinghai-1` … `qinghai-6`. */
	id: string;
	standard: StandardId;
	/** Number as printed (1.–25. or 1.–6.). */
	number: number;
	headingId: string;
	/** Short title where the text gives one (青海: 坚持政治方向好 …). */
	title?: string;
	/** Verbatim text. */
	text: string;
	citation: CorpusBasis;
};

export type Heading = { id: string; title: string; criteria: Criterion[] };

export type Standard = { id: StandardId; title: string; source: string; headings: Heading[] };

const SHANXI_ENTRY = 'shanxi-shuangqiang-liuhao';
const SHANXI_LABEL = '《关于开展“双强六好”党组织建设工作的通知》附件《省科协所属学会、协会、研究会创建“六好”党组织标准》';
const QINGHAI_ENTRY = 'qing-kexie-shedangfa-2019-10';
const QINGHAI_LABEL = '《青海省科技社团党组织党建工作示范点创建标准》（青科协社党发〔2019〕10号）';

export const SHANXI_SIX_GOOD: Standard = {
	id: 'shanxi',
	title: '省科协所属学会、协会、研究会创建“六好”党组织标准',
	source: '晋科社行党发〔2019〕5号 附件',
	headings: SHANXI_HEADINGS.map((h) => ({
		id: `shanxi-${h.id}`,
		title: h.title,
		criteria: SHANXI_TEXTS.slice(h.from - 1, h.to).map((text, k) => {
			const number = h.from + k;
			return {
				id: `shanxi-${number}`,
				standard: 'shanxi' as const,
				number,
				headingId: `shanxi-${h.id}`,
				text,
				// The criteria sit in a table, which carries no clause anchors on the site: cite the entry.
				citation: { kind: 'corpus' as const, entry: SHANXI_ENTRY, label: `${SHANXI_LABEL} ${number}.`, quote: text },
			};
		}),
	})),
};

export const QINGHAI_DEMONSTRATION: Standard = {
	id: 'qinghai',
	title: '青海省科技社团党组织党建工作示范点创建标准',
	source: '青科协社党发〔2019〕10号',
	headings: QINGHAI_TEXTS.map((c, k) => {
		const number = k + 1;
		return {
			id: `qinghai-h${number}`,
			title: c.title,
			criteria: [
				{
					id: `qinghai-${number}`,
					standard: 'qinghai' as const,
					number,
					headingId: `qinghai-h${number}`,
					title: c.title,
					text: c.text,
					citation: {
						kind: 'corpus' as const,
						entry: QINGHAI_ENTRY,
						anchor: `c${number}`,
						label: `${QINGHAI_LABEL} ${number}.`,
						quote: c.text,
					},
				},
			],
		};
	}),
};

export const STANDARDS: Record<StandardId, Standard> = { shanxi: SHANXI_SIX_GOOD, qinghai: QINGHAI_DEMONSTRATION };

export type HeadingSummary = { id: string; title: string; checked: number; total: number; complete: boolean; missing: string[] };

export type Summary = {
	standard: StandardId;
	headings: HeadingSummary[];
	checked: number;
	total: number;
	/** Whole percent, rounded down. */
	percent: number;
	/** Headings with every criterion ticked. */
	completeHeadings: number;
	/** Keys of `checked` that are not criteria of this standard (ignored). */
	unknownIds: string[];
};

/**
 * Counts ticked criteria per heading. `checked` maps criterion ids to a flag (true, 'true', '1', 'on');
 * unknown ids are ignored and listed. Not an object → a Chinese error.
 */
export function summarise(checked: unknown, standard: unknown = 'shanxi'): Result<Summary> {
	if (standard !== 'shanxi' && standard !== 'qinghai') {
		return fail({ field: 'standard', message: '标准应为“山西六好”（shanxi）或“青海示范点”（qinghai）' });
	}
	if (typeof checked !== 'object' || checked === null || Array.isArray(checked)) {
		return fail({ field: 'checked', message: '勾选数据格式不正确：应为“条目编号 → 是否达到”的对应表' });
	}
	const std = STANDARDS[standard];
	const map = checked as Record<string, unknown>;
	const known = new Set(std.headings.flatMap((h) => h.criteria.map((c) => c.id)));
	const unknownIds = Object.keys(map).filter((k) => !known.has(k));
	const headings = std.headings.map((h) => {
		const ticked = h.criteria.filter((c) => Object.prototype.hasOwnProperty.call(map, c.id) && parseFlag(map[c.id]));
		return {
			id: h.id,
			title: h.title,
			checked: ticked.length,
			total: h.criteria.length,
			complete: ticked.length === h.criteria.length,
			missing: h.criteria.filter((c) => !ticked.includes(c)).map((c) => c.id),
		};
	});
	const total = headings.reduce((a, h) => a + h.total, 0);
	const done = headings.reduce((a, h) => a + h.checked, 0);
	return ok({
		standard,
		headings,
		checked: done,
		total,
		percent: Math.floor((done * 100) / total),
		completeHeadings: headings.filter((h) => h.complete).length,
		unknownIds,
	});
}
