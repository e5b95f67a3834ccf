/**
 * Hostile .docx files for the importer's limits, written byte by byte: a zip bomb (a few hundred KB
 * that inflate to hundreds of MB), a zip whose headers understate what an entry inflates to, a body
 * of thousands of tiny paragraphs or of deeply nested tables. The `docx` library (tests of ordinary
 * Word files) cannot write these: it builds the whole XML in memory and never lies about sizes.
 *
 * A repeated piece is deflated once with a full flush (byte-aligned, no reference to earlier data)
 * and its compressed bytes are repeated, so a 400 MB entry costs the test 400 KB and no 400 MB buffer.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Part of an entry's content: text, or text repeated `times` times. */
export type Piece = string | { repeat: string; times: number };

interface Deflated {
	data: Uint8Array;
	size: number;
	crc: number;
}

/** Copies of a piece deflated together: about 1 MB, so a short piece repeated often still compresses well. */
const CHUNK_BYTES = 1 << 20;

/** The pieces as one raw deflate stream, with the size and CRC-32 of what it inflates to. */
function deflatePieces(pieces: readonly Piece[]): Deflated {
	const parts: Uint8Array[] = [];
	let size = 0;
	let crc = 0;
	const add = (raw: Buffer, times: number) => {
		if (times === 0) return;
		const block = deflateRawSync(raw, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
		for (let i = 0; i < times; i++) {
			parts.push(block);
			crc = crc32(raw, crc);
		}
		size += raw.length * times;
	};
	for (const piece of pieces) {
		if (typeof piece === 'string') {
			add(Buffer.from(piece, 'utf8'), 1);
			continue;
		}
		const one = Buffer.from(piece.repeat, 'utf8');
		const perChunk = Math.max(1, Math.min(piece.times, Math.floor(CHUNK_BYTES / one.length)));
		add(Buffer.concat(Array(perChunk).fill(one)), Math.floor(piece.times / perChunk));
		add(Buffer.concat(Array(piece.times % perChunk).fill(one)), piece.times % perChunk ? 1 : 0);
	}
	parts.push(new Uint8Array([0x03, 0x00])); // an empty final block ends the stream
	return { data: Buffer.concat(parts), size, crc };
}

export interface ZipEntry {
	name: string;
	content: readonly Piece[];
	/** The uncompressed size written in the headers when it should lie (default: the true size). */
	declaredSize?: number;
}

/** A zip archive (deflate, no zip64: every entry under 4 GB). */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
	const locals: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = Buffer.from(entry.name, 'utf8');
		const { data, size, crc } = deflatePieces(entry.content);
		const declared = entry.declaredSize ?? size;
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4); // version needed
		local.writeUInt16LE(0x0800, 6); // UTF-8 names
		local.writeUInt16LE(8, 8); // deflate
		local.writeUInt16LE(0, 10); // time
		local.writeUInt16LE(0x21, 12); // date 1980-01-01
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(declared, 22);
		local.writeUInt16LE(name.length, 26);
		local.writeUInt16LE(0, 28);
		const head = Buffer.alloc(46);
		head.writeUInt32LE(0x02014b50, 0);
		head.writeUInt16LE(20, 4); // version made by
		head.writeUInt16LE(20, 6);
		head.writeUInt16LE(0x0800, 8);
		head.writeUInt16LE(8, 10);
		head.writeUInt16LE(0, 12);
		head.writeUInt16LE(0x21, 14);
		head.writeUInt32LE(crc, 16);
		head.writeUInt32LE(data.length, 20);
		head.writeUInt32LE(declared, 24);
		head.writeUInt16LE(name.length, 28);
		head.writeUInt32LE(offset, 42);
		locals.push(local, name, data);
		central.push(head, name);
		offset += local.length + name.length + data.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A Word paragraph holding the text as one run. */
export const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A .docx whose body is the given pieces of WordprocessingML. */
export function docxWithBody(body: readonly Piece[], opts: { declaredSize?: number } = {}): Uint8Array {
	return zipArchive([
		{
			name: '[Content_Types].xml',
			content: [
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
					'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
					'<Default Extension="xml" ContentType="application/xml"/>' +
					'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
			],
		},
		{
			name: '_rels/.rels',
			content: [
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
					'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
			],
		},
		{
			name: 'word/document.xml',
			content: [
				`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>`,
				...body,
				'</w:body></w:document>',
			],
			...(opts.declaredSize === undefined ? {} : { declaredSize: opts.declaredSize }),
		},
	]);
}

/**
 * The zip bomb of issue 25: about 400 KB on disk, one paragraph of the same character repeated
 * until word/document.xml inflates to about 400 MB.
 */
export function zipBombDocx(opts: { declaredSize?: number } = {}): Uint8Array {
	return docxWithBody(['<w:p><w:r><w:t>', { repeat: '党', times: 140_000_000 }, '</w:t></w:r></w:p>'], opts);
}

/** Tables nested `depth` deep, the innermost cell holding one paragraph. */
export function nestedTablesDocx(depth: number, text = '最里层的单元格。'): Uint8Array {
	return docxWithBody([
		{ repeat: '<w:tbl><w:tr><w:tc>', times: depth },
		paragraph(text),
		{ repeat: '</w:tc></w:tr></w:tbl>', times: depth },
	]);
}
