/**
 * 换届提醒: when the next 换届 of the party organisation is due, synchronised with the 理事会.
 *
 * Pure: `today` is an input (ISO date), so results are reproducible; never throws.
 */
import type { Basis } from './basis';
import { collect, fail, ok, parseCount, type Result } from './result';
import { daysInMonth, epochDay, parseIsoDate, toIso, type CalendarDate } from '../calendar';
import { asciiDigits } from '../numerals';
import { FUNCTIONAL_CONFLICT, SECRETARY_ROUTE } from './leadership';
import { SOURCES as S, TEMPLATES, type Step, type TemplateRef } from './sources';
import { DUE_SOON_MONTHS, TERM_SHIFT_MAX_YEARS, TERM_YEARS } from './thresholds';

export type TermStatus = 'overdue' | 'due-soon' | 'ok';

export const TERM_STATUS_LABELS: Record<TermStatus, string> = {
	overdue: '已超期，应尽快换届',
	'due-soon': `${DUE_SOON_MONTHS} 个月内到期，应着手准备换届`,
	ok: '未到换届时间',
};

export type TermReminderInput = {
	/** Date of the last election, `YYYY-MM-DD`. */
	lastElection: unknown;
	/** 理事会 (and so party organisation) term in years, 3–5 (党章). */
	termYears: unknown;
	/** Reference date, `YYYY-MM-DD` (the page passes the visitor's local date). */
	today: unknown;
};

export type TermReminder = {
	lastElection: string;
	termYears: number;
	today: string;
	/** lastElection + termYears (29 Feb → 28 Feb in a common year). */
	dueDate: string;
	/** dueDate − today in days; negative when overdue. */
	daysRemaining: number;
	status: TermStatus;
	statusLabel: string;
	/** Clauses requiring 党组织换届 to follow the 理事会换届. */
	syncBasis: Basis[];
	/** 换届 workflow (templates 4–6). */
	electionSteps: Step[];
	/** 届中调整 / 补选 workflow (templates 7–9). */
	byElectionSteps: Step[];
	/** Who approves or records what. */
	approvals: { what: string; by: string; citations: Basis[] }[];
	templates: { election: TemplateRef[]; byElection: TemplateRef[] };
	notes: string[];
	/** 延期或者提前换届: who approves, by how much (选举工作条例). */
	shift: { text: string; citations: Basis[] };
};

/** Adds calendar months; a day missing in the target month becomes its last day. */
export function addMonths(d: { year: number; month: number; day: number }, months: number): CalendarDate {
	const idx = d.year * 12 + (d.month - 1) + months;
	const year = Math.floor(idx / 12);
	const month = (idx % 12) + 1;
	const day = Math.min(d.day, daysInMonth(year, month));
	return { year, month, day, iso: toIso(year, month, day) };
}

/** Why a term outside 3–5 years is refused, said beside the field. */
export const TERM_REFUSED = `党章规定党的基层委员会、总支部委员会、支部委员会每届任期三年至五年，本工具只按 ${TERM_YEARS.value.min} 至 ${TERM_YEARS.value.max} 年推算；理事会任期不在此范围的，党组织任期如何确定请向上级党组织请示`;

const SHIFT = {
	text: `理事会提前或延期换届、党组织需随之提前或延期换届的，${TERM_SHIFT_MAX_YEARS.meaning}。`,
	citations: [...TERM_SHIFT_MAX_YEARS.citations, S.qhP3],
};

const SYNC_BASIS: Basis[] = [S.qhP3, S.qkx12S2U2C2, S.kx22S2U5C3, S.qlx15C5];

function electionSteps(): Step[] {
	return [
		{
			n: 1,
			text: '党组织向科技社团党委递交换届请示，提出新一届领导班子拟任人选（候选人预备人选），委员候选人按差额不少于 20% 提出。',
			templates: [TEMPLATES[4]!, TEMPLATES[5]!],
			citations: [S.qhP3S1C1, S.tpl4S2],
		},
		{
			n: 2,
			text: '科技社团党委对拟任人选进行审查把关。',
			templates: [],
			citations: [S.qhP3S1C2],
		},
		{
			n: 3,
			text: '审批后召开理事会党员大会，差额选举新一届委员会委员；新一届委员会第一次全体会议等额选举书记、副书记。',
			templates: [],
			citations: [S.qhP3S1C3, S.tpl4S3C1, S.tpl4S3C2],
		},
		{
			n: 4,
			text: '将选举结果以文件形式报科技社团党委审批：委员名单备案，书记、副书记报批。',
			templates: [TEMPLATES[6]!],
			citations: [S.qhP3S1C3, S.qhP3S1C4, S.tpl6Approval],
		},
	];
}

function byElectionSteps(): Step[] {
	return [
		{
			n: 1,
			text: '委员出现空缺需届中调整时，向科技社团党委递交补选请示，提出补选委员候选人。',
			templates: [TEMPLATES[7]!, TEMPLATES[8]!],
			citations: [S.qhP3S1C1, S.qhP3],
		},
		{
			n: 2,
			text: '科技社团党委对拟任人选进行审查把关。',
			templates: [],
			citations: [S.qhP3S1C2],
		},
		{
			n: 3,
			text: '召开理事会党员大会，等额选举补选委员。',
			templates: [],
			citations: [S.qhP3S1C3, S.tpl7Equal],
		},
		{
			n: 4,
			text: '将补选结果以文件形式报科技社团党委，委员名单备案。',
			templates: [TEMPLATES[9]!],
			citations: [S.qhP3S1C4, S.tpl9Filing],
		},
	];
}

const APPROVALS = [
	{
		what: '换届请示及新一届领导班子拟任人选',
		by: '科技社团党委审查把关、审批（青海：省科技社团党委）',
		citations: [S.qhP3S1C1, S.qhP3S1C2] as Basis[],
	},
	{
		what: '选举产生的委员名单',
		by: '报科技社团党委备案',
		citations: [S.tpl6Approval, S.tpl9Filing] as Basis[],
	},
	{
		what: '选举产生的书记、副书记',
		by: '报科技社团党委批准',
		citations: [S.tpl6Approval, S.zbf51S3C6, S.qbf9S2C5] as Basis[],
	},
	{
		what: '党组织委员届中调整、书记任命',
		by: '经青海省科技社团党委审批',
		citations: [S.qhP3, S.qkx12S2U2C6] as Basis[],
	},
	{
		what: '书记人选（由谁担任，或由上级党组织选派）',
		by: SECRETARY_ROUTE.text.replace(/^书记人选：/, ''),
		citations: SECRETARY_ROUTE.citations,
	},
];

/**
 * What the reminder rests on and what it leaves out: it follows the corpus's “与理事会换届同步”;
 * the term of a 基层组织 is also set by 党内法规 the corpus does not hold.
 */
export const TERM_BASIS_NOTE =
	'本工具按本站收录文件“学会党组织换届应与理事会换届同步”（青海指南第三部分、青科协党发〔2018〕12号 二、（二）2.）推算到期日。基层党组织的任期还由《中国共产党章程》第三十一条、《中国共产党基层组织选举工作条例》等本站未收录的党内法规规定，以其规定和上级党组织的要求为准。';

function parseTermYears(raw: unknown): Result<number> {
	const label = '理事会每届任期（年）';
	const any = parseCount(raw, { field: 'termYears', label, max: 1000 });
	if (!any.ok) return any;
	const { min, max } = TERM_YEARS.value;
	if (any.value < min || any.value > max) return fail({ field: 'termYears', message: `${label}为 ${any.value} 年：${TERM_REFUSED}。` });
	return any;
}

/** The month a next 换届 falls in: `YYYY-MM` and as said (2025年3月). */
export type DueMonth = { lastMonth: string; termYears: number; dueMonth: string; label: string; syncBasis: Basis[] };

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const monthLabel = (year: number, month: number) => `${year}年${month}月`;

/**
 * When only the year and month of the last 换届 are known (2022年3月): the due date is the same day
 * of the month `termYears` later (addMonths keeps the month even for 29 Feb), so the month is certain
 * and the day is not: the answer is the month, never a day made up. Undefined when `lastMonth` is
 * not `YYYY-MM`.
 */
export function dueMonth(lastMonth: unknown, termYears: unknown): Result<DueMonth> | undefined {
	const m = typeof lastMonth === 'string' ? YEAR_MONTH.exec(asciiDigits(lastMonth).trim()) : null;
	if (!m) return undefined;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const label = '上次换届日期';
	if (year < 1900 || year > 2200) return fail({ field: 'lastElection', message: `${label}的年份应在 1900 到 2200 之间` });
	if (month < 1 || month > 12) return fail({ field: 'lastElection', message: `${label}不存在：月份应为 01 到 12` });
	const term = parseTermYears(termYears);
	if (!term.ok) return term;
	const dueYear = year + term.value;
	return ok({
		lastMonth: `${m[1]}-${m[2]}`,
		termYears: term.value,
		dueMonth: `${dueYear}-${m[2]}`,
		label: monthLabel(dueYear, month),
		syncBasis: SYNC_BASIS,
	});
}

/** Computes when the next 换届 is due and how close it is. */
export function termReminder(input: TermReminderInput): Result<TermReminder> {
	// A year and month only (a link from search, 2022年3月换届): say the month it is due in and ask for the day.
	const month = dueMonth(input?.lastElection, input?.termYears);
	if (month) {
		const [y, mo] = asciiDigits(String(input.lastElection)).trim().split('-').map(Number);
		const given = `上次换届日期只有年月（${monthLabel(y!, mo!)}）`;
		const askDay = '请补上是哪一日，才能算出到期日和剩余天数';
		if (month.ok) {
			const { termYears, label } = month.value;
			return fail({ field: 'lastElection', message: `${given}：按每届 ${termYears} 年推算，下次换届在 ${label}；${askDay}` });
		}
		const dateError = month.errors.some((e) => e.field === 'lastElection');
		return fail(...(dateError ? [] : [{ field: 'lastElection', message: `${given}：${askDay}` }]), ...month.errors);
	}
	const parsed = collect({
		lastElection: parseIsoDate(input?.lastElection, { field: 'lastElection', label: '上次换届日期' }),
		termYears: parseTermYears(input?.termYears),
		today: parseIsoDate(input?.today, { field: 'today', label: '今天的日期' }),
	});
	if (!parsed.ok) return fail(...parsed.errors);
	const { lastElection, termYears, today } = parsed.value;
	const todayDay = epochDay(today);
	if (epochDay(lastElection) > todayDay) {
		return fail({ field: 'lastElection', message: `上次换届日期（${lastElection.iso}）不能晚于今天（${today.iso}）` });
	}
	const due = addMonths(lastElection, termYears * 12);
	const daysRemaining = epochDay(due) - todayDay;
	const soonLimit = epochDay(addMonths(today, DUE_SOON_MONTHS));
	const status: TermStatus = daysRemaining < 0 ? 'overdue' : epochDay(due) <= soonLimit ? 'due-soon' : 'ok';
	const notes: string[] = [
		TERM_BASIS_NOTE,
		SHIFT.text,
		`功能型党支部班子人选不实行任期制，原则上与社会组织换届同步调整（青两新工委〔2018〕15号 5.）。${FUNCTIONAL_CONFLICT.text}`,
	];
	if (lastElection.month === 2 && lastElection.day === 29 && due.day === 28) {
		notes.push(`${lastElection.iso} 加 ${termYears} 年不是闰年，按 ${due.iso} 计。`);
	}
	return ok({
		lastElection: lastElection.iso,
		termYears,
		today: today.iso,
		dueDate: due.iso,
		daysRemaining,
		status,
		statusLabel: TERM_STATUS_LABELS[status],
		syncBasis: SYNC_BASIS,
		electionSteps: electionSteps(),
		byElectionSteps: byElectionSteps(),
		approvals: APPROVALS,
		templates: {
			election: [TEMPLATES[4]!, TEMPLATES[5]!, TEMPLATES[6]!],
			byElection: [TEMPLATES[7]!, TEMPLATES[8]!, TEMPLATES[9]!],
		},
		notes,
		shift: SHIFT,
	});
}
