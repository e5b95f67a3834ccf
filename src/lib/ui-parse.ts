/**
 * Parsing of free-text inputs the calculators accept (pure).
 */

/** One elected person per line (or comma-separated): “张三 30”, “张三：30”, “张三:30”. */
export function parseVoteLines(text: string): { name: string; votes: string }[] {
	return text
		.split(/[\n,，;；]+/)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line) => {
			const m = /^(.*?)[\s:：]+([^\s:：]+)$/.exec(line);
			return m ? { name: m[1]!.trim(), votes: m[2]!.trim() } : { name: line, votes: '' };
		});
}
