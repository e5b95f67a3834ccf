/**
 * A build either publishes a complete, checked site to the output folder or leaves none. Astro writes
 * its output folder as it goes, so a build that fails half-way (a page that throws, the link check,
 * a killed process) would leave part of a site, or the previous site, looking like this build's
 * result. Here `astro build` writes into a staging folder beside the output folder (`.dist-building/`
 * for `dist/`); the previous output is removed when the build starts, and the staging folder takes
 * its place only in `astro:build:done`, after every other integration (Pagefind, the sitemap, the
 * link check) has run on it. Any failure exits the process: the staging folder is removed then.
 *
 * Must be the last integration in astro.config.mjs: its `astro:build:done` publishes what the
 * others have finished. `astro preview` and `astro dev` are untouched.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The staging folder of an output folder: a hidden sibling, so that moving it into place is a rename. */
export function stagingDir(outDir: string): string {
	return join(dirname(outDir), `.${basename(outDir)}-building`);
}

export default function publishOutput(): AstroIntegration {
	let target: string | undefined;
	let staging: string | undefined;
	let published = false;
	const cleanUp = () => {
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
				if (existsSync(target)) {
					rmSync(target, { recursive: true, force: true });
					logger.info(`已删除上一次的输出目录 ${target}：本次构建成功后再写入。`);
				}
				updateConfig({ outDir: pathToFileURL(`${staging}/`) });
				// A failed build ends the process (Astro's CLI exits 1); nothing of it may stay.
				process.once('exit', cleanUp);
			},
			'astro:build:done': ({ logger }) => {
				if (!target || !staging) return;
				// nothing should have written the output folder during the build; if something did, this build replaces it
				rmSync(target, { recursive: true, force: true });
				renameSync(staging, target);
				published = true;
				logger.info(`网站已写入 ${target}。`);
			},
		},
	};
}
