/** Runs `astro build` in a child process, for tests that build the site with other content or settings. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

let buildCount = 0;

/** Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test …) into process.env; a child build must not inherit them. */
function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return env;
}

export interface BuildResult {
	code: number | null;
	output: string;
}

/** Each call gets its own cache dir (KB_CACHE_DIR), so a test build never leaks into the real site's cache. */
export function astroBuild(args: string[], env: Record<string, string> = {}): Promise<BuildResult> {
	const cacheDir = resolve(repoRoot, 'tests/.tmp/cache', String(process.pid), String(buildCount++));
	return new Promise((resolvePromise) => {
		const child = spawn(process.execPath, [resolve(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
			cwd: repoRoot,
			env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', KB_CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => resolvePromise({ code, output }));
	});
}
