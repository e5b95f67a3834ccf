/**
 * 我的收藏: a reader's starred texts and clauses, each with a private note, kept in the browser only.
 * Pure: the record shape (zod, checked on every read and every import), grouping by text for the
 * 我的收藏 page, merging an imported file into what is stored, and the export file. Notes are plain
 * text; nothing here (or in the pages that show them) turns them into markup.
 */
import { z } from 'astro/zod';
import { zodChinese } from './schema/messages.ts';

/** Limits a real note never reaches; they keep a damaged or hostile file from filling the storage. */
export const NOTE_MAX = 5000;
export const FAVORITES_MAX = 5000;

export const favoriteSchema = z.strictObject({
	/** Site path of the text without the base, e.g. `/policies/qinghai-guide/`. */
	path: z.string().regex(/^\/[\w\-/.]*\/$/, '应为站内页面路径，如 /policies/xxx/'),
	/** Clause anchor (`p2-s3-c1`); absent for the whole text. */
	anchor: z
		.string()
		.regex(/^[\w-]{1,100}$/, '应为条款锚点，如 p2-s3-c1')
		.optional(),
	title: z.string().min(1).max(300),
	docNumber: z.string().max(100).optional(),
	/** Clause label as printed (第二部分 三、1.). */
	clause: z.string().max(200).optional(),
	/** The clause's first words, to recognise it in the list. */
	excerpt: z.string().max(300).optional(),
	/** Position of the clause in the text, to list clauses in reading order. */
	order: z.number().int().min(0).optional(),
	note: z.string().max(NOTE_MAX, `备注不能超过 ${NOTE_MAX} 字`).default(''),
	/** ISO times. */
	added: z.iso.datetime(),
	updated: z.iso.datetime(),
});

export type Favorite = z.infer<typeof favoriteSchema>;
export type NewFavorite = Omit<Favorite, 'note' | 'added' | 'updated'> & { note?: string };

export const EXPORT_FORMAT = 'kb-favorites';

export const exportSchema = z.strictObject({
	format: z.literal(EXPORT_FORMAT, '不是本站导出的收藏文件'),
	version: z.literal(1, '收藏文件的版本不对（应为 1）'),
	exported: z.iso.datetime(),
	items: z.array(favoriteSchema).max(FAVORITES_MAX, `收藏不能超过 ${FAVORITES_MAX} 条`),
});

export type FavoritesExport = z.infer<typeof exportSchema>;

export const favoriteKey = (f: Pick<Favorite, 'path' | 'anchor'>) => `${f.path}#${f.anchor ?? ''}`;

export function addFavorite(items: readonly Favorite[], item: NewFavorite, now: Date): Favorite[] {
	if (items.some((f) => favoriteKey(f) === favoriteKey(item))) return [...items];
	const time = now.toISOString();
	return [...items, { ...item, note: item.note ?? '', added: time, updated: time }];
}

export function removeFavorite(items: readonly Favorite[], key: string): Favorite[] {
	return items.filter((f) => favoriteKey(f) !== key);
}

export function setNote(items: readonly Favorite[], key: string, note: string, now: Date): Favorite[] {
	return items.map((f) => (favoriteKey(f) === key ? { ...f, note, updated: now.toISOString() } : f));
}

export interface FavoriteGroup {
	path: string;
	title: string;
	docNumber?: string;
	/** The star on the whole text, if any. */
	document?: Favorite;
	/** Starred clauses, in reading order. */
	clauses: Favorite[];
}

/** One group per text, texts in the order first starred, clauses in the order they appear in the text. */
export function groupByDocument(items: readonly Favorite[]): FavoriteGroup[] {
	const groups = new Map<string, FavoriteGroup>();
	for (const f of [...items].sort((a, b) => a.added.localeCompare(b.added))) {
		const group = groups.get(f.path) ?? { path: f.path, title: f.title, clauses: [] };
		if (f.docNumber) group.docNumber = f.docNumber;
		if (f.anchor) group.clauses.push(f);
		else group.document = f;
		groups.set(f.path, group);
	}
	for (const g of groups.values())
		g.clauses.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.added.localeCompare(b.added));
	return [...groups.values()];
}

export interface MergeResult {
	items: Favorite[];
	added: number;
	updated: number;
}

/**
 * Adds an imported file's favourites to those stored. The same text or clause in both keeps the more
 * recently changed copy (its note included); nothing stored is dropped.
 */
export function mergeFavorites(stored: readonly Favorite[], imported: readonly Favorite[]): MergeResult {
	const byKey = new Map(stored.map((f) => [favoriteKey(f), f]));
	let added = 0;
	let updated = 0;
	for (const f of imported) {
		const key = favoriteKey(f);
		const mine = byKey.get(key);
		if (!mine) added += 1;
		else if (f.updated > mine.updated && (f.note !== mine.note || f.title !== mine.title)) updated += 1;
		else continue;
		byKey.set(key, f);
	}
	return { items: [...byKey.values()], added, updated };
}

export function exportFile(items: readonly Favorite[], now: Date): FavoritesExport {
	return { format: EXPORT_FORMAT, version: 1, exported: now.toISOString(), items: [...items] };
}

/** Where in the file a problem is, for the reader: “第 3 条收藏的 note”. */
function where(path: readonly PropertyKey[]): string {
	if (path[0] === 'items' && typeof path[1] === 'number') {
		const field = path.slice(2).join('.');
		return `第 ${path[1] + 1} 条收藏${field ? `的 ${field}` : ''}`;
	}
	return path.length > 0 ? `字段 ${path.join('.')}` : '文件';
}

export type ParseResult = { ok: true; file: FavoritesExport } | { ok: false; message: string };

/** Reads an export file's text; a file that is not one says why, in Chinese, naming the place. */
export function parseExport(text: string): ParseResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const at = /position (\d+)/.exec((error as Error).message)?.[1];
		const line = at ? text.slice(0, Number(at)).split('\n').length : undefined;
		return { ok: false, message: `文件不是有效的 JSON${line ? `（第 ${line} 行附近）` : ''}：请选择从“我的收藏”导出的 .json 文件。` };
	}
	const result = exportSchema.safeParse(data, { error: zodChinese });
	if (result.success) return { ok: true, file: result.data };
	const issues = result.error.issues.slice(0, 3).map((i) => `${where(i.path)}：${i.message}`);
	const more = result.error.issues.length > 3 ? `等 ${result.error.issues.length} 处` : '';
	return { ok: false, message: `收藏文件的内容不对（${issues.join('；')}${more}）。` };
}

/** The stored form (localStorage): the export shape, so a stored list and a file are checked alike. */
export function parseStored(text: string): Favorite[] | undefined {
	const parsed = parseExport(text);
	return parsed.ok ? parsed.file.items : undefined;
}
