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

/** What a relation check found wrong, as data: the text, the frontmatter field (`['supersedes', 0, 'id']`) and why. */
export interface RelationProblem {
	/** Id of the text whose frontmatter holds the field. */
	id: string;
	path: readonly (string | number)[];
	message: string;
}

/**
 * Relations of every text, both directions, each listed once. `problems` names the field of every
 * relation that points at a text the corpus does not have (`exists` says which texts it has: one whose
 * frontmatter is broken is not among `entries` but is not unknown either), or at itself.
 */
export function resolveRelations(
	entries: readonly RelationEntry[],
	exists: (id: string) => boolean = () => false
): { of: (id: string) => TextRelations; problems: RelationProblem[] } {
	const titles = new Map(entries.map((e) => [e.id, e.title]));
	const byId = new Map<string, TextRelations>(entries.map((e) => [e.id, { supersedes: [], supersededBy: [] }]));
	const problems: RelationProblem[] = [];
	const add = (list: RelatedText[], r: RelatedText) => {
		if (!list.some((x) => x.relation === r.relation && (r.id ? x.id === r.id : x.title === r.title))) list.push(r);
	};
	const other = (from: RelationEntry, field: 'supersedes' | 'supersededBy', i: number, r: Relation): RelatedText | undefined => {
		if (r.id === undefined) return { relation: r.relation, title: r.title! };
		if (r.id === from.id) {
			problems.push({ id: from.id, path: [field, i, 'id'], message: `${field} 中的 id“${r.id}”是本文自己` });
			return undefined;
		}
		if (!titles.has(r.id)) {
			if (!exists(r.id)) problems.push({ id: from.id, path: [field, i, 'id'], message: `${field} 中的 id“${r.id}”不是本站收录的文件` });
			return undefined;
		}
		return { relation: r.relation, id: r.id, title: titles.get(r.id)! };
	};
	for (const e of entries) {
		const own = byId.get(e.id)!;
		e.supersedes.forEach((r, i) => {
			const target = other(e, 'supersedes', i, r);
			if (!target) return;
			add(own.supersedes, target);
			if (target.id) add(byId.get(target.id)!.supersededBy, { relation: r.relation, id: e.id, title: e.title });
		});
		e.supersededBy.forEach((r, i) => {
			const source = other(e, 'supersededBy', i, r);
			if (!source) return;
			add(own.supersededBy, source);
			if (source.id) add(byId.get(source.id)!.supersedes, { relation: r.relation, id: e.id, title: e.title });
		});
	}
	return { of: (id) => byId.get(id) ?? { supersedes: [], supersededBy: [] }, problems };
}

/** A text as the relation checks need it: its relations, its 状态 and the compiled text that carries it. */
export interface CheckedEntry extends RelationEntry {
	status: string;
	carriedBy?: string | undefined;
}

/** Statuses that say a text is in force: contradicted by a newer text that repeals or replaces it. */
const IN_FORCE = ['现行', '试行'];

/** `a → b → a`, by id. */
const chain = (ids: readonly string[]) => [...ids, ids[0]].join(' → ');

/**
 * Every contradiction in the relations between texts, each named on the field that states it:
 * unknown or own ids (resolveRelations), a text that supersedes a text that supersedes it in turn
 * (a cycle: both pages would send readers to the other as the rules in force), a text in force
 * (现行/试行) that another text 废止 or 替代, and a `carriedBy` naming no text, the text itself or a
 * text carried by it.
 */
export function checkRelations(entries: readonly CheckedEntry[], exists: (id: string) => boolean = () => false): RelationProblem[] {
	const { of, problems } = resolveRelations(entries, exists);
	const byId = new Map(entries.map((e) => [e.id, e]));

	// Cycles of supersession: newer → older edges, from both fields.
	const older = new Map<string, Set<string>>();
	const edge = (from: string, to: string) => older.set(from, (older.get(from) ?? new Set()).add(to));
	for (const e of entries) for (const r of of(e.id).supersedes) if (r.id) edge(e.id, r.id);
	const state = new Map<string, 'open' | 'done'>();
	const reported = new Set<string>();
	const visit = (id: string, stack: string[]) => {
		state.set(id, 'open');
		stack.push(id);
		for (const next of older.get(id) ?? []) {
			if (state.get(next) === 'open') {
				const cycle = stack.slice(stack.indexOf(next));
				const key = [...cycle].sort().join(' ');
				if (!reported.has(key)) {
					reported.add(key);
					for (const id of cycle) {
						const e = byId.get(id)!;
						const i = e.supersedes.findIndex((r) => cycle.includes(r.id ?? ''));
						problems.push({
							id,
							path: i >= 0 ? ['supersedes', i] : ['supersededBy'],
							message: `修订/废止/替代关系形成循环：${chain(cycle)}。每篇文件都会把另一篇当作现行规定，应只在较新的文件中写 supersedes`,
						});
					}
				}
			} else if (!state.has(next)) visit(next, stack);
		}
		stack.pop();
		state.set(id, 'done');
	};
	for (const e of entries) if (!state.has(e.id)) visit(e.id, []);

	// A text in force that a newer text repeals or replaces.
	for (const e of entries) {
		if (!IN_FORCE.includes(e.status)) continue;
		const ended = of(e.id).supersededBy.filter((r) => r.relation === '废止' || r.relation === '替代');
		if (ended.length === 0) continue;
		const by = ended.map((r) => `《${r.title}》${r.relation}`).join('、');
		problems.push({
			id: e.id,
			path: ['status'],
			message: `状态为“${e.status}”，但本文已被${by}：被废止或替代的文件状态应为“已废止”（或删去与事实不符的关系）`,
		});
	}

	// 所在汇编.
	for (const e of entries) {
		const carrier = e.carriedBy;
		if (carrier === undefined) continue;
		if (carrier === e.id) {
			problems.push({ id: e.id, path: ['carriedBy'], message: `所在汇编“${carrier}”是本文自己：应为收录本文的另一篇文件的 id` });
		} else if (!byId.has(carrier)) {
			if (!exists(carrier)) {
				problems.push({ id: e.id, path: ['carriedBy'], message: `所在汇编“${carrier}”不存在：应为 content/policies/ 中另一篇文件的 id` });
			}
		} else {
			const seen = [e.id];
			for (let c: string | undefined = carrier; c !== undefined && byId.has(c); c = byId.get(c)!.carriedBy) {
				if (seen.includes(c)) {
					if (c === e.id) {
						problems.push({ id: e.id, path: ['carriedBy'], message: `所在汇编形成循环：${chain(seen)}。汇编不能收在它自己收录的文件里` });
					}
					break;
				}
				seen.push(c);
			}
		}
	}
	return problems;
}

/** One line per problem, `id：字段 message`, for a build that stops on them. */
export function formatRelationProblems(problems: readonly RelationProblem[]): string {
	return problems.map((p) => `${p.id}：${p.path.join('.')} ${p.message}`).join('\n');
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
