/**
 * Checks every internal link and #anchor of the built site (the build runs the same check).
 *
 *   node --experimental-strip-types scripts/check-links.ts [dist] [--base /kb/]
 *
 * The base defaults to KB_BASE (as in astro.config.mjs), else `/`. Exits 1 when a link is broken.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkBuiltSite, formatBrokenLinks } from '../src/integrations/link-check.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { base: { type: 'string' } },
});

const dir = positionals[0] ?? 'dist';
const base = values.base ?? process.env.KB_BASE ?? '/';

if (!existsSync(dir)) {
	console.error(`找不到构建目录 ${dir}：请先运行 npm run build，或在参数中给出目录。`);
	process.exit(2);
}

const { broken, pages, links } = checkBuiltSite(dir, base);
for (const line of formatBrokenLinks(broken)) console.log(line);
if (broken.length > 0) {
	console.error(`链接检查未通过：${pages} 个页面中发现 ${broken.length} 处失效的内部链接或锚点。`);
	process.exit(1);
}
console.log(`链接检查通过：${pages} 个页面、${links} 个内部链接，全部有效（base ${base}）。`);
