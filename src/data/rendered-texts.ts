/**
 * Rendered corpus texts, kept between builds.
 *
 * The loader wrapper `renderedTexts()` (src/content.config.ts) renders each text when the content
 * layer syncs, through the site's one Markdown pipeline (the processor in astro.config.mjs; for
 * .mdx with remark-mdx for the syntax, as @astrojs/mdx does), and keeps the result for the next
 * build. A later build renders only the texts whose file changed or whose citations would now
 * link differently: each text records every question it asked the citation index (LOOKUPS_KEY),
 * so adding or renaming one text renders it and the texts that cite it, not the corpus.
 *
 * Where the HTML lives: texts whose pages are ours (`keep: 'files'`, policies and templates) are
 * written to one file per text in Astro's cache folder and read by the page that shows them
 * (`renderedText`); the content layer's store keeps a reference. Astro bundles the whole store into
 * the build as one JavaScript module, which at 2,000 texts with their HTML was 66 MB and took 16 s
 * of CPU just to load; thousands of texts must not travel that way. Starlight's own pages
 * (`keep: 'store'`, the few help pages) keep their HTML in the store as Astro does for .md, so its
 * route renders them.
 *
 * Why not the MDX compiler: the corpus is MDX only in syntax (the content gate refuses imports,
 * expressions and components), so a text needs no JavaScript module; the same pipeline gives the
 * same HTML (the MDX compiler also drops whitespace between table tags and writes `"` in text as
 * `&quot;`, which browsers show alike). At 5,000 texts the MDX route compiled 5,000 modules in
 * Vite and bundled them on every build, changed or not.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MarkdownHeading } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { unified } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import { citationIndexIn } from '../plugins/pipeline.ts';
import { CITATIONS_KEY, LOOKUPS_KEY } from '../plugins/remark-citations.ts';
import { PARAGRAPHS_KEY } from '../plugins/remark-paragraphs.ts';
import { sameAnswers, type Lookup } from '../lib/citations/lookups.ts';
import { TEXT_REF, citationsFileOf, readIndex, refOf, type TextFile, type TextIndex, type TextRecord, type TextRef } from './texts.ts';
import type { Citation } from '../lib/citations/registry.ts';
import type { CompareParagraph } from '../lib/compare/compare.ts';

type Processor = ReturnType<typeof unified>;
type Renderer = Awaited<ReturnType<Processor['createRenderer']>>;
type Entry = NonNullable<ReturnType<LoaderContext['store']['get']>>;
type Config = LoaderContext['config'];

function configuredProcessor(config: Config): Processor {
	const processor = config.markdown.processor as Processor | undefined;
	if (processor?.name !== 'unified' || !processor.options) {
		throw new Error('astro.config.mjs：markdown.processor 应为 @astrojs/markdown-remark 的 unified()（语料的 Markdown 流水线）');
	}
	return processor;
}

/**
 * What the rendering depends on besides the text and the citation index: the Markdown
 * configuration as Astro digests it (the plugins' options, which carry the fingerprint of the
 * pipeline's code; the index is left out: src/plugins/pipeline.ts).
 */
function pipelineSignature(config: Config): string {
	return createHash('sha256').update(RECORD_FORMAT).update(JSON.stringify(config.markdown)).digest('hex').slice(0, 24);
}

/** The layout of the cache folder: a record of another layout is not read (its texts are rendered again). */
const RECORD_FORMAT = 'citations per text';

/** The configured pipeline, reading the body as Markdown or, with `mdx`, in MDX syntax (remark-mdx first, as @astrojs/mdx does). */
function renderer(config: Config, mdx: boolean): Promise<Renderer> {
	const configured = configuredProcessor(config);
	const processor = mdx ? unified({ ...configured.options, remarkPlugins: [remarkMdx, ...configured.options.remarkPlugins] }) : configured;
	const { markdown, image } = config;
	return processor.createRenderer({
		image,
		syntaxHighlight: markdown.syntaxHighlight,
		shikiConfig: markdown.shikiConfig,
		gfm: markdown.gfm,
		smartypants: markdown.smartypants,
	});
}

const hashOf = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);

/**
 * Wraps a glob loader of corpus texts: renders them when the content layer syncs and keeps them
 * rendered across builds (see the top of this file). `keep: 'files'` writes each text's HTML to a
 * file read by `renderedText()`; `keep: 'store'` leaves it in the store for Astro's `render()`.
 */
export function renderedTexts(loader: Loader, { keep }: { keep: 'files' | 'store' }): Loader {
	return {
		name: `kb:rendered ${loader.name}`,
		load: async (ctx) => {
			const dir = join(fileURLToPath(ctx.config.cacheDir), 'kb-texts', ctx.collection);
			const indexFile = join(dir, 'index.json');
			const signature = pipelineSignature(ctx.config);
			const previous = readIndex(indexFile);
			const known = previous?.signature === signature ? previous.texts : {};
			const citationIndex = citationIndexIn(configuredProcessor(ctx.config).options.remarkPlugins);
			const nameOf = (id: string, hash: string) => `${encodeURIComponent(id)}.${hash}.json`;
			const fileOf = (id: string, hash: string) => join(dir, nameOf(id, hash));
			const citesOf = (id: string, hash: string) => citationsFileOf(indexFile, id, hash);

			// Whether a record's citations are all answered the same: asked once per text (an entry is looked at before and after the glob loader runs).
			const answered = new Map<TextRecord, boolean>();
			const sameLookups = (record: TextRecord) => {
				if (!citationIndex) return true;
				let same = answered.get(record);
				if (same === undefined) answered.set(record, (same = sameAnswers(record.lookups, citationIndex)));
				return same;
			};
			/** A record still good for this entry: same file, same pipeline, every citation answered the same, its rendering still there. */
			const reusable = (entry: Entry): TextRecord | undefined => {
				const record = known[entry.id];
				if (!record || record.digest !== String(entry.digest) || record.filePath !== entry.filePath) return undefined;
				if (!sameLookups(record)) return undefined;
				if (!existsSync(citesOf(entry.id, record.hash))) return undefined;
				if (keep === 'files' && !existsSync(fileOf(entry.id, record.hash))) return undefined;
				if (keep === 'store' && (entry.deferredRender || refOf(entry)?.hash !== record.hash)) return undefined;
				return record;
			};

			// A text to render again is forgotten, so the glob loader reads it afresh (the store keeps no body of a rendered text).
			let relinked = 0;
			for (const entry of [...ctx.store.values()]) {
				if (reusable(entry)) continue;
				if (known[entry.id]?.digest === String(entry.digest)) relinked++;
				ctx.store.delete(entry.id);
			}
			await loader.load(ctx);

			const next: TextIndex = { signature, texts: {} };
			const renderers = new Map<boolean, Promise<Renderer>>();
			const root = fileURLToPath(ctx.config.root);
			let rendered = 0;
			mkdirSync(dir, { recursive: true });
			for (const entry of [...ctx.store.values()]) {
				let record = reusable(entry);
				const inPlace = keep === 'store' || (entry.body === undefined && !entry.deferredRender && refOf(entry)?.hash === record?.hash);
				if (record && inPlace) {
					next.texts[entry.id] = record;
					continue;
				}
				let stored: { html: string; metadata: Record<string, unknown> } | undefined;
				if (!record) {
					const out = await renderEntry(entry);
					const recorded = out.metadata.frontmatter as Record<string, unknown>;
					const text: TextFile = {
						html: out.html,
						headings: out.metadata.headings,
						paragraphs: (recorded[PARAGRAPHS_KEY] ?? []) as CompareParagraph[],
					};
					const citations = (recorded[CITATIONS_KEY] ?? []) as Citation[];
					record = {
						digest: String(entry.digest),
						filePath: entry.filePath!,
						hash: hashOf(text, citations),
						lookups: (recorded[LOOKUPS_KEY] ?? []) as Lookup[],
					};
					// the files are named by the hash: a file of that name always holds this rendering and these citations
					writeFileSync(citesOf(entry.id, record.hash), JSON.stringify(citations));
					if (keep === 'files') writeFileSync(fileOf(entry.id, record.hash), JSON.stringify(text));
					else stored = { html: out.html, metadata: out.metadata };
					rendered++;
				}
				next.texts[entry.id] = record;
				const textRef: TextRef = {
					hash: record.hash,
					index: indexFile,
					...(keep === 'files' ? { file: fileOf(entry.id, record.hash) } : {}),
				};
				const { body, deferredRender: _, rendered: __, ...rest } = entry;
				ctx.store.delete(entry.id);
				ctx.store.set({
					...rest,
					...(keep === 'store'
						? { body, rendered: { html: stored!.html, metadata: { ...stored!.metadata, [TEXT_REF]: textRef } } }
						: { rendered: { html: '', metadata: { [TEXT_REF]: textRef } } }),
				});
			}

			/** The entry rendered: as the glob loader did it for a .md file, or through the pipeline in MDX syntax for .mdx. */
			async function renderEntry(
				entry: Entry
			): Promise<{ html: string; metadata: { headings: MarkdownHeading[]; frontmatter: unknown } & Record<string, unknown> }> {
				if (entry.rendered?.html !== undefined && !entry.deferredRender && !refOf(entry)) {
					return entry.rendered as { html: string; metadata: { headings: MarkdownHeading[]; frontmatter: unknown } };
				}
				if (entry.body === undefined || !entry.filePath) throw new Error(`${entry.filePath ?? entry.id}：内容层中没有正文，无法渲染`);
				const mdx = entry.filePath.endsWith('.mdx');
				if (!renderers.has(mdx)) renderers.set(mdx, renderer(ctx.config, mdx));
				try {
					// As Astro does for .md: the plugins add to a copy of the frontmatter (citations, lookups, blocks).
					const out = await (
						await renderers.get(mdx)!
					).render(entry.body, { frontmatter: { ...entry.data }, fileURL: pathToFileURL(join(root, entry.filePath)) });
					return { html: out.code, metadata: { ...out.metadata, imagePaths: [] } };
				} catch (error) {
					throw new Error(`${entry.filePath}：渲染失败：${(error as Error).message}`, { cause: error });
				}
			}
			// Entries rendered again went to the end of the store; pages that list a collection must see the order a cold build gives.
			const entries = [...ctx.store.values()];
			const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
			if (sorted.some((e, i) => e !== entries[i])) {
				for (const e of entries) ctx.store.delete(e.id);
				for (const e of sorted) ctx.store.set(e);
			}
			// The record (digests, paths, hashes, lookups: about 6 MB at 5,000 texts) is written only when a text's record changed or a text came or went;
			// each text's rendering and citations are in files of their own, written before it (a record never names a file not yet written).
			const kept = Object.keys(next.texts);
			const same =
				previous?.signature === signature && kept.length === Object.keys(known).length && kept.every((id) => next.texts[id] === known[id]);
			if (!same) {
				writeFileSync(`${indexFile}.tmp`, JSON.stringify(next));
				renameSync(`${indexFile}.tmp`, indexFile);
			}
			// Files of texts rendered again or removed.
			const wanted = new Set(Object.entries(next.texts).flatMap(([id, r]) => [nameOf(id, r.hash), basename(citesOf(id, r.hash))]));
			wanted.add('index.json');
			for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(join(dir, name), { force: true });

			const total = Object.keys(next.texts).length;
			ctx.logger.info(
				`${ctx.collection}：渲染 ${rendered} 篇，沿用上次构建的 ${total - rendered} 篇` +
					(relinked ? `（重新渲染的文件中 ${relinked} 篇是因为所引用的文件有变化）` : '')
			);
		},
	};
}
