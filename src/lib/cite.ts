/** The text 复制引用 puts on the clipboard (pure). */
export function citationText(title: string, clauseLabel: string, url: string): string {
	const label = clauseLabel.trim();
	return `《${title.trim()}》${label ? label : ''}（${url}）`;
}
