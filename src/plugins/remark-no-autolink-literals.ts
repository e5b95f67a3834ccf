/**
 * remark plugin: a bare URL or e-mail address in a text stays text.
 *
 * GFM turns `https://…`, `www.…` and `name@host` into links wherever they follow a space or
 * punctuation (“网址：https://…”), and no escaping in the source prevents it. A policy text that
 * prints an address did not ask for a link, and the site links nowhere outside itself: such links
 * are unwrapped back into their text. Links written as `[…](…)` or `<…>` are left alone (the content
 * check refuses outside ones).
 */
import type { Link, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

/** A CommonMark backslash escape: backslash and ASCII punctuation. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

export default function remarkNoAutolinkLiterals() {
	return (tree: Root, file: VFile) => {
		const source = String(file.value ?? '');
		visit(tree, 'link', (node: Link, index, parent: Parent | undefined) => {
			if (!parent || index === undefined) return;
			const start = node.position?.start.offset;
			const end = node.position?.end.offset;
			// written links start with [ or <; a literal starts with the address itself, and one found
			// after parsing (e-mail addresses, https\://…) has no position at all
			if (start !== undefined && (source[start] === '[' || source[start] === '<')) return;
			const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
			// GFM's tokenizer reads http/www addresses raw, backslash escapes included (`a\_b`): resolve them as in
			// any text; an address found after parsing is already plain text
			const raw = start !== undefined && source.slice(start, end) === text;
			const value = raw ? text.replace(ESCAPE, '$1') : text;
			parent.children.splice(index, 1, { type: 'text', value });
			return [SKIP, index + 1];
		});
	};
}
