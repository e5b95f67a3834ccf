import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate } from '../../src/lib/schema/partial-date';

describe('parsePartialDate', () => {
	it.each([
		['不详', '日期不详'],
		['2022', '2022年'],
		['2022-06', '2022年6月'],
		['2019-09-03', '2019年9月3日'],
		['2024-02-29', '2024年2月29日'],
	])('%s → %s', (input, shown) => {
		const parsed = parsePartialDate(input);
		expect(parsed).not.toBeNull();
		expect(formatPartialDate(parsed!)).toBe(shown);
	});

	it.each(['', 'unknown', '2019-9-3', '2019-13', '2023-02-29', '2019-04-31', '1800', '2019/09/03', '2019-09-03T00:00'])(
		'rejects %j',
		(input) => {
			expect(parsePartialDate(input)).toBeNull();
		}
	);
});
