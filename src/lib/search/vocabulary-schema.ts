/**
 * The shape of a vocabulary shard file (/search-vocabulary/N.json, /search-vocabulary-reverse/N.json),
 * checked where the build writes it: the browser reads these files without zod (vocabulary.ts'
 * readShard), so this is the edge where a wrong derivative of the corpus or of the synonym table is
 * stopped. Review notes (`where`) and anything else unknown are refused: they would only cost bytes.
 */
import { z } from 'astro/zod';
import { zodChinese } from '../schema/messages';
import type { VocabularyShard } from './vocabulary';

const hanWord = z.string().regex(/^\p{Script=Han}+$/u, '应为汉字词');

export const vocabularyShardSchema = z.strictObject({
	/** First character → "rest count rest count…": words of Han characters, each ending in its count. */
	words: z.record(
		z.string().regex(/^\p{Script=Han}$/u, '应为一个汉字'),
		z.string().regex(/^\p{Script=Han}*\d+(?: \p{Script=Han}*\d+)*$/u, '应为“词尾 次数”，以空格分隔')
	),
	/** Everyday word → the texts' words for it, at least one. */
	synonyms: z.record(hanWord, z.array(hanWord).min(1)).optional(),
}) satisfies z.ZodType<VocabularyShard>;

/** The shard as written to `file`, or an error naming the file and the field. */
export function checkedShard(shard: unknown, file: string): VocabularyShard {
	const result = vocabularyShardSchema.safeParse(shard, { error: zodChinese });
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	throw new Error(`搜索词表分片 ${file} 不合规：${issue.path.join('.') || '（整个文件）'}：${issue.message}`);
}
