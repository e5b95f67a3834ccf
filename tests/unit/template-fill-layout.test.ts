/**
 * GB/T 9704 in the .docx XML: the numbers of layout.ts, and what WPS needs (explicit East Asian fonts
 * on every run, no theme fonts, table grid widths that add up). The rendered result is checked by
 * LibreOffice in tests/office/.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_SPECS, compose, type DocModel } from '../../src/lib/template-fill';
import { toDocx } from '../../src/lib/template-fill/docx';
import { CHAR_TWIPS, GB9704, PAGE_TWIPS, signatureIndents, textWidthChars } from '../../src/lib/template-fill/layout';
import { SAMPLES } from './template-fill-samples';

async function parts(doc: DocModel): Promise<Record<string, string>> {
	const zip = await JSZip.loadAsync(await toDocx(doc));
	const out: Record<string, string> = {};
	for (const name of Object.keys(zip.files).filter((f) => f.endsWith('.xml') || f.endsWith('.rels')))
		out[name] = await zip.file(name)!.async('string');
	return out;
}

describe('layout numbers (GB/T 9704-2012 5.2)', () => {
	it('A4 with a 156 × 225 mm 版心', () => {
		expect([PAGE_TWIPS.width, PAGE_TWIPS.height]).toEqual([11906, 16838]);
		expect(PAGE_TWIPS.margin).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
		expect(Math.abs(PAGE_TWIPS.typeWidth - (156 * 1440) / 25.4)).toBeLessThan(2);
		expect(Math.abs(PAGE_TWIPS.typeHeight - (225 * 1440) / 25.4)).toBeLessThan(2);
	});

	it('22 lines and 28 characters fit, 23 and 29 do not', () => {
		expect(PAGE_TWIPS.linePitch).toBe(579);
		expect(GB9704.linesPerPage * PAGE_TWIPS.linePitch).toBeLessThanOrEqual(PAGE_TWIPS.typeHeight);
		expect((GB9704.linesPerPage + 1) * PAGE_TWIPS.linePitch).toBeGreaterThan(PAGE_TWIPS.typeHeight);
		expect(GB9704.charsPerLine * CHAR_TWIPS).toBeLessThanOrEqual(PAGE_TWIPS.typeWidth);
		expect((GB9704.charsPerLine + 1) * CHAR_TWIPS).toBeGreaterThan(PAGE_TWIPS.typeWidth);
	});

	it.each([
		['2024年3月10日', 6.5],
		['青海省水利学会', 7],
		['年　月　日', 5],
		['青测学〔2024〕7号', 8.5],
	])('width of %s is %d characters', (text, width) => expect(textWidthChars(text)).toBe(width));

	it.each([
		// 署名 shorter than the date: centred on it, further in than the date's four characters.
		['学会', '2024年3月10日', 6.25],
		['青海省水利学会党总支委员会', '2024年3月10日', 0.75],
		// Too long to centre: it keeps inside the line.
		['青海省地质矿产勘查开发与地质灾害防治研究学会党委', '2024年3月10日', 0],
	])('署名 %s over %s: %d characters in; the date 4', (signature, date, chars) => {
		expect(signatureIndents(signature, date)).toEqual({ signatureChars: chars, dateChars: 4 });
	});
});

describe('the .docx XML', () => {
	it('page numbers “— PAGE —” in 4号宋体: odd pages right, even pages left, one character in', async () => {
		const xml = await parts(compose('template-4', SAMPLES['template-4']!));
		expect(xml['word/settings.xml']).toMatch(/<w:evenAndOddHeaders(?: w:val="(?:true|1)")?\/>/);
		const sect = /<w:sectPr>.*<\/w:sectPr>/.exec(xml['word/document.xml']!)![0];
		expect(sect).toMatch(/<w:footerReference w:type="default"/);
		expect(sect).toMatch(/<w:footerReference w:type="even"/);
		expect(sect).toContain(`w:footer="${PAGE_TWIPS.footer}"`);
		const footers = Object.entries(xml)
			.filter(([n]) => /^word\/footer\d+\.xml$/.test(n))
			.map(([, x]) => x);
		expect(footers).toHaveLength(2);
		for (const f of footers) {
			expect(f).toMatch(/PAGE/);
			expect(f).toContain('w:eastAsia="宋体"');
			expect(f).toContain('w:ascii="宋体"');
			expect(f).toContain('<w:sz w:val="28"/>');
			expect(f).toContain('— ');
		}
		expect(footers.some((f) => f.includes('<w:jc w:val="right"/>') && f.includes('w:right="280"'))).toBe(true);
		expect(footers.some((f) => f.includes('<w:jc w:val="left"/>') && f.includes('w:left="280"'))).toBe(true);
	});

	it.each(Object.keys(TEMPLATE_SPECS))('%s: every run names its East Asian font; no theme fonts anywhere', async (id) => {
		const xml = await parts(compose(id, SAMPLES[id]!));
		for (const [name, part] of Object.entries(xml).filter(([n]) => /^word\/(document|footer\d+)\.xml$/.test(n))) {
			const runs = [...part.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1]!).filter((r) => r.includes('<w:t'));
			expect(runs.length, name).toBeGreaterThan(0);
			for (const r of runs) expect(r, name).toMatch(/<w:rFonts [^>]*w:eastAsia="[^"]+"/);
		}
		for (const [name, part] of Object.entries(xml)) expect(part, name).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
		const theme = xml['word/theme/theme1.xml']!;
		expect(theme).toContain('<a:ea typeface="仿宋_GB2312"/>');
		expect(theme).toContain('<a:ea typeface="方正小标宋简体"/>');
		expect(theme).not.toMatch(/Calibri|等线|游ゴシック|맑은/);
		// No hanging punctuation, no automatic CJK/Latin spacing: 28 characters a line in every suite.
		expect(xml['word/styles.xml']).toContain('<w:overflowPunct w:val="0"/>');
		expect(xml['word/styles.xml']).toContain('w:eastAsia="zh-CN"');
	});

	it.each(['template-2', 'template-5', 'template-8'])('%s: the grid columns add up to the table width and cover every row', async (id) => {
		const doc = (await parts(compose(id, SAMPLES[id]!)))['word/document.xml']!;
		for (const table of doc.match(/<w:tbl>.*?<\/w:tbl>/g)!) {
			const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
			const width = Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>|<w:tblW w:w="(\d+)" w:type="dxa"\/>/.exec(table)!.slice(1).find(Boolean));
			expect(grid.reduce((a, b) => a + b, 0)).toBe(width);
			expect(width).toBe(PAGE_TWIPS.typeWidth);
			for (const row of table.match(/<w:tr>.*?<\/w:tr>/g)!) {
				const spans = [...row.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((c) => Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c[1]!)?.[1] ?? 1));
				expect(spans.reduce((a, b) => a + b, 0)).toBe(grid.length);
			}
		}
	});

	it('body lines on the 22-line pitch, 三号 text condensed to 28 a line, 一、 in 黑体', async () => {
		const doc = (await parts(compose('template-4', SAMPLES['template-4']!)))['word/document.xml']!;
		expect(doc).toContain(`w:line="${PAGE_TWIPS.linePitch}" w:lineRule="exact"`);
		expect(doc).toContain(`<w:spacing w:val="${PAGE_TWIPS.bodyCharSpacing}"/>`);
		const heading = [...doc.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]!).find((p) => p.includes('一、党员大会的主要议程'))!;
		expect(heading).toContain('w:eastAsia="黑体"');
	});

	it('附件说明 wraps under the first character of the attachment name (hanging “附件：”)', async () => {
		const doc = (await parts(compose('template-4', SAMPLES['template-4']!)))['word/document.xml']!;
		const para = [...doc.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]!).find((p) => p.includes('附件：'))!;
		const prefix = 3;
		expect(para).toContain(`w:left="${Math.round((GB9704.paragraphIndentChars + prefix) * CHAR_TWIPS)}"`);
		expect(para).toContain(`w:hanging="${Math.round(prefix * CHAR_TWIPS)}"`);
	});
});
