import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './support/static-server';
import { findChromium } from './support/browser';
import { findNginx } from './support/nginx';
import { KB_DIST } from './support/kb-build';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		/** Distinguishes this run, so a build shared by several files is made once (support/kb-build.ts). */
		runId: string;
	}
}

/** Serves the built site (dist/) for the browser tests. `npm test` builds it first. */
export default async function setup(project: TestProject) {
	findChromium();
	findNginx();
	const dist = resolve(import.meta.dirname, '../../dist');
	if (!existsSync(resolve(dist, 'index.html'))) {
		throw new Error('dist/ 中没有构建好的网站。请先运行 npm run build（npm test 会自动构建）。');
	}
	const server = await serveStatic(dist, '/');
	project.provide('siteUrl', server.url);
	project.provide('runId', `${process.pid}-${Date.now()}`);
	return async () => {
		await server.close();
		rmSync(KB_DIST, { recursive: true, force: true });
	};
}
