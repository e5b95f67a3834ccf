/**
 * Internal links must carry the deployment base (the site may be served under /kb/).
 * Pure: the base is passed in; `src/data/href.ts` binds it to the build's BASE_URL.
 */
export function joinBase(base: string, path: string): string {
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	const suffix = path.startsWith('/') ? path : `/${path}`;
	return `${prefix}${suffix}`;
}

export function policyPath(id: string, anchor?: string): string {
	return `/policies/${id}/${anchor ? `#${anchor}` : ''}`;
}

export function templatePath(id: string): string {
	return `/templates/${id}/`;
}

/** The page a link points to: the link without its query and fragment (`/templates/template-7/#original` → `/templates/template-7/`). */
export function pageOf(href: string): string {
	return href.replace(/[#?].*$/, '');
}

export function glossaryPath(id: string): string {
	return `/glossary/#${id}`;
}

/** Rule citations name corpus entries by id: templates (`template-4`) live under /templates/, the rest under /policies/. */
export function entryPath(entry: string, anchor?: string): string {
	const path = /^template-\d+$/.test(entry) ? templatePath(entry) : policyPath(entry);
	return anchor ? `${path}#${anchor}` : path;
}

/**
 * A multi-line field in the URL: one line per comma (`张三 30,李四 28`), so a shared link stays
 * readable. Blank lines are dropped both ways.
 */
export function linesToParam(text: string): string {
	return text
		.split(/\n+/)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.join(',');
}

export function paramToLines(param: string): string {
	return param.split(',').join('\n');
}
