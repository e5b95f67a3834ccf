/**
 * The 离线使用 pack in the browser's Cache Storage (cache `kb-pack`, read by the service worker when
 * the network fails): what is stored, downloading it with progress (resumable: a file already stored
 * at its revision is skipped, so 继续 and 更新 fetch only what is missing or changed), and removing it.
 * Errors come back as Chinese sentences for the reader (`PackError`).
 */
import {
	CACHES,
	PACK_FILES,
	PACK_HEADER,
	PACK_SUMMARY,
	REVISION_HEADER,
	formatBytes,
	type PackEntry,
	type PackFiles,
	type PackSummary,
} from '../../lib/offline/pack';
import { joinBase } from '../../lib/url';

const base = import.meta.env.BASE_URL;
export const absolute = (path: string) => new URL(joinBase(base, `/${path}`), location.origin).href;

export class PackError extends Error {
	constructor(
		message: string,
		/** `quota`: storage full; `blocked`: the browser refuses storage; `network`; `changed`: the site was rebuilt meanwhile. */
		readonly kind: 'quota' | 'blocked' | 'network' | 'changed' | 'unsupported'
	) {
		super(message);
	}
}

/** Whether this browser, on this connection, can keep the site offline (service workers need https or localhost). */
export function offlineSupported(): boolean {
	return 'serviceWorker' in navigator && 'caches' in window && window.isSecureContext;
}

const BLOCKED =
	'浏览器不允许本站在本机保存数据（可能处于无痕/隐私浏览模式，或在设置中禁止了网站存储）。请在普通窗口中打开本站，或在浏览器设置中允许本站保存数据。';

async function openPack(): Promise<Cache> {
	try {
		return await caches.open(CACHES.pack);
	} catch {
		throw new PackError(BLOCKED, 'blocked');
	}
}

function storageError(error: unknown, saved: number, total: number): PackError {
	const name = (error as { name?: string })?.name;
	if (name === 'QuotaExceededError') {
		return new PackError(
			`本机存储空间不足：已保存 ${saved} / ${total} 个文件后无法再保存。可以清理手机或电脑的存储空间（或删除其他网站的数据）后点“继续下载”，已保存的文件不会重复下载。`,
			'quota'
		);
	}
	if (name === 'SecurityError' || name === 'InvalidStateError') return new PackError(BLOCKED, 'blocked');
	return new PackError(`保存失败：${(error as Error)?.message ?? String(error)}`, 'blocked');
}

async function fetchJson<T>(path: string): Promise<T> {
	let response: Response;
	try {
		response = await fetch(absolute(path), { cache: 'no-cache' });
	} catch {
		throw new PackError('无法连接到网站：请在联网时下载离线副本。', 'network');
	}
	if (!response.ok) throw new PackError(`网站上没有离线副本清单（${path}：HTTP ${response.status}）。`, 'network');
	return (await response.json()) as T;
}

/** The current build's pack (from the network, or the service worker's copy when offline). */
export const currentSummary = () => fetchJson<PackSummary>(PACK_SUMMARY);

/** Marks a download under way: an interrupted one is reported as incomplete. */
const PROGRESS_KEY = 'offline-pack-incomplete';

export interface Stored {
	summary: PackSummary;
	files: PackEntry[];
	/** True when every file of the list is stored (false after an interrupted download). */
	complete: boolean;
}

/** What this browser keeps, or undefined when nothing was downloaded. */
export async function storedPack(): Promise<Stored | undefined> {
	// Opening a cache creates it: look first, so that after 删除 nothing is left behind.
	const exists = await caches.has(CACHES.pack).catch(() => {
		throw new PackError(BLOCKED, 'blocked');
	});
	if (!exists) return undefined;
	const cache = await openPack();
	const [summary, list, progress] = await Promise.all([
		cache.match(absolute(PACK_SUMMARY)),
		cache.match(absolute(PACK_FILES)),
		cache.match(absolute(PROGRESS_KEY)),
	]);
	if (!summary || !list) return undefined;
	return { summary: (await summary.json()) as PackSummary, files: ((await list.json()) as PackFiles).files, complete: !progress };
}

export interface Progress {
	files: number;
	totalFiles: number;
	bytes: number;
	totalBytes: number;
}

/** Parallel downloads: enough to hide latency, few enough not to swamp a phone or the server. */
const PARALLEL = 4;

/**
 * Downloads the current pack: files already stored at their revision are skipped, files no longer
 * in the pack removed. Reports progress in bytes of the compressed transfer where the server sends it.
 */
export async function downloadPack(onProgress: (p: Progress) => void, signal: AbortSignal): Promise<Stored> {
	const cache = await openPack();
	const summary = await currentSummary();
	const list = await fetchJson<PackFiles>(PACK_FILES);
	if (list.version !== summary.version) throw new PackError('网站刚刚更新，请重新点“下载”。', 'changed');
	const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });

	const progress: Progress = {
		files: 0,
		totalFiles: list.files.length,
		bytes: 0,
		totalBytes: list.files.reduce((n, f) => n + f.transfer, 0),
	};
	try {
		await cache.put(absolute(PROGRESS_KEY), json({ version: list.version }));
		// The list first, so a download stopped half-way is known (and 继续 knows what is left).
		await cache.put(absolute(PACK_FILES), json(list));
		await cache.put(absolute(PACK_SUMMARY), json(summary));
	} catch (error) {
		throw storageError(error, 0, list.files.length);
	}
	onProgress({ ...progress });

	let next = 0;
	const one = async (entry: PackEntry) => {
		const url = absolute(entry.url);
		const stored = await cache.match(url);
		if (stored?.headers.get(REVISION_HEADER) !== entry.revision) {
			let response: Response;
			try {
				response = await fetch(url, { headers: { [PACK_HEADER]: '1' }, cache: 'no-cache', signal });
			} catch (error) {
				if (signal.aborted) throw error;
				throw new PackError(
					`下载中断：网络连接失败。已保存 ${progress.files} / ${progress.totalFiles} 个文件，联网后点“继续下载”会从中断处继续。`,
					'network'
				);
			}
			if (response.status === 404) throw new PackError('网站在下载期间更新了，请重新点“下载”：已保存的文件不会重复下载。', 'changed');
			if (!response.ok) throw new PackError(`下载 ${entry.url} 失败（HTTP ${response.status}），请稍后重试。`, 'network');
			const headers = new Headers(response.headers);
			headers.set(REVISION_HEADER, entry.revision);
			try {
				await cache.put(url, new Response(await response.blob(), { status: 200, headers }));
			} catch (error) {
				throw storageError(error, progress.files, progress.totalFiles);
			}
		}
		progress.files += 1;
		progress.bytes += entry.transfer;
		onProgress({ ...progress });
	};
	const worker = async () => {
		while (next < list.files.length && !signal.aborted) await one(list.files[next++]!);
	};
	await Promise.all(Array.from({ length: PARALLEL }, worker));
	if (signal.aborted) throw new DOMException('stopped', 'AbortError');

	// Files of an older build that this one no longer has.
	const wanted = new Set([...list.files.map((f) => absolute(f.url)), absolute(PACK_FILES), absolute(PACK_SUMMARY), absolute(PROGRESS_KEY)]);
	for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
	await cache.delete(absolute(PROGRESS_KEY));
	return { summary, files: list.files, complete: true };
}

/** Removes the pack (pages read while browsing stay in the service worker's own caches). */
export async function removePack(): Promise<void> {
	try {
		await caches.delete(CACHES.pack);
	} catch {
		throw new PackError(BLOCKED, 'blocked');
	}
}

/** What the browser allows this site to store, as a sentence, or '' when it does not say. */
export async function storageSentence(): Promise<string> {
	const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
	if (!estimate?.quota) return '';
	return `本站目前占用本机约 ${formatBytes(estimate.usage ?? 0)}，浏览器允许本站使用约 ${formatBytes(estimate.quota)}。`;
}
