/** A small notice whose clauses 1. and 2. enclose the given lines, each its own paragraph: how importer tests smuggle lines into a text. */
export function linesBetweenClauses(lines: readonly string[]): string {
	return [
		'关于测试导入的通知',
		'',
		'一、总体要求',
		'',
		'1.第一条款。',
		'',
		...lines.flatMap((l) => [l, '']),
		'2.第二条款。',
		'',
		'测试机关',
		'2020年1月2日',
	].join('\n');
}
