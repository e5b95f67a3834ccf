/** The calculators and helpers listed on the tools index. */
export interface ToolInfo {
	path: string;
	title: string;
	question: string;
}

export const TOOLS: readonly ToolInfo[] = [
	{
		path: '/tools/org-type/',
		title: '组织形式计算器',
		question: '我们学会有多少名正式党员、预备党员，应成立党支部、党总支还是党委？要不要设支委会？',
	},
	{
		path: '/tools/election/',
		title: '换届选举计算器',
		question: '应选 5 名委员，候选人至少几名？多少人到会才有效？得多少票才能当选？选举结果是否有效？',
	},
	{
		path: '/tools/six-good/',
		title: '“六好”党组织自评清单',
		question: '对照山西“六好”党组织标准（25 条）或青海示范点创建标准（6 条），我们学会党组织哪些已经达到、哪些还没做到？',
	},
	{
		path: '/tools/term-reminder/',
		title: '换届提醒',
		question: '上次换届是哪一天、理事会每届几年，下次换届什么时候到期？还剩多少天？换届和补选要报哪些模板、由谁审批？',
	},
	{
		path: '/tools/readings/',
		title: '工具的计算口径',
		question: '文件没有规定、有歧义或说法不一致的地方，这些工具是怎么算的？依据哪些条款？',
	},
];
