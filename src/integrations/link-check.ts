/**
 * Fails `astro build` when any internal link or #anchor of the built site is broken,
 * naming the page and the target, and removes the built site so it cannot be published.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkBuiltSite, formatBrokenLinks } from '../lib/citations/check-built-site';
import { discardOutput } from './discard-output';

export default function linkCheck(): AstroIntegration {
	let base = '/';
	return {
		name: 'kb:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const { broken, pages, links } = checkBuiltSite(fileURLToPath(dir), base);
				if (broken.length > 0) {
					discardOutput(dir, logger);
					throw new Error(
						`链接检查未通过：发现 ${broken.length} 处失效的内部链接或锚点。\n${formatBrokenLinks(broken).join('\n')}`
					);
				}
				logger.info(`链接检查通过：${pages} 个页面、${links} 个内部链接。`);
			},
		},
	};
}
