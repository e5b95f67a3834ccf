/** Builds a site in a child process and measures wall time, peak memory and the search index size. */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BuildFigures {
	ok: boolean;
	seconds: number;
	/** Peak resident memory of the build process, when /usr/bin/time (Debian package `time`) can tell. */
	peakRssMiB: number | undefined;
	/** CPU seconds (user + system) of the build and the children it waited for (Pagefind), when /usr/bin/time can tell. */
	cpuSeconds: number | undefined;
	/** Pages Astro reports as built. */
	pages: number | undefined;
	indexBytes: number;
	output: string;
}

const repoRoot = resolve(import.meta.dirname, '../..');

/** Every file below `dir` with its size in bytes (none when `dir` does not exist). */
function filesUnder(dir: string): { path: string; bytes: number }[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((path) => ({ path, stat: statSync(join(dir, path)) }))
		.filter(({ stat }) => stat.isFile())
		.map(({ path, stat }) => ({ path, bytes: stat.size }));
}

export function dirBytes(dir: string): number {
	return filesUnder(dir).reduce((total, f) => total + f.bytes, 0);
}

/** The `n` largest HTML pages of a built site, as [path below the site, bytes]. */
export function largestPages(dir: string, n: number): [string, number][] {
	return filesUnder(dir)
		.filter((f) => f.path.endsWith('.html'))
		.map((f): [string, number] => [`/${f.path.replace(/index\.html$/, '')}`, f.bytes])
		.sort((a, b) => b[1] - a[1])
		.slice(0, n);
}

/**
 * `astro build` with GNU time's peak RSS when available (it counts the whole process, not children such as Pagefind's binary).
 * Its output is also written as it comes to `<outDir>.log`, to follow a build that takes an hour.
 */
export function build(root: string, outDir: string, env: Record<string, string>): Promise<BuildFigures> {
	// Each project runs its own Astro (one Astro instance per build).
	const own = join(root, 'node_modules/astro/bin/astro.mjs');
	const astro = existsSync(own) ? own : resolve(repoRoot, 'node_modules/astro/bin/astro.mjs');
	const args = [process.execPath, astro, 'build', '--root', root, '--outDir', outDir];
	const useTime = existsSync('/usr/bin/time');
	const [cmd, ...rest] = useTime ? ['/usr/bin/time', '-v', ...args] : args;
	const started = process.hrtime.bigint();
	return new Promise((done) => {
		const child = spawn(cmd!, rest, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env } });
		let output = '';
		const log = createWriteStream(`${outDir}.log`);
		const take = (d: Buffer) => {
			output += d;
			log.write(d);
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		child.on('close', (code) => {
			log.end();
			const seconds = Number(process.hrtime.bigint() - started) / 1e9;
			const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
			const user = /User time \(seconds\): ([\d.]+)/.exec(output)?.[1];
			const sys = /System time \(seconds\): ([\d.]+)/.exec(output)?.[1];
			done({
				ok: code === 0,
				seconds,
				peakRssMiB: kb ? Number(kb) / 1024 : undefined,
				cpuSeconds: user && sys ? Number(user) + Number(sys) : undefined,
				pages: Number(/(\d+) page\(s\) built/.exec(output)?.[1]) || undefined,
				indexBytes: dirBytes(join(outDir, 'pagefind')),
				output,
			});
		});
	});
}

/** Page types of the site, by path (first match wins), for the largest page and first-load figures of each. */
export const PAGE_TYPES: readonly (readonly [string, RegExp])[] = [
	['首页', /^\/$/],
	['文件库', /^\/library\/(\d+\/)?$/],
	['文件库分面页', /^\/library\/[^/]+\/[^/]+\/(\d+\/)?$/],
	['按层级浏览', /^\/policies\/$/],
	['文件页', /^\/policies\/[^/]+\/$/],
	['时间线', /^\/timeline\//],
	['引用关系图', /^\/map\/$/],
	['未收录的被引文件', /^\/missing\/$/],
	['对照阅读', /^\/compare\/$/],
	['对照页', /^\/compare\/[^/]+\/[^/]+\/$/],
	['全文检索', /^\/search\/$/],
	['工具', /^\/tools\//],
	['文书模板', /^\/templates\//],
	['名词解释', /^\/glossary\//],
	['其他', /^/],
];

export interface PageTypeFigures {
	type: string;
	/** HTML pages of this type. */
	pages: number;
	/** The largest of them, [path below the site, bytes]. */
	largest: [string, number];
}

/** Every page type that occurs in a built site, with its number of pages and its largest HTML page. */
export function largestByType(dir: string): PageTypeFigures[] {
	const out = new Map<string, PageTypeFigures>();
	for (const [path, bytes] of largestPages(dir, Infinity)) {
		const type = PAGE_TYPES.find(([, re]) => re.test(path))![0];
		const seen = out.get(type);
		if (!seen) out.set(type, { type, pages: 1, largest: [path, bytes] });
		else seen.pages++;
	}
	return PAGE_TYPES.flatMap(([type]) => (out.has(type) ? [out.get(type)!] : []));
}
