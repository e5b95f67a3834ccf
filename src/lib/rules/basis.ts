/**
 * The basis (依据) of a rule: either a clause of a corpus entry (rendered by the site, with an
 * anchor the page carries) or an external text the corpus does not contain (党章, 条例).
 * Not to be confused with `Citation` (src/lib/citations/registry.ts), one text citing another.
 *
 * `quote` is short wording copied verbatim from the text (whitespace aside); for corpus
 * bases tests/unit/rules-citations.test.ts checks it against the entry.
 */
export type CorpusBasis = {
	kind: 'corpus';
	/** Corpus entry id, e.g. `qinghai-guide`. */
	entry: string;
	/** Clause anchor, e.g. `p2-s3-c1`; omitted when the whole entry (a template) is meant. */
	anchor?: string;
	/** Human label, e.g. 《青海省科技社团党组织工作指南（试行）》第二部分 三、1. */
	label: string;
	quote: string;
};

export type ExternalBasis = {
	kind: 'external';
	/** Name of the text, e.g. 《中国共产党章程》. */
	name: string;
	/** Article, only when we are sure of its number, e.g. 第三十条. */
	article?: string;
	quote: string;
};

export type Basis = CorpusBasis | ExternalBasis;
