/**
 * A child for the import limits (scripts/import/run.ts) that never replies: sent 'loop', it spins
 * without yielding; sent 'grow', it keeps allocating — what a pathological file does to mammoth or PDF.js.
 */
process.once('message', (mode) => {
	if (mode === 'loop') for (;;);
	const kept: string[][] = [];
	for (;;) kept.push(Array.from({ length: 10_000 }, (_, i) => `${kept.length}-${i}`));
});
