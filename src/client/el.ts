/**
 * Builds an element from text only (never HTML): attributes, then children (falsy children skipped).
 * Its own module, re-exported by dom.ts, so a page needing only this does not load the rules and zod.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string> = {},
	...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	for (const child of children) if (child) node.append(child);
	return node;
}
