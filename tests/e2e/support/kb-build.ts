/**
 * The site built under the sub-path /kb/ (with KB_SITE set, as a deployment has it), built once per
 * test run and shared by the files that need it (base-path.test.ts, nginx.test.ts): a full build is
 * the slowest step of the browser tests. global-setup.ts gives each run its id and removes the build
 * at the end.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { astroBuild, repoRoot } from '../../support/astro-build';

export const KB_DIST = resolve(repoRoot, 'tests/.tmp/dist-kb');
const STAMP = join(KB_DIST, '.test-run');

export async function kbBuild(): Promise<string> {
	const run = inject('runId');
	if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === run) return KB_DIST;
	rmSync(KB_DIST, { recursive: true, force: true });
	const build = await astroBuild(['--outDir', KB_DIST], { KB_BASE: '/kb/', KB_SITE: 'http://intranet.example' });
	if (build.code !== 0) throw new Error(`以子路径 /kb/ 构建失败：\n${build.output.slice(-3000)}`);
	writeFileSync(STAMP, run);
	return KB_DIST;
}
