/**
 * Frontmatter schema of a policy text (`content/policies/*.mdx`).
 *
 * Pure zod, no Astro import: `src/content.config.ts` wraps it for the build,
 * and unit tests validate fixtures against it directly.
 */
import { z } from 'zod';
import { partialDateSchema } from './partial-date.ts';
import { isCanonicalDocNumber } from '../doc-number.ts';

/** 层级: who issued the text, from the centre down. The order is the display order. */
export const LEVELS = ['中央', '中央部门', '中国科协', '省级', '市级'] as const;

/** 文种. */
export const DOC_TYPES = [
	'意见',
	'通知',
	'方案',
	'工作要点',
	'办法',
	'规定',
	'条例',
	'标准',
	'指南',
	'细则',
	'决定',
	'其他',
] as const;

/** 状态. `历史年度文件` marks a yearly plan whose year has passed: still useful, no longer binding. */
export const STATUSES = ['现行', '试行', '历史年度文件', '已废止', '不详'] as const;


export const sourceSchema = z
	.object({
		/** Source file in `sources/`: the text this entry is transcribed from. */
		file: z.string().min(1, '来源文件不能为空'),
		/** Where inside that file, for compiled texts (e.g. 第六部分之 1). */
		part: z.string().min(1).optional(),
	})
	.strict();

export const correctionSchema = z
	.object({
		/** The text exactly as the source has it. */
		original: z.string().min(1),
		/** What the page shows instead. */
		corrected: z.string(),
		/** Why: which extraction defect this is. */
		reason: z.string().min(1),
	})
	.strict();

/** How one text changes another: 修订 (amends), 废止 (repeals), 替代 (replaces). */
export const RELATIONS = ['修订', '废止', '替代'] as const;

/** The other text of a supersession relation: an entry of the corpus (`id`) or, when not collected, its `title`. */
export const relationSchema = z
	.object({
		/** Entry id of the other text (its file name without extension). */
		id: z.string().regex(/^[a-z0-9-]+$/, '应为另一篇文件的 id（文件名，不含扩展名）').optional(),
		/** Title of a text the site has not collected, without 《》. */
		title: z.string().min(2).optional(),
		relation: z.enum(RELATIONS, { error: `关系应为 ${RELATIONS.join('、')} 之一` }),
	})
	.strict()
	.refine((r) => r.id !== undefined || r.title !== undefined, '应填写 id（本站收录的文件）或 title（未收录的文件）');

export const policyFields = {
	/** Full title as the text gives it, without 《》. */
	title: z.string().min(2, '标题至少两个字'),
	/** Short title for lists, the sidebar and the citation map. */
	shortTitle: z.string().min(2, '简称至少两个字'),
	/** 文号. Omit when the text has none; never invent one. */
	docNumber: z
		.string()
		// half-width brackets or [] are a transcription error, not a variant
		.refine(isCanonicalDocNumber, '文号格式应为“机关代字〔年份〕序号号”，如 中办发〔2015〕51号')
		.optional(),
	/** 发文机关: one or more issuing bodies, in the order the text names them. */
	issuers: z.array(z.string().min(2)).min(1, '至少填写一个发文机关'),
	/** 成文/发文日期: YYYY, YYYY-MM or YYYY-MM-DD, or 不详 when the text gives none. */
	issued: partialDateSchema,
	/** 施行日期, only when the text states one. */
	effective: partialDateSchema.optional(),
	/** 层级. */
	level: z.enum(LEVELS, { error: `层级应为 ${LEVELS.join('、')} 之一` }),
	/** 适用地域, e.g. 全国, 青海省, 河南省平顶山市. */
	region: z.string().min(2),
	/** 文种. */
	docType: z.enum(DOC_TYPES, { error: `文种应为 ${DOC_TYPES.join('、')} 之一` }),
	/** 状态. */
	status: z.enum(STATUSES, { error: `状态应为 ${STATUSES.join('、')} 之一` }),
	/** Where the transcription comes from. */
	source: sourceSchema,
	/** Names other texts use when citing this one (short names, variant titles). */
	aliases: z.array(z.string().min(2)).default([]),
	/** Topics for browsing (e.g. 组织设置, 换届选举). */
	topics: z.array(z.string().min(1)).default([]),
	/** Extraction defects corrected in the transcription, shown in 勘误说明. */
	corrections: z.array(correctionSchema).default([]),
	/** Entry id of the compiled text that carries this one (e.g. the Qinghai guide's part six). */
	carriedBy: z.string().regex(/^[a-z0-9-]+$/, '应为另一篇文件的 id（文件名，不含扩展名）').optional(),
	/** Texts this one 修订/废止/替代. The other text's page shows the relation too, without repeating it there. */
	supersedes: z.array(relationSchema).default([]),
	/** Texts that 修订/废止/替代 this one: needed only for one the site has not collected (else it is read from that text's `supersedes`). */
	supersededBy: z.array(relationSchema).default([]),
	/** One-sentence summary for listings and search results; not part of the text. */
	summary: z.string().optional(),
};

export const policySchema = z.object(policyFields).strict();

export type PolicyFrontmatter = z.output<typeof policySchema>;
export type Level = (typeof LEVELS)[number];
export type DocType = (typeof DOC_TYPES)[number];
export type Status = (typeof STATUSES)[number];
export type Relation = z.output<typeof relationSchema>;
