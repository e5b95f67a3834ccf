/**
 * The corpus reader: every content file of `content/` (or `KB_CONTENT_DIR`), found, named and parsed
 * exactly as Astro's glob loaders will (src/content.config.ts): the same file discovery (tinyglobby
 * with the loaders' pattern and options, sub-folders included), the same id function (`entryId`) and
 * the same frontmatter parser (src/lib/frontmatter.ts). So every file the build will load is checked,
 * under the id its page will have.
 *
 * What the loaders would skip silently or choke on is reported instead, naming the file: a folder or
 * a dangling link named like a text, a hidden file, an upper-case extension, a link leading out of the
 * corpus folder, a file that is not UTF-8, a frontmatter block that is not YAML. Nothing here throws
 * for a bad file: astro.config.mjs reads the corpus before the content gate can report anything.
 *
 * Build-time only (file system, no Astro): astro.config.mjs, `npm run check:content`, tests and
 * benchmarks all read the corpus through here.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { parseContentFile, type ContentFile, type ContentProblem, type FileRef } from '../lib/content-check.ts';
import { COLLECTIONS, CORPUS_PATTERN, type Collection } from '../lib/schema/collections.ts';
import { entryId } from '../lib/schema/entry-id.ts';

export { COLLECTIONS, type Collection };

/** A corpus file as read: the content check's view of it, plus where it is on disk. */
export interface CorpusFile extends ContentFile {
	/** Absolute path. */
	path: string;
}

export interface Corpus {
	/** The files that could be read and split, in collection then path order. */
	files: CorpusFile[];
	/** Every file the loaders will load, readable or not (for the id checks). */
	refs: FileRef[];
	/** What could not be read, each naming the file. */
	problems: ContentProblem[];
}

/** The corpus folder in use: `KB_CONTENT_DIR` (as in src/content.config.ts) or `./content`. */
export function contentDir(): string {
	return resolve(process.env.KB_CONTENT_DIR ?? './content');
}

/** `content/policies` of the corpus in use. */
export function defaultPoliciesDir(): string {
	return join(contentDir(), 'policies');
}

/** Path for messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel && !rel.startsWith('..') ? rel : path;
}

/** A name that looks like a text (any case of .md/.mdx). */
const TEXT_NAME = /\.mdx?$/i;

const inside = (path: string, dir: string) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Entries under `dir` named like a text that the glob pattern does not load: folders, dangling
 * links, hidden files (and texts in hidden folders), upper-case extensions. Links to folders are
 * not followed here (the glob follows them, and the files it finds there are checked like any other).
 */
function strays(dir: string, loaded: ReadonlySet<string>, report: (entry: string, message: string) => void): void {
	const walk = (rel: string) => {
		let names: string[];
		try {
			names = readdirSync(join(dir, rel));
		} catch {
			return;
		}
		for (const name of names) {
			const entry = rel ? `${rel}/${name}` : name;
			const abs = join(dir, entry);
			const stat = lstatSync(abs);
			const hidden = entry.split('/').some((part) => part.startsWith('.'));
			if (stat.isDirectory()) {
				if (TEXT_NAME.test(name))
					report(entry, `“${name}”是文件夹，名字却像一篇文件：文件夹名不要以 .md 或 .mdx 结尾（其中的文件照常读取）`);
				walk(entry);
				continue;
			}
			if (!TEXT_NAME.test(name) || loaded.has(entry)) continue;
			if (stat.isSymbolicLink() && !existsSync(abs)) {
				report(entry, `是指向不存在的文件的链接（${readlinkSync(abs)}）：这篇文件不会出现在网站上。删去链接，或放入文件本身`);
			} else if (hidden) {
				report(entry, `文件或所在文件夹的名字以“.”开头，构建不会读取它，这篇文件不会出现在网站上：去掉开头的“.”，或把它移出 content/`);
			} else if (!/\.mdx?$/.test(name)) {
				report(entry, `扩展名应为小写的 .md 或 .mdx：构建不会读取“${name}”，这篇文件不会出现在网站上`);
			} else if (stat.isSymbolicLink() && statSync(abs).isDirectory()) {
				report(entry, `是指向文件夹的链接，名字却像一篇文件：改名，或链接到文件本身`);
			} else {
				report(entry, '构建不会读取这个文件（不是普通文件）：放入文件本身');
			}
		}
	};
	walk('');
}

/** Reads one collection folder of the corpus whose folder (for links leading out of it) is `root`. */
export function readCollection(collection: Collection, dir: string, root = dir): Corpus {
	const corpus: Corpus = { files: [], refs: [], problems: [] };
	if (!existsSync(dir)) return corpus;
	// the system's realpath: one call per file (Node's own resolves every folder of the path with a call of its own)
	const rootReal = realpathSync.native(root);
	const problem = (entry: string, message: string, line?: number) =>
		corpus.problems.push({ file: displayPath(join(dir, entry)), ...(line ? { line } : {}), message });
	// Exactly the glob loader's discovery (astro/dist/content/loaders/glob.js).
	const entries = globSync(CORPUS_PATTERN, { cwd: dir, expandDirectories: false }).sort();
	strays(dir, new Set(entries), problem);
	for (const entry of entries) {
		const path = join(dir, entry);
		const ref: FileRef = { collection, id: entryId(entry), entry, file: displayPath(path) };
		corpus.refs.push(ref);
		let real: string;
		try {
			real = realpathSync.native(path);
		} catch (err) {
			problem(entry, `无法读取：${(err as Error).message}`);
			continue;
		}
		if (!inside(real, rootReal)) {
			problem(entry, `是指向语料文件夹之外的链接（${real}）：构建会把那个文件发布出去。把文件本身放进 ${displayPath(root)}/`);
			continue;
		}
		let source: string;
		try {
			source = utf8.decode(readFileSync(path));
		} catch {
			problem(entry, '不是 UTF-8 编码的文字：用编辑器另存为 UTF-8，或用 npm run import 从原件重新导入');
			continue;
		}
		const parsed = parseContentFile(ref, source);
		if ('problems' in parsed) corpus.problems.push(...parsed.problems);
		else corpus.files.push({ ...parsed.file, path });
	}
	return corpus;
}

/** Every collection of the corpus in `root` (default: `content/` or KB_CONTENT_DIR). */
export function readCorpus(root = contentDir()): Corpus {
	const corpus: Corpus = { files: [], refs: [], problems: [] };
	for (const collection of COLLECTIONS) {
		const read = readCollection(collection, join(root, collection), root);
		corpus.files.push(...read.files);
		corpus.refs.push(...read.refs);
		corpus.problems.push(...read.problems);
	}
	return corpus;
}

/**
 * The readable files of one collection folder `dir` (default: content/policies); none when it does
 * not exist. For tests and benchmarks that look at one folder; the collection is the folder's name.
 */
export function readCorpusFiles(dir = defaultPoliciesDir()): CorpusFile[] {
	const name = basename(dir);
	const collection = (COLLECTIONS as readonly string[]).includes(name) ? (name as Collection) : 'policies';
	return readCollection(collection, dir).files;
}
