/**
 * Draws the installed app's icons (public/icons/*.png) from the site's favicon artwork
 * (public/favicon.svg) with the system Chromium; nothing is downloaded. Run `npm run icons` after
 * changing the favicon and commit the PNGs. The sizes and files are those of src/lib/web-manifest.ts.
 *
 * - `any` icons are the favicon as it is (rounded corners, transparent outside).
 * - The maskable icon and the Apple touch icon fill the whole square (the system rounds or masks it);
 *   the favicon's bars take the middle 44 %, well inside the maskable safe zone (a circle of 80 %).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { APPLE_TOUCH_ICON, ICONS } from '../src/lib/web-manifest.ts';

const publicDir = join(import.meta.dirname, '../public');
const artwork = readFileSync(join(publicDir, 'favicon.svg'), 'utf8');
const fullBleed = artwork.replace(/\srx="[^"]*"/, '');
if (fullBleed === artwork) throw new Error('public/favicon.svg 中没有圆角矩形（rx）：请检查图标画法');

const jobs = [
	...ICONS.map((i) => ({ file: i.file, size: i.size, svg: i.purpose === 'maskable' ? fullBleed : artwork })),
	{ file: APPLE_TOUCH_ICON.file, size: APPLE_TOUCH_ICON.size, svg: fullBleed },
];

const browser = await launchBrowser();
try {
	const page = await browser.newPage({ deviceScaleFactor: 1 });
	for (const { file, size, svg } of jobs) {
		await page.setViewportSize({ width: size, height: size });
		const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
		await page.setContent(`<!doctype html><html><body style="margin:0">${sized}</body></html>`);
		const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
		mkdirSync(dirname(join(publicDir, file)), { recursive: true });
		writeFileSync(join(publicDir, file), png);
		console.log(`public/${file}：${size}×${size}，${png.length} 字节`);
	}
} finally {
	await browser.close();
}
