/** Every file of a built site, as paths relative to its folder with forward slashes, sorted (shared by the build's last steps). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function outputFiles(root: string): string[] {
	const out: string[] = [];
	const visit = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) visit(path);
			else out.push(relative(root, path).split(sep).join('/'));
		}
	};
	visit(root);
	return out.sort();
}
