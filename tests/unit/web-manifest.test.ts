import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLE_TOUCH_ICON, ICONS, webManifest } from '../../src/lib/web-manifest';

const publicDir = resolve(import.meta.dirname, '../../public');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
	const data = readFileSync(resolve(publicDir, file));
	expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('web app manifest', () => {
	it('is installable under any base: name, standalone, start and scope under the base, 192 and 512 icons', () => {
		const m = webManifest('/kb/');
		expect(m).toMatchObject({ name: '科技社团党建知识库', display: 'standalone', start_url: '/kb/', scope: '/kb/', id: '/kb/' });
		expect(m.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(m.icons.some((i) => i.purpose === 'maskable')).toBe(true);
		expect(m.icons.every((i) => i.src.startsWith('/kb/icons/'))).toBe(true);
		expect(m.shortcuts.every((s) => s.url.startsWith('/kb/'))).toBe(true);
	});

	it.each([...ICONS, APPLE_TOUCH_ICON])('public/$file is a PNG of $size × $size (npm run icons draws it)', ({ file, size }) => {
		expect(pngSize(file)).toEqual([size, size]);
	});
});
