/**
 * Issuer abbreviations as party workers say them (中组部, 中办, 省科协) → the issuer names of the
 * corpus's frontmatter they stand for (pure). An abbreviation names every issuer whose full name
 * contains all of its `contains` pieces, so a new 省科协 text is found without editing this table.
 */
export interface IssuerAbbreviation {
	abbr: string;
	/** Pieces that all occur in the full issuer name. */
	contains: string[];
}

export const ISSUER_ABBREVIATIONS: readonly IssuerAbbreviation[] = [
	{ abbr: '中组部', contains: ['中央组织部'] },
	{ abbr: '中央组织部', contains: ['中央组织部'] },
	{ abbr: '中办', contains: ['中央办公厅'] },
	{ abbr: '中央办公厅', contains: ['中央办公厅'] },
	{ abbr: '中国科协党组', contains: ['中国科协党组'] },
	{ abbr: '科协党组', contains: ['科协党组'] },
	{ abbr: '省科协', contains: ['省', '科协'] },
	{ abbr: '市科协', contains: ['市', '科'] },
	{ abbr: '省委办公厅', contains: ['省委办公厅'] },
	{ abbr: '省委办', contains: ['省委办公厅'] },
	{ abbr: '青办', contains: ['青海省委办公厅'] },
	{ abbr: '两新工委', contains: ['非公经济组织和社会组织工作委员会'] },
	{ abbr: '青海两新工委', contains: ['青海省委非公经济组织和社会组织工作委员会'] },
	{ abbr: '省科技社团党委', contains: ['省科技社团党委'] },
	{ abbr: '重庆市科协', contains: ['重庆市科学技术协会'] },
	{ abbr: '山西行业党委', contains: ['山西省科技类社会组织行业委员会'] },
];

/** Issuer names (from `known`) that `word` abbreviates; empty when it is no abbreviation. */
export function issuersFor(word: string, known: readonly string[]): string[] {
	const entry = ISSUER_ABBREVIATIONS.find((a) => a.abbr === word);
	if (!entry) return [];
	return [...new Set(known.filter((name) => entry.contains.every((piece) => name.includes(piece))))].sort();
}
