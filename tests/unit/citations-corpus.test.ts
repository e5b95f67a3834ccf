/**
 * Citations of the real corpus (content/policies), read the way astro.config.mjs and the pages do.
 * Only facts the texts themselves fix are asserted, so frontmatter edits elsewhere do not break it.
 */
import { describe, expect, it } from 'vitest';
import { loadCitationRegistry, loadCitations } from '../support/load-citations';
import { corpusCitationIndex, loadCorpusEntries } from '../../src/data/corpus-index';

const index = corpusCitationIndex();
const citations = loadCitations();
const registry = loadCitationRegistry();

describe('corpus citation index', () => {
	it('reads every entry with a title', () => {
		const entries = loadCorpusEntries();
		expect(entries.length).toBeGreaterThan(0);
		expect(entries.map((e) => e.id)).toContain('pingdingshan-xuehui-dangjian-yijian');
		for (const e of entries) expect(e.title.length).toBeGreaterThanOrEqual(2);
	});

	it('has no name or 文号 claimed by two entries', () => expect(index.conflicts).toEqual([]));

	it.each([
		['《中国科协关于加强科技社团党建工作的若干意见》', 'kexie-dangzufa-2016-81'],
		['《中共中央办公厅印发〈关于加强社会组织党的建设工作的意见（试行）〉的通知》', 'zhongbanfa-2015-51'],
		['《关于加强社会组织党的建设工作的意见(试行)》', 'zhongbanfa-2015-51'],
	])('resolves %s', (title, id) => expect(index.resolveTitle(title)).toBe(id));

	it.each([
		['中办发〔2015〕51号', 'zhongbanfa-2015-51'],
		['科协党组发〔2016〕81号', 'kexie-dangzufa-2016-81'],
	])('resolves 文号 %s', (n, id) => expect(index.resolveDocNumber(n)).toBe(id));

	it.each(['《中国共产党支部工作条例（试行）》', '《中国共产党章程》', '《党章》'])('%s is not in the corpus', (t) =>
		expect(index.resolveTitle(t)).toBeUndefined()
	);

	it('every 文号 in frontmatter resolves to its own entry', () => {
		for (const e of loadCorpusEntries()) if (e.docNumber) expect(index.resolveDocNumber(e.docNumber), e.docNumber).toBe(e.id);
	});
});

describe('corpus citations', () => {
	it('平顶山 cites the 中国科协 若干意见', () => {
		const own = citations.filter((c) => c.from === 'pingdingshan-xuehui-dangjian-yijian');
		expect(own.map((c) => c.to)).toContain('kexie-dangzufa-2016-81');
		expect(registry.cites('pingdingshan-xuehui-dangjian-yijian')).toContain('kexie-dangzufa-2016-81');
	});

	it('backlinks of kexie-dangzufa-2016-81 include 平顶山 with the citing sentence', () => {
		const back = registry.backlinksTo('kexie-dangzufa-2016-81');
		const fromPds = back.find((c) => c.from === 'pingdingshan-xuehui-dangjian-yijian');
		expect(fromPds).toBeDefined();
		expect(fromPds!.context).toContain('中国科协关于加强科技社团党建工作的若干意见');
		expect(registry.citedBy('kexie-dangzufa-2016-81')).toContain('pingdingshan-xuehui-dangjian-yijian');
	});

	it('no entry cites itself', () => {
		for (const c of citations) expect(c.to, `${c.from} #${c.n}`).not.toBe(c.from);
	});

	it('the 山西 notice cites 中办发〔2015〕51号 through the nested notice title', () => {
		expect(registry.cites('shanxi-shuangqiang-liuhao')).toContain('zhongbanfa-2015-51');
	});

	it('lists the Party Constitution and the 支部工作条例 as missing, with every place cited', () => {
		const missing = registry.missing();
		const dz = missing.find((m) => m.title === '中国共产党章程');
		expect(dz).toBeDefined();
		expect(dz!.citedBy).toContain('qinghai-guide');
		expect(dz!.citations.every((c) => c.context.length > 0)).toBe(true);
		const zb = missing.find((m) => m.title === '中国共产党支部工作条例（试行）');
		expect(zb?.citedBy).toEqual(['qinghai-guide']);
		// no corpus entry is ever listed as missing
		for (const m of missing) expect(index.resolveTitle(m.title), m.title).toBeUndefined();
	});
});
