/**
 * The id of a corpus entry, from its file: the file name without `.md`/`.mdx`. The glob loaders of
 * src/content.config.ts use this function as their `generateId`, and the corpus reader
 * (src/data/corpus.ts) and the citation plugin use it too, so the id the content gate checks is the
 * id of the page. Sub-folders only organise the files: `policies/2024/x.mdx` is `/policies/x/`.
 *
 * The id is the page's address, so a file name must already be one: lower-case letters, digits and
 * single hyphens. Astro's default would slug `Foo.mdx` and `a b.mdx` (and quietly drop one of
 * `Foo.mdx` + `foo.mdx`); the content gate refuses such names instead, naming the file.
 */

/** An entry id: lower-case letters and digits in hyphen-separated runs (`zhongbanfa-2015-51`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The extensions of a content file, as the glob pattern takes them. */
const CONTENT_EXTENSION = /\.mdx?$/;

/** Id of the entry at `entry`, a path relative to its collection folder (`/` or `\` separated). */
export function entryId(entry: string): string {
	const name = entry.split(/[\\/]/).pop() ?? '';
	return name.replace(CONTENT_EXTENSION, '');
}

/** A name the curator could use instead: lower case, spaces and underscores as hyphens, other characters dropped. */
function suggestion(id: string): string | undefined {
	const s = id
		.toLowerCase()
		.replace(/[\s_.]+/g, '-')
		.replace(/[^a-z0-9-]/g, '')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
	return s && s !== id ? s : undefined;
}

/** Why the file name at `entry` cannot be an entry id, or undefined when it can. */
export function fileNameProblem(entry: string): string | undefined {
	const id = entryId(entry);
	if (ID_PATTERN.test(id)) return undefined;
	const name = entry.split(/[\\/]/).pop() ?? entry;
	const ext = CONTENT_EXTENSION.exec(name)?.[0] ?? '.mdx';
	const instead = suggestion(id);
	return (
		`文件名“${name}”不能作为网址：文件名（不含扩展名）就是页面的 id，只能用小写字母、数字和连字符` +
		(instead ? `，如 ${instead}${ext}` : `，如 zhongbanfa-2015-51${ext}（小写拼音或英文）`)
	);
}
