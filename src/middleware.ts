/**
 * Every page is written with its Content-Security-Policy `<meta>` first in `<head>`
 * (`hoistPolicy`, src/lib/csp.ts), so the copy Astro keeps for incremental builds is the page as
 * published and the build's CSP check (src/integrations/csp.ts) finds nothing left to move.
 */
import { defineMiddleware } from 'astro:middleware';
import { hoistPolicy } from './lib/csp';

export const onRequest = defineMiddleware(async (_, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(hoistPolicy(await response.text()), response);
});
