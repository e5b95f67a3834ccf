/**
 * “Go to the clause” (pure): `10号文第三条`, `中办发〔2015〕51号 第十条`, `青海指南第四部分`,
 * `青海指南第三部分第二条`. The query names a text (by 文号, serial number or short name, resolved by
 * normalise.ts) and a clause by its number; the clause is found among the anchors of the text's page
 * (the anchor grammar of src/plugins/remark-clause-anchors.ts: p 第X部分, s 一、, u （一）, c 1.,
 * i （1）, a 第X条).
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../numerals';

export type ClauseUnit = '部分' | '条' | '款' | '项' | '点';

export interface ClauseStep {
	unit: ClauseUnit;
	n: number;
}

export interface ClauseQuery {
	/** The text named, as typed (before the clause number). */
	doc: string;
	steps: ClauseStep[];
	/** The clause as typed, e.g. 第十条. */
	label: string;
}

const NUMBER = `[0-9]{1,3}|[${CHINESE_NUMERAL_CHARS}]{1,4}`;
const STEP = new RegExp(`第?(${NUMBER})(部分|条|款|项|点)`, 'g');
const TRAILING = new RegExp(`((?:第(?:${NUMBER})(?:部分|条|款|项|点))(?:第?(?:${NUMBER})(?:部分|条|款|项|点))*)$`);

/** The text and clause numbers of a go-to query, or undefined when it ends in no clause number. */
export function parseClauseQuery(text: string): ClauseQuery | undefined {
	const compact = text.replace(/\s+/g, '');
	const m = TRAILING.exec(compact);
	if (!m || m.index === 0) return undefined;
	const steps: ClauseStep[] = [];
	for (const s of m[1]!.matchAll(STEP)) {
		const n = parseChineseNumber(s[1]!);
		if (!Number.isInteger(n) || n < 1) return undefined;
		steps.push({ unit: s[2] as ClauseUnit, n });
	}
	const doc = compact.slice(0, m.index).replace(/[的之]$/, '');
	return doc ? { doc, steps, label: m[1]! } : undefined;
}

/**
 * The anchor a clause number stands for among a page's anchor ids, or undefined. 第N部分 is `pN`;
 * 第N条 is an article `aN` where the text has articles; else in a text whose numbered paragraphs run
 * on across two or more of its sections (中办发〔2015〕51号 1.–23.) the paragraph numbered N; else the section `sN`
 * (一、二、三、); else the numbered paragraph N if the text has only one. 款/项/点 count within it.
 */
export function resolveClause(ids: readonly string[], steps: readonly ClauseStep[]): string | undefined {
	const has = new Set(ids);
	let scope = '';
	for (const [i, step] of steps.entries()) {
		const prefix = scope ? `${scope}-` : '';
		const within = ids.filter((id) => id.startsWith(prefix));
		const ending = (kind: string) => within.filter((id) => new RegExp(`(^|-)${kind}${step.n}$`).test(id.slice(prefix.length)));
		let found: string | undefined;
		if (step.unit === '部分') found = has.has(`${prefix}p${step.n}`) ? `${prefix}p${step.n}` : undefined;
		else if (i === 0 || step.unit === '条') {
			const articles = within.some((id) => /(^|-)a\d+$/.test(id));
			const paragraphs = ending('c');
			const numbered = within.filter((id) => /(^|-)c\d+$/.test(id));
			const runOn = new Set(numbered.map((id) => id.replace(/^.*c(\d+)$/, '$1'))).size;
			// Numbered on across sections only when they stand in more than one: 1. 2. 3. under 三、 alone
			// are that section's items, and 第二条 of such a text is its section 二、.
			const sections = new Set(numbered.map((id) => id.replace(/-?c\d+$/, ''))).size;
			if (articles) found = ending('a')[0];
			else if (paragraphs.length === 1 && runOn === numbered.length && sections > 1) found = paragraphs[0];
			else if (has.has(`${prefix}s${step.n}`)) found = `${prefix}s${step.n}`;
			else if (paragraphs.length === 1) found = paragraphs[0];
			else found = ending('u')[0] ?? ending('c')[0];
		} else {
			// 款/项/点 within a clause: its items, then its numbered paragraphs.
			found = ending('i')[0] ?? ending('c')[0] ?? ending('u')[0];
		}
		if (!found) return undefined;
		scope = found;
	}
	return scope || undefined;
}

/**
 * Whether a text's name as typed before a clause number (`青海工作指南`, `科协81号文`) names loosely the
 * text whose title or 文号 is `name`: its characters in the same order, gaps allowed, a number only
 * as a whole number (81 in 〔2016〕81号, not the 8 of 2018 and the 1 of 1号). Used only when the name
 * is no title, short title, alias or 文号 (normalise.ts) and a clause number follows, so that the
 * words the user left out of a long title (省科技社团党组织) do not lose the clause.
 */
export function namesLoosely(typed: string, name: string): boolean {
	const units = typed.replace(/号文件?$/, '号').match(/[0-9]+|[\p{Script=Han}a-z]/giu) ?? [];
	if (units.length < 3 || units.filter((u) => /\p{Script=Han}/u.test(u)).length < 2) return false;
	const escape = (u: string) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = units.map((u) => (/^[0-9]+$/.test(u) ? `(?<![0-9])${u}(?![0-9])` : escape(u))).join('.*?');
	return new RegExp(pattern, 'iu').test(name.replace(/\s+/g, ''));
}
