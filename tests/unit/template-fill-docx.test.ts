/**
 * Every fillable template → .docx: unzip, read word/document.xml, find the entered values in
 * order and escaped; no placeholder left when everything is filled.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_SPECS, compose, validate, emptyValues } from '../../src/lib/template-fill';
import { runsText } from '../support/template-runs';
import { toDocx } from '../../src/lib/template-fill/docx';
import { EXPECTED_IN_ORDER, SAMPLES } from './template-fill-samples';

async function documentXml(bytes: Uint8Array): Promise<string> {
	const zip = await JSZip.loadAsync(bytes);
	return zip.file('word/document.xml')!.async('string');
}

/** Visible text of document.xml: the contents of <w:t> elements, concatenated (entities kept). */
function textOf(xml: string): string {
	return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

describe('template-fill → docx', () => {
	it('covers the eight templates with a body (模板3 has none)', () => {
		expect(Object.keys(TEMPLATE_SPECS).sort()).toEqual([
			'template-1',
			'template-2',
			'template-4',
			'template-5',
			'template-6',
			'template-7',
			'template-8',
			'template-9',
		]);
	});

	it.each(Object.keys(TEMPLATE_SPECS))('%s: values are in document.xml, in order, XML-escaped', async (id) => {
		const values = SAMPLES[id]!;
		const check = validate(id, values);
		expect(check.errors).toEqual([]);
		expect(check.missing).toEqual([]);
		const doc = compose(id, values);
		expect(doc.blanks).toEqual([]);
		const xml = await documentXml(await toDocx(doc));
		expect(xml).toContain('w:document');
		// The society name with markup and braces: escaped, never raw.
		expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;}{');
		expect(xml).not.toContain('<img');
		const text = unescape(textOf(xml));
		let from = 0;
		for (const value of EXPECTED_IN_ORDER[id]!) {
			const at = text.indexOf(value, from);
			expect({ value, found: at >= 0 }).toEqual({ value, found: true });
			from = at + value.length;
		}
		expect(text).not.toContain('×');
		// A4 page, fonts by name only (no embedded font parts).
		expect(xml).toContain('w:w="11906"');
		expect(xml).toContain('w:h="16838"');
		const zip = await JSZip.loadAsync(await toDocx(doc));
		expect(Object.keys(zip.files).some((f) => f.startsWith('word/fonts/'))).toBe(false);
	});

	it('empty form: the template placeholders stay and are flagged as blanks', async () => {
		const doc = compose('template-4', emptyValues(TEMPLATE_SPECS['template-4']!));
		expect(runsText(doc.docNumber)).toBe('××〔××××〕×号');
		expect(doc.blanks).toContain('seats');
		expect(doc.blanks).toContain('candidates');
		const text = textOf(await documentXml(await toDocx(doc)));
		expect(text).toContain('××××年×月×日选举产生');
	});

	it('备案表 are real tables with merged cells', async () => {
		const xml = await documentXml(await toDocx(compose('template-2', SAMPLES['template-2']!)));
		expect(xml).toContain('<w:tbl>');
		expect(xml).toContain('w:gridSpan w:val="5"');
	});

	it('the font table gives every 公文 font the document uses its look-alikes, so a PC without it shows a similar face', async () => {
		const zip = await JSZip.loadAsync(await toDocx(compose('template-4', SAMPLES['template-4']!)));
		const used = new Set<string>();
		for (const part of Object.keys(zip.files).filter((f) => /^word\/(document|styles|footer\d*)\.xml$/.test(f))) {
			const xml = await zip.file(part)!.async('string');
			for (const m of xml.matchAll(/<w:rFonts [^>]*w:eastAsia="([^"]+)"/g)) used.add(m[1]!);
		}
		// 页码 in 宋体 (GB/T 9704 7.5), headings 一、 in 黑体.
		expect([...used].sort()).toEqual(['仿宋_GB2312', '方正小标宋简体', '黑体', '宋体'].sort());
		const table = await zip.file('word/fontTable.xml')!.async('string');
		const altNames = Object.fromEntries(
			[...table.matchAll(/<w:font w:name="([^"]+)"><w:altName w:val="([^"]+)"\/>/g)].map((m) => [m[1], m[2]!.split(',')])
		);
		for (const name of used) expect(altNames[name]?.length, name).toBeGreaterThan(0);
		expect(altNames['仿宋_GB2312']).toEqual(expect.arrayContaining(['仿宋', 'FangSong', 'STFangsong']));
		expect(altNames['方正小标宋简体']).toEqual(expect.arrayContaining(['华文中宋', '宋体']));
		expect(altNames['黑体']).toEqual(expect.arrayContaining(['SimHei']));
		// Word finds the part through the document's relationships and the content types.
		expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="fontTable.xml"');
		expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('PartName="/word/fontTable.xml"');
	});

	it('control characters that XML cannot carry are dropped', async () => {
		const values = { ...SAMPLES['template-7']!, society: 'A\u0001B\u0008学会' };
		const xml = await documentXml(await toDocx(compose('template-7', values)));
		expect(xml).toContain('AB学会');
		expect(xml).not.toMatch(/[\u0000-\u0008]/);
	});
});
