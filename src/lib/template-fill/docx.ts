/**
 * Document model → .docx (Office Open XML) with the `docx` library, in the browser or in Node.
 * A4, 公文 margins (GB/T 9704: 上 37 mm, 下 35 mm, 左 28 mm, 右 26 mm), body in 仿宋 三号 with a
 * fixed 28 pt line, title in 小标宋 二号. Fonts are referenced by name only; nothing is embedded, and
 * the font table names look-alikes for each (`fonts.ts`) so a PC without the 公文 fonts still shows a
 * 仿宋 or 宋 face rather than its default.
 * Text is passed to `TextRun`, which escapes it: input never becomes document structure.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	HeightRule,
	LineRuleType,
	Packer,
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
import type { DocModel, Run } from './types';

const mm = (n: number) => Math.round((n * 1440) / 25.4);
const PAGE = { width: 11906, height: 16838, top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

const LATIN = 'Times New Roman';
const font = (eastAsia: OfficialFont) => ({ ascii: LATIN, hAnsi: LATIN, eastAsia: eastAsia.name, cs: LATIN });
const FANGSONG = font(OFFICIAL_FONTS.fangsong);
const XIAOBIAOSONG = font(OFFICIAL_FONTS.xiaobiaosong);
const HEITI = font(OFFICIAL_FONTS.heiti);

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

/** Half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt. */
const SIZE = { title: 44, body: 32, table: 24, header: 52, tableTitle: 36 };
const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;

type RunStyle = { font: ReturnType<typeof font>; size: number; color?: string };

function textRuns(runs: readonly Run[], style: RunStyle): TextRun[] {
	const out: TextRun[] = [];
	for (const r of runs) {
		r.text.split('\n').forEach((line, i) => out.push(new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style })));
	}
	return out;
}

const bodyStyle: RunStyle = { font: FANGSONG, size: SIZE.body };

/** The nonconformity note, first line of the document, in red bold so it cannot be missed. */
function notice(doc: DocModel): Paragraph[] {
	if (!doc.notice) return [];
	return [new Paragraph({ spacing: { after: 240 }, children: textRuns(doc.notice, { font: HEITI, size: SIZE.body, color: 'C00000' }) })];
}

function letter(doc: DocModel): (Paragraph | Table)[] {
	const out: (Paragraph | Table)[] = [...notice(doc)];
	if (doc.header) {
		out.push(
			new Paragraph({
				alignment: AlignmentType.CENTER,
				spacing: { before: 0, after: 240 },
				children: textRuns(doc.header, { font: XIAOBIAOSONG, size: SIZE.header, color: 'C00000' }),
			})
		);
	}
	if (doc.docNumber || doc.signer) {
		const children = [...textRuns(doc.docNumber ?? [], bodyStyle)];
		if (doc.signer) children.push(new TextRun({ children: [new Tab()], ...bodyStyle }), ...textRuns(doc.signer, bodyStyle));
		out.push(
			new Paragraph({
				alignment: doc.signer ? AlignmentType.LEFT : AlignmentType.CENTER,
				indent: doc.signer ? { left: 320, right: 320 } : undefined,
				tabStops: doc.signer ? [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 320 }] : undefined,
				spacing: { ...LINE, after: 120 },
				border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 8 } },
				children,
			})
		);
	}
	out.push(
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { before: 560, after: 560, line: 700, lineRule: LineRuleType.EXACT },
			children: textRuns(doc.title, { font: XIAOBIAOSONG, size: SIZE.title }),
		})
	);
	if (doc.addressee) out.push(new Paragraph({ spacing: LINE, children: textRuns(doc.addressee, bodyStyle) }));
	for (const block of doc.body) {
		if (block.type !== 'para') continue;
		out.push(
			new Paragraph({
				spacing: LINE,
				indent: { firstLine: 640 },
				alignment: AlignmentType.JUSTIFIED,
				children: textRuns(block.runs, block.style === 'heading' ? { font: HEITI, size: SIZE.body } : bodyStyle),
			})
		);
	}
	if (doc.attachment) {
		out.push(new Paragraph({ spacing: LINE, children: [] }));
		out.push(new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: textRuns(doc.attachment, bodyStyle) }));
	}
	out.push(new Paragraph({ spacing: LINE, children: [] }), new Paragraph({ spacing: LINE, children: [] }));
	if (doc.signature) {
		out.push(
			new Paragraph({ spacing: LINE, alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: textRuns(doc.signature, bodyStyle) })
		);
	}
	if (doc.date) {
		out.push(
			new Paragraph({ spacing: LINE, alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: textRuns(doc.date, bodyStyle) })
		);
	}
	return out;
}

function form(doc: DocModel): (Paragraph | Table)[] {
	const out: (Paragraph | Table)[] = [
		...notice(doc),
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { after: 360 },
			children: textRuns(doc.title, { font: XIAOBIAOSONG, size: SIZE.tableTitle }),
		}),
	];
	const cellStyle: RunStyle = { font: FANGSONG, size: SIZE.table };
	for (const block of doc.body) {
		if (block.type === 'para') {
			out.push(new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: textRuns(block.runs, bodyStyle) }));
			continue;
		}
		const total = block.widths.reduce((a, b) => a + b, 0);
		const widths = block.widths.map((w) => Math.round((w * TEXT_WIDTH) / total));
		out.push(
			new Table({
				layout: TableLayoutType.FIXED,
				width: { size: TEXT_WIDTH, type: WidthType.DXA },
				columnWidths: widths,
				rows: block.rows.map((row) => {
					let col = 0;
					const tall = row.some((c) => c.tall);
					return new TableRow({
						height: { value: tall ? 3200 : 620, rule: HeightRule.ATLEAST },
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
										children: textRuns(c.runs, cellStyle),
									}),
								],
							});
						}),
					});
				}),
			})
		);
	}
	return out;
}

/** The .docx file of a composed document. */
export async function toDocx(doc: DocModel): Promise<Uint8Array> {
	const file = new Document({
		creator: '科技社团党建知识库',
		title: doc.title.map((r) => r.text).join(''),
		styles: { default: { document: { run: { font: FANGSONG, size: SIZE.body } } } },
		sections: [
			{
				properties: {
					page: {
						size: { width: PAGE.width, height: PAGE.height },
						margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
					},
				},
				children: doc.layout === 'table' ? form(doc) : letter(doc),
			},
		],
	});
	return new Uint8Array(await Packer.toArrayBuffer(file, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]));
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
