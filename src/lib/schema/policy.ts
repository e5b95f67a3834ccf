/**
 * Frontmatter schema of a policy text (`content/policies/*.mdx`).
 *
 * Pure zod, no Astro import: `src/content.config.ts` wraps it for the build,
 * and unit tests validate fixtures against it directly.
 */
import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date.ts';
import { isCanonicalDocNumber } from '../doc-number.ts';
import { fieldError, maxChars, maxItems } from './messages.ts';
import { ID_PATTERN } from './entry-id.ts';

/** 层级: who issued the text, from the centre down. The order is the display order. */
export const LEVELS = ['中央', '中央部门', '中国科协', '省级', '市级'] as const;

/** 文种. */
export const DOC_TYPES = ['意见', '通知', '方案', '工作要点', '办法', '规定', '条例', '标准', '指南', '细则', '决定', '其他'] as const;

/** 状态. `历史年度文件` marks a yearly plan whose year has passed: still useful, no longer binding. */
export const STATUSES = ['现行', '试行', '历史年度文件', '已废止', '不详'] as const;

export const sourceSchema = z
	.object(
		{
			/** Source file in `sources/`: the text this entry is transcribed from. */
			file: z
				.string({ error: fieldError('来源文件（source.file）', '来源文件应为文件名') })
				.min(1, '来源文件不能为空')
				.max(200, maxChars('来源文件（source.file）', 200)),
			/** Where inside that file, for compiled texts (e.g. 第六部分之 1). */
			part: z.string().min(1).max(200, maxChars('来源位置（source.part）', 200)).optional(),
		},
		{ error: fieldError('来源（source）', '来源应写成 { file: 来源文件名 }') }
	)
	.strict();

export const correctionSchema = z
	.object({
		/** The text exactly as the source has it. */
		original: z
			.string({ error: fieldError('原文（original）') })
			.min(1, '原文不能为空')
			.max(2000, maxChars('原文（original）', 2000)),
		/** What the page shows instead. */
		corrected: z.string({ error: fieldError('改为（corrected）') }).max(2000, maxChars('改为（corrected）', 2000)),
		/** Why: which extraction defect this is. */
		reason: z
			.string({ error: fieldError('勘误理由（reason）') })
			.min(1, '勘误理由不能为空')
			.max(500, maxChars('勘误理由（reason）', 500)),
	})
	.strict();

/** How one text changes another: 修订 (amends), 废止 (repeals), 替代 (replaces). */
export const RELATIONS = ['修订', '废止', '替代'] as const;

/** The other text of a supersession relation: an entry of the corpus (`id`) or, when not collected, its `title`. */
export const relationSchema = z
	.object({
		/** Entry id of the other text (its file name without extension). */
		id: z.string().regex(ID_PATTERN, '应为另一篇文件的 id（文件名，不含扩展名）').optional(),
		/** Title of a text the site has not collected, without 《》. */
		title: z.string().min(2).max(200, maxChars('标题（title）', 200)).optional(),
		relation: z.enum(RELATIONS, { error: `关系应为 ${RELATIONS.join('、')} 之一` }),
	})
	.strict()
	.refine((r) => r.id !== undefined || r.title !== undefined, '应填写 id（本站收录的文件）或 title（未收录的文件）');

/** A defect of the source itself, kept verbatim in the transcription (e.g. a sentence printed twice). */
export const sourceDefectSchema = z
	.object({
		/** The passage as the source has it (and the page shows it). */
		text: z.string().min(1).max(2000, maxChars('原文（text）', 2000)),
		/** What is wrong with it, for 勘误说明. */
		note: z.string().min(1).max(500, maxChars('说明（note）', 500)),
	})
	.strict();

/** Metadata fields that may be inferred rather than stated by the text itself. */
export const INFERABLE_FIELDS = ['issuers', 'issued', 'level', 'region', 'docType', 'status'] as const;

/** Full title as the text gives it, without 《》 (policies and templates). */
export const titleSchema = z
	.string({ error: fieldError('标题（title）', '标题应为文字') })
	.min(2, '标题至少两个字')
	.max(200, maxChars('标题（title）', 200));

/** Short title for lists, the sidebar and the citation map (policies and templates). */
export const shortTitleSchema = z
	.string({ error: fieldError('简称（shortTitle）', '简称应为文字') })
	.min(2, '简称至少两个字')
	.max(60, maxChars('简称（shortTitle）', 60));

export const policyFields = {
	title: titleSchema,
	shortTitle: shortTitleSchema,
	/** 文号. Omit when the text has none; never invent one. */
	docNumber: z
		.string({ error: '文号应为文字，如 中办发〔2015〕51号' })
		// half-width brackets or [] are a transcription error, not a variant
		.max(60, maxChars('文号（docNumber）', 60))
		.refine(isCanonicalDocNumber, '文号格式应为“机关代字〔年份〕序号号”，如 中办发〔2015〕51号')
		.optional(),
	/** 发文机关: one or more issuing bodies, in the order the text names them. */
	issuers: z
		.array(z.string().min(2, '发文机关至少两个字').max(60, maxChars('发文机关', 60)), {
			error: fieldError('发文机关（issuers）', '发文机关应为列表，如 [中共中央办公厅]'),
		})
		.min(1, '至少填写一个发文机关')
		.max(20, maxItems('发文机关（issuers）', 20)),
	/** 成文/发文日期: YYYY, YYYY-MM or YYYY-MM-DD, or 不详 when the text gives none. */
	issued: partialDateSchema('成文日期（issued）'),
	/** 施行日期, only when the text states one. */
	effective: partialDateSchema('施行日期（effective）').optional(),
	/** 层级. */
	level: z.enum(LEVELS, { error: fieldError('层级（level）', `层级应为 ${LEVELS.join('、')} 之一`) }),
	/** 适用地域, e.g. 全国, 青海省, 河南省平顶山市. */
	region: z
		.string({ error: fieldError('适用地域（region）', '适用地域应为文字，如 全国、青海省') })
		.min(2, '适用地域至少两个字')
		.max(60, maxChars('适用地域（region）', 60)),
	/** 文种. */
	docType: z.enum(DOC_TYPES, { error: fieldError('文种（docType）', `文种应为 ${DOC_TYPES.join('、')} 之一`) }),
	/** 状态. */
	status: z.enum(STATUSES, { error: fieldError('状态（status）', `状态应为 ${STATUSES.join('、')} 之一`) }),
	/** Where the transcription comes from. */
	source: sourceSchema,
	/** Names other texts use when citing this one (short names, variant titles). */
	aliases: z
		.array(z.string().min(2).max(200, maxChars('别称（aliases）', 200)))
		.max(50, maxItems('别称（aliases）', 50))
		.default([]),
	/** Topics for browsing (e.g. 组织设置, 换届选举). */
	topics: z
		.array(z.string().min(1).max(30, maxChars('主题（topics）', 30)))
		.max(20, maxItems('主题（topics）', 20))
		.default([]),
	/** Extraction defects corrected in the transcription, shown in 勘误说明. */
	corrections: z.array(correctionSchema).default([]),
	/** Source defects kept verbatim (not corrected), listed in 勘误说明 so readers know they are not the site's. */
	sourceDefects: z.array(sourceDefectSchema).default([]),
	/** Fields the text itself does not state (inferred from its content, carrier or year): shown as 据内容推定. */
	inferred: z.array(z.enum(INFERABLE_FIELDS, { error: `推定字段应为 ${INFERABLE_FIELDS.join('、')} 之一` })).default([]),
	/** What the 状态 rests on, e.g. 标题注明“试行”; 未说明 when the text says nothing about its validity. */
	statusBasis: z.string().min(2).max(200, maxChars('状态依据（statusBasis）', 200)).default('未说明'),
	/** Entry id of the compiled text that carries this one (e.g. the Qinghai guide's part six). */
	carriedBy: z.string().regex(ID_PATTERN, '应为另一篇文件的 id（文件名，不含扩展名）').optional(),
	/** Texts this one 修订/废止/替代. The other text's page shows the relation too, without repeating it there. */
	supersedes: z.array(relationSchema).default([]),
	/** Texts that 修订/废止/替代 this one: needed only for one the site has not collected (else it is read from that text's `supersedes`). */
	supersededBy: z.array(relationSchema).default([]),
	/** One-sentence summary for listings and search results; not part of the text. */
	summary: z.string().max(500, maxChars('摘要（summary）', 500)).optional(),
};

export const policySchema = z.object(policyFields).strict();

export type PolicyFrontmatter = z.output<typeof policySchema>;
export type Level = (typeof LEVELS)[number];
export type DocType = (typeof DOC_TYPES)[number];
export type Status = (typeof STATUSES)[number];
export type Relation = z.output<typeof relationSchema>;
export type InferableField = (typeof INFERABLE_FIELDS)[number];
