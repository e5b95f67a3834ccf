/**
 * Dates as the texts give them: often only a year and month (2022年6月), sometimes none.
 * We keep the precision the text has instead of inventing a day.
 */
import { z } from 'astro/zod';
import { fieldError } from './messages.ts';
import { parsePartialDate } from '../dates.ts';

// The date functions live in a module without zod (browser code uses them); re-exported for the schema's users.
export { UNKNOWN_DATE, formatPartialDate, parsePartialDate, partialDateSortKey, type PartialDate } from '../dates.ts';

/** YAML turns an unquoted 2019-09-03 into a Date: accept it as that day. */
function dateToIso(value: unknown): unknown {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	if (typeof value === 'number' && Number.isInteger(value)) return String(value);
	return value;
}

/**
 * A date field (`label` names it in messages, e.g. 成文日期（issued）). The content check reads YAML
 * without timestamps, so an impossible unquoted date (2019-13-45) reaches this as text and is refused.
 */
export const partialDateSchema = (label = '日期') =>
	z.preprocess(
		dateToIso,
		z.string({ error: fieldError(label, `${label}应为 YYYY、YYYY-MM、YYYY-MM-DD 或“不详”`) }).transform((value, ctx) => {
			const parsed = parsePartialDate(value);
			if (!parsed) {
				ctx.addIssue({
					code: 'custom',
					message: `日期“${value}”无效：应为真实存在的日期，写作 YYYY、YYYY-MM、YYYY-MM-DD 或“不详”`,
				});
				return z.NEVER;
			}
			return parsed;
		})
	);
