// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/plugins/pipeline';
import { readCorpus } from './src/data/corpus';
import { corpusCitationIndex } from './src/data/corpus-index';
import { corpusGlossaryTerms } from './src/data/glossary';
import contentGate from './src/integrations/content-gate';
import linkCheck from './src/integrations/link-check';
import cspGate, { contentSecurityPolicy } from './src/integrations/csp';
import offline from './src/integrations/offline';
import searchIndex from './src/integrations/search-index';
import publishOutput from './src/integrations/publish-output';
import { pipelineFingerprint } from './src/data/pipeline-fingerprint';
import { TOOLS, toolPath } from './src/lib/tools';
import { LEVELS } from './src/lib/schema/policy';
import { facetPath } from './src/lib/library';

/**
 * Deployment: `KB_SITE` is the public origin, `KB_BASE` the sub-path the site is served under
 * (e.g. KB_BASE=/kb/ for https://intranet.example/kb/). Both are read at build time.
 * Without KB_SITE there is no `site`: Starlight then writes no `<link rel="canonical">` and the
 * sitemap integration skips the sitemap, instead of both pointing every page at localhost.
 */
const site = process.env.KB_SITE || undefined;
const base = process.env.KB_BASE ?? '/';
/**
 * The corpus, read once through the same discovery, ids and YAML parser as the content collections
 * (src/data/corpus.ts). Reading never throws: what is wrong is reported by the content gate below.
 */
const corpus = readCorpus();
/** Titles, aliases and 文号 of the corpus, so citations in any text can link to the text cited. */
const citationIndex = corpusCitationIndex(corpus);
/** Glossary terms: their first occurrence in each policy text links to the 名词解释 page. */
const glossaryTerms = corpusGlossaryTerms(corpus);

export default defineConfig({
	// Builds of other content (tests, benchmarks) keep their own cache so they never mix with the real corpus.
	cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
	site,
	base,
	trailingSlash: 'always',
	// A build reuses what the previous one rendered (texts in the content layer's store, pages whose cacheKey and code are unchanged):
	// changing or adding one text re-renders that text and the pages that show it (src/data/rendered-texts.ts, src/data/cache-keys.ts).
	experimental: { incrementalBuild: true },
	// Intranet users: nothing may be fetched from another origin, so no remote image service either.
	image: { service: { entrypoint: 'astro/assets/services/noop' } },
	// Every page carries a Content-Security-Policy: only this site, and only the inline scripts it needs (src/integrations/csp.ts).
	security: { csp: contentSecurityPolicy() },
	vite: {
		build: {
			rollupOptions: {
				// Astro marks every MDX entry with a directive the bundler warns it may not keep (withastro/astro#18087,
				// harmless): one ten-line warning per text, which at thousands of texts buries the build's real messages.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	markdown: {
		// Our own plugin list (src/plugins/pipeline.ts) brings remark-gfm, so the built-in `gfm` is off.
		processor: unified({
			gfm: false,
			smartypants: false,
			remarkPlugins: remarkPlugins({ citationIndex, glossaryTerms, base, fingerprint: pipelineFingerprint() }),
			rehypePlugins: rehypePlugins({ base }),
		}),
	},
	integrations: [
		// First: the corpus is checked before anything reads it (same check as npm run check:content).
		contentGate(corpus),
		starlight({
			title: '科技社团党建知识库',
			description: '科技社团（学会、协会、研究会）党建政策文件、全文检索与实用工具',
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			// No code blocks in this corpus: skip Expressive Code and its script.
			expressiveCode: false,
			// The search index is built by searchIndex() below, in shards that later builds reuse.
			pagefind: false,
			customCss: ['./src/styles/cjk.css', './src/styles/controls.css', './src/styles/layout.css', './src/styles/print.css'],
			favicon: '/favicon.svg',
			// The header search is ours (same ranking as /search/, loaded only when used), not Pagefind's stock UI,
			// at the same place on every page (Header); the page title keeps a closing （试行） on one line.
			components: {
				Search: './src/components/HeaderSearch.astro',
				Header: './src/components/Header.astro',
				Head: './src/components/Head.astro',
				PageTitle: './src/components/starlight/PageTitle.astro',
			},
			sidebar: [
				{ label: '首页', link: '/' },
				{
					label: '浏览文件',
					items: [
						{ label: '文件库', link: '/library/' },
						{
							label: '按层级浏览',
							collapsed: true,
							// One link per level, not per text: a sidebar listing every text would weigh on every page at thousands of texts.
							items: [
								{ label: '各层级概览', link: '/policies/' },
								...LEVELS.map((level) => ({ label: level, link: facetPath('level', level) })),
							],
						},
						{ label: '时间线', link: '/timeline/' },
						{ label: '引用关系图', link: '/map/' },
						{ label: '对照阅读', link: '/compare/' },
						{ label: '文书模板', link: '/templates/' },
						{ label: '名词解释', link: '/glossary/' },
						{ label: '未收录的被引文件', link: '/missing/' },
					],
				},
				{ label: '全文检索', link: '/search/' },
				{
					label: '实用工具',
					items: [{ label: '工具一览', link: '/tools/' }, ...TOOLS.map((tool) => ({ label: tool.title, link: toolPath(tool.id) }))],
				},
				// Kept on this device only (src/pages/favorites.astro, src/pages/offline/).
				{ label: '我的收藏', link: '/favorites/' },
				{ label: '离线使用', link: '/offline/' },
				{ label: '使用帮助', items: [{ autogenerate: { directory: 'guide' } }] },
			],
		}),
		// Puts each page's policy first in its head and checks it; the steps below read the pages it finished (src/integrations/built-pages.ts).
		cspGate(),
		// Pagefind over the built pages (src/integrations/search-index.ts), where Starlight's own step ran.
		searchIndex(),
		mdx(),
		// Checks the finished site, search index included.
		linkCheck(),
		// The service worker, the pre-compressed copies and the offline pack list read the pages as they will be served.
		offline(),
		// Last: the build writes into a staging folder, moved to dist/ only when every step above succeeded.
		publishOutput(),
	],
});
