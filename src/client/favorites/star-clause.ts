/**
 * 收藏本条, the clause control's action (src/client/clause-actions.ts): stars the clause the reader
 * chose, with its label, first words and place in the text. Loaded only when chosen.
 */
import type { ClauseTarget } from '../clause-actions';
import { FavoritesError, star } from './store';
import { starredKeys } from './starred';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Returns what to tell the reader. */
export function starClause(target: ClauseTarget): string {
	const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) || '/' : location.pathname;
	const anchor = target.anchor || undefined;
	if (!anchor) return '这一段不在编号条款中，请用页面上方的“收藏本文”收藏全文。';
	if (starredKeys().has(`${path}#${anchor}`)) return '本条已在我的收藏中';
	const excerpt = (target.block.textContent ?? '')
		.replace(/\u2060|⋯/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 80);
	try {
		star({
			path,
			anchor,
			title: target.title,
			...(target.docNumber ? { docNumber: target.docNumber } : {}),
			...(target.clause ? { clause: target.clause } : {}),
			...(excerpt ? { excerpt } : {}),
			// Reading order on the 我的收藏 page: the clause's place among the numbered clauses of the text.
			order: Math.max(
				0,
				[...document.querySelectorAll('[data-clause][id]')].findIndex((c) => c.id === anchor)
			),
		});
	} catch (error) {
		return error instanceof FavoritesError ? error.message : '收藏失败';
	}
	return '已收藏本条（可在“我的收藏”中加备注）';
}
