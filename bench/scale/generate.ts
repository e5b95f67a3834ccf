/**
 * Synthetic corpora for the scale benchmark, made from the real texts: varied titles, 文号, dates,
 * issuers and levels, and cross-citations between the generated texts. The 15 real texts, the
 * templates and the glossary are copied as they are (the tool pages cite their clauses).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import yaml from 'js-yaml';
import { DOC_TYPES, LEVELS, STATUSES } from '../../src/lib/schema/policy.ts';
import { readCorpusFiles, type CorpusFile } from '../../src/data/corpus.ts';

const REGIONS = ['青海省', '山西省', '重庆市', '河南省', '四川省', '湖北省', '广东省', '浙江省', '江苏省', '陕西省'];
const SUBJECTS = [
	'科技社团党建工作',
	'学会党组织建设',
	'功能型党支部规范化建设',
	'党建工作示范点创建',
	'学会换届选举工作',
	'党务工作者队伍建设',
];
const CODES = ['科协党发', '社党发', '两新工委', '科社党发', '学党发', '组发'];

export interface Synthetic {
	id: string;
	title: string;
	docNumber: string;
	body: string;
	frontmatter: Record<string, unknown>;
}

export function synthesise(real: readonly CorpusFile[], count: number): Synthetic[] {
	const out: Synthetic[] = [];
	for (let i = 1; i <= count; i++) {
		const region = REGIONS[i % REGIONS.length]!;
		const subject = SUBJECTS[i % SUBJECTS.length]!;
		const docType = DOC_TYPES[i % DOC_TYPES.length]!;
		const status = STATUSES[i % STATUSES.length]!;
		const year = 2000 + (i % 27);
		const title = `${region}关于加强${subject}的${docType}（样本${i}）`;
		// a 文号's serial has at most four digits (src/lib/doc-number.ts): past 9,999 texts another
		// issuer code keeps each 文号 unique
		const block = i < 10_000 ? '' : '二三四五六七八九'[Math.floor(i / 9999) - 1]!;
		const serial = i < 10_000 ? i : (i % 9999) + 1;
		const docNumber = `${region.slice(0, 1)}${CODES[i % CODES.length]}${block}〔${year}〕${serial}号`;
		out.push({
			id: `synthetic-${String(i).padStart(5, '0')}`,
			title,
			docNumber,
			body: real[i % real.length]!.body,
			frontmatter: {
				title,
				shortTitle: `${region}${subject}${docType}${i}`,
				docNumber,
				issuers: [`中共${region}科协党组`],
				issued: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
				level: LEVELS[i % LEVELS.length],
				region,
				docType,
				status,
				source: { file: 'synthetic' },
				aliases: [`${region}${subject}${docType}第${i}号`],
				topics: [subject],
				corrections: [],
			},
		});
	}
	// Supersession: every 20th text replaces the one before it, so notices, relations and 只看现行 have work at scale.
	for (let i = 19; i < out.length; i += 20) out[i]!.frontmatter.supersedes = [{ id: out[i - 1]!.id, relation: '替代' }];
	// Cross-citations: each text cites two others by title and one by 文号 (never itself: the offset is 1…n-1).
	const other = (i: number, spread: number) => out[(i + 1 + ((i * spread) % (out.length - 1))) % out.length]!;
	for (let i = 0; out.length > 1 && i < out.length; i++) {
		const [a, b, c] = [other(i, 7), other(i, 13), other(i, 3)];
		out[i]!.body += `\n\n依据《${a.title}》《${b.title}》和${c.docNumber}，结合本地实际制定本文件。\n`;
	}
	return out;
}

/** Writes a corpus of `total` policy texts (15 real + synthetic) into `dir`, for KB_CONTENT_DIR. */
export function writeCorpus(contentDir: string, dir: string, total: number): Synthetic[] {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'policies'), { recursive: true });
	cpSync(join(contentDir, 'templates'), join(dir, 'templates'), { recursive: true });
	cpSync(join(contentDir, 'glossary'), join(dir, 'glossary'), { recursive: true });
	const real = readCorpusFiles(join(contentDir, 'policies'));
	for (const r of real) cpSync(r.path, join(dir, 'policies', basename(r.path)));
	const synthetic = synthesise(real, Math.max(0, total - real.length));
	for (const s of synthetic) writeText(dir, s);
	return synthetic;
}

function writeText(dir: string, s: Synthetic): void {
	writeFileSync(join(dir, 'policies', `${s.id}.mdx`), `---\n${yaml.dump(s.frontmatter, { lineWidth: -1 })}---\n${s.body}`);
}

/** What a curator changes in a corpus written by `writeCorpus`, for the incremental build benchmark and test. */
export const edits = {
	/** A sentence added to the body of the text in the middle of the synthetic ones; its id. */
	changeOne(dir: string, synthetic: readonly Synthetic[]): string {
		const s = synthetic[Math.floor(synthetic.length / 2)]!;
		appendFileSync(join(dir, 'policies', `${s.id}.mdx`), '\n本文件自印发之日起施行，由本会党委负责解释。\n');
		return s.id;
	},
	/** One more text, as the generator would make it next: its own title and 文号, citing three existing texts. */
	addOne(contentDir: string, dir: string, synthetic: readonly Synthetic[]): Synthetic {
		const next = synthesise(readCorpusFiles(join(contentDir, 'policies')), synthetic.length + 1).at(-1)!;
		writeText(dir, next);
		return next;
	},
	/**
	 * One more text issued today, as curators mostly add them: the generator's next-but-one text
	 * dated after every other, so it lands at the top of every list.
	 */
	addNewest(contentDir: string, dir: string, synthetic: readonly Synthetic[]): Synthetic {
		const next = synthesise(readCorpusFiles(join(contentDir, 'policies')), synthetic.length + 2).at(-1)!;
		next.frontmatter.issued = '2026-12-01';
		next.docNumber = next.docNumber.replace(/〔\d{4}〕/, '〔2026〕');
		next.frontmatter.docNumber = next.docNumber;
		writeText(dir, next);
		return next;
	},
};

/**
 * The same texts as a bare Starlight project's docs (title only), for the baseline build. Its
 * node_modules is a hard-linked copy of ours (same packages, no download; Astro does not follow a
 * symlinked node_modules).
 */
export function writeBareProject(contentDir: string, dir: string, total: number): void {
	rmSync(dir, { recursive: true, force: true });
	const docs = join(dir, 'src/content/docs');
	mkdirSync(docs, { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ cacheDir: './.cache', integrations: [starlight({ title: 'bare', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })] });\n`
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`
	);
	// Astro bundles the integrations a project lists as dependencies; unlisted, Starlight would be left external and fail.
	writeFileSync(
		join(dir, 'package.json'),
		'{ "name": "bare-starlight-bench", "private": true, "type": "module", "dependencies": { "astro": "*", "@astrojs/starlight": "*" } }\n'
	);
	execFileSync('cp', ['-al', join(contentDir, '../node_modules'), join(dir, 'node_modules')]);
	// Hard links share files: caches must not be written through them into our own node_modules.
	for (const cache of ['.astro', '.vite']) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
	const real = readCorpusFiles(join(contentDir, 'policies'));
	const synthetic = synthesise(real, Math.max(0, total - real.length));
	const all = [...real.map((r) => ({ id: r.id, title: String(r.data.title), body: r.body })), ...synthetic];
	writeFileSync(join(docs, 'index.mdx'), '---\ntitle: bare\n---\n\nbare\n');
	for (const t of all) writeFileSync(join(docs, `${t.id}.mdx`), `---\ntitle: ${JSON.stringify(t.title)}\n---\n${t.body}`);
}
