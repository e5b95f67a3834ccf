/** The files of a built site, for the integrations that check or finish it after the build. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `root`, as `/`-separated paths relative to it, sorted. */
export function siteFiles(root: string): string[] {
	const out: string[] = [];
	const visit = (dir: string, prefix: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) visit(join(dir, entry.name), `${prefix}${entry.name}/`);
			else out.push(`${prefix}${entry.name}`);
		}
	};
	visit(root, '');
	return out.sort();
}
