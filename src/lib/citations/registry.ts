/**
 * Every citation found in the corpus, for backlinks (“被以下文件引用”) and the 未收录 list.
 * Pure; the site fills it with the citations the remark plugin records in each compiled entry
 * (`src/data/site-citations.ts`), tests from the raw files (`tests/support/load-citations.ts`).
 */
import type { CitationKind } from './corpus-index.ts';

export interface Citation {
	/** Entry id of the citing file (its basename). */
	from: string;
	/** Entry id of the cited text, when the corpus holds it. */
	to?: string;
	/** Normalised title as cited (notice wrapper removed), or the 文号 when cited by number only. */
	title: string;
	/** Normalised 文号, when cited. */
	docNumber?: string;
	/** The citation as it stands in the text. */
	text: string;
	kind: CitationKind;
	/** Clause anchor (`s2-c1`) of the enclosing or nearest preceding numbered clause. */
	anchor?: string;
	/** The sentence around the citation. */
	context: string;
	/** 0-based position among the citations of `from`; with `from` it identifies the citation. */
	n: number;
	/** 1-based line in the source, when known. */
	line?: number;
}

export interface MissingText {
	/** Normalised title (or 文号 when only the number is ever cited). */
	title: string;
	/** 文号 it was cited with, if any. */
	docNumbers: string[];
	/** Citing entry ids, sorted, unique. */
	citedBy: string[];
	/** Every place it is cited, in file then text order. */
	citations: Citation[];
}

const byPlace = (a: Citation, b: Citation) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.n - b.n);

interface RegistryViews {
	/** Every citation, in file then text order. */
	sorted: Citation[];
	/** By cited entry, each in file then text order. */
	byTo: Map<string, Citation[]>;
	/** By citing entry, each in text order. */
	byFrom: Map<string, Citation[]>;
}

export class CitationRegistry {
	#items = new Map<string, Citation>();
	/** Sorted views, rebuilt on first read after a change: every policy page asks for its backlinks, so a read must not sort the whole corpus. */
	#cached: RegistryViews | undefined;

	/** Adds a citation; adding the same place again (a file rendered twice) replaces it. */
	add(citation: Citation): this {
		this.#items.set(`${citation.from}\u0000${citation.n}`, citation);
		this.#cached = undefined;
		return this;
	}

	addAll(citations: Iterable<Citation>): this {
		for (const c of citations) this.add(c);
		return this;
	}

	all(): Citation[] {
		return [...this.#views().sorted];
	}

	/** Citations of `id` by other entries, in file then text order. */
	backlinksTo(id: string): Citation[] {
		return (this.#views().byTo.get(id) ?? []).filter((c) => c.from !== id);
	}

	/** Entry ids citing `id`, sorted, unique. */
	citedBy(id: string): string[] {
		return [...new Set(this.backlinksTo(id).map((c) => c.from))].sort();
	}

	/** Entries `id` cites, sorted, unique. */
	cites(id: string): string[] {
		const own = this.#views().byFrom.get(id) ?? [];
		return [...new Set(own.filter((c) => c.to && c.to !== id).map((c) => c.to!))].sort();
	}

	#views(): RegistryViews {
		if (!this.#cached) {
			const sorted = [...this.#items.values()].sort(byPlace);
			this.#cached = { sorted, byTo: groupBy(sorted, (c) => c.to), byFrom: groupBy(sorted, (c) => c.from) };
		}
		return this.#cached;
	}

	/**
	 * Texts cited but not in the corpus, grouped by normalised title; a 文号 cited alone joins the
	 * group of a title cited with that 文号. Most-cited first (by citing files, then citations), then by title.
	 */
	missing(): MissingText[] {
		const groups = new Map<string, Citation[]>();
		for (const c of this.#views().sorted) {
			if (c.to) continue;
			const list = groups.get(c.title) ?? [];
			list.push(c);
			groups.set(c.title, list);
		}
		// a bare 文号 group merges into the titled group that carries the same 文号
		const titledByDoc = new Map<string, string>();
		for (const [title, list] of groups) {
			for (const c of list) if (c.docNumber && c.kind === 'title') titledByDoc.set(c.docNumber, title);
		}
		for (const [title, list] of [...groups]) {
			const target = titledByDoc.get(title);
			if (target && target !== title && list.every((c) => c.kind === 'docNumber')) {
				groups.get(target)!.push(...list);
				groups.delete(title);
			}
		}
		return [...groups]
			.map(([title, citations]): MissingText => {
				citations.sort(byPlace);
				return {
					title,
					docNumbers: [...new Set(citations.flatMap((c) => (c.docNumber ? [c.docNumber] : [])))].sort(),
					citedBy: [...new Set(citations.map((c) => c.from))].sort(),
					citations,
				};
			})
			.sort(
				(a, b) =>
					b.citedBy.length - a.citedBy.length || b.citations.length - a.citations.length || a.title.localeCompare(b.title, 'zh-Hans-CN')
			);
	}
}

/** Groups in input order (so each group keeps the order given); items without a key are left out. */
export function groupBy(items: readonly Citation[], key: (c: Citation) => string | undefined): Map<string, Citation[]> {
	const groups = new Map<string, Citation[]>();
	for (const item of items) {
		const k = key(item);
		if (k === undefined) continue;
		const list = groups.get(k);
		if (list) list.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}
