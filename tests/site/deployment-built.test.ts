/**
 * Deployment facts that are true: `npm run build` without KB_SITE does not know the site's public
 * address, so no page names one — no `<link rel="canonical">`, no og:url, no sitemap — rather than
 * pointing every page at localhost. (`npm test` builds dist/ without KB_SITE; the build with KB_SITE,
 * which has both, is checked in tests/e2e/base-path.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { distFiles, readDist, requireDist } from '../quality/dist';

requireDist();
const pages = distFiles().filter((f) => f.endsWith('.html'));

describe('a build without KB_SITE', () => {
	it('has pages to check', () => expect(pages.length).toBeGreaterThan(20));

	it('writes no canonical link, og:url or sitemap link, and names no localhost address', () => {
		const found = pages.flatMap((p) => {
			const html = readDist(p);
			return [/rel="?canonical/, /property="?og:url/, /rel="?sitemap/, /localhost:4321/]
				.filter((re) => re.test(html))
				.map((re) => `${p}: ${re.source}`);
		});
		expect(found, 'KB_SITE 未设置时页面不应写出网站地址（构建 dist/ 时是否设置了 KB_SITE？）').toEqual([]);
	});

	it('writes no sitemap', () => expect(distFiles().filter((f) => /sitemap/.test(f))).toEqual([]));
});
