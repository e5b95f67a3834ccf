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
];
