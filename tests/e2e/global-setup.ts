import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './support/static-server';
import { findChromium } from './support/browser';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}

/** Serves the built site (dist/) for the browser tests. `npm test` builds it first. */
export default async function setup(project: TestProject) {
	findChromium();
	const dist = resolve(import.meta.dirname, '../../dist');
	if (!existsSync(resolve(dist, 'index.html'))) {
		throw new Error('dist/ 中没有构建好的网站。请先运行 npm run build（npm test 会自动构建）。');
	}
	const server = await serveStatic(dist, '/');
	project.provide('siteUrl', server.url);
	return () => server.close();
}
