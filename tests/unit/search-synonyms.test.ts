/**
 * The synonym table (src/lib/search/synonyms.ts) is reviewed data: every corpus word it maps to
 * occurs in the texts, and every entry is applied — each everyday word of it is searched as the
 * entry's corpus words and reported (“按‘阵地’检索”).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, readCorpusFiles } from '../../src/data/corpus';
import { SYNONYMS, synonymsOf, synonymWords } from '../../src/lib/search/synonyms';
import { normaliseQuery } from '../../src/lib/search/normalise';
import { isQuestionWord } from '../../src/lib/search/segment';

const bodies = ['policies', 'templates'].flatMap((c) => readCorpusFiles(join(contentDir(), c)).map((f) => f.body.replace(/\\/g, '')));
const inCorpus = (word: string) => bodies.some((b) => b.includes(word));
const dict = { docs: [], issuers: [], terms: [] };

describe('synonym table', () => {
	it.each(SYNONYMS.flatMap((s) => s.corpus.map((word) => [word, s.where])))('“%s” occurs in the texts (%s)', (word) => {
		expect(inCorpus(word)).toBe(true);
	});

	it.each(SYNONYMS.flatMap((s) => s.words.map((word) => [word, s.corpus] as const)))('“%s” is also searched as %j', (word, corpus) => {
		const q = normaliseQuery(word, dict);
		const expected = corpus.filter((c) => c !== word);
		expect(q.terms.map((t) => t.synonyms)).toEqual([expected]);
		expect(q.synonyms).toEqual([{ word, corpus: expected }]);
		for (const c of expected.slice(0, 2)) expect(q.searches).toContain(c);
	});

	it('lists each everyday word once, and no entry maps a word to itself only', () => {
		const words = SYNONYMS.flatMap((s) => s.words);
		expect(new Set(words).size).toBe(words.length);
		for (const s of SYNONYMS) for (const w of s.words) expect(synonymsOf(w).length).toBeGreaterThan(0);
		expect(synonymWords()).toEqual(expect.arrayContaining(['地方', '阵地', '一把手', '书记']));
	});

	// A question or function word is set aside before the table is read: listed in both, it would never apply.
	it.each(SYNONYMS.flatMap((s) => s.words))('“%s” is not a question or function word', (word) => {
		expect(isQuestionWord(word)).toBe(false);
	});

	it('leaves words it does not list alone', () => {
		expect(synonymsOf('党费')).toEqual([]);
		expect(normaliseQuery('党费', dict).synonyms).toEqual([]);
	});
});
