/**
 * A failed build must not leave a site behind that looks publishable: the integrations that fail
 * a build remove its output folder first (and say so).
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';

export function discardOutput(outDir: URL, logger: AstroIntegrationLogger): void {
	const dir = fileURLToPath(outDir);
	rmSync(dir, { recursive: true, force: true });
	logger.warn(`构建失败：已删除输出目录 ${dir}，以免把未通过检查的网站当作成品发布。`);
}
