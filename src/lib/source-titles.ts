/**
 * Readers' names of the source texts in `sources/` (the table in sources/README.md), so 勘误说明
 * names a source by its title, never by a file name. A unit test holds this list to the README and
 * to every `source.file` of the corpus.
 */
export const SOURCE_TITLES: Readonly<Record<string, string>> = {
	'pingdingshan-xuehui-dangjian-yijian.txt': '平顶山市科协《关于加强科协所属学会党建工作的若干意见》',
	'shanxi-shuangqiang-liuhao-2019.txt': '晋科社行党发〔2019〕5号《关于开展“双强六好”党组织建设工作的通知》',
	'qinghai-guide-2022.txt': '《青海省科技社团党组织工作指南（试行）》（2022 年 6 月）',
	'chongqing-2023-gongzuo-yaodian.txt': '渝科协社党发〔2023〕11号《关于印发〈市科协科技社团党委2023年工作要点〉的通知》',
	'cast-2022-xuehui-dangjian-yaodian.txt': '《关于印发〈2022年中国科协学会党建工作要点〉的通知》',
};

/** The title of a source file, or a plain description when the list has none (a new source not yet named). */
export function sourceTitle(file: string): string {
	return SOURCE_TITLES[file] ?? '整理者收到的原文文本';
}

/** Where a text is transcribed from, as the 勘误说明 and the Word download of the text say it. */
export function transcribedFrom(source: { file: string; part?: string | undefined }): string {
	return `正文照录${sourceTitle(source.file)}${source.part ? `（${source.part}）` : ''}，仅规范排版。`;
}
