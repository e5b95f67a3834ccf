/**
 * A fingerprint of the code that turns a text into HTML: the Markdown pipeline (src/plugins), the
 * rules it uses (src/lib) and the locked package versions. astro.config.mjs puts it into the
 * Markdown configuration, whose digest decides whether texts rendered by an earlier build may be
 * kept (src/plugins/pipeline.ts), so changing a plugin renders every text again instead of leaving
 * old HTML in an incremental build. Build time only (reads files).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['src/plugins', 'src/lib'];
const LOCKFILE = 'package-lock.json';

export function pipelineFingerprint(): string {
	const hash = createHash('sha256');
	const files = SOURCES.flatMap((dir) =>
		readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.ts'))
			.map((f) => join(dir, f))
	).sort();
	if (existsSync(join(root, LOCKFILE))) files.push(LOCKFILE);
	for (const file of files)
		hash
			.update(file)
			.update('\0')
			.update(readFileSync(join(root, file)))
			.update('\0');
	return hash.digest('hex').slice(0, 16);
}
