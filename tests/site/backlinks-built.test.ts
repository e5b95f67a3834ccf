/**
 * The backlinks and the 未收录 list readers get (dist/) hold exactly the citations found in the
 * source files: the pages read them from the compiled entries, this test from the raw Markdown.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { loadCitationRegistry } from '../support/load-citations';
import { loadCorpusEntries } from '../../src/data/corpus-index';
import { policyPath } from '../../src/lib/url';

const dist = path.resolve(import.meta.dirname, '../../dist');
const registry = loadCitationRegistry();
const page = (p: string) => fromHtml(readFileSync(path.join(dist, p, 'index.html'), 'utf8'));
const hrefs = (el: Element | ReturnType<typeof page>, selector: string) => selectAll(selector, el).map((a) => String(a.properties.href));

describe('backlinks on the built policy pages', () => {
	it('has been built', () => expect(existsSync(path.join(dist, 'policies'))).toBe(true));

	it.each(loadCorpusEntries().map((e) => e.id))('%s lists every citing place, in file then text order', (id) => {
		const shown = selectAll('[data-backlink]', page(`policies/${id}`)).flatMap((li) =>
			hrefs(li, 'ul a').map((href) => `${li.properties.dataBacklink} ${href}`)
		);
		const expected = registry.backlinksTo(id).map((c) => `${c.from} ${policyPath(c.from, c.anchor)}`);
		expect(shown).toEqual(expected);
	});

	it('some text of the corpus is cited by another', () =>
		expect(loadCorpusEntries().some((e) => registry.backlinksTo(e.id).length > 0)).toBe(true));
});

describe('the 未收录 list on the built site', () => {
	it('lists every text cited but not held, with each citing place', () => {
		const rows = selectAll('tr[data-missing]', page('missing'));
		const shown = new Map(rows.map((tr) => [String(tr.properties.dataMissing), hrefs(tr, 'a')]));
		const expected = new Map(registry.missing().map((m) => [m.title, m.citations.map((c) => policyPath(c.from, c.anchor))]));
		expect(shown).toEqual(expected);
	});
});
