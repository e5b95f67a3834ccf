/**
 * A minimal PDF with a real text layer, for importer tests: each line is a text-showing operator in
 * a Type0 font whose codes are UTF-16 units, with a ToUnicode map so PDF.js reads the characters
 * back. No glyphs are embedded — no font is needed on the machine, and text extraction does not use
 * glyph shapes. `scanned` pages carry a drawing and no text, as a scanned document does.
 */
import { deflateSync } from 'node:zlib';

export interface PdfOptions {
	/** Lines per page (default 40). */
	linesPerPage?: number;
	/** Break lines longer than this many characters, as a page edge would (default: no breaking). */
	wrapAt?: number;
	/** Page footer with the page number (“- 1 -”), as printed documents have. */
	pageNumbers?: boolean;
}

const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');

function layout(lines: readonly string[], wrapAt?: number): string[] {
	if (!wrapAt) return [...lines];
	return lines.flatMap((line) => {
		const chars = [...line];
		if (chars.length <= wrapAt) return [line];
		const parts: string[] = [];
		for (let i = 0; i < chars.length; i += wrapAt) parts.push(chars.slice(i, i + wrapAt).join(''));
		return parts;
	});
}

function assemble(pageStreams: string[], withFont: boolean, opts: { deflate?: boolean } = {}): Uint8Array {
	const objects: string[] = [];
	/** Adds an object; returns its number (1-based). */
	const add = (body: string) => objects.push(body);
	const catalog = add('');
	const pages = add('');
	const font = withFont
		? add('<< /Type /Font /Subtype /Type0 /BaseFont /KbSans /Encoding /Identity-H /DescendantFonts [ 4 0 R ] /ToUnicode 5 0 R >>')
		: 0;
	if (withFont) {
		add(
			'<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KbSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 >>'
		);
		const cmap = [
			'/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
			'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
			'1 begincodespacerange <0000> <FFFF> endcodespacerange',
			'1 beginbfrange <0000> <FFFF> <0000> endbfrange',
			'endcmap CMapName currentdict /CMap defineresource pop end end',
		].join('\n');
		add(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
		add(
			'<< /Type /FontDescriptor /FontName /KbSans /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>'
		);
	}
	const kids: number[] = [];
	for (const stream of pageStreams) {
		const data = opts.deflate ? deflateSync(stream).toString('latin1') : stream;
		const content = add(
			`<< /Length ${Buffer.byteLength(data, 'latin1')}${opts.deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n${data}\nendstream`
		);
		kids.push(
			add(
				`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << ${withFont ? `/Font << /F1 ${font} 0 R >>` : ''} >> >>`
			)
		);
	}
	objects[catalog - 1] = `<< /Type /Catalog /Pages ${pages} 0 R >>`;
	objects[pages - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
	// parts and a running byte count: appending to one string and measuring it each time was quadratic (3,000 pages: a minute)
	const parts = ['%PDF-1.7\n'];
	let length = parts[0]!.length;
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(length);
		const part = `${i + 1} 0 obj\n${body}\nendobj\n`;
		parts.push(part);
		length += Buffer.byteLength(part, 'latin1');
	});
	parts.push(
		`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
	);
	parts.push(`trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${length}\n%%EOF\n`);
	return new Uint8Array(Buffer.from(parts.join(''), 'latin1'));
}

/** A PDF whose text layer holds `lines` (blank lines become paragraph gaps). */
export function textPdf(lines: readonly string[], options: PdfOptions = {}): Uint8Array {
	const perPage = options.linesPerPage ?? 40;
	const laid = layout(lines, options.wrapAt);
	const streams: string[] = [];
	for (let p = 0; p * perPage < laid.length; p++) {
		const ops = ['BT', '/F1 12 Tf'];
		laid.slice(p * perPage, (p + 1) * perPage).forEach((line, i) => {
			if (line.trim() === '') return;
			ops.push(`1 0 0 1 60 ${780 - i * 18} Tm <${hex(line)}> Tj`);
		});
		if (options.pageNumbers) ops.push(`1 0 0 1 280 40 Tm <${hex(`- ${p + 1} -`)}> Tj`);
		ops.push('ET');
		streams.push(ops.join('\n'));
	}
	return assemble(streams, true);
}

/** A PDF of `pages` pages with a grey rectangle each and no text: what a scanner produces, minus the image. */
export function scannedPdf(pages = 2): Uint8Array {
	return assemble(
		Array.from({ length: pages }, () => '0.5 g 50 50 495 742 re f'),
		false
	);
}

/** One page whose compressed content stream shows `times` characters, one text operator each: a small file, a flood of text. */
export function floodedPagePdf(times: number): Uint8Array {
	return assemble([`BT /F1 12 Tf\n${'1 0 0 1 60 700 Tm <515a> Tj\n'.repeat(times)}ET`], true, { deflate: true });
}
