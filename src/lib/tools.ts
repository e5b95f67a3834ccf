/**
 * The tool registry: every tool page, once. The sidebar (astro.config.mjs), the tools index, each
 * tool page's title and description (ToolPage.astro), the readings' tool names (rules/readings.ts),
 * and the browser tests, page-weight budgets and screenshots all read this list, so a new tool is
 * one entry here plus its rule, its browser module and its page (README “添加一个工具”).
 */

export interface ToolInfo {
	/** URL slug: the page is /tools/<id>/, its custom element <kb-<id>>, its script src/client/tools/<id>.ts. */
	id: string;
	/** Name in the sidebar, the page title and the readings. */
	title: string;
	/** The question the tool answers, on the tools index. */
	question: string;
	/** Meta description of the page. */
	description: string;
	/**
	 * `calculator`: a form whose answer the browser computes (custom element, answer box with a verdict).
	 * `reference`: a page of text only.
	 */
	kind: 'calculator' | 'reference';
	/** Query string that shows a worked answer, offered on the tools index (`?…`). */
	example?: string;
}

export const TOOLS = [
	{
		id: 'org-type',
		title: '组织形式计算器',
		question: '我们学会有多少名正式党员、预备党员，应成立党支部、党总支还是党委？要不要设支委会？',
		description: '根据正式党员和预备党员人数，判断学会应成立党支部、党总支还是基层党委，是否设支部委员会。',
		kind: 'calculator',
		example: '?formal=12&probationary=2',
	},
	{
		id: 'election',
		title: '换届选举计算器',
		question: '应选 5 名委员，候选人至少几名？多少人到会才有效？得多少票才能当选？选举结果是否有效？',
		description: '计算差额选举的候选人数、会议有效的最少到会人数、当选所需票数，并核对选举结果。',
		kind: 'calculator',
		example: '?seats=5&eligible=40&present=35',
	},
	{
		id: 'six-good',
		title: '“六好”党组织自评清单',
		question: '对照山西“六好”党组织标准（25 条）或青海示范点创建标准（6 条），我们学会党组织哪些已经达到、哪些还没做到？',
		description:
			'对照山西“六好”党组织标准（25 条）或青海科技社团党组织党建工作示范点创建标准（6 条）逐条自查，按方面汇总尚未达到的条目，可打印留档。',
		kind: 'calculator',
		example: '?standard=qinghai',
	},
	{
		id: 'term-reminder',
		title: '换届提醒',
		question: '上次换届是哪一天、理事会每届几年，下次换届什么时候到期？还剩多少天？换届和补选要报哪些模板、由谁审批？',
		description: '输入上次换届日期和理事会每届任期，算出党组织下次换届的到期日、剩余天数，并列出换届和补选的步骤、模板和审批。',
		kind: 'calculator',
		example: '?last=2021-06-30&term=5',
	},
	{
		id: 'readings',
		title: '工具的计算口径',
		question: '文件没有规定、有歧义或说法不一致的地方，这些工具是怎么算的？依据哪些条款？',
		description: '计算器和文书模板在文件未规定、有歧义或文件之间不一致之处采用的读法，逐条附所依据的条款。',
		kind: 'reference',
	},
] as const satisfies readonly ToolInfo[];

export type ToolId = (typeof TOOLS)[number]['id'];
export type CalculatorId = Extract<(typeof TOOLS)[number], { kind: 'calculator' }>['id'];

/** Site path of a tool page (without the deployment base). */
export const toolPath = (id: string): string => `/tools/${id}/`;

export function toolById(id: ToolId): ToolInfo {
	return TOOLS.find((t) => t.id === id)!;
}
