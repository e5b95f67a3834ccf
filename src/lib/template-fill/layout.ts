/**
 * GB/T 9704-2012《党政机关公文格式》 as numbers, in one place: the .docx writer lays every document
 * out by them (templates and policy texts), and the LibreOffice test (tests/office/) checks the
 * rendered PDF against the same values. The typefaces are in `fonts.ts`.
 *
 * Clause numbers below are those of the standard.
 */
import { OFFICIAL_FONTS, type OfficialFont } from './fonts';
import type { Run } from './types';

const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

export const GB9704 = {
	/** 5.2.1: A4. */
	page: { widthMm: 210, heightMm: 297 },
	/** 5.2.2: 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm — so 26 mm on the right and 35 mm at the foot. */
	margin: { topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 },
	typeArea: { widthMm: 156, heightMm: 225 },
	/** 5.2.3: 一般每面排 22 行，每行排 28 个字. */
	linesPerPage: 22,
	charsPerLine: 28,
	/** Sizes in points: 三号 16 (正文), 二号 22 (标题), 四号 14 (页码); 小二 18 and 小四 12 for the 备案表. */
	sizePt: { body: 16, title: 22, pageNumber: 14, formTitle: 18, formCell: 12, header: 26 },
	/** 7.2.4: 发文机关标志上边缘至版心上边缘为 35 mm. */
	headerTopMm: 35,
	/** 7.2.5/7.2.6: 发文字号 (and 签发人) 在发文机关标志下空二行; 上行文 发文字号居左空一字，签发人居右空一字. */
	docNumberBlankLines: 2,
	signerIndentChars: 1,
	/** 7.2.7: 发文字号之下 4 mm 处印一条与版心等宽的红色分隔线. */
	ruleGapMm: 4,
	/** 7.3.1: 标题在红色分隔线下空二行; 7.3.2: 主送机关在标题下空一行. */
	titleBlankLinesBefore: 2,
	titleBlankLinesAfter: 1,
	/** 7.3.3: 正文每个自然段左空二字，回行顶格. */
	paragraphIndentChars: 2,
	/** 7.3.3: 结构层次序数 一、 黑体, （一） 楷体, 1. 和 （1） 仿宋. */
	headingFont: { 1: OFFICIAL_FONTS.heiti, 2: OFFICIAL_FONTS.kaiti, 3: OFFICIAL_FONTS.fangsong, 4: OFFICIAL_FONTS.fangsong } as Record<
		1 | 2 | 3 | 4,
		OfficialFont
	>,
	/** 7.3.4: 附件说明在正文下空一行、左空二字；附件名称回行时与上一行附件名称的首字对齐. */
	attachmentBlankLinesBefore: 1,
	/**
	 * 7.3.5.1 (加盖印章的公文 — a 请示 is sealed): 成文日期右空四字; 发文机关署名以成文日期为准居中;
	 * 印章顶端上距正文（或附件说明）一行之内, 署名和日期居印章中心偏下, so two blank lines for the seal.
	 */
	dateRightChars: 4,
	sealBlankLines: 2,
	/**
	 * 7.5: 页码用 4 号半角宋体阿拉伯数字，编排在版心下边缘之下，数字左右各放一条一字线；一字线上距
	 * 版心下边缘 7 mm；单页码居右空一字，双页码居左空一字. “一字” is one character of the page number's size.
	 */
	pageNumber: { gapMm: 7, indentChars: 1, dash: '—', font: OFFICIAL_FONTS.songti },
} as const;

const page = { width: mmToTwips(GB9704.page.widthMm), height: mmToTwips(GB9704.page.heightMm) };
const margin = {
	top: mmToTwips(GB9704.margin.topMm),
	bottom: mmToTwips(GB9704.margin.bottomMm),
	left: mmToTwips(GB9704.margin.leftMm),
	right: mmToTwips(GB9704.margin.rightMm),
};
const typeWidth = page.width - margin.left - margin.right;
const typeHeight = page.height - margin.top - margin.bottom;
/** Line pitch: 22 lines fill the 225 mm 版心 (579 twips, 28.95 pt). */
const linePitch = Math.floor(typeHeight / GB9704.linesPerPage);
/** Character pitch: 28 characters fill the 156 mm line (15.79 pt, a little under 三号's 16 pt). */
const charPitch = typeWidth / GB9704.charsPerLine;

/** The page in twips (1/20 pt), as the .docx writer needs it. */
export const PAGE_TWIPS = {
	...page,
	margin,
	typeWidth,
	typeHeight,
	linePitch,
	charPitch,
	/**
	 * Character spacing of 三号 text (w:spacing, twips), rounded down so that 28 characters fit a line:
	 * −5 (0.25 pt). Given on the runs rather than as a character grid (w:docGrid linesAndChars): Word,
	 * WPS and LibreOffice all apply run spacing alike, whereas LibreOffice sizes a character grid
	 * differently from Word (19 characters a line instead of 28).
	 */
	bodyCharSpacing: Math.floor(charPitch - GB9704.sizePt.body * 20),
	/**
	 * Distance from the page's lower edge to the foot of the page number line (w:footer): the 一字线
	 * sits about 0.35 em above the baseline and the line's foot about 0.3 em below it, so 0.65 em
	 * below the level 7 mm under the 版心.
	 */
	footer: mmToTwips(GB9704.margin.bottomMm - GB9704.pageNumber.gapMm) - Math.round(GB9704.sizePt.pageNumber * 20 * 0.65),
} as const;

/** Width of one 三号 character with its spacing, in twips: indents “空二字” are multiples of it. */
export const CHAR_TWIPS = GB9704.sizePt.body * 20 + PAGE_TWIPS.bodyCharSpacing;

/** Half-points, as WordprocessingML writes font sizes. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

/** Plain text of runs: the 署名 and 成文日期 measured below, a document's title. */
export function runsText(runs: readonly Run[] | undefined): string {
	return (runs ?? []).map((r) => r.text).join('');
}

/**
 * Width of a line of text in characters of the body size: CJK and full-width forms count one, other
 * characters (digits, Latin, half-width punctuation) half — 成文日期 “2024年3月10日” is 6.5.
 */
export function textWidthChars(text: string): number {
	let w = 0;
	for (const ch of text)
		w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60\uFFE0-\uFFE6\u3000-\u303F\u2014\u2026\u201C\u201D\u2018\u2019]/.test(ch) ? 1 : 0.5;
	return w;
}

/**
 * Right indents of the 署名 and 成文日期 lines of a sealed document (7.3.5.1), in characters: the date
 * four characters in, the 署名 centred on the date. A 署名 too long to centre stays inside the line.
 */
export function signatureIndents(signature: string, date: string): { signatureChars: number; dateChars: number } {
	const dateChars = GB9704.dateRightChars;
	const centred = dateChars + (textWidthChars(date) - textWidthChars(signature)) / 2;
	return { signatureChars: Math.max(0, centred), dateChars };
}

/** The 版心 in PDF points from the page's lower left corner, for checks of a rendered page. */
export const TYPE_AREA_PT = {
	left: mmToPt(GB9704.margin.leftMm),
	right: mmToPt(GB9704.page.widthMm - GB9704.margin.rightMm),
	bottom: mmToPt(GB9704.margin.bottomMm),
	top: mmToPt(GB9704.page.heightMm - GB9704.margin.topMm),
	pageWidth: mmToPt(GB9704.page.widthMm),
	pageHeight: mmToPt(GB9704.page.heightMm),
} as const;
