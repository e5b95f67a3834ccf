/** Reads the built site (dist/) for the quality checks. `npm test` builds it first. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist');

export function requireDist(): void {
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error('dist/ 中没有构建好的网站。请先运行 npm run build（npm test 会自动构建）。');
	}
}

/** Every file under dist/, as site paths ("/_astro/x.js"). */
export function distFiles(dir = DIST): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...distFiles(path));
		else out.push('/' + relative(DIST, path).split(sep).join('/'));
	}
	return out.sort();
}

export function readDist(sitePath: string): string {
	return readFileSync(join(DIST, sitePath), 'utf8');
}

export function sizeOf(sitePath: string): number {
	return statSync(join(DIST, sitePath)).size;
}

/** "/tools/org-type/" → "/tools/org-type/index.html". */
export function htmlFileFor(pagePath: string): string {
	return pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
}
