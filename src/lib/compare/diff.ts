/**
 * Character-level diff of two aligned paragraphs for 对照阅读. Pure, no DOM.
 *
 * Longest common subsequence after trimming the common prefix and suffix. The quadratic table is
 * bounded: when the changed middle is larger than `maxCells`, the diff runs on phrases (split at
 * Chinese and ASCII punctuation) instead of characters, and if that is still too large the middle is
 * reported as one deletion and one insertion.
 */

export type DiffOp = 'same' | 'del' | 'ins';

export interface DiffSegment {
	text: string;
	op: DiffOp;
}

export interface DiffOptions {
	/** Largest LCS table (rows × columns) computed; default 1,000,000. */
	maxCells?: number;
}

/** Appends, merging with the previous segment of the same op; empty text is dropped. */
function push(out: DiffSegment[], op: DiffOp, text: string): void {
	if (!text) return;
	const last = out[out.length - 1];
	if (last && last.op === op) last.text += text;
	else out.push({ op, text });
}

/** LCS diff of two token lists; `null` when the table would exceed `maxCells`. */
function lcsDiff(a: readonly string[], b: readonly string[], maxCells: number): DiffSegment[] | null {
	const n = a.length;
	const m = b.length;
	if ((n + 1) * (m + 1) > maxCells) return null;
	const w = m + 1;
	// len[i][j]: LCS length of a[i..] and b[j..]
	const len = new Uint32Array((n + 1) * w);
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			len[i * w + j] = a[i] === b[j] ? len[(i + 1) * w + j + 1]! + 1 : Math.max(len[(i + 1) * w + j]!, len[i * w + j + 1]!);
		}
	}
	const out: DiffSegment[] = [];
	let i = 0;
	let j = 0;
	// within a change, deletions are emitted before insertions
	let del = '';
	let ins = '';
	const flush = () => {
		push(out, 'del', del);
		push(out, 'ins', ins);
		del = ins = '';
	};
	while (i < n && j < m) {
		if (a[i] === b[j]) {
			flush();
			push(out, 'same', a[i]!);
			i++;
			j++;
		} else if (len[(i + 1) * w + j]! >= len[i * w + j + 1]!) del += a[i++]!;
		else ins += b[j++]!;
	}
	while (i < n) del += a[i++]!;
	while (j < m) ins += b[j++]!;
	flush();
	return out;
}

/** Phrases ending at punctuation, so a long paragraph diffs clause by clause. */
export function phrases(text: string): string[] {
	return text.match(/[^，。；：、！？,.;:!?\n]*[，。；：、！？,.;:!?\n]?/gu)?.filter((p) => p !== '') ?? [];
}

/** Segments whose `del` + `same` texts spell `before` and whose `ins` + `same` texts spell `after`. */
export function diffText(before: string, after: string, options: DiffOptions = {}): DiffSegment[] {
	const maxCells = options.maxCells ?? 1_000_000;
	const a = [...before];
	const b = [...after];
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
	const middle = lcsDiff(midA, midB, maxCells) ??
		lcsDiff(phrases(midA.join('')), phrases(midB.join('')), maxCells) ?? [
			{ op: 'del' as const, text: midA.join('') },
			{ op: 'ins' as const, text: midB.join('') },
		];
	for (const s of middle) push(out, s.op, s.text);
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
