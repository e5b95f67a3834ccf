/**
 * 文号 (document number): issuer code, year in 〔〕, serial, 号 — e.g. 中办发〔2015〕51号.
 * The one definition used by the schema, the citation finder and the importer (scripts/import/).
 *
 * Canonical form (what frontmatter must hold): Han issuer code, full-width 〔〕, a year 19xx/20xx,
 * the serial without leading zeros. In running text and imported sources, the brackets ［］ [] ﹝﹞
 * and spaces are accepted and normalised; round brackets （） are not (they enclose years in
 * ordinary text too, e.g. “工作要点（2023）”).
 */

const HAN = '\\u3400-\\u9fff';
const OPEN = '〔［[﹝';
const CLOSE = '〕］\\]﹞';
/**
 * At most this many Han characters before the bracket are taken (issuer codes have fewer than ten).
 * Unbounded, every position of a long run of Han characters without a bracket rescanned the rest of
 * the run: a paragraph of 40,000 characters took seconds, one of a million never finished.
 */
const RUN = 30;
const BODY = `([${HAN}]{1,${RUN}})[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*(\\d{1,4})\\s*号`;

/** 文号 anywhere in a text (global): groups are the run of Han characters before it (its last 30), the year and the serial. */
export const DOC_NUMBER_IN_TEXT = new RegExp(BODY, 'g');

const WHOLE = new RegExp(`^${BODY}$`);

/** `中办发 〔2015〕 051 号` → `中办发〔2015〕51号`. */
export function formatDocNumber(code: string, year: string | number, serial: string | number): string {
	return `${code}〔${year}〕${Number(serial)}号`;
}

/** The canonical form of a 文号 written with any accepted brackets and spacing; undefined when `raw` is no 文号. */
export function normaliseDocNumber(raw: string): string | undefined {
	const m = WHOLE.exec(raw.replace(/[\s\u3000\u200b\ufeff]+/g, ''));
	return m ? formatDocNumber(m[1]!, m[2]!, m[3]!) : undefined;
}

/** Whether `value` is a 文号 in canonical form (the form the frontmatter field requires). */
export function isCanonicalDocNumber(value: string): boolean {
	return normaliseDocNumber(value) === value;
}

const BRACKETED = new RegExp(`^[（(]\\s*${BODY}`);

/** A line that opens with a bracketed 文号, as under a title: “（中办发〔2015〕51号 2015年9月29日）”. */
export function opensWithBracketedDocNumber(line: string): boolean {
	return BRACKETED.test(line);
}

/** The first 文号 in a text, canonical, with the run of Han characters before the bracket (its last 30) as issuer code. */
export function findDocNumber(text: string): string | undefined {
	const m = new RegExp(BODY).exec(text);
	return m ? formatDocNumber(m[1]!, m[2]!, m[3]!) : undefined;
}
