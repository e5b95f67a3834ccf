/**
 * Build gate: before Astro reads a single content file, the whole corpus goes through the content
 * check (`npm run check:content` runs the same). A build with any problem stops here, each problem
 * named by file, line and field, in Chinese — instead of a YAML stack trace, a rolled-over date or a
 * silently dropped page later on — and leaves no output folder. In `astro dev` the problems are
 * logged and the server keeps running.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../data/content-check.ts';
import { contentDir, displayPath, readCorpus, type Corpus } from '../data/corpus.ts';
import { formatProblem } from '../lib/content-check.ts';
import { discardOutput } from './discard-output.ts';

/** `corpus`: the corpus as astro.config.mjs read it for its config-time loaders (read again when absent). */
export default function contentGate(corpus?: Corpus): AstroIntegration {
	return {
		name: 'kb:content-gate',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command === 'preview') return;
				// a build reuses what earlier builds found in unchanged bodies; `astro dev` checks afresh
				const { files, problems } = checkContent(corpus ?? readCorpus(), command === 'build' ? fileURLToPath(config.cacheDir) : undefined);
				if (problems.length === 0) {
					logger.info(`内容检查通过：${files} 个文件。`);
					return;
				}
				const report = `内容检查未通过：${displayPath(contentDir())} 中发现 ${problems.length} 处问题：\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
				if (command === 'dev') {
					logger.error(report);
					return;
				}
				// the output of an earlier build would look like the result of this one
				discardOutput(config.outDir, logger);
				throw new Error(report);
			},
		},
	};
}
