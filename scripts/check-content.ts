/**
 * npm run check:content — checks every file of content/ (or KB_CONTENT_DIR) without building the
 * site, reading it exactly as the build's content collections will: every file the loaders load
 * (sub-folders included) under the id its page gets. Checks file names, invisible characters,
 * frontmatter against the schemas (real dates, field lengths), duplicate ids, relations and links
 * between texts, unsafe or outside URLs, empty bodies. The build runs the same check first
 * (src/integrations/content-gate.ts).
 */
import { checkContent } from '../src/data/content-check.ts';
import { contentDir, displayPath } from '../src/data/corpus.ts';
import { formatProblem } from '../src/lib/content-check.ts';

const started = performance.now();
const { files, problems } = checkContent();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
	console.error(`内容检查未通过：${displayPath(contentDir())} 中 ${files} 个文件，发现 ${problems.length} 处问题（${seconds} 秒）：`);
	for (const p of problems) console.error(`  ${formatProblem(p)}`);
	process.exit(1);
}
console.log(`内容检查通过：${displayPath(contentDir())} 中 ${files} 个文件（${seconds} 秒）。`);
