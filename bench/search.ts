/**
 * npm run bench:search — search quality and cost on the built site (dist/), in one run on the same
 * queries: the /search/ page, the header dialog and raw Pagefind (its own order and excerpts), a fresh
 * browser context per query. Two query sets: the keyword set (tests/search/queries.ts: hit@1, hit@3,
 * MRR, excerpt containing the query, bytes fetched before the first result, time to the first result
 * and to a second query in the same session) and the question set (tests/search/questions.ts: where
 * the answering clause ranks and whether the excerpt shows the answer, by kind, tuned-on and held-out
 * apart). Prints one line per query and surface, then the summaries.
 * `-- --surface dialog --surface pagefind` measures only those surfaces; `-- --set questions` only
 * that set; `-- --set blind4` … `-- --set blind8` only that blind batch (tests/search/questions-blind4.ts
 * … questions-blind8.ts: each measured on its own and kept out of the question set and its CI floor;
 * blind8 is the batch held back from tuning, the others are tuning data; its lines are printed only
 * with `-- --show-held-back`, its totals always);
 * `-- --dist DIR` a copy of a build.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { QUERIES } from '../tests/search/queries.ts';
import { QUESTIONS, type QuestionQuery } from '../tests/search/questions.ts';
import { BLIND4_QUESTIONS } from '../tests/search/questions-blind4.ts';
import { BLIND5_QUESTIONS } from '../tests/search/questions-blind5.ts';
import { BLIND6_QUESTIONS } from '../tests/search/questions-blind6.ts';
import { BLIND7_QUESTIONS } from '../tests/search/questions-blind7.ts';
import { BLIND8_QUESTIONS } from '../tests/search/questions-blind8.ts';
import {
	formatQuestions,
	formatSummary,
	measureQuestions,
	measureSearch,
	summaryLine,
	type QualitySummary,
	type QuestionSummary,
	type Surface,
} from '../tests/search/measure.ts';

const { values } = parseArgs({
	options: {
		surface: { type: 'string', multiple: true },
		set: { type: 'string', multiple: true },
		dist: { type: 'string' },
		'show-held-back': { type: 'boolean' },
	},
});
const surfaces = (values.surface ?? ['page', 'dialog', 'pagefind']) as Surface[];
/** Blind batches, measured only when asked for by name. */
const BATCHES: Record<string, readonly QuestionQuery[]> = {
	blind4: BLIND4_QUESTIONS,
	blind5: BLIND5_QUESTIONS,
	blind6: BLIND6_QUESTIONS,
	blind7: BLIND7_QUESTIONS,
	blind8: BLIND8_QUESTIONS,
};
/**
 * The batch held back from tuning: only its totals are printed, so whoever measures it does not see
 * which queries missed (and cannot tune on them, even unawares); `--show-held-back` prints its lines.
 */
const HELD_BACK = 'blind8';
const sets = values.set ?? ['keywords', 'questions'];
const unknown = sets.filter((set) => set !== 'keywords' && set !== 'questions' && !(set in BATCHES));
if (unknown.length) {
	console.error(`--set 只接受 keywords、questions、${Object.keys(BATCHES).join('、')}：${unknown.join('、')} 不认识`);
	process.exit(2);
}
const batches = Object.entries(BATCHES).filter(([name]) => sets.includes(name));
const dist = values.dist ? resolve(values.dist) : resolve(import.meta.dirname, '../dist');
const server = await serveStatic(dist, '/');
const browser = await launchBrowser();
try {
	const summaries: QualitySummary[] = [];
	const questions: QuestionSummary[] = [];
	for (const surface of surfaces) {
		if (sets.includes('keywords')) {
			const summary = await measureSearch(browser, server.url, QUERIES, surface);
			console.log(`\n## ${surface}: keywords\n${formatSummary(summary)}`);
			summaries.push(summary);
		}
		if (sets.includes('questions')) {
			const summary = await measureQuestions(browser, server.url, QUESTIONS, surface);
			console.log(`\n## ${surface}: questions\n${formatQuestions(summary)}`);
			questions.push(summary);
		}
		for (const [name, batch] of batches) {
			// Each blind batch under its own name (not the third batch's row label, which questions.ts uses).
			const summary = await measureQuestions(browser, server.url, batch, surface, `盲测（${name}）`);
			console.log(`\n## ${surface}: ${name}\n${formatQuestions(summary, name !== HELD_BACK || !!values['show-held-back'])}`);
			questions.push(summary);
		}
	}
	const date = new Date().toISOString().slice(0, 10);
	if (summaries.length) console.log(`\n${date}  ${QUERIES.length} keyword queries\n${summaries.map(summaryLine).join('\n')}`);
	if (questions.length)
		console.log(
			`\n${date}  ${(sets.includes('questions') ? QUESTIONS.length : 0) + batches.reduce((n, [, batch]) => n + batch.length, 0)} question queries\n${questions.map((s) => formatQuestions(s, false)).join('\n\n')}`
		);
} finally {
	await browser.close();
	await server.close();
}
