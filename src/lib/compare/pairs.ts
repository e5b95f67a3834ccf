/** Comparisons worth reading, pre-rendered as static pages under /compare/<a>/<b>/. */
export interface FeaturedPair {
	a: string;
	b: string;
	/** Why these two belong side by side. */
	note: string;
}

export const FEATURED_PAIRS: readonly FeaturedPair[] = [
	{
		a: 'pingdingshan-xuehui-dangjian-yijian',
		b: 'kexie-dangzufa-2016-81',
		note: '平顶山市科协的若干意见以中国科协 2016 年若干意见为蓝本，逐条改写为市级要求。',
	},
	{
		a: 'shanxi-shuangqiang-liuhao',
		b: 'qing-kexie-shedangfa-2019-10',
		note: '山西“六好”党组织标准与青海科技社团党建示范点“六好”创建标准。',
	},
	{
		a: 'shanxi-shuangqiang-liuhao',
		b: 'zhongbanfa-2015-51',
		note: '山西“六好”标准对照中办发〔2015〕51号规定的社会组织党组织基本职责。',
	},
];

export function comparePath(a: string, b: string): string {
	return `/compare/${a}/${b}/`;
}
