/**
 * 我的收藏 in the browser's localStorage (this device only). Every read is checked against the record
 * shape (src/lib/favorites.ts); every failure comes back as a FavoritesError with a Chinese sentence:
 * storage blocked (private mode, site data disallowed), storage full, or a stored list that no longer
 * reads (kept aside under its own key, never overwritten). A failed write changes nothing stored.
 */
import '../zod-jitless';
import {
	addFavorite,
	exportFile,
	favoriteKey,
	mergeFavorites,
	parseExport,
	parseStored,
	removeFavorite,
	setNote,
	type Favorite,
	type MergeResult,
	type NewFavorite,
} from '../../lib/favorites';
import { STORAGE_KEY } from './starred';

const DAMAGED_KEY = `${STORAGE_KEY}:damaged`;

export class FavoritesError extends Error {
	constructor(
		message: string,
		readonly kind: 'blocked' | 'quota' | 'invalid'
	) {
		super(message);
	}
}

const BLOCKED =
	'浏览器不允许本站在本机保存数据（可能处于无痕/隐私浏览模式，或在设置中禁止了网站存储），收藏无法保存。请在普通窗口中打开本站，或在浏览器设置中允许本站保存数据。';
const QUOTA = '本机存储空间已满，这次改动没有保存（原有的收藏不受影响）。请删除一些收藏或备注，或清理浏览器中其他网站的数据后再试。';

function storage(): Storage {
	try {
		const s = window.localStorage;
		if (!s) throw new Error('no localStorage');
		return s;
	} catch {
		throw new FavoritesError(BLOCKED, 'blocked');
	}
}

/** The stored favourites. A list that no longer reads is set aside (under kb:favorites:damaged) and the reader told. */
export function readFavorites(): Favorite[] {
	const s = storage();
	let raw: string | null;
	try {
		raw = s.getItem(STORAGE_KEY);
	} catch {
		throw new FavoritesError(BLOCKED, 'blocked');
	}
	if (raw === null) return [];
	const items = parseStored(raw);
	if (items) return items;
	try {
		if (s.getItem(DAMAGED_KEY) === null) s.setItem(DAMAGED_KEY, raw);
		s.removeItem(STORAGE_KEY);
	} catch {
		// Not set aside: left where it is, and nothing may overwrite it.
		throw new FavoritesError(
			'本机保存的收藏无法读取，存储空间也不足以另存一份；为免丢失，暂不修改收藏。请清理浏览器中其他网站的数据后再试。',
			'quota'
		);
	}
	throw new FavoritesError(
		`本机保存的收藏无法读取（可能被其他程序改动过），原始内容已另存为 ${DAMAGED_KEY}，没有删除。现在从空白的收藏开始。`,
		'invalid'
	);
}

function write(items: Favorite[]): void {
	const s = storage();
	try {
		s.setItem(STORAGE_KEY, JSON.stringify(exportFile(items, new Date())));
	} catch (error) {
		throw new FavoritesError((error as { name?: string })?.name === 'QuotaExceededError' ? QUOTA : BLOCKED, 'quota');
	}
	dispatchEvent(new Event('kb-favorites-change'));
}

/** Reads, changes and writes; a read that found a damaged list starts from an empty one. */
function update(change: (items: Favorite[]) => Favorite[]): Favorite[] {
	let items: Favorite[];
	try {
		items = readFavorites();
	} catch (error) {
		if (!(error instanceof FavoritesError) || error.kind !== 'invalid') throw error;
		items = [];
	}
	const next = change(items);
	write(next);
	return next;
}

export const star = (item: NewFavorite) => update((items) => addFavorite(items, item, new Date()));
export const unstar = (key: string) => update((items) => removeFavorite(items, key));
export const saveNote = (key: string, note: string) => update((items) => setNote(items, key, note, new Date()));
export const isStarred = (items: readonly Favorite[], item: Pick<Favorite, 'path' | 'anchor'>) =>
	items.some((f) => favoriteKey(f) === favoriteKey(item));

/** The export file's text. */
export const exportText = () => JSON.stringify(exportFile(readFavorites(), new Date()), null, '\t');

/** Adds an export file's favourites to those stored; a file that does not read changes nothing. */
export function importText(text: string): MergeResult {
	const parsed = parseExport(text);
	if (!parsed.ok) throw new FavoritesError(`${parsed.message}没有导入任何内容，原有的收藏不变。`, 'invalid');
	let result: MergeResult | undefined;
	update((items) => (result = mergeFavorites(items, parsed.file.items)).items);
	return result!;
}
