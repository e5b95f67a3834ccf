/**
 * One page of every page type, with what to wait for before looking at it (the rendered answer of a
 * calculator, the results of a search). The accessibility gate (light and dark) and the screenshots
 * read this list; tools come from the tool registry, so a new tool is included without editing it.
 */
import { resolve } from 'node:path';
import { TOOLS } from '../../../src/lib/tools';

/** Where the browser tests save screenshots for a person to look at (never compared by pixel). */
export const SCREENSHOTS = resolve(import.meta.dirname, '../../.tmp/screenshots');

export interface PageType {
	/** Short name, also the screenshot's file name. */
	name: string;
	/** Path below the site root. */
	path: string;
	/** Selector of what shows the page is ready, or null. */
	ready: string | null;
}

export const PAGE_TYPES: PageType[] = [
	{ name: 'home', path: '', ready: null },
	{ name: 'policy', path: 'policies/qinghai-guide/', ready: '.clause-actions-button' },
	{ name: 'policy-notices', path: 'policies/cast-2022-xuehui-dangjian-yaodian/', ready: '[data-status-notices]' },
	{ name: 'policies', path: 'policies/', ready: null },
	{ name: 'library', path: 'library/?level=省级', ready: 'kb-library tr[data-policy]:not([hidden])' },
	{ name: 'library-facet', path: 'library/level/省级/', ready: null },
	{ name: 'timeline', path: 'timeline/', ready: null },
	{ name: 'map', path: 'map/', ready: null },
	{ name: 'missing', path: 'missing/', ready: null },
	{ name: 'compare', path: 'compare/?a=qing-kexie-dangfa-2018-12&b=kexie-dangzufa-2016-81', ready: '[data-compare-table]' },
	{ name: 'compare-pair', path: 'compare/pingdingshan-xuehui-dangjian-yijian/kexie-dangzufa-2016-81/', ready: null },
	{ name: 'glossary', path: 'glossary/', ready: null },
	{ name: 'templates', path: 'templates/', ready: null },
	{ name: 'template', path: 'templates/template-1/', ready: '.tf-form input, .tf-form textarea' },
	{ name: 'search', path: 'search/?q=换届', ready: 'kb-search-page[data-search-state="done"]' },
	{ name: 'tools', path: 'tools/', ready: null },
	...TOOLS.map((tool): PageType => ({
		name: `tool-${tool.id}`,
		path: `tools/${tool.id}/${tool.kind === 'calculator' ? (tool.example ?? '') : ''}`,
		ready: tool.kind === 'calculator' ? '[data-answer][data-state="answer"]' : null,
	})),
	{ name: 'help', path: 'guide/about/', ready: null },
	{ name: 'not-found', path: '404.html', ready: null },
];
