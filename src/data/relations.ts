/** Supersession relations of the corpus, read once per build from the policy entries. */
import { formatRelationProblems, resolveRelations, type TextRelations } from '../lib/relations';
import { policyEntries } from './entries';

let built: Promise<(id: string) => TextRelations> | undefined;

async function collect(): Promise<(id: string) => TextRelations> {
	const entries = (await policyEntries()).map(({ id, data }) => ({
		id,
		title: data.title,
		supersedes: data.supersedes,
		supersededBy: data.supersededBy,
	}));
	// The content gate refuses these before the build; this only guards `astro dev`, which logs them and goes on.
	const { of, problems } = resolveRelations(entries);
	if (problems.length) throw new Error(`文件之间的修订/废止/替代关系有误：\n${formatRelationProblems(problems)}`);
	return of;
}

/** `relationsOf(id)`: the texts one text supersedes and is superseded by. */
export function relationsOf(): Promise<(id: string) => TextRelations> {
	if (import.meta.env.DEV) return collect();
	built ??= collect();
	return built;
}
