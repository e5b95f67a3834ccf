/**
 * The web app manifest (/manifest.webmanifest): what a phone or PC shows when the site is installed.
 * Pure: the base is passed in (the site may live under /kb/). The icons are drawn from the site's
 * favicon artwork by scripts/generate-icons.ts and committed under public/icons/.
 */
import { joinBase } from './url.ts';

export interface ManifestIcon {
	src: string;
	sizes: string;
	type: 'image/png';
	purpose: 'any' | 'maskable';
}

/** Icon files under public/, with their pixel size (the unit test reads each PNG's header against it). */
export const ICONS = [
	{ file: 'icons/icon-192.png', size: 192, purpose: 'any' },
	{ file: 'icons/icon-512.png', size: 512, purpose: 'any' },
	{ file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
] as const;
export const APPLE_TOUCH_ICON = { file: 'icons/apple-touch-icon.png', size: 180 } as const;

/** Colours of the page header in the light and dark themes (Starlight's --sl-color-bg-nav). */
export const THEME_COLORS = { light: '#f6f7f9', dark: '#23262f' } as const;

export function webManifest(base: string) {
	const url = (path: string) => joinBase(base, path);
	return {
		id: url('/'),
		name: '科技社团党建知识库',
		short_name: '党建知识库',
		description: '科技社团（学会、协会、研究会）党建政策文件、全文检索与实用工具',
		lang: 'zh-CN',
		dir: 'ltr',
		start_url: url('/'),
		scope: url('/'),
		display: 'standalone',
		theme_color: THEME_COLORS.light,
		background_color: '#ffffff',
		icons: ICONS.map((i): ManifestIcon => ({
			src: url(`/${i.file}`),
			sizes: `${i.size}x${i.size}`,
			type: 'image/png',
			purpose: i.purpose,
		})),
		shortcuts: [
			{ name: '全文检索', url: url('/search/') },
			{ name: '我的收藏', url: url('/favorites/') },
			{ name: '离线使用', url: url('/offline/') },
		],
	};
}
