/** /manifest.webmanifest: the web app manifest (src/lib/web-manifest.ts), under the build's base. */
import { webManifest } from '../lib/web-manifest';

export function GET() {
	return new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL)), {
		headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
	});
}
