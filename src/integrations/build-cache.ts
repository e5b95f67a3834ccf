/**
 * What the steps after the build (link check, CSP check, compression) computed from each file,
 * kept in Astro's cache folder between builds and looked up by a hash of the file's content. An
 * incremental build restores most pages unchanged; their results are reused instead of scanning,
 * checking or compressing thousands of pages again. A result is a pure function of the content, so
 * a hash match is as good as recomputing. Entries not used by a build are dropped when it saves.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const contentHash = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('base64url').slice(0, 32);

/**
 * `to` becomes a hard link to `from`, a file kept in the cache (a copy where links are not possible):
 * no bytes read or written. Neither side is ever written in place (files are replaced by renaming a
 * new file over them), so the site and the cache cannot change each other.
 */
export function linkOrCopy(from: string, to: string): void {
	// Link first, remove only when something is there: the target is usually absent (a site folder
	// being built), and removing it first failed and threw once per file (~30,000 per build).
	try {
		linkSync(from, to);
		return;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			// unlink, not rmSync: a single system call (rmSync's checks were most of the time of linking thousands of pages)
			unlinkSync(to);
			try {
				linkSync(from, to);
				return;
			} catch {
				// no links on this file system: copied below
			}
		}
	}
	// a new file, never a write into one that may be linked to the cache
	rmSync(to, { force: true });
	copyFileSync(from, to);
}

/** `linkOrCopy` for every file below the folder `from`, into `to`. */
export function linkTree(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
		else linkOrCopy(join(from, entry.name), join(to, entry.name));
	}
}

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

/** Counts of keys (words, phrases): a whole collection's, or one item's contribution to it. */
export type Tally = Map<string, number>;

const readTally = (text: string, from: number): Tally => {
	const tally: Tally = new Map();
	for (const line of text.slice(from).split('\n')) {
		const tab = line.lastIndexOf('\t');
		if (tab > 0) tally.set(line.slice(0, tab), Number(line.slice(tab + 1)));
	}
	return tally;
};
const writeTally = (tally: Tally): string => [...tally].map(([key, n]) => `${key}\t${n}`).join('\n');

/**
 * A sum of counts over a collection of items (the corpus's texts), kept between builds as the
 * total plus each item's contribution, both in Astro's cache folder. A build gives the items it has
 * (hash of each item's content → how many items have it); the sum is brought up to date by
 * subtracting the items that went and adding those that came, so a build after changing one text
 * counts one text and reads two small files instead of counting the corpus. Integer sums do not
 * depend on order, so the total is exactly the one a count from scratch gives. Files are line-based
 * (`key<TAB>count`) and read only when needed: no JSON round trip of the whole corpus's words.
 */
export class TallyCache {
	readonly #dir: string;
	readonly #code: string;

	/** `name` identifies the sum; `code` the code that computes an item's tally (tallies of other code are not used). Keys hold no line breaks or tabs. */
	constructor(cacheDir: string, name: string, code: string) {
		this.#dir = join(cacheDir, 'kb-tallies', name);
		this.#code = code;
	}

	#itemFile = (hash: string) => join(this.#dir, 'items', `${hash}.tsv`);

	/** The sum of the tallies of `items` (hash → number of items with it); `tally(hash)` counts an item this cache does not hold. */
	async sum(items: ReadonlyMap<string, number>, tally: (hash: string) => Promise<Tally> | Tally): Promise<Tally> {
		const totalFile = join(this.#dir, 'total.tsv');
		let held: Record<string, number> = {};
		let total: Tally | undefined;
		try {
			const text = readFileSync(totalFile, 'utf8');
			const header = text.indexOf('\n');
			const stored = JSON.parse(header < 0 ? text : text.slice(0, header)) as { code: string; items: Record<string, number> };
			if (stored.code === this.#code) {
				held = stored.items;
				total = header < 0 ? new Map() : readTally(text, header + 1);
			}
		} catch {
			// no sum yet, or a damaged one: count every item
		}
		const fresh = new Map<string, Tally>();
		const add = async (into: Tally, hash: string, times: number): Promise<boolean> => {
			let counts: Tally | undefined;
			if (times < 0) {
				try {
					counts = readTally(readFileSync(this.#itemFile(hash), 'utf8'), 0);
				} catch {
					return false;
				}
			} else {
				counts = fresh.get(hash) ?? (await tally(hash));
				fresh.set(hash, counts);
			}
			for (const [key, n] of counts) {
				const next = (into.get(key) ?? 0) + n * times;
				if (next < 0) return false;
				if (next === 0) into.delete(key);
				else into.set(key, next);
			}
			return true;
		};
		let changed = false;
		if (total) {
			for (const hash of new Set([...Object.keys(held), ...items.keys()])) {
				const times = (items.get(hash) ?? 0) - (held[hash] ?? 0);
				if (times === 0) continue;
				changed = true;
				if (!(await add(total, hash, times))) {
					// a contribution missing or not matching the total: count from scratch
					total = undefined;
					break;
				}
			}
		}
		if (!total) {
			changed = true;
			total = new Map();
			for (const [hash, times] of items) await add(total, hash, times);
		}
		if (changed) {
			mkdirSync(join(this.#dir, 'items'), { recursive: true });
			for (const [hash, counts] of fresh) writeFileSync(this.#itemFile(hash), writeTally(counts));
			const header = JSON.stringify({ code: this.#code, items: Object.fromEntries(items) });
			writeFileSync(`${totalFile}.tmp`, `${header}\n${writeTally(total)}`);
			renameSync(`${totalFile}.tmp`, totalFile);
			// contributions of items gone
			for (const name of readdirSync(join(this.#dir, 'items'))) {
				if (!items.has(name.replace(/\.tsv$/, ''))) rmSync(join(this.#dir, 'items', name), { force: true });
			}
		}
		return total;
	}
}
