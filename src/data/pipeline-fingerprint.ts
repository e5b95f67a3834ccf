/**
 * Fingerprints of code, for results kept between builds. `pipelineFingerprint()` covers what
 * turns a text into HTML: the Markdown pipeline (src/plugins), the rules it uses (src/lib), the
 * locked package versions and Node's. astro.config.mjs puts it into the Markdown configuration,
 * whose digest decides whether texts rendered by an earlier build may be kept
 * (src/plugins/pipeline.ts), so changing a plugin renders every text again instead of leaving old
 * HTML in an incremental build. Build time only (reads files).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LOCKFILE = 'package-lock.json';

export function pipelineFingerprint(): string {
	return codeFingerprint('src/plugins', 'src/lib');
}

/**
 * A fingerprint of source folders or files (paths from the repository root), the locked package
 * versions and the Node version: whether a result an earlier build computed is still the result
 * this code would compute.
 */
export function codeFingerprint(...sources: string[]): string {
	const hash = createHash('sha256').update(process.version).update('\0');
	const files = sources
		.flatMap((source) =>
			source.endsWith('.ts')
				? [source]
				: readdirSync(join(root, source), { recursive: true, encoding: 'utf8' })
						.filter((f) => f.endsWith('.ts'))
						.map((f) => join(source, f))
		)
		.sort();
	if (existsSync(join(root, LOCKFILE))) files.push(LOCKFILE);
	for (const file of files)
		hash
			.update(file)
			.update('\0')
			.update(readFileSync(join(root, file)))
			.update('\0');
	return hash.digest('hex').slice(0, 16);
}
