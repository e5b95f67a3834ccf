/**
 * A title's closing parenthetical (（试行）, （2023年）), to be kept on one line: Chinese text may break
 * between any two characters, and a title that breaks as “（试 / 行）” reads as two words. Pure.
 */
export function splitTitle(title: string): { head: string; tail: string } {
	const m = /^(.*?)([（(][^（）()]{1,8}[）)][”’」』]*)$/u.exec(title);
	return m && m[1] ? { head: m[1], tail: m[2]! } : { head: title, tail: '' };
}
