/**
 * Supersession between texts (修订/废止/替代) and the notices at the top of a policy page. Pure: the
 * relations are recorded once, on the newer text (`supersedes`), and read from both sides here;
 * `supersededBy` is only for a newer text the site has not collected.
 */
import type { PartialDate } from './dates';
import type { Relation } from './schema/policy';

export type RelationKind = Relation['relation'];

export interface RelatedText {
	relation: RelationKind;
	/** Entry id when the site has the text; absent for an uncollected one. */
	id?: string;
	title: string;
}

export interface TextRelations {
	/** Texts this one 修订/废止/替代. */
	supersedes: RelatedText[];
	/** Texts that 修订/废止/替代 this one. */
	supersededBy: RelatedText[];
}

export interface RelationEntry {
	id: string;
	title: string;
	supersedes: readonly Relation[];
	supersededBy: readonly Relation[];
}

/**
 * Relations of every text, both directions, each listed once. `errors` names the file field and
 * the unknown id for every relation that points at a text the corpus does not have, or at itself.
 */
export function resolveRelations(entries: readonly RelationEntry[]): { of: (id: string) => TextRelations; errors: string[] } {
	const titles = new Map(entries.map((e) => [e.id, e.title]));
	const byId = new Map<string, TextRelations>(entries.map((e) => [e.id, { supersedes: [], supersededBy: [] }]));
	const errors: string[] = [];
	const add = (list: RelatedText[], r: RelatedText) => {
		if (!list.some((x) => x.relation === r.relation && (r.id ? x.id === r.id : x.title === r.title))) list.push(r);
	};
	const other = (from: RelationEntry, field: string, r: Relation): RelatedText | undefined => {
		if (r.id === undefined) return { relation: r.relation, title: r.title! };
		if (r.id === from.id || !titles.has(r.id)) {
			errors.push(`${from.id}：${field} 中的 id“${r.id}”${r.id === from.id ? '是本文自己' : '不是本站收录的文件'}`);
			return undefined;
		}
		return { relation: r.relation, id: r.id, title: titles.get(r.id)! };
	};
	for (const e of entries) {
		const own = byId.get(e.id)!;
		for (const r of e.supersedes) {
			const target = other(e, 'supersedes', r);
			if (!target) continue;
			add(own.supersedes, target);
			if (target.id) add(byId.get(target.id)!.supersededBy, { relation: r.relation, id: e.id, title: e.title });
		}
		for (const r of e.supersededBy) {
			const source = other(e, 'supersededBy', r);
			if (!source) continue;
			add(own.supersededBy, source);
			if (source.id) add(byId.get(source.id)!.supersedes, { relation: r.relation, id: e.id, title: e.title });
		}
	}
	return { of: (id) => byId.get(id) ?? { supersedes: [], supersededBy: [] }, errors };
}

export interface StatusNotice {
	kind: 'superseded' | 'repealed' | 'historical' | 'trial' | 'undated' | 'status-unknown';
	/** What the status means for the reader, one or two sentences. */
	text: string;
	/** The texts the notice refers to (for a superseded text: the newer ones). */
	related?: RelatedText[];
}

const VERB: Record<RelationKind, string> = { 修订: '修订', 废止: '废止', 替代: '替代' };

/**
 * The notices shown above a text, most important first: superseded or repealed, a yearly plan of a
 * past year, 试行, no date, status unknown. A text in force with a date gets none.
 */
export function statusNotices(
	text: { title: string; status: string; docType: string; issued: PartialDate },
	relations: Pick<TextRelations, 'supersededBy'>
): StatusNotice[] {
	const out: StatusNotice[] = [];
	if (relations.supersededBy.length > 0) {
		const verbs = [...new Set(relations.supersededBy.map((r) => VERB[r.relation]))].join('、');
		const amendedOnly = relations.supersededBy.every((r) => r.relation === '修订');
		out.push({
			kind: 'superseded',
			text: amendedOnly
				? `本文件已被${verbs}，以下是修订前的原文；执行时以修订后的文件为准：`
				: `本文件已被${verbs}，仅供查考，不再作为执行依据；现行规定见：`,
			related: relations.supersededBy,
		});
	} else if (text.status === '已废止') {
		out.push({ kind: 'repealed', text: '本文件已废止，仅供查考，不再作为执行依据。' });
	}
	if (text.status === '历史年度文件') {
		// A yearly plan names its year in the title (2022年中国科协学会党建工作要点) even when the date is lost.
		const named = /((?:19|20)\d{2})年/.exec(text.title)?.[1];
		const year = named ? ` ${named} 年度` : text.issued.kind === 'date' ? ` ${text.issued.year} 年度` : '往年的';
		const what = text.docType === '其他' ? '文件' : text.docType;
		out.push({ kind: 'historical', text: `本文件为${year}${what}，仅供了解当年部署，不是现行要求；当年的具体任务不一定适用于今年。` });
	}
	if (text.status === '试行') {
		out.push({ kind: 'trial', text: '本文件为试行文件：在正式文件发布前按本文件执行；如已有正式文件或修订，以新文件为准。' });
	}
	if (text.issued.kind === 'unknown') {
		out.push({ kind: 'undated', text: '原文未载明发文日期，无法据此判断先后和是否仍然有效；引用前请向发文机关核实。' });
	}
	if (text.status === '不详' && relations.supersededBy.length === 0) {
		out.push({ kind: 'status-unknown', text: '本文件的效力状态不详，引用前请向发文机关核实是否仍然有效。' });
	}
	return out;
}
