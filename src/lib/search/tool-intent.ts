/**
 * Questions a calculator answers (pure): which organisation form a count of 党员 calls for, the
 * election arithmetic, when the next 换届 is due. Only recognises the question and picks up its
 * numbers; the answer itself comes from the rule functions (src/lib/rules via tool-answer.ts), so no
 * threshold is restated here.
 */
import { parseChineseNumber, parseHeadCount, SPOKEN_COUNT_CHARS } from '../numerals';

export type ToolIntent =
	| { tool: 'org-type'; formal?: number | undefined; probationary?: number | undefined }
	| { tool: 'election'; seats?: number | undefined; eligible?: number | undefined; present?: number | undefined }
	/** `last`: the last 换届 as `YYYY-MM-DD`, or `YYYY-MM` when the question gave only its year and month. */
	| { tool: 'term-reminder'; last?: string | undefined; termYears?: number | undefined };

const NUM = `([0-9]{1,6}|[零〇一二两三四五六七八九十百]{1,5}|[${SPOKEN_COUNT_CHARS}])`;
const MEASURE = '(?:名|个|人|位)?';

function num(raw: string | undefined): number | undefined {
	if (raw === undefined) return undefined;
	if (/^[0-9]+$/.test(raw)) return Number(raw);
	const m = /^([一二两三四五六七八九])百(?:零?([一二三四五六七八九十]+))?$/.exec(raw);
	if (m) {
		const rest = m[2] ? parseChineseNumber(m[2]) : 0;
		return Number.isNaN(rest) ? undefined : parseChineseNumber(m[1]!) * 100 + rest;
	}
	const n = parseHeadCount(raw);
	return Number.isNaN(n) ? undefined : n;
}

/** 2021年6月30日, 2021-06-30, 2021.6.30, 2021/6/30 (日 or 号 optional). */
const FULL_DATE = /((?:19|20)\d{2})[-年./](\d{1,2})[-月./](\d{1,2})[日号]?/;
/** 2022年3月, 2022.3, 2022-03, 2022/3 — a month with no day after it (a day is not made up). */
const YEAR_MONTH = /((?:19|20)\d{2})(?:年|[-./])(\d{1,2})(?:月份?)?(?![0-9日号])/;

/** The last 换届 the question names: `YYYY-MM-DD`, `YYYY-MM` for a year and month, else undefined. */
function lastElection(t: string): string | undefined {
	const pad = (n: string) => n.padStart(2, '0');
	const full = FULL_DATE.exec(t);
	if (full) return `${full[1]}-${pad(full[2]!)}-${pad(full[3]!)}`;
	const month = YEAR_MONTH.exec(t);
	if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${pad(month[2]!)}`;
	return undefined;
}

/**
 * A count said of `who`: `52名正式党员`, `正式党员52人`, `正式党员有52名`. Which side the number is
 * on is read from the whole question: when 党员 is named before the first number, counts follow their
 * kind (`正式党员60人预备党员5人`: 预备党员 are 5, not the 60 written just before the word), otherwise
 * they precede it (`12名正式党员2名预备党员`); a kind said the other way round is still found.
 */
function countOf(text: string, who: string): number | undefined {
	const before = new RegExp(`${NUM}${MEASURE}${who}`).exec(text);
	const after = new RegExp(`${who}(?:人数)?(?:有|共|为|是|共有)?${NUM}${MEASURE}`).exec(text);
	const firstNumber = new RegExp(NUM).exec(text);
	const countsFollow = firstNumber !== null && text.slice(0, firstNumber.index).includes('党员');
	const [first, second] = countsFollow ? [after, before] : [before, after];
	return num((first ?? second)?.[1]);
}

const ORG_WORDS = /(党支部|支部|党总支|总支|党委|党组织|组织形式|什么组织|哪种组织)/;
const FOUND_WORDS = /(成立|设立|设|建立|组建|建)/;

const ELECTION_WORDS = /(候选人|差额|应选|应到|实到|到会|当选|得票|几票|多少票|票数|选举)/;
/** Without numbers, only a question brings a calculator (差额选举 typed as a word is a search). */
const ASKS = /(多少|几|吗|什么|怎么|如何|哪|能否|是否|够不够|还是|要不要|能不能)/;

const TERM_WORDS = /(换届|任期|届满|到期)/;
/** “When”, or whether it is already past due (超期没, 过期了吗): the reminder says both. */
const WHEN_WORDS = /(什么时候|何时|哪天|哪一天|哪年|哪一年|下次|下一次|到期|提醒|还有多久|还剩|超期|过期|逾期)/;

/** The calculator question `text` (simplified, width-normalised) asks, with its numbers; undefined for other questions. */
export function detectToolIntent(text: string): ToolIntent | undefined {
	const t = text.replace(/\s+/g, '');
	// 换届提醒: a date (or a year and month) or a term length with 换届/任期 and “when”.
	if (TERM_WORDS.test(t) && WHEN_WORDS.test(t)) {
		const term = /(?:任期|每届|一届)(?:为|是)?([三四五六七3-7])年/.exec(t) ?? /([三四五3-5])年一届/.exec(t);
		const last = lastElection(t);
		if (last || term || ASKS.test(t)) return { tool: 'term-reminder', last, termYears: num(term?.[1]) };
	}
	// 换届选举: seats, attendance, votes.
	if (ELECTION_WORDS.test(t)) {
		const seats =
			/应选(?:委员)?([0-9]{1,4}|[一二两三四五六七八九十]{1,3})(?:名|个|人|位)?/.exec(t) ??
			/选([0-9]{1,4}|[一二两三四五六七八九十]{1,3})(?:名|个|人|位)委员/.exec(t);
		const eligible =
			/(?:应到会?|应到会有选举权|有选举权)(?:党员|人数)?(?:有|为|是)?([0-9]{1,5}|[一二两三四五六七八九十百]{1,5})(?:名|个|人|位)?/.exec(t);
		const present =
			/(?:实到会?|实际到会|(?<!应)到会)(?:党员|人数)?(?:有|为|是)?([0-9]{1,5}|[一二两三四五六七八九十百]{1,5})(?:名|个|人|位)?/.exec(t);
		const intent = { tool: 'election' as const, seats: num(seats?.[1]), eligible: num(eligible?.[1]), present: num(present?.[1]) };
		if (intent.seats !== undefined || intent.eligible !== undefined || intent.present !== undefined) return intent;
		// 监票人, 计票人, 唱票人 are people at the election, not its arithmetic (候选人能不能当监票人 asks a rule).
		if (ASKS.test(t) && !/[监计唱]票/.test(t) && /(候选人|差额|票|当选|有效|到会)/.test(t)) return intent;
	}
	// 组织形式: what to set up for a number of 党员.
	if (ORG_WORDS.test(t) && FOUND_WORDS.test(t)) {
		const formal = countOf(t, '正式党员') ?? countOf(t, '正式');
		const probationary = countOf(t, '预备党员');
		const members = formal ?? countOf(t, '党员');
		if (members !== undefined) return { tool: 'org-type', formal: members, probationary };
		if (/(多少|几个|几名|几人)(?:个|名|位)?(?:正式)?党员/.test(t)) return { tool: 'org-type' };
		if (/党员人数(?:超过|达到|不足|满)?(?:多少|几)/.test(t)) return { tool: 'org-type' };
	}
	return undefined;
}
