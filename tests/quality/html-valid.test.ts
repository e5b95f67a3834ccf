/**
 * Every built page is valid HTML by html-validate's recommended rules, relaxed only where Starlight's
 * own markup conflicts (see .htmlvalidate.json).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles, requireDist } from './dist';

describe('valid HTML', () => {
	it('dist/**/*.html has no html-validate errors', async () => {
		requireDist();
		const configPath = resolve(import.meta.dirname, '../../.htmlvalidate.json');
		const config = JSON.parse(readFileSync(configPath, 'utf8')) as ConfigData;
		const htmlvalidate = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
		const pages = distFiles().filter((path) => path.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		const problems: string[] = [];
		for (const page of pages) {
			const report = await htmlvalidate.validateFile(resolve(DIST, '.' + page));
			for (const result of report.results) {
				for (const m of result.messages) {
					if (m.severity < 2) continue;
					const near = m.selector ? ` [${m.selector}]` : '';
					problems.push(`dist${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}${near}`);
				}
			}
		}
		expect(problems, `${problems.length} 处 HTML 校验错误（规则配置见 .htmlvalidate.json）：\n${problems.join('\n')}`).toEqual([]);
	});
});
