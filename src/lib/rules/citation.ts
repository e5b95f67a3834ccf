/**
 * A citation backing a rule: either a clause of a corpus entry (rendered by the site, with an
 * anchor the page carries) or an external text the corpus does not contain (党章, 条例).
 *
 * `quote` is short wording copied verbatim from the text (whitespace aside); for corpus
 * citations a unit test checks it against the seed file of the entry.
 */
import { z } from 'astro/zod';

export type CorpusCitation = {
	kind: 'corpus';
	/** Corpus entry id, e.g. `qinghai-guide`. */
	entry: string;
	/** Clause anchor, e.g. `p2-s3-c1`; omitted when the whole entry (a template) is meant. */
	anchor?: string;
	/** Human label, e.g. 《青海省科技社团党组织工作指南（试行）》第二部分 三、1. */
	label: string;
	quote: string;
};

export type ExternalCitation = {
	kind: 'external';
	/** Name of the text, e.g. 《中国共产党章程》. */
	name: string;
	/** Article, only when we are sure of its number, e.g. 第三十条. */
	article?: string;
	quote: string;
};

export type Citation = CorpusCitation | ExternalCitation;

/** Anchor grammar: kinds p, s, u, c, i, a, each followed by a number, joined by `-`. */
export const ANCHOR_PATTERN = /^[psucia]\d+(?:-[psucia]\d+)*$/;

export const citationSchema = z.discriminatedUnion('kind', [
	z
		.object({
			kind: z.literal('corpus'),
			entry: z.string().regex(/^[a-z0-9-]+$/),
			anchor: z.string().regex(ANCHOR_PATTERN).optional(),
			label: z.string().min(2),
			quote: z.string().min(2),
		})
		.strict(),
	z
		.object({
			kind: z.literal('external'),
			name: z.string().regex(/^《.+》$/),
			article: z
				.string()
				.regex(/^第[一二三四五六七八九十百零]+条$/)
				.optional(),
			quote: z.string().min(2),
		})
		.strict(),
]);
