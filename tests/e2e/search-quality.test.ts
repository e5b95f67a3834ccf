/**
 * Search quality on the built site, both surfaces (the /search/ page and the header dialog), with
 * the query sets of npm run bench:search: the keyword set (tests/search/queries.ts) stays at its
 * figures, and the question set (tests/search/questions.ts, issue 20) holds a floor — by clause, with
 * the excerpt showing the answer, and no question the corpus does not answer shown as a verbatim match.
 */
import { describe, expect, it } from 'vitest';
import { browser, site } from './support/harness';
import { QUERIES } from '../search/queries';
import { QUESTIONS } from '../search/questions';
import { QUERY_LIMIT_MS, formatQuestions, formatSummary, measureQuestions, measureSearch } from '../search/measure';

// Each query opens a fresh browser context: on a busy two-core machine a set takes many minutes.
// The limits grow with the set and only stop a hung run; nothing here is timed.

describe('search quality: keyword set', () => {
	const summaries: Record<string, Awaited<ReturnType<typeof measureSearch>>> = {};

	it.each(['page', 'dialog'] as const)(
		'%s: hit@1 = 1, hit@3 = 1, excerpt containing the query ≥ 0.95',
		async (surface) => {
			const summary = await measureSearch(browser, site, QUERIES, surface);
			summaries[surface] = summary;
			const report = formatSummary(summary);
			expect(summary.queries, report).toBeGreaterThanOrEqual(80);
			expect(summary.hitAt1, report).toBe(1);
			expect(summary.hitAt3, report).toBe(1);
			expect(summary.exactExcerpt, report).toBeGreaterThanOrEqual(0.95);
		},
		QUERIES.length * QUERY_LIMIT_MS
	);

	it('the header dialog and /search/ give the same top results', () => {
		const page = summaries.page!;
		const dialog = summaries.dialog!;
		const differ = page.outcomes
			.map((o, i) => ({ q: o.q, page: o.ranked.slice(0, 3), dialog: dialog.outcomes[i]!.ranked.slice(0, 3) }))
			.filter((d) => d.page.join() !== d.dialog.join());
		expect(differ, JSON.stringify(differ, null, 1)).toEqual([]);
	});
});

describe('search quality: question set (issue 20)', () => {
	it.each(['page', 'dialog'] as const)(
		'%s: hit@1 ≥ 0.85, hit@3 ≥ 0.9, excerpt showing the answer ≥ 0.85 (second held-out batch ≥ 0.6, 0.7, 0.6; blind third ≥ 0.7, 0.75, 0.6), nothing unanswered called verbatim',
		async (surface) => {
			const summary = await measureQuestions(browser, site, QUESTIONS, surface);
			const report = formatQuestions(summary);
			// The first set (tuned on and its held-out third) at the floor; the second held-out batch,
			// written later and never tuned on, at its own lower floor (its figures less two queries, see
			// docs/benchmarks.md): it holds what the search does for wording nobody tuned it to. The blind
			// third batch likewise (measured 79 % / 84 % / 68 % before anyone tuned with it in view).
			type Outcome = (typeof summary.outcomes)[number];
			const floors: { set: string; in: (o: Outcome) => boolean; size: number; hitAt1: number; hitAt3: number; excerpt: number }[] = [
				{ set: 'first', in: (o) => !o.fresh && !o.blind, size: 60, hitAt1: 0.85, hitAt3: 0.9, excerpt: 0.85 },
				{ set: 'fresh', in: (o) => o.fresh, size: 20, hitAt1: 0.6, hitAt3: 0.7, excerpt: 0.6 },
				{ set: 'blind', in: (o) => o.blind, size: 35, hitAt1: 0.7, hitAt3: 0.75, excerpt: 0.6 },
			];
			for (const floor of floors) {
				const set = summary.outcomes.filter((o) => o.kind !== 'absent' && floor.in(o));
				const share = (hit: (o: Outcome) => boolean) => set.filter(hit).length / set.length;
				const message = `${floor.set}\n${report}`;
				expect(set.length, message).toBeGreaterThanOrEqual(floor.size);
				expect(
					share((o) => o.rank === 1),
					message
				).toBeGreaterThanOrEqual(floor.hitAt1);
				expect(
					share((o) => o.rank >= 1 && o.rank <= 3),
					message
				).toBeGreaterThanOrEqual(floor.hitAt3);
				expect(
					share((o) => o.excerptHit),
					message
				).toBeGreaterThanOrEqual(floor.excerpt);
			}
			expect(summary.absentClaimedVerbatim, report).toBe(0);
		},
		QUESTIONS.length * QUERY_LIMIT_MS
	);
});
