/** The child process of run.ts: imports the one file it is sent and sends back the outcome. */
import { ImportError } from './error.ts';
import { importSource, type SourceImportOptions, type SourceImportResult } from './index.ts';
import type { ChildReply } from './run.ts';

process.once('message', async (input) => {
	const { bytes, fileName, opts } = input as { bytes: Uint8Array; fileName: string; opts: SourceImportOptions };
	let reply: ChildReply<SourceImportResult>;
	try {
		reply = { ok: true, value: await importSource(bytes, fileName, opts) };
	} catch (err) {
		reply =
			err instanceof ImportError
				? { ok: false, importError: err.message }
				: { ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
	}
	process.send!(reply, () => process.disconnect!());
});
