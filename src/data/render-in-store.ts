/**
 * The corpus texts are rendered when the content layer syncs and kept, as HTML, in its data store —
 * as Astro does for .md files — instead of each .mdx being compiled as a Vite module on every build.
 * A later build renders only the texts that changed: Astro's glob loader skips a file whose content
 * digest is unchanged, and this wrapper also renders again a text whose citations would now link
 * differently (it recorded every question it asked the citation index: LOOKUPS_KEY), so adding or
 * renaming one text re-renders it and the texts that cite it, not the corpus.
 *
 * Why not the MDX compiler: the corpus is MDX only in syntax (the content gate refuses imports,
 * expressions and components), so a text needs no JavaScript module; the same unified pipeline
 * with remark-mdx for the syntax gives the same HTML (the MDX compiler also drops whitespace
 * between table tags and writes `"` in text as `&quot;`, which browsers show alike). At 5,000 texts
 * the MDX route kept 5,000 modules in Vite and Rolldown on every build, rebuilt or not.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { unified } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import { citationIndexIn } from '../plugins/pipeline.ts';
import { LOOKUPS_KEY } from '../plugins/remark-citations.ts';
import { sameAnswers, type Lookup } from '../lib/citations/lookups.ts';

/** Key in a rendered entry's metadata: a hash of its HTML and metadata, for page cache keys (src/data/cache-keys.ts). */
export const RENDER_HASH = 'kbRenderHash';

type Processor = ReturnType<typeof unified>;
type Renderer = Awaited<ReturnType<Processor['createRenderer']>>;
type Entry = NonNullable<ReturnType<LoaderContext['store']['get']>>;
type Rendered = NonNullable<Entry['rendered']>;

function configuredProcessor(config: LoaderContext['config']): Processor {
	const processor = config.markdown.processor as Processor | undefined;
	if (processor?.name !== 'unified' || !processor.options) {
		throw new Error('astro.config.mjs：markdown.processor 应为 @astrojs/markdown-remark 的 unified()（语料的 Markdown 流水线）');
	}
	return processor;
}

/** The configured pipeline, reading the body as Markdown or, with `mdx`, in MDX syntax (remark-mdx first, as @astrojs/mdx does). */
function renderer(config: LoaderContext['config'], mdx: boolean): Promise<Renderer> {
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

export function renderHash(rendered: Pick<Rendered, 'html' | 'metadata'>): string {
	const { [RENDER_HASH]: _, ...metadata } = rendered.metadata ?? {};
	return createHash('sha256').update(rendered.html).update('\0').update(JSON.stringify(metadata)).digest('hex').slice(0, 24);
}

/** What the text asked the citation index when it was last rendered, if it was. */
function lookupsOf(entry: Entry): readonly Lookup[] | undefined {
	const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
	const lookups = frontmatter?.[LOOKUPS_KEY];
	return Array.isArray(lookups) ? (lookups as Lookup[]) : undefined;
}

/** Wraps a glob loader of corpus texts: renders them into the store and keeps them rendered across builds. */
export function renderInStore(loader: Loader): Loader {
	return {
		name: `kb:rendered ${loader.name}`,
		load: async (ctx) => {
			const index = citationIndexIn(configuredProcessor(ctx.config).options.remarkPlugins);
			// A text whose citations would now resolve otherwise is forgotten, so the glob loader reads and renders it again.
			let relinked = 0;
			for (const entry of [...ctx.store.values()]) {
				const lookups = lookupsOf(entry);
				if (index && lookups && !sameAnswers(lookups, index)) {
					ctx.store.delete(entry.id);
					relinked++;
				}
			}
			await loader.load(ctx);

			const root = fileURLToPath(ctx.config.root);
			const renderers = new Map<boolean, Promise<Renderer>>();
			let rendered = 0;
			for (const entry of [...ctx.store.values()]) {
				if (entry.rendered?.metadata?.[RENDER_HASH] && !entry.deferredRender) continue;
				if (!entry.filePath) continue;
				let result: Rendered | undefined = entry.deferredRender ? undefined : entry.rendered;
				if (!result) {
					const mdx = entry.filePath.endsWith('.mdx');
					if (!renderers.has(mdx)) renderers.set(mdx, renderer(ctx.config, mdx));
					try {
						const out = await (
							await renderers.get(mdx)!
						).render(entry.body ?? '', {
							// Plugins only add to it (citations, lookups, paragraphs); the entry's data is stored beside it already.
							frontmatter: {},
							fileURL: pathToFileURL(join(root, entry.filePath)),
						});
						result = { html: out.code, metadata: { ...out.metadata, imagePaths: [] } };
					} catch (error) {
						throw new Error(`${entry.filePath}：渲染失败：${(error as Error).message}`, { cause: error });
					}
					rendered++;
				}
				result.metadata = { ...result.metadata, [RENDER_HASH]: renderHash(result) };
				const { deferredRender: _, rendered: __, ...rest } = entry;
				ctx.store.delete(entry.id);
				ctx.store.set({ ...rest, rendered: result });
			}
			const total = ctx.store.keys().length;
			ctx.logger.info(
				`${ctx.collection}：渲染 ${rendered} 篇，沿用上次构建的 ${total - rendered} 篇` +
					(relinked ? `（其中 ${relinked} 篇因引用的文件变化而重新渲染）` : '')
			);
		},
	};
}
