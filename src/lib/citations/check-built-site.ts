/** Reads a built site from disk and checks its internal links (fs wrapper around link-check.ts). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkSite } from './link-check.ts';

function walk(root: string): string[] {
	const out: string[] = [];
	const visit = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) visit(p);
			else out.push(relative(root, p).split(sep).join('/'));
		}
	};
	visit(root);
	return out.sort();
}

export function checkBuiltSite(dir: string, base: string) {
	const pages = new Map<string, string>();
	const files: string[] = [];
	for (const f of walk(dir)) {
		if (f.endsWith('.html')) pages.set(f, readFileSync(join(dir, f), 'utf8'));
		else files.push(f);
	}
	return checkSite(pages, { base, files });
}

/** One line per broken link, in Chinese, naming the page and the target. */
export function formatBrokenLinks(broken: readonly { page: string; href: string; reason: string }[]): string[] {
	return broken.map((b) => `页面 ${b.page} → ${b.href}：${b.reason}`);
}
