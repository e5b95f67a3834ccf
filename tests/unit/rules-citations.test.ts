/**
 * Every corpus citation the calculators show quotes its entry verbatim (whitespace aside).
 * Source texts: `sources/` in the repository (tests/support/sources.ts).
 */
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readSource, SOURCE } from '../support/sources';
import { readEntry } from '../support/corpus';
import { parseMarkdown } from '../support/markdown';
import type { Basis, CorpusBasis } from '../../src/lib/rules/basis';
import { basisSchema } from '../support/basis-schema';
import { candidatePlan, checkReportedResult, electionPlan, majority, quorum } from '../../src/lib/rules/election';
import { classifyOrg } from '../../src/lib/rules/org-type';
import { STANDARDS } from '../../src/lib/rules/six-good';
import { SOURCES } from '../../src/lib/rules/sources';
import { termReminder } from '../../src/lib/rules/term-reminder';
import * as thresholds from '../../src/lib/rules/thresholds';

/** The clause anchors the site renders for an entry (same pipeline as the build). */
function renderedAnchors(entry: string): Set<string> {
	const file = readEntry(entry.startsWith('template-') ? 'templates' : 'policies', entry);
	const { tree } = parseMarkdown(file.body, { mdx: file.path.endsWith('.mdx') });
	const ids = new Set<string>();
	visit(tree, (node) => {
		const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
		if (typeof id === 'string') ids.add(id);
	});
	return ids;
}

/** Entry id → source file: four texts have their own, everything else (青海指南 and its parts) is in the guide. */
const SEED_OF: Record<string, string> = {
	'pingdingshan-xuehui-dangjian-yijian': SOURCE.pingdingshan,
	'shanxi-shuangqiang-liuhao': SOURCE.shanxi,
	'chongqing-2023-gongzuo-yaodian': SOURCE.chongqing,
	'cast-2022-xuehui-dangjian-yaodian': SOURCE.cast2022,
};
const KNOWN_ENTRIES = new Set([
	...Object.keys(SEED_OF),
	'qinghai-guide',
	'zhongbanfa-2015-51',
	'zhongzufa-2000-10',
	'minhan-2016-257',
	'kexie-dangzufa-2019-22',
	'kexie-dangzufa-2016-81',
	'qingbanfa-2018-9',
	'qing-liangxin-2018-15',
	'qing-liangxin-2019-13',
	'qing-kexie-dangfa-2018-12',
	'qing-kexie-shedangfa-2019-10',
	...Array.from({ length: 9 }, (_, i) => `template-${i + 1}`),
]);

const squash = (s: string) => s.replace(/\s+/g, '');

function seedText(entry: string): string {
	return squash(readSource(SEED_OF[entry] ?? SOURCE.qinghaiGuide));
}

/** Walks any value and collects the citations in it. */
function citationsIn(value: unknown, out: Basis[] = [], seen = new Set<unknown>()): Basis[] {
	if (!value || typeof value !== 'object' || seen.has(value)) return out;
	seen.add(value);
	if (Array.isArray(value)) {
		for (const v of value) citationsIn(v, out, seen);
		return out;
	}
	const o = value as Record<string, unknown>;
	if ((o.kind === 'corpus' || o.kind === 'external') && typeof o.quote === 'string') {
		out.push(o as Basis);
		return out;
	}
	for (const v of Object.values(o)) citationsIn(v, out, seen);
	return out;
}

function allCitations(): Basis[] {
	const outputs: unknown[] = [SOURCES, thresholds, STANDARDS];
	for (const [formal, probationary] of [
		[0, 0],
		[2, 3],
		[3, 0],
		[7, 0],
		[50, 0],
		[48, 3],
		[100, 0],
		[150, 0],
	] as const) {
		for (const flag of [false, true]) {
			outputs.push(classifyOrg({ formal, probationary, largeOrManyMembers: flag, higherApproval: flag }));
		}
	}
	outputs.push(
		candidatePlan({ seats: 5 }),
		candidatePlan({ seats: 2, kind: '补选' }),
		quorum({ eligible: 10 }),
		majority({ present: 9 }),
		electionPlan({ seats: 5, eligible: 20, present: 18 }),
		checkReportedResult({ eligible: 20, present: 18, seats: 3, votes: [{ name: '甲', votes: 10 }] }),
		termReminder({ lastElection: '2022-01-01', termYears: 5, today: '2026-01-01' })
	);
	return citationsIn(outputs);
}

describe('citations', () => {
	const cites = allCitations();

	it('are well-formed', () => {
		expect(cites.length).toBeGreaterThan(50);
		for (const c of cites) {
			const parsed = basisSchema.safeParse(c);
			expect(parsed.success, JSON.stringify(c)).toBe(true);
			if (c.kind === 'corpus') expect(KNOWN_ENTRIES.has(c.entry), c.entry).toBe(true);
		}
	});

	it('every SOURCES entry is used by some rule output or threshold', () => {
		const used = new Set(citationsIn([thresholds, STANDARDS, ...allCitations()]).map((c) => JSON.stringify(c)));
		for (const [key, c] of Object.entries(SOURCES)) expect(used.has(JSON.stringify(c)), key).toBe(true);
	});

	describe('anchors exist in the entries', () => {
		const anchored = cites.filter((c): c is CorpusBasis & { anchor: string } => c.kind === 'corpus' && c.anchor !== undefined);
		const unique = [...new Set(anchored.map((c) => `${c.entry}#${c.anchor}`))];
		it.each(unique)('%s', (ref) => {
			const [entry, anchor] = ref.split('#') as [string, string];
			expect([...renderedAnchors(entry)]).toContain(anchor);
		});
	});

	describe('quotes occur verbatim in the source of their entry', () => {
		const corpus = cites.filter((c): c is CorpusBasis => c.kind === 'corpus');
		const unique = [...new Map(corpus.map((c) => [`${c.entry}#${c.anchor ?? ''}|${c.quote}`, c])).values()];
		it.each(unique.map((c) => [`${c.entry}#${c.anchor ?? ''}`, c.quote.slice(0, 24), c] as const))('%s %s', (_id, _q, c) => {
			expect(seedText(c.entry)).toContain(squash(c.quote));
		});
	});
});
