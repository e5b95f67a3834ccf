// @ts-check
/**
 * The site's own configuration with one more page, which throws while it renders: a build that
 * crashes half-way must leave no output folder (tests/build/content-errors.test.ts).
 */
import config from '../../../astro.config.mjs';

/** @type {import('astro').AstroIntegration} */
const crashingPage = {
	name: 'test:render-crash',
	hooks: {
		'astro:config:setup': ({ injectRoute }) => {
			injectRoute({ pattern: '/zz-render-crash/', entrypoint: new URL('./crash.astro', import.meta.url) });
		},
	},
};

const integrations = [...(config.integrations ?? [])];
// before the last integration (the one that publishes the output)
integrations.splice(integrations.length - 1, 0, crashingPage);

export default { ...config, integrations };
