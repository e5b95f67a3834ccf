/**
 * <kb-offline>: the 离线使用 control (home page, compact; /offline/, full). It tells what is stored
 * on this device, shows the size of the whole pack before anything is downloaded, downloads it with
 * a progress bar (stoppable, resumable), offers the update when the site has changed, and removes it.
 * Everything it says is in the `[data-offline-status]` live region. Storage is in pack-store.ts.
 */
import { KIND_LABELS, formatBytes, type PackKind, type PackSummary, type PackTotals } from '../../lib/offline/pack';
import { el } from '../el';
import {
	PackError,
	currentSummary,
	downloadPack,
	offlineSupported,
	removePack,
	storageSentence,
	storedPack,
	type Stored,
} from './pack-store';

const KIND_ORDER: PackKind[] = ['text', 'tool', 'template', 'search', 'page', 'code'];
const UNITS: Record<PackKind, string> = { text: '篇', tool: '个', template: '个', search: '个文件', page: '个', code: '个文件' };

/** “文件 15 篇、工具 6 个、文书模板 10 个、检索索引 56 个文件…” */
export function contents(totals: PackTotals): string {
	return KIND_ORDER.filter((k) => totals.byKind[k])
		.map((k) => `${KIND_LABELS[k]} ${totals.byKind[k]} ${UNITS[k]}`)
		.join('、');
}

const dateOf = (iso: string) => new Date(iso).toLocaleString('zh-CN', { dateStyle: 'long', timeStyle: 'short' });

class KbOffline extends HTMLElement {
	#status = el('p', { 'data-offline-status': '', role: 'status' });
	#detail = el('p', { class: 'offline-detail' });
	#progress = el('progress', { max: '1', value: '0', hidden: '' });
	#actions = el('div', { class: 'offline-actions' });
	#abort?: AbortController;
	#stored?: Stored;

	get #full() {
		return this.dataset.variant === 'full';
	}

	connectedCallback() {
		this.replaceChildren(this.#status, this.#progress, this.#detail, this.#actions);
		if (!offlineSupported()) {
			this.#say(
				location.protocol === 'http:' && !/^(localhost|127\.|\[::1\])/.test(location.hostname)
					? '当前连接不支持离线使用：浏览器只允许通过 https:// 访问的网站在本机保存离线副本。请网站管理员为本站配置 HTTPS。'
					: '这个浏览器不支持离线使用（需要 Service Worker 和 Cache Storage）。请使用较新版本的浏览器。'
			);
			return;
		}
		void this.#showStored();
	}

	#say(status: string, detail = '') {
		this.#status.textContent = status;
		this.#detail.textContent = detail;
	}

	#buttons(...buttons: [label: string, action: () => void, attrs?: Record<string, string>][]) {
		this.#actions.replaceChildren(
			...buttons.map(([label, action, attrs = {}]) => {
				const button = el('button', { type: 'button', ...attrs }, label);
				button.addEventListener('click', action);
				return button;
			})
		);
	}

	#fail(error: unknown) {
		this.#progress.hidden = true;
		this.dataset.offlineState = 'error';
		const message = error instanceof PackError ? error.message : `出错了：${(error as Error)?.message ?? String(error)}`;
		this.#say(message);
		this.#buttons(['重试', () => void this.#showStored()]);
	}

	async #showStored() {
		this.#progress.hidden = true;
		try {
			this.#stored = await storedPack();
		} catch (error) {
			this.#fail(error);
			return;
		}
		const stored = this.#stored;
		this.dataset.offlineState = !stored ? 'none' : stored.complete ? 'saved' : 'partial';
		if (!stored) {
			this.#say(
				'可以把全部文件、工具、文书模板和检索索引保存到本机，没有网络时照常阅读、检索和计算。',
				this.#full ? await storageSentence() : ''
			);
			this.#buttons(['离线使用：查看大小', () => void this.#offer(), { 'data-offline-size': '' }]);
			return;
		}
		const what = `已保存到本机：${contents(stored.summary)}，共 ${formatBytes(stored.summary.bytes)}（${dateOf(stored.summary.built)} 的版本）。`;
		if (!stored.complete) {
			this.#say(`离线副本尚未下载完。${what}`, '点“继续下载”补全，已保存的文件不会重复下载。');
			this.#buttons(['继续下载', () => void this.#download()], ['删除离线副本', () => void this.#remove()]);
			return;
		}
		this.#say(what, this.#full ? await storageSentence() : '');
		this.#buttons(['检查更新', () => void this.#checkUpdate()], ['删除离线副本', () => void this.#remove(), { 'data-offline-remove': '' }]);
		if (this.#full) void this.#checkUpdate(true);
	}

	/** The size of the pack before anything is downloaded. */
	async #offer() {
		this.#say('正在读取离线副本的大小…');
		let summary: PackSummary;
		try {
			summary = await currentSummary();
		} catch (error) {
			this.#fail(error);
			return;
		}
		this.#say(
			`将下载 ${summary.files} 个文件：${contents(summary)}。下载约 ${formatBytes(summary.transfer)}，占用本机约 ${formatBytes(summary.bytes)}。`,
			await storageSentence()
		);
		this.#buttons(['开始下载', () => void this.#download(), { 'data-offline-start': '' }], ['取消', () => void this.#showStored()]);
	}

	async #checkUpdate(quiet = false) {
		const stored = this.#stored;
		if (!stored) return;
		let summary: PackSummary;
		try {
			summary = await currentSummary();
		} catch (error) {
			if (!quiet) this.#fail(error);
			return;
		}
		if (summary.version === stored.summary.version) {
			if (!quiet) this.#detail.textContent = '离线副本与网站当前版本相同，无需更新。';
			return;
		}
		this.#detail.textContent = `网站已更新（${dateOf(summary.built)}），离线副本是旧版本。更新只下载有变化的文件。`;
		this.#buttons(
			['更新离线副本', () => void this.#download(), { 'data-offline-update': '' }],
			['删除离线副本', () => void this.#remove()]
		);
	}

	async #download() {
		this.#abort = new AbortController();
		this.dataset.offlineState = 'downloading';
		this.#progress.hidden = false;
		this.#progress.value = 0;
		this.#say('正在准备下载…');
		this.#buttons(['停止', () => this.#abort?.abort()]);
		// Ask the browser not to evict the pack under storage pressure (it may decline; the pack still works).
		await navigator.storage?.persist?.().catch(() => false);
		try {
			this.#stored = await downloadPack((p) => {
				this.#progress.max = Math.max(p.totalBytes, 1);
				this.#progress.value = p.bytes;
				this.#status.textContent = `正在下载：${p.files} / ${p.totalFiles} 个文件（${formatBytes(p.bytes)} / ${formatBytes(p.totalBytes)}）`;
			}, this.#abort.signal);
		} catch (error) {
			if ((error as Error)?.name === 'AbortError') {
				await this.#showStored();
				return;
			}
			this.#fail(error);
			return;
		}
		this.#progress.hidden = true;
		this.#say(
			`下载完成。已保存到本机：${contents(this.#stored.summary)}，共 ${formatBytes(this.#stored.summary.bytes)}。没有网络时也能打开这些页面、检索和使用工具。`,
			'删除方法：在本页点“删除离线副本”；或在浏览器设置中清除本站的数据（会同时删除我的收藏）。'
		);
		this.#buttons(['删除离线副本', () => void this.#remove(), { 'data-offline-remove': '' }]);
		this.dataset.offlineState = 'saved';
	}

	async #remove() {
		try {
			await removePack();
		} catch (error) {
			this.#fail(error);
			return;
		}
		await this.#showStored();
		this.#detail.textContent = '已删除离线副本。浏览时自动保存的页面随浏览器缓存一起清除（浏览器设置 → 清除浏览数据）。';
	}
}
customElements.define('kb-offline', KbOffline);
