/**
 * Where a text applies, when its title does not say: 市科协科技社团党委2023年工作要点 is 重庆's, but
 * the title alone reads as any city's. Pure; listings show the note beside the title.
 */

/** The place names a region is known by: 河南省平顶山市 → 河南, 平顶山; 重庆市 → 重庆. */
function placeNames(region: string): string[] {
	return region
		.split(/(?<=省|自治区|特别行政区|市|州|盟|县|区)/u)
		.map((part) => part.replace(/(省|自治区|特别行政区|市|州|盟|县|区)$/u, ''))
		.filter((name) => name.length >= 2);
}

/** `（重庆市）` when the title names none of the region's places; '' for national texts and titles that do. */
export function placeNote(title: string, region: string): string {
	if (region === '全国' || region.trim() === '') return '';
	const names = placeNames(region);
	if (names.length === 0 || names.some((name) => title.includes(name))) return '';
	return `（${region}）`;
}
