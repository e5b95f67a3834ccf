/**
 * What the steps after the build (link check, CSP check, compression) computed from each file,
 * kept in Astro's cache folder between builds and looked up by a hash of the file's content. An
 * incremental build restores most pages unchanged; their results are reused instead of scanning,
 * checking or compressing thousands of pages again. A result is a pure function of the content, so
 * a hash match is as good as recomputing. Entries not used by a build are dropped when it saves.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const contentHash = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('base64url').slice(0, 32);

interface Stored<T> {
	code: string;
	results: Record<string, T>;
}

export class ResultCache<T> {
	readonly #file: string;
	readonly #code: string;
	readonly #previous: Record<string, T>;
	#next: Record<string, T> = {};
	/** Whether the file holds this code's results, and whether this build stored one it does not hold. */
	readonly #current: boolean = false;
	#stored = false;

	/**
	 * `name` identifies the step; `code` identifies the code that computes its results
	 * (`codeFingerprint` of its sources): results computed by other code are not reused.
	 */
	constructor(cacheDir: string, name: string, code: string) {
		this.#file = join(cacheDir, 'kb-post-build', `${name}.json`);
		this.#code = code;
		let previous: Record<string, T> = {};
		try {
			const stored = JSON.parse(readFileSync(this.#file, 'utf8')) as Stored<T>;
			if (stored.code === code) {
				previous = stored.results;
				this.#current = true;
			}
		} catch {
			// no cache yet, or a damaged one: compute everything
		}
		this.#previous = previous;
	}

	/** The result for content hashing to `hash`, computed by `compute` unless a build has it already. */
	get(hash: string, compute: () => T): T {
		const known = this.lookup(hash);
		if (known !== undefined) return known;
		const value = compute();
		this.store(hash, value);
		return value;
	}

	/** The result kept for `hash`, if any (kept for the next build too). */
	lookup(hash: string): T | undefined {
		const known = this.#next[hash] ?? this.#previous[hash];
		if (known !== undefined) this.#next[hash] = known;
		return known;
	}

	store(hash: string, value: T): void {
		this.#next[hash] = value;
		this.#stored = true;
	}

	/** Hashes used by this build. */
	used(): string[] {
		return Object.keys(this.#next);
	}

	/** Writes the results this build used; not when they are exactly what the file holds (a build that changed nothing). */
	save(): void {
		// without a new result, what was used is a subset of the file: the same set when as many
		if (this.#current && !this.#stored && Object.keys(this.#next).length === Object.keys(this.#previous).length) return;
		mkdirSync(dirname(this.#file), { recursive: true });
		writeFileSync(`${this.#file}.tmp`, JSON.stringify({ code: this.#code, results: this.#next } satisfies Stored<T>));
		renameSync(`${this.#file}.tmp`, this.#file);
	}
}
