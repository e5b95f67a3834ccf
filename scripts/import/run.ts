/**
 * One import in a child process, under a time limit and a memory limit. The size checks refuse what
 * they can foresee; what they cannot — a construct deep inside a PDF or a Word file that makes PDF.js
 * or mammoth work for minutes or take gigabytes — is stopped here, and the curator gets a message
 * naming the file instead of a machine that hangs. A child process rather than a worker thread: a
 * worker's heap limit is best-effort (some allocations abort the whole process, nodejs/node#47224),
 * while a child that runs out of heap dies alone, and kill() stops even a loop that never yields.
 */
import { fork, type Serializable } from 'node:child_process';
import { ImportError } from './error.ts';
import { IMPORT_LIMITS } from './limits.ts';
import type { SourceImportOptions, SourceImportResult } from './index.ts';

/** What a child module sends once: its result, an ImportError's message, or another error's stack. */
export type ChildReply<T> = { ok: true; value: T } | { ok: false; importError: string } | { ok: false; error: string };

export interface RunLimits {
	seconds: number;
	memoryMb: number;
}

const ADVICE = '文件可能已损坏或结构异常：请在 Word、WPS 或 PDF 阅读器中打开核对，另存为 .docx 或纯文本（.txt）后再导入';

/**
 * Runs a module in a child process: it receives `input` as its first message and sends one ChildReply.
 * ImportError naming the file when the child passes the time or memory limit.
 */
export function runBounded<T>(entry: URL, input: Serializable, fileName: string, limits: RunLimits = IMPORT_LIMITS): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const child = fork(entry, {
			execArgv: [`--max-old-space-size=${limits.memoryMb}`],
			serialization: 'advanced', // bytes travel as a Uint8Array, not as JSON
			stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
		});
		let stderr = '';
		child.stderr!.setEncoding('utf8').on('data', (s: string) => {
			stderr = (stderr + s).slice(-4000);
		});
		let settled = false;
		const settle = (outcome: () => void) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			child.kill('SIGKILL');
			outcome();
		};
		const timer = setTimeout(
			() => settle(() => reject(new ImportError(`${fileName}：导入超过 ${limits.seconds} 秒仍未完成，已停止。${ADVICE}`))),
			limits.seconds * 1000
		);
		child.on('message', (reply: ChildReply<T>) =>
			settle(() => {
				if (reply.ok) resolve(reply.value);
				else reject('importError' in reply ? new ImportError(reply.importError) : new Error(reply.error));
			})
		);
		child.on('error', (err) => settle(() => reject(err)));
		child.on('exit', (code, signal) =>
			settle(() =>
				reject(
					/heap out of memory|Allocation failed/.test(stderr)
						? new ImportError(`${fileName}：导入所需内存超过 ${limits.memoryMb} MB，已停止。${ADVICE}`)
						: // killed from outside (the system's out-of-memory killer) or crashed: still the file's message, with what the child said
							new ImportError(
								`${fileName}：导入意外中止（${signal ?? `退出码 ${code}`}），可能是内存不足。${ADVICE}${stderr.trim() ? `\n${stderr.trim()}` : ''}`
							)
				)
			)
		);
		child.send(input);
	});
}

/** importSource (index.ts) in a child process under IMPORT_LIMITS' time and memory: what the import command runs. */
export function importInChild(
	bytes: Uint8Array,
	fileName: string,
	opts: SourceImportOptions = {},
	limits: RunLimits = IMPORT_LIMITS
): Promise<SourceImportResult> {
	return runBounded(new URL('./child.ts', import.meta.url), { bytes, fileName, opts }, fileName, limits);
}
