/** The text 复制引用 puts on the clipboard (pure). */
export interface CitationParts {
	title: string;
	/** 文号, when the text has one: a citation in a 公文 names it, e.g. 《…》（中办发〔2015〕51号）二、4. */
	docNumber?: string | undefined;
	/** Clause number as the text prints it, e.g. 第二部分 三、1. */
	clause: string;
	/** Link to the clause on this site, on its own line so the first line can go into a 公文 as it is. */
	url: string;
}

export function citationText({ title, docNumber, clause, url }: CitationParts): string {
	const number = docNumber?.trim() ? `（${docNumber.trim()}）` : '';
	return `《${title.trim()}》${number}${clause.trim()}\n${url}`;
}
