/**
 * `npm run bench:scale -- --incremental [--docs 5000]`: what a curator waits for after changing one
 * text or adding one. Our site is built cold (empty cache), then one text's body changes and the
 * site is built again with the same cache, then one text dated mid-corpus is added and it is built
 * once more, then one newly issued text (what curators mostly add). Each
 * build is the whole `astro build` (content gate, rendering, pages, Pagefind, link and CSP checks,
 * compression, service worker). Target (issue 24): a warm build ≤ 15 % of the cold one.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { edits, writeCorpus } from './generate.ts';
import { build, type BuildFigures } from './measure.ts';

const TARGET = 0.15;

/** The lines the build logs about what it reused (rendered texts, restored pages, search shards), for the printout. */
function reuseLines(output: string): string[] {
	return (
		output
			.split('\n')
			// not Astro's line for each restored page: they would crowd out the summaries
			.filter((line) => /渲染 \d+ 篇|沿用|restored|skipped|重建索引|索引分片|链接检查通过|预压缩/.test(line) && !/[├└]─/.test(line))
			.map((line) => line.replace(/^\d\d:\d\d:\d\d\s*/, '').trim())
			.slice(0, 12)
	);
}

export async function runIncremental(repoRoot: string, tmp: string, docs: number): Promise<void> {
	const content = resolve(repoRoot, 'content');
	const corpus = resolve(tmp, `corpus-incremental-${docs}`);
	const cache = resolve(tmp, `cache-incremental-${docs}`);
	const dist = resolve(tmp, `dist-incremental-${docs}`);
	const synthetic = writeCorpus(content, corpus, docs);
	rmSync(cache, { recursive: true, force: true });
	const env = { KB_CONTENT_DIR: corpus, KB_CACHE_DIR: cache };

	const runs: { label: string; figures: BuildFigures }[] = [];
	const step = async (label: string) => {
		console.error(`[bench:scale] ${label}，${docs} 篇……`);
		const figures = await build(repoRoot, dist, env);
		if (!figures.ok) throw new Error(`${label}失败：\n${figures.output.slice(-3000)}`);
		console.error(`[bench:scale]   ${figures.seconds.toFixed(1)} s`);
		for (const line of reuseLines(figures.output)) console.error(`[bench:scale]     ${line}`);
		runs.push({ label, figures });
	};

	await step('冷构建（缓存为空）');
	const changed = edits.changeOne(corpus, synthetic);
	await step(`改动一篇（${changed}）后再构建`);
	const added = edits.addOne(content, corpus, synthetic);
	await step(`新增一篇（${added.id}，发文日期在中间）后再构建`);
	const newest = edits.addNewest(content, corpus, synthetic);
	await step(`再新增一篇（${newest.id}，最新发文）后再构建`);

	const cold = runs[0]!.figures;
	console.log(`命令：npm run bench:scale -- --incremental --docs ${docs}`);
	console.log('构建\t页面\t墙钟(s)\tCPU(s)\t峰值内存\t墙钟 / 冷构建\tCPU / 冷构建');
	for (const { label, figures } of runs) {
		const cpu = figures.cpuSeconds;
		console.log(
			[
				label,
				figures.pages ?? '—',
				figures.seconds.toFixed(1),
				cpu === undefined ? '—' : cpu.toFixed(1),
				figures.peakRssMiB === undefined ? '—' : `${figures.peakRssMiB.toFixed(0)} MiB`,
				`${((figures.seconds / cold.seconds) * 100).toFixed(1)} %`,
				cpu === undefined || cold.cpuSeconds === undefined ? '—' : `${((cpu / cold.cpuSeconds) * 100).toFixed(1)} %`,
			].join('\t')
		);
	}
	const worst = Math.max(...runs.slice(1).map((r) => r.figures.seconds / cold.seconds));
	console.log(`增量构建最多用冷构建的 ${(worst * 100).toFixed(1)} %（目标 ≤ ${TARGET * 100} %）${worst > TARGET ? '：未达到' : ''}`);
}
