/**
 * Every number the calculators apply, next to the clause it comes from. One source of truth:
 * pages that state a threshold import it from here.
 *
 * Wording of the texts: “以上” includes the number, “超过”/“不足” exclude it.
 */
import type { Basis } from './basis';
import { SOURCES as S } from './sources';

export type Threshold<T = number> = {
	value: T;
	/** What the number means, in Chinese, as the page may state it. */
	meaning: string;
	citations: readonly Basis[];
};

/**
 * 正式党员 3 人以上 (3 included): a party organisation must be set up (党章 “都应当成立”, 51号 “都要”);
 * 预备党员 do not count.
 */
export const MIN_FORMAL_TO_FOUND: Threshold = {
	value: 3,
	meaning: '有正式党员 3 人以上（含 3 人）的，都应当成立党的基层组织；不足 3 人的，联合建立或通过其他方式实现覆盖',
	citations: [S.dangzhang30, S.zbf51S4C8Found, S.qhP2S3C1Found, S.zhibuFound],
};

/** 正式党员 7 人以上 (7 included): the 党支部 sets up a 支部委员会. */
export const MIN_FORMAL_FOR_BRANCH_COMMITTEE: Threshold = {
	value: 7,
	meaning: '有正式党员 7 人以上（含 7 人）的党支部，应当设立党支部委员会；不足 7 人的，设书记 1 名，必要时设副书记 1 名',
	citations: [S.zhibuCommittee, S.zhibuNoCommittee],
};

/** More than 50 党员 (50 excluded): 党总支; a 党支部 generally has at most 50. */
export const BRANCH_MAX_MEMBERS: Threshold = {
	value: 50,
	meaning: '党员人数超过 50 名、不足 100 名的成立党总支；党支部党员人数一般不超过 50 人',
	citations: [S.qhP2S3C1Sizes, S.zhibu50],
};

/** More than 100 党员 (100 excluded): 基层党委. */
export const GENERAL_BRANCH_MAX_MEMBERS: Threshold = {
	value: 100,
	meaning: '党员人数超过 100 名的成立基层党委',
	citations: [S.qhP2S3C1Sizes],
};

/** 支部委员会: 3 to 5 members, generally no more than 7. */
export const BRANCH_COMMITTEE_SIZE: Threshold<{ min: number; max: number; ceiling: number }> = {
	value: { min: 3, max: 5, ceiling: 7 },
	meaning: '党支部委员会由 3 至 5 人组成，一般不超过 7 人',
	citations: [S.zhibuCommittee, S.qlx15C4],
};

/** A joint organisation covers at most 5 units (青海: 原则上不得超过5家; 支部工作条例: 一般不超过5个). */
export const JOINT_MAX_UNITS: Threshold = {
	value: 5,
	meaning: '联合组建单位原则上不得超过 5 家（联合党支部覆盖单位一般不超过 5 个）',
	citations: [S.qbf9S3C9, S.zhibuJoint],
};

/** 差额 of at least 20% of the seats: at least ceil(seats × 20 / 100) more candidates than seats. */
export const ELECTION_MARGIN_PERCENT: Threshold = {
	value: 20,
	meaning: '委员选举实行差额选举，差额不小于应选人数的 20%',
	citations: [S.tpl4S3C1, S.tpl4S2],
};

/** A valid meeting needs strictly more than 4/5 of the eligible voters present. */
export const QUORUM_FRACTION: Threshold<{ numerator: number; denominator: number }> = {
	value: { numerator: 4, denominator: 5 },
	meaning: '有选举权的到会人数超过应到会有选举权人数的五分之四，选举有效',
	citations: [S.tpl7Quorum, S.electionQuorum, S.tpl6Attendance],
};

/** A candidate is elected with strictly more than half of the votes of those present. */
export const MAJORITY_FRACTION: Threshold<{ numerator: number; denominator: number }> = {
	value: { numerator: 1, denominator: 2 },
	meaning: '被选举人获得的赞成票超过实到会有选举权人数的一半，始得当选',
	citations: [S.electionMajority],
};

/**
 * A meeting of the 委员会 — the first plenary that elects the 书记 included — needs at least half
 * of its 委员 (“半数以上”: half included).
 */
export const PLENARY_QUORUM: Threshold<{ numerator: number; denominator: number }> = {
	value: { numerator: 1, denominator: 2 },
	meaning: '学会基层党组织委员会会议半数以上委员到会方可召开',
	citations: [S.qhP5S1C3],
};

/**
 * Term of a 基层委员会、总支部委员会、支部委员会 (党章: 三年至五年). The reminder accepts only these,
 * since the party organisation's term follows the 理事会's within this range.
 */
export const TERM_YEARS: Threshold<{ min: number; max: number }> = {
	value: { min: 3, max: 5 },
	meaning: '党的基层委员会、总支部委员会、支部委员会每届任期三年至五年',
	citations: [S.dangzhang31Term],
};

/** 延期或者提前换届: approval by the higher organisation, generally by no more than one year. */
export const TERM_SHIFT_MAX_YEARS: Threshold = {
	value: 1,
	meaning: '如需延期或者提前进行换届选举，应当报上级党组织批准，延长或者提前期限一般不超过 1 年',
	citations: [S.electionPostpone],
};

/**
 * “即将到期” window of the reminder, in months. Not a rule of the texts: a working margin so the
 * 请示 (模板4) can reach the 科技社团党委 and be approved before the 理事会 换届.
 */
export const DUE_SOON_MONTHS = 6;

/** Largest member count the forms accept. */
export const COUNT_MAX = 100_000;
