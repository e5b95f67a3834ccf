/**
 * The search dictionary is served as a manifest plus shards, and a query fetches only the shards its
 * words fall in. What a user gets must not change: for every query of the quality set, the query is
 * understood the same from those shards as from the whole dictionary; and at 5,000 texts what a
 * query downloads stays small.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, readCorpusFiles } from '../../src/data/corpus';
import {
	buildSearchDictionary,
	dictionaryFor,
	shardOf,
	shardsFor,
	stableCount,
	termsOf,
	type DictionaryInput,
	type DictionaryShard,
} from '../../src/lib/search/dictionary';
import { docKeys, normaliseQuery, queryWords, type DictionaryDoc, type SearchDictionary } from '../../src/lib/search/normalise';
import { QUERIES } from '../search/queries';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function corpusInput(): DictionaryInput {
	const dir = contentDir();
	return {
		policies: readCorpusFiles(join(dir, 'policies')).map(({ id, data }) => ({
			id,
			url: `/policies/${id}/`,
			title: str(data.title)!,
			shortTitle: str(data.shortTitle),
			docNumber: str(data.docNumber),
			aliases: strs(data.aliases),
			issuers: strs(data.issuers),
		})),
		templates: readCorpusFiles(join(dir, 'templates')).map(({ id, data }) => ({
			id,
			url: `/templates/${id}/`,
			title: str(data.title)!,
			shortTitle: str(data.shortTitle),
		})),
		glossary: readCorpusFiles(join(dir, 'glossary')).map(({ id, data }) => {
			const source = data.source as { policy: string; anchor?: string };
			return {
				id,
				term: str(data.term)!,
				aliases: strs(data.aliases),
				definition: str(data.definition) ?? '',
				source: { policy: source.policy, url: `/policies/${source.policy}/#${source.anchor ?? ''}` },
			};
		}),
	};
}

/** Every document in the shards, once: the dictionary as one file would hold it. */
function whole(built: ReturnType<typeof buildSearchDictionary>): SearchDictionary {
	const docs = new Map<string, DictionaryDoc>();
	for (const shard of built.shards) for (const d of shard.docs) docs.set(d.id, d);
	return { docs: [...docs.values()], issuers: built.manifest.issuers, terms: termsOf(built.manifest) };
}

/** Only the shards the query asks for, as the browser loads them. */
function fromShards(q: string, built: ReturnType<typeof buildSearchDictionary>): { dict: SearchDictionary; loaded: number } {
	const { words } = queryWords(q);
	const wanted = shardsFor(words, built.manifest);
	const loaded = new Map<number, DictionaryShard>(wanted.map((i) => [i, built.shards[i]!]));
	return { dict: dictionaryFor(words, built.manifest, loaded), loaded: wanted.length };
}

describe('shardOf', () => {
	it.each([
		['n:中办发〔2015〕51号', 1],
		['t:青海指南', 7],
		['', 3],
		['s:51', 200],
	])('%j in %d shards: stable and in range', (key, shards) => {
		const i = shardOf(key, shards);
		expect(i).toBeGreaterThanOrEqual(0);
		expect(i).toBeLessThan(shards);
		expect(shardOf(key, shards)).toBe(i);
		if (shards === 1) expect(i).toBe(0);
	});
});

describe('stableCount', () => {
	it.each([
		[0.2, 1],
		[1, 1],
		[1.01, 2],
		[2, 2],
		[3, 4],
		[177, 256],
		[256, 256],
		[257, 512],
	])("%d shards' worth of bytes → %i shards", (ratio, count) => {
		expect(stableCount(ratio)).toBe(count);
	});
});

describe('the dictionary in shards', () => {
	const input = corpusInput();

	it('a corpus whose documents fit in one shard is one file, each document in it once', () => {
		const one = buildSearchDictionary(input);
		expect(one.manifest.shards).toBe(1);
		const ids = one.shards[0]!.docs.map((d) => d.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBe(input.policies.length + input.templates.length);
	});

	// Many small shards: each query's words must still reach the documents they name.
	const built = buildSearchDictionary(input, 500);

	it('splits into many shards when they are small', () => {
		expect(built.manifest.shards).toBeGreaterThan(20);
	});

	it("changes only the shards of an added text's keys (the count stays put as the corpus grows)", () => {
		const [added, ...rest] = input.policies;
		const before = buildSearchDictionary({ ...input, policies: rest }, 500);
		expect(before.manifest.shards).toBe(built.manifest.shards);
		const changed = built.shards.map((_, i) => i).filter((i) => JSON.stringify(built.shards[i]) !== JSON.stringify(before.shards[i]));
		const own = new Set(docKeys({ ...added!, aliases: added!.aliases }).map((k) => shardOf(k, built.manifest.shards)));
		expect(changed.length).toBeGreaterThan(0);
		expect(changed.every((i) => own.has(i))).toBe(true);
	});

	it('gives each glossary term its source title, so no document need be fetched for the card', () => {
		const term = termsOf(built.manifest).find((t) => t.term === '三会一课')!;
		expect(term.source.title).toMatch(/^.{6,}$/);
		expect(term.source.title).not.toBe(term.source.id);
		expect(term.aliases).toEqual(input.glossary.find((g) => g.term === '三会一课')!.aliases);
	});

	it('files each source title and URL once and no empty alias list (the manifest is fetched when search opens)', () => {
		const titles = Object.values(built.manifest.sources ?? {}).map((s) => s.title);
		expect(new Set(titles).size).toBe(titles.length);
		expect(built.manifest.terms.every((t) => t.aliases === undefined || t.aliases.length > 0)).toBe(true);
		expect(JSON.stringify(built.manifest.terms)).not.toMatch(/"title"|"url"/);
	});

	it('gives each term the URL of its clause, as the glossary gives it', () => {
		const byId = new Map(termsOf(built.manifest).map((t) => [t.id, t.source.url]));
		for (const g of input.glossary) expect(byId.get(g.id)).toBe(g.source.url.replace(/#$/, ''));
	});

	it.each([...QUERIES.map((q) => q.q), '中办发〔2015〕51号', '51号文', '青海指南', '中组部', '应建必建', '模板4', '换届 51号文'])(
		'%j: understood the same from its shards as from the whole dictionary',
		(q) => {
			const { dict } = fromShards(q, built);
			expect(normaliseQuery(q, dict)).toEqual(normaliseQuery(q, whole(built)));
		}
	);

	it('a query that names a document finds it through its shard', () => {
		const q = normaliseQuery('中办发〔2015〕51号', fromShards('中办发〔2015〕51号', built).dict);
		expect(q.targets).toEqual(['/policies/zhongbanfa-2015-51/']);
		expect(normaliseQuery('青海指南', fromShards('青海指南', built).dict).targets).toEqual(['/policies/qinghai-guide/']);
	});
});

describe('at 5,000 texts', () => {
	const ISSUERS = ['中国科协', '青海省科协', '山西省科协', '重庆市科协', '中共中央组织部'];
	const input: DictionaryInput = {
		policies: Array.from({ length: 5000 }, (_, i) => {
			const title = `关于加强科技社团党建工作的意见（样本${i}）`;
			return {
				id: `sample-${i}`,
				url: `/policies/sample-${i}/`,
				title,
				shortTitle: `样本${i}意见`,
				docNumber: `科协发〔${2000 + (i % 27)}〕${(i % 120) + 1}号`,
				aliases: [title, `关于印发《${title}》的通知`],
				issuers: [ISSUERS[i % ISSUERS.length]!],
			};
		}),
		templates: [],
		glossary: corpusInput().glossary,
	};
	const built = buildSearchDictionary(input);
	const json = (v: unknown) => Buffer.byteLength(JSON.stringify(v));

	it('the manifest fetched on opening search stays under 20 KB', () => {
		expect(json(built.manifest)).toBeLessThan(20 * 1024);
	});

	it.each(['三会一课', '换届 选举', '科协发〔2010〕51号', '51号文', '样本42意见', '中组部 换届'])(
		'%j downloads under 150 KB of dictionary',
		(q) => {
			const { words } = queryWords(q);
			const bytes = shardsFor(words, built.manifest).reduce((n, i) => n + json(built.shards[i]), 0);
			expect(bytes).toBeLessThan(150 * 1024);
		}
	);

	it('finds a document by its short title and a 文号 by its serial number', () => {
		expect(normaliseQuery('样本42意见', fromShards('样本42意见', built).dict).targets).toEqual(['/policies/sample-42/']);
		// 51号文: every text numbered 51 (one a year for 27 years, and those of 171, 291 … are not 51).
		const serial = normaliseQuery('51号文', fromShards('51号文', built).dict);
		expect(serial.targets.length).toBe(input.policies.filter((p) => p.docNumber!.endsWith('〕51号')).length);
	});
});
