/**
 * A build either publishes a complete, checked site to the output folder or leaves none. Astro writes
 * its output folder as it goes, so a build that fails half-way (a page that throws, the link check,
 * a killed process) would leave part of a site, or the previous site, looking like this build's
 * result. Here `astro build` writes into a staging folder beside the output folder (`.dist-building/`
 * for `dist/`); the previous output is removed when the build starts, and the staging folder takes
 * its place only in `astro:build:done`, after every other integration (Pagefind, the sitemap, the
 * link check) has run on it. Any failure exits the process: the staging folder is removed then.
 *
 * The previous output is moved aside (a rename) and deleted while the build runs: deleting a site of
 * thousands of pages, each with compressed copies, took 12 of the 60 CPU seconds of a build after
 * changing one text in 1,000, and the build itself uses one core.
 *
 * Must be the last integration in astro.config.mjs: its `astro:build:done` publishes what the
 * others have finished. `astro preview` and `astro dev` are untouched.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The staging folder of an output folder: a hidden sibling, so that moving it into place is a rename. */
export function stagingDir(outDir: string): string {
	return join(dirname(outDir), `.${basename(outDir)}-building`);
}

/** Earlier outputs being deleted: hidden siblings named after the output folder. */
const discardedPrefix = (outDir: string): string => `.${basename(outDir)}-discarded-`;

export default function publishOutput(): AstroIntegration {
	let target: string | undefined;
	let staging: string | undefined;
	let discarded: string[] = [];
	let deleting: Promise<unknown> = Promise.resolve();
	let published = false;
	const cleanUp = () => {
		for (const dir of discarded) rmSync(dir, { recursive: true, force: true });
		if (published || !staging) return;
		rmSync(staging, { recursive: true, force: true });
		console.error(`构建失败：没有生成输出目录 ${target}（上一次的输出已在构建开始时删除，以免把未完成或未通过检查的网站当作成品发布）。`);
	};
	return {
		name: 'kb:publish-output',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				if (command !== 'build') return;
				target = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
				staging = stagingDir(target);
				rmSync(staging, { recursive: true, force: true });
				// also what a killed build left half-deleted
				const parent = dirname(target);
				const prefix = discardedPrefix(target);
				discarded = existsSync(parent)
					? readdirSync(parent)
							.filter((n) => n.startsWith(prefix))
							.map((n) => join(parent, n))
					: [];
				if (existsSync(target)) {
					const aside = join(parent, `${prefix}${process.pid}-${Date.now()}`);
					renameSync(target, aside);
					discarded.push(aside);
					logger.info(`已移开并正在删除上一次的输出目录 ${target}：本次构建成功后再写入。`);
				}
				deleting = Promise.all(discarded.map((dir) => rm(dir, { recursive: true, force: true })));
				updateConfig({ outDir: pathToFileURL(`${staging}/`) });
				// A failed build ends the process (Astro's CLI exits 1); nothing of it may stay.
				process.once('exit', cleanUp);
			},
			'astro:build:done': async ({ logger }) => {
				if (!target || !staging) return;
				await deleting;
				discarded = [];
				// nothing should have written the output folder during the build; if something did, this build replaces it
				rmSync(target, { recursive: true, force: true });
				renameSync(staging, target);
				published = true;
				logger.info(`网站已写入 ${target}。`);
			},
		},
	};
}
