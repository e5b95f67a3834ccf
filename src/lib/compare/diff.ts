/**
 * Diff of two aligned paragraphs for 对照阅读. Pure, no DOM.
 *
 * The `diff` library's Myers diff (diffArrays) over tokens: a number (2019, 80%, 3.5) or a Latin word
 * is one token, so 2019 → 2016 is shown as one changed number and never as 201[9]/201[6]; Chinese is
 * compared character by character, and `coalesce` then folds short unchanged runs into the change so
 * the highlight reads as whole words. The work is bounded: past `maxEdits` changes the diff runs on
 * phrases (split at punctuation), and past that the middle is one deletion and one insertion.
 */
import { diffArrays } from 'diff';

export type DiffOp = 'same' | 'del' | 'ins';

export interface DiffSegment {
	text: string;
	op: DiffOp;
}

export interface DiffOptions {
	/** Most changes (tokens added plus removed) worked out before falling back to phrases; default 4,000. */
	maxEdits?: number;
}

/** A number (with its decimals and %), a run of Latin letters, or one character. */
const TOKEN = /[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?|[A-Za-z]+|[\s\S]/gu;

export function tokens(text: string): string[] {
	return text.match(TOKEN) ?? [];
}

/** Appends, merging with the previous segment of the same op; empty text is dropped. */
function push(out: DiffSegment[], op: DiffOp, text: string): void {
	if (!text) return;
	const last = out[out.length - 1];
	if (last && last.op === op) last.text += text;
	else out.push({ op, text });
}

/** Diff of two token lists, deletions before insertions within a change; `null` past `maxEdits`. */
function tokenDiff(a: string[], b: string[], maxEdits: number): DiffSegment[] | null {
	const changes = diffArrays(a, b, { maxEditLength: maxEdits });
	if (!changes) return null;
	const out: DiffSegment[] = [];
	let del = '';
	let ins = '';
	for (const c of changes) {
		if (c.removed) del += c.value.join('');
		else if (c.added) ins += c.value.join('');
		else {
			push(out, 'del', del);
			push(out, 'ins', ins);
			del = ins = '';
			push(out, 'same', c.value.join(''));
		}
	}
	push(out, 'del', del);
	push(out, 'ins', ins);
	return out;
}

/** Phrases ending at punctuation, so a long paragraph diffs clause by clause. */
export function phrases(text: string): string[] {
	return text.match(/[^，。；：、！？,.;:!?\n]*[，。；：、！？,.;:!?\n]?/gu)?.filter((p) => p !== '') ?? [];
}

/** Segments whose `del` + `same` texts spell `before` and whose `ins` + `same` texts spell `after`. */
export function diffText(before: string, after: string, options: DiffOptions = {}): DiffSegment[] {
	const maxEdits = options.maxEdits ?? 4_000;
	const a = tokens(before);
	const b = tokens(after);
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	const out: DiffSegment[] = [];
	push(out, 'same', a.slice(0, start).join(''));
	const midA = a.slice(start, endA);
	const midB = b.slice(start, endB);
	const middle = tokenDiff(midA, midB, maxEdits) ??
		tokenDiff(phrases(midA.join('')), phrases(midB.join('')), maxEdits) ?? [
			{ op: 'del' as const, text: midA.join('') },
			{ op: 'ins' as const, text: midB.join('') },
		];
	for (const seg of middle) push(out, seg.op, seg.text);
	push(out, 'same', a.slice(endA).join(''));
	return out;
}

/** Reassembles one side of a diff: `before` from same + del, `after` from same + ins. */
export function sideText(segments: readonly DiffSegment[], side: 'before' | 'after'): string {
	const skip: DiffOp = side === 'before' ? 'ins' : 'del';
	return segments
		.filter((s) => s.op !== skip)
		.map((s) => s.text)
		.join('');
}

/**
 * Character diffs tend to pair scattered single characters of unrelated phrases; a "same" run this
 * short between two changes is folded into the change so the highlight reads as whole words.
 */
export function coalesce(segments: readonly DiffSegment[], minSame = 2): DiffSegment[] {
	const out: DiffSegment[] = [];
	let del = '';
	let ins = '';
	const flush = () => {
		push(out, 'del', del);
		push(out, 'ins', ins);
		del = ins = '';
	};
	segments.forEach((s, k) => {
		const inner = k > 0 && k < segments.length - 1;
		if (s.op === 'same' && (!inner || [...s.text].length >= minSame)) {
			flush();
			push(out, 'same', s.text);
		} else if (s.op === 'same') {
			del += s.text;
			ins += s.text;
		} else if (s.op === 'del') del += s.text;
		else ins += s.text;
	});
	flush();
	return out;
}
