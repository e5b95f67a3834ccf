/**
 * The 公文 typefaces (GB/T 9704) and what stands in for each on a computer that lacks it: one list,
 * used by the .docx font table (`w:altName`) and by the on-screen preview (CSS `font-family`).
 * 仿宋_GB2312 and 方正小标宋简体 come with few systems (Windows 10+ ships 仿宋 as "FangSong",
 * macOS has 华文仿宋 / 华文中宋, Linux has Noto CJK), so without alternatives a PC falls back to
 * whatever its default is.
 */
export interface OfficialFont {
	/** The name GB/T 9704 documents use. */
	name: string;
	/** Nearest installed look-alikes, best first (Windows, macOS, Linux names). */
	alternatives: readonly string[];
	generic: 'serif' | 'sans-serif';
}

export const OFFICIAL_FONTS = {
	/** Body text: 仿宋 三号. */
	fangsong: {
		name: '仿宋_GB2312',
		alternatives: ['仿宋', 'FangSong', 'FangSong_GB2312', '华文仿宋', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC'],
		generic: 'serif',
	},
	/** Title and 版头: 小标宋. */
	xiaobiaosong: {
		name: '方正小标宋简体',
		alternatives: ['FZXiaoBiaoSong-B05S', '方正小标宋_GBK', '华文中宋', 'STZhongsong', '宋体', 'SimSun', 'Songti SC', 'Noto Serif CJK SC'],
		generic: 'serif',
	},
	/** First-level headings (一、) and the notice line: 黑体. */
	heiti: {
		name: '黑体',
		alternatives: ['SimHei', 'Heiti SC', 'STHeiti', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC'],
		generic: 'sans-serif',
	},
	/** Second-level headings (（一）): 楷体. */
	kaiti: {
		name: '楷体_GB2312',
		alternatives: ['楷体', 'KaiTi', 'KaiTi_GB2312', '华文楷体', 'STKaiti', 'Kaiti SC', 'AR PL UKai CN', 'Noto Serif CJK SC'],
		generic: 'serif',
	},
	/** Page numbers: 4号半角宋体 (GB/T 9704 7.5). */
	songti: {
		name: '宋体',
		alternatives: ['SimSun', 'NSimSun', 'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC'],
		generic: 'serif',
	},
} as const satisfies Record<string, OfficialFont>;

/** A CSS `font-family` value: the 公文 font first, then its alternatives, then the generic family. */
export function cssFontStack(font: OfficialFont): string {
	return [...[font.name, ...font.alternatives].map((n) => `'${n}'`), font.generic].join(', ');
}
