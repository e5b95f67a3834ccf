/**
 * Encoders for test fixtures in the legacy encodings a curator may receive. Node decodes GB18030,
 * Big5, Shift-JIS and EUC-KR (TextDecoder) but cannot encode them, so each table is built by decoding every
 * two-byte sequence once; the texts of the corpus need no four-byte GB18030 forms.
 */
export type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'euc-kr';

const tables = new Map<LegacyEncoding, Map<string, [number, number]>>();

function table(encoding: LegacyEncoding): Map<string, [number, number]> {
	let map = tables.get(encoding);
	if (map) return map;
	map = new Map();
	const decoder = new TextDecoder(encoding);
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const ch = decoder.decode(new Uint8Array([lead, trail]));
			if ([...ch].length === 1 && ch !== '\ufffd' && ch.codePointAt(0)! >= 0x80 && !map.has(ch)) map.set(ch, [lead, trail]);
		}
	}
	tables.set(encoding, map);
	return map;
}

/**
 * The text in a two-byte encoding. A character the encoding lacks throws, or with `unmappable: '?'`
 * becomes “?” as an editor's “save as” writes it.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding, opts: { unmappable?: 'throw' | '?' } = {}): Uint8Array {
	const map = table(encoding);
	const out: number[] = [];
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code < 0x80) out.push(code);
		else {
			const bytes = map.get(ch);
			if (bytes) out.push(...bytes);
			else if (opts.unmappable === '?') out.push(0x3f);
			else throw new Error(`encodeLegacy: no two-byte ${encoding} form for ${JSON.stringify(ch)}`);
		}
	}
	return new Uint8Array(out);
}

export const encodeGb18030 = (text: string) => encodeLegacy(text, 'gb18030');
