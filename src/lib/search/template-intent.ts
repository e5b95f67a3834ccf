/**
 * Questions that ask for a template itself (pure): 请示咋写, 备案表怎么填, 党员名册模板. The kinds and
 * stages are the templates' own metadata (content/templates/*.mdx, in /search-templates.json), never
 * a list of queries: a question that names a kind a template provides, with a word asking how to
 * write it, gets that template as its first result; the rest of the query still ranks clauses.
 */

/** One template as the search reads it (/search-templates.json). */
export interface TemplateHit {
	id: string;
	/** 模板7. */
	number: number;
	title: string;
	shortTitle: string;
	/** 请示, 备案表, 名册 (the schema's kinds). */
	kind: string;
	/** 成立, 换届, 补选. */
	stage: string;
	/** The template's first lines of text as its page shows them, or its summary. */
	opening: string;
	/** The template's page at its original text, without the site's base. */
	href: string;
}

/** Words asking how a document is written (咋写, 格式, 起草) or for a model of it (模板, 范文). */
export const ASKS_FOR_TEMPLATE =
	/(咋写|咋弄|怎么写|怎样写|如何写|怎么填|咋填|如何填|怎么做|模板|范文|范本|样本|样板|样表|格式|写法|示例|例文|起草|撰写|写报告|写请示|写申请|打报告|打申请)/;
/** Words naming a model outright: with them a stage alone (补选模板) asks for a template of any kind. */
const NAMES_A_MODEL = /(模板|范文|范本|样本|样板|样表)/;

/** Whether `text` may ask for a template: checked before the templates' list is fetched. */
export function asksForTemplate(text: string): boolean {
	return ASKS_FOR_TEMPLATE.test(text.replace(/\s+/g, ''));
}

const bigrams = (s: string) => new Set([...s].slice(0, -1).map((c, i) => c + [...s][i + 1]));

/**
 * How well `t` fits the question: its stage named in full weighs most (换届请示); its stage's first
 * character, the verb people say on its own (补上一个委员: 补), and each two characters of its title
 * the question shares (选举结果) weigh one each.
 */
function fit(text: string, t: TemplateHit): number {
	const stage = text.includes(t.stage) ? 10 : text.includes([...t.stage][0]!) ? 1 : 0;
	const asked = bigrams(text);
	let shared = 0;
	for (const b of bigrams(t.title)) if (asked.has(b) && !t.kind.includes(b)) shared++;
	return stage + shared;
}

/**
 * The template `text` asks for, or undefined: the templates of the kind it names (or all of them
 * when it names a model outright), the best fit; on a tie the one that comes first in the stage's
 * work (the 请示 before the 结果的请示: the lower number). Nothing fits (请示怎么写, no stage or
 * title word): undefined, the ranking decides.
 */
export function templateFor(text: string, templates: readonly TemplateHit[]): TemplateHit | undefined {
	const t = text.replace(/\s+/g, '');
	if (!ASKS_FOR_TEMPLATE.test(t)) return undefined;
	const named = templates.filter((tpl) => t.includes(tpl.kind));
	const candidates = named.length ? named : NAMES_A_MODEL.test(t) ? templates : [];
	// A kind one template provides (党员名册) needs nothing more.
	if (candidates.length === 1 && named.length === 1) return candidates[0];
	let best: TemplateHit | undefined;
	let bestFit = 0;
	for (const tpl of [...candidates].sort((a, b) => a.number - b.number)) {
		const f = fit(t, tpl);
		if (f > bestFit) [best, bestFit] = [tpl, f];
	}
	return best;
}

/** Paragraphs longer than this are cut at a sentence end: the result shows the opening, not the whole letter. */
const OPENING_CHARS = 120;

/**
 * A template's opening as a result shows it: its first paragraph of prose after the title and the
 * addressee (中国共产党…委员会：), cut after the sentence that passes OPENING_CHARS; a table or an
 * empty form has none, and its summary stands instead.
 */
export function templateOpening(paragraphs: readonly { text: string; kind: string; cells?: readonly string[] }[], summary = ''): string {
	// The letterhead, title and addressee have no sentence punctuation; the first paragraph may well
	// end in a colon (现将有关事项请示如下：). An editor's note (编者按) is the site's, not the template's.
	const prose = paragraphs.find((p) => p.kind === 'p' && !p.cells && /[，。；]/.test(p.text) && !/^编者按/.test(p.text.trim()));
	if (!prose) return summary;
	const text = prose.text.trim();
	if (text.length <= OPENING_CHARS) return text;
	const end = text.indexOf('。', OPENING_CHARS - 40);
	return end > 0 && end < OPENING_CHARS + 60 ? text.slice(0, end + 1) : `${text.slice(0, OPENING_CHARS)}…`;
}

/**
 * The list as fetched, checked without zod (zod stays out of the search's download; the build checks
 * the file with the schema in template-intent-schema.ts): anything not shaped like it is no list.
 */
export function readTemplates(json: unknown): TemplateHit[] {
	if (!Array.isArray(json)) return [];
	const str = (v: unknown) => typeof v === 'string';
	return json.filter(
		(t): t is TemplateHit =>
			!!t &&
			typeof t === 'object' &&
			str(t.id) &&
			typeof t.number === 'number' &&
			str(t.title) &&
			str(t.shortTitle) &&
			str(t.kind) &&
			str(t.stage) &&
			str(t.opening) &&
			str(t.href)
	);
}
