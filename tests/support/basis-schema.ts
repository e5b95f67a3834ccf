/**
 * The shape a rule's basis (src/lib/rules/basis.ts) must have: test-only, the rules' unit tests
 * check every basis the rules can return against it.
 */
import { z } from 'astro/zod';

/** Anchor grammar: kinds p, s, u, c, i, a, each followed by a number, joined by `-`. */
export const ANCHOR_PATTERN = /^[psucia]\d+(?:-[psucia]\d+)*$/;

export const basisSchema = z.discriminatedUnion('kind', [
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
