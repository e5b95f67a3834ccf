/**
 * Test helper: a candidate page made of clauses, as Pagefind returns it — the content with the
 * characters of each clause joined by zero-width spaces, and one anchor per clause at its location.
 */
import type { Candidate } from '../../src/lib/search/rank';

const Z = '\u200b';

export function clausePage(url: string, clauses: [string, string][], engineRank = 0): Candidate {
	let content = '标题';
	const anchors = [{ element: 'h1', id: '_top', text: '标题', location: 0 }];
	let location = 1;
	for (const [id, text] of clauses) {
		content += `. ${[...text].join(Z)}`;
		anchors.push({ element: 'p', id, text, location });
		location += [...text].length;
	}
	return { url, content, anchors, meta: { title: '标题' }, engineRank };
}
