/**
 * Document model → .docx (Office Open XML) with the `docx` library, in the browser or in Node: the
 * filled templates and the policy texts, laid out by GB/T 9704-2012 (every number in `layout.ts`):
 * A4, 版心 156 × 225 mm, 22 lines of 28 characters (document grid), 页码 “— 1 —” at the foot (odd pages
 * right, even pages left, one character in), 附件说明 wrapped under the attachment name, 署名 centred
 * on a 成文日期 four characters in.
 *
 * For WPS as much as Word: every run names its East Asian font, the theme names the 公文 fonts (WPS
 * warns about a theme font it does not have), tables carry their grid column widths (WPS reads those,
 * not the table width). Fonts are referenced by name only; nothing is embedded, and the font table
 * names look-alikes for each (`fonts.ts`).
 * Text is passed to `TextRun`, which escapes it: input never becomes document structure.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	HeightRule,
	LineRuleType,
	Packer,
	PageNumber,
	Paragraph,
	Tab,
	TabStopType,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	VerticalAlignTable,
	WidthType,
} from 'docx';
import { OFFICIAL_FONTS, type OfficialFont } from './fonts';
import { CHAR_TWIPS, GB9704, PAGE_TWIPS as P, halfPoints, mmToTwips, runsText, signatureIndents } from './layout';
import type { DocBlock, DocModel, ParaStyle, Run } from './types';

const LATIN = 'Times New Roman';
type Fonts = { ascii: string; hAnsi: string; eastAsia: string; cs: string };
const font = (eastAsia: OfficialFont): Fonts => ({ ascii: LATIN, hAnsi: LATIN, eastAsia: eastAsia.name, cs: LATIN });
const FANGSONG = font(OFFICIAL_FONTS.fangsong);
const XIAOBIAOSONG = font(OFFICIAL_FONTS.xiaobiaosong);
const HEITI = font(OFFICIAL_FONTS.heiti);
/** 页码: 半角宋体 digits, so the Latin slots name 宋体 too. */
const SONGTI_ALL: Fonts = {
	ascii: OFFICIAL_FONTS.songti.name,
	hAnsi: OFFICIAL_FONTS.songti.name,
	eastAsia: OFFICIAL_FONTS.songti.name,
	cs: OFFICIAL_FONTS.songti.name,
};

const SIZE = {
	body: halfPoints(GB9704.sizePt.body),
	title: halfPoints(GB9704.sizePt.title),
	pageNumber: halfPoints(GB9704.sizePt.pageNumber),
	formTitle: halfPoints(GB9704.sizePt.formTitle),
	formCell: halfPoints(GB9704.sizePt.formCell),
};
const RED = 'C00000';
/** Every line on the 22-line grid. */
const LINE = { line: P.linePitch, lineRule: LineRuleType.EXACT } as const;
const chars = (n: number) => Math.round(n * CHAR_TWIPS);
const lines = (n: number) => n * P.linePitch;

/**
 * word/fontTable.xml. The `docx` library writes this part only for embedded fonts, so it is given
 * whole: each 公文 font with its look-alikes in `w:altName` (a comma-separated list, ECMA-376
 * §17.8.3.1) and the GB2312 character set (86), which Word and WPS use to choose a substitute.
 */
function fontTableXml(): string {
	const chinese = Object.values(OFFICIAL_FONTS).map(
		(f) => `<w:font w:name="${f.name}"><w:altName w:val="${f.alternatives.join(',')}"/><w:charset w:val="86"/></w:font>`
	);
	const latin = `<w:font w:name="${LATIN}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		`<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${chinese.join('')}${latin}</w:fonts>`
	);
}

/**
 * word/theme/theme1.xml naming the 公文 fonts instead of the library's Calibri / 等线 / 游ゴシック, which a
 * Chinese office PC may lack (WPS then warns about missing fonts). Colours and effects are the plain
 * Office ones; nothing in the document refers to them.
 */
function themeXml(): string {
	const fontSet = (ea: string) =>
		`<a:latin typeface="${LATIN}"/><a:ea typeface="${ea}"/><a:cs typeface="${LATIN}"/><a:font script="Hans" typeface="${ea}"/>`;
	const solid = (c: string) => `<a:solidFill><a:srgbClr val="${c}"/></a:solidFill>`;
	const ln = (w: number) => `<a:ln w="${w}">${solid('000000')}</a:ln>`;
	const colours = ['000000', 'FFFFFF', '44546A', 'E7E6E6', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];
	const names = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		'<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="GB/T 9704"><a:themeElements>' +
		`<a:clrScheme name="GB/T 9704">${names.map((n, i) => `<a:${n}><a:srgbClr val="${colours[i]}"/></a:${n}>`).join('')}</a:clrScheme>` +
		`<a:fontScheme name="GB/T 9704"><a:majorFont>${fontSet(OFFICIAL_FONTS.xiaobiaosong.name)}</a:majorFont>` +
		`<a:minorFont>${fontSet(OFFICIAL_FONTS.fangsong.name)}</a:minorFont></a:fontScheme>` +
		'<a:fmtScheme name="GB/T 9704">' +
		`<a:fillStyleLst>${solid('FFFFFF').repeat(3)}</a:fillStyleLst>` +
		`<a:lnStyleLst>${ln(6350)}${ln(12700)}${ln(19050)}</a:lnStyleLst>` +
		`<a:effectStyleLst>${'<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3)}</a:effectStyleLst>` +
		`<a:bgFillStyleLst>${solid('FFFFFF').repeat(3)}</a:bgFillStyleLst>` +
		'</a:fmtScheme></a:themeElements></a:theme>'
	);
}

/**
 * word/styles.xml, given whole (the library's own carries Calibri-era heading styles nothing uses):
 * the defaults every paragraph inherits — 仿宋 三号, Chinese, no hanging punctuation (a 公文 keeps
 * every character inside the 版心), no automatic space between Chinese and Latin or digits (it
 * would break the 28-character line differently in each office suite) and no widow control (22 lines
 * on every full page).
 */
const PPR_DEFAULT = '<w:widowControl w:val="0"/><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';

function stylesXml(): string {
	const f = FANGSONG;
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
		'<w:docDefaults><w:rPrDefault><w:rPr>' +
		`<w:rFonts w:ascii="${f.ascii}" w:eastAsia="${f.eastAsia}" w:hAnsi="${f.hAnsi}" w:cs="${f.cs}"/>` +
		`<w:kern w:val="2"/><w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>` +
		'</w:rPr></w:rPrDefault><w:pPrDefault>' +
		`<w:pPr>${PPR_DEFAULT}</w:pPr>` +
		'</w:pPrDefault></w:docDefaults>' +
		// Also on Normal: LibreOffice takes hanging punctuation from the paragraph style, not the defaults.
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>${PPR_DEFAULT}</w:pPr></w:style>` +
		'<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
		'<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
		'<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
		'<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
		'<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
		'</w:styles>'
	);
}

type RunStyle = { font: Fonts; size: number; color?: string; characterSpacing?: number };

function textRuns(runs: readonly Run[], style: RunStyle): TextRun[] {
	const out: TextRun[] = [];
	for (const r of runs) {
		r.text.split('\n').forEach((line, i) => out.push(new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style })));
	}
	return out;
}

/** 三号 text: 28 characters a line (see `PAGE_TWIPS.bodyCharSpacing`). */
const body = (f: Fonts, color?: string): RunStyle => ({
	font: f,
	size: SIZE.body,
	characterSpacing: P.bodyCharSpacing,
	...(color ? { color } : {}),
});
const bodyStyle = body(FANGSONG);

/** Run style of each paragraph style (GB/T 9704 7.3.3: 一、 黑体, （一） 楷体, 1. 仿宋). */
const PARA_FONT: Record<ParaStyle, RunStyle> = {
	body: bodyStyle,
	heading: body(font(GB9704.headingFont[1])),
	heading2: body(font(GB9704.headingFont[2])),
	part: body(HEITI),
	note: bodyStyle,
};

function bodyParagraph(style: ParaStyle, runs: readonly Run[], keepWithSeal = false): Paragraph {
	if (style === 'part') {
		return new Paragraph({ spacing: LINE, alignment: AlignmentType.CENTER, keepNext: true, children: textRuns(runs, PARA_FONT.part) });
	}
	return new Paragraph({
		spacing: LINE,
		indent: { firstLine: chars(GB9704.paragraphIndentChars) },
		alignment: AlignmentType.JUSTIFIED,
		keepNext: keepWithSeal || style === 'heading' || style === 'heading2',
		children: textRuns(runs, PARA_FONT[style]),
	});
}

/** The nonconformity note, first line of the document, in red bold so it cannot be missed. */
function notice(doc: DocModel): Paragraph[] {
	if (!doc.notice) return [];
	return [new Paragraph({ spacing: { ...LINE, after: P.linePitch }, children: textRuns(doc.notice, body(HEITI, RED)) })];
}

/** 发文机关标志: red 小标宋, as large as fits on one line of the 版心. */
function headerParagraph(doc: DocModel): Paragraph {
	const text = runsText(doc.header);
	const fit = Math.floor((P.typeWidth / 20 / Math.max(1, text.length)) * 2) / 2;
	const sizePt = Math.min(GB9704.sizePt.header, fit);
	// 35 mm to the top of the characters: in an exact line of 1.3 em the glyphs' top is about 0.16 em
	// below the line's top (measured in LibreOffice). The notice line above takes two lines of the 35 mm.
	const line = Math.round(sizePt * 20 * 1.3);
	const before = Math.max(0, mmToTwips(GB9704.headerTopMm) - Math.round(sizePt * 20 * 0.16) - (doc.notice ? lines(2) : 0));
	return new Paragraph({
		alignment: AlignmentType.CENTER,
		spacing: { before, after: 0, line, lineRule: LineRuleType.EXACT },
		children: textRuns(doc.header ?? [], { font: XIAOBIAOSONG, size: halfPoints(sizePt), color: RED }),
	});
}

/**
 * 附件说明: 左空二字 “附件：”; a name that wraps continues under its own first character (a hanging
 * indent as wide as “附件：”).
 */
function attachmentParagraph(runs: readonly Run[]): Paragraph {
	const text = runsText(runs);
	const prefix = text.indexOf('：') + 1;
	const indent = GB9704.paragraphIndentChars;
	return new Paragraph({
		spacing: { ...LINE, before: lines(GB9704.attachmentBlankLinesBefore) },
		indent: { left: chars(indent + prefix), hanging: chars(prefix) },
		keepNext: true,
		children: textRuns(runs, bodyStyle),
	});
}

function letter(doc: DocModel): (Paragraph | Table)[] {
	const out: (Paragraph | Table)[] = [...notice(doc)];
	if (doc.header) out.push(headerParagraph(doc));
	if (doc.docNumber || doc.signer) {
		const children = [...textRuns(doc.docNumber ?? [], bodyStyle)];
		if (doc.signer) children.push(new TextRun({ children: [new Tab()], ...bodyStyle }), ...textRuns(doc.signer, bodyStyle));
		const inset = chars(GB9704.signerIndentChars);
		out.push(
			new Paragraph({
				alignment: doc.signer ? AlignmentType.LEFT : AlignmentType.CENTER,
				indent: doc.signer ? { left: inset, right: inset } : undefined,
				tabStops: doc.signer ? [{ type: TabStopType.RIGHT, position: P.typeWidth - inset }] : undefined,
				spacing: { ...LINE, before: doc.header ? lines(GB9704.docNumberBlankLines) : 0 },
				// The red rule 4 mm under the 发文字号, as wide as the 版心.
				border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: Math.round((GB9704.ruleGapMm * 72) / 25.4) } },
				children,
			})
		);
	}
	out.push(
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { ...LINE, before: lines(GB9704.titleBlankLinesBefore), after: lines(GB9704.titleBlankLinesAfter) },
			children: textRuns(doc.title, { font: XIAOBIAOSONG, size: SIZE.title }),
		})
	);
	if (doc.addressee) out.push(new Paragraph({ spacing: LINE, children: textRuns(doc.addressee, bodyStyle) }));
	// The seal never stands on a page of its own (7.3.5.1: 印章顶端应当上距正文一行之内): the last
	// paragraph, the 附件说明 and the blank lines keep with the 署名.
	const paras = doc.body.filter((b) => b.type === 'para');
	paras.forEach((block, i) => out.push(bodyParagraph(block.style, block.runs, i === paras.length - 1)));
	if (doc.attachment) out.push(attachmentParagraph(doc.attachment));
	for (let i = 0; i < GB9704.sealBlankLines; i++) out.push(new Paragraph({ spacing: LINE, keepNext: true, children: [] }));
	const { signatureChars, dateChars } = signatureIndents(runsText(doc.signature), runsText(doc.date));
	if (doc.signature) {
		out.push(
			new Paragraph({
				spacing: LINE,
				alignment: AlignmentType.RIGHT,
				indent: { right: chars(signatureChars) },
				keepNext: true,
				children: textRuns(doc.signature, bodyStyle),
			})
		);
	}
	if (doc.date) {
		out.push(
			new Paragraph({
				spacing: LINE,
				alignment: AlignmentType.RIGHT,
				indent: { right: chars(dateChars) },
				children: textRuns(doc.date, bodyStyle),
			})
		);
	}
	return out;
}

function table(block: Extract<DocBlock, { type: 'table' }>, cellStyle: RunStyle): Table {
	const total = block.widths.reduce((a, b) => a + b, 0);
	// Grid widths that add up to the 版心 exactly: WPS sizes the columns from these.
	const widths = block.widths.map((w) => Math.floor((w * P.typeWidth) / total));
	widths[widths.length - 1]! += P.typeWidth - widths.reduce((a, b) => a + b, 0);
	return new Table({
		layout: TableLayoutType.FIXED,
		width: { size: P.typeWidth, type: WidthType.DXA },
		columnWidths: widths,
		rows: block.rows.map((row) => {
			let col = 0;
			const tall = row.some((c) => c.tall);
			// A 备案表 fits one page: rows of 28 pt, the two free-text rows four lines of the page.
			return new TableRow({
				height: { value: tall ? lines(4) : 560, rule: HeightRule.ATLEAST },
				children: row.map((c) => {
					const width = widths.slice(col, col + c.span).reduce((a, b) => a + b, 0);
					col += c.span;
					return new TableCell({
						columnSpan: c.span > 1 ? c.span : undefined,
						width: { size: width, type: WidthType.DXA },
						verticalAlign: c.tall ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
						margins: { top: 60, bottom: 60, left: 100, right: 100 },
						children: [
							new Paragraph({
								alignment: c.label ? AlignmentType.CENTER : AlignmentType.LEFT,
								spacing: { line: Math.round(cellStyle.size * 10 * 1.5), lineRule: LineRuleType.EXACT },
								children: textRuns(c.runs, cellStyle),
							}),
						],
					});
				}),
			});
		}),
	});
}

function form(doc: DocModel): (Paragraph | Table)[] {
	const out: (Paragraph | Table)[] = [
		...notice(doc),
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { ...LINE, after: P.linePitch },
			children: textRuns(doc.title, { font: XIAOBIAOSONG, size: SIZE.formTitle }),
		}),
	];
	for (const block of doc.body) {
		out.push(block.type === 'para' ? bodyParagraph(block.style, block.runs) : table(block, { font: FANGSONG, size: SIZE.formCell }));
	}
	return out;
}

/** A policy text: title, 文号, its clauses as numbered in the text, and where it comes from. */
function text(doc: DocModel): (Paragraph | Table)[] {
	const out: (Paragraph | Table)[] = [
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { ...LINE, after: doc.subtitle ? 0 : P.linePitch },
			children: textRuns(doc.title, { font: XIAOBIAOSONG, size: SIZE.title }),
		}),
	];
	if (doc.subtitle) {
		out.push(
			new Paragraph({
				alignment: AlignmentType.CENTER,
				spacing: { ...LINE, after: P.linePitch },
				children: textRuns(doc.subtitle, bodyStyle),
			})
		);
	}
	for (const block of doc.body) {
		out.push(block.type === 'para' ? bodyParagraph(block.style, block.runs) : table(block, { font: FANGSONG, size: SIZE.formCell }));
	}
	if (doc.note) {
		out.push(
			new Paragraph({
				spacing: { ...LINE, before: P.linePitch },
				border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
				children: textRuns(doc.note, bodyStyle),
			})
		);
	}
	return out;
}

/** 页码 “— n —”: odd pages right, even pages left, one character (of the page number's size) in. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
	const style = { font: SONGTI_ALL, size: SIZE.pageNumber };
	const inset = GB9704.pageNumber.indentChars * GB9704.sizePt.pageNumber * 20;
	const dash = GB9704.pageNumber.dash;
	return new Footer({
		children: [
			new Paragraph({
				alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
				indent: side === 'odd' ? { right: inset } : { left: inset },
				children: [
					new TextRun({ text: `${dash} `, ...style }),
					new TextRun({ children: [PageNumber.CURRENT], ...style }),
					new TextRun({ text: ` ${dash}`, ...style }),
				],
			}),
		],
	});
}

/** The .docx file of a composed document. */
export async function toDocx(doc: DocModel): Promise<Uint8Array> {
	const file = new Document({
		creator: '科技社团党建知识库',
		title: runsText(doc.title),
		evenAndOddHeaderAndFooters: true,
		sections: [
			{
				properties: {
					page: {
						size: { width: P.width, height: P.height },
						margin: { ...P.margin, header: mmToTwips(15), footer: P.footer },
					},
					// No document grid: every paragraph has the exact 22-line pitch itself. A grid would change
					// nothing in Word, but LibreOffice snaps a taller line (the 版头) to two grid lines.
					grid: { linePitch: P.linePitch },
				},
				footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
				children: doc.layout === 'table' ? form(doc) : doc.layout === 'text' ? text(doc) : letter(doc),
			},
		],
	});
	return new Uint8Array(
		await Packer.toArrayBuffer(file, false, [
			{ path: 'word/styles.xml', data: stylesXml() },
			{ path: 'word/fontTable.xml', data: fontTableXml() },
			{ path: 'word/theme/theme1.xml', data: themeXml() },
		])
	);
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
