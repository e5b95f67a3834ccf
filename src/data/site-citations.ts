/**
 * The corpus's citations for the pages (backlinks, 引用关系图, 未收录 list), read from the compiled
 * policy entries: the remark plugin that links a citation also records it (`CITATIONS_KEY`), so the
 * backlinks are exactly the links readers see and the corpus is parsed once. Every entry is read
 * before the first page uses the registry, so a page rendered early still lists files rendered later.
 */
import { CitationRegistry } from '../lib/citations/registry';
import { policyEntries } from './entries';
import { recordedCitations } from './texts';
import { citationMapView } from '../lib/citation-map';
import { missingGroups } from '../lib/citations/missing';
import { LEVELS } from '../lib/schema/policy';

let built: Promise<CitationRegistry> | undefined;

async function collect(): Promise<CitationRegistry> {
	return new CitationRegistry().addAll(recordedCitations(await policyEntries()));
}

export function siteCitations(): Promise<CitationRegistry> {
	// In dev, texts change while the server runs: collect again so backlinks follow edits.
	if (import.meta.env.DEV) return collect();
	built ??= collect();
	return built;
}

/** The 引用关系图 page's data: the corpus's texts and citations, shaped by src/lib/citation-map.ts. */
export async function citationMap() {
	const texts = (await policyEntries()).map(({ id, data }) => ({
		id,
		title: data.title,
		shortTitle: data.shortTitle,
		level: data.level,
		date: data.issued.kind === 'date' ? data.issued.iso : '',
	}));
	return citationMapView(texts, await siteCitations(), LEVELS);
}

/** The /missing/ page's data: texts cited but not collected, grouped (src/lib/citations/missing.ts), and the citing texts' short titles. */
export async function missingTexts() {
	const titles = new Map((await policyEntries()).map((p) => [p.id, p.data.shortTitle]));
	return { groups: missingGroups((await siteCitations()).missing()), titles };
}
