/**
 * A tiny static file server for the built site, serving `root` under `base` (e.g. /kb/),
 * as a web server on an intranet would. Only for tests and benchmarks.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
};

export interface RunningServer {
	url: string;
	close(): Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<RunningServer> {
	const server: Server = createServer((req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!pathname.startsWith(base)) {
			res.writeHead(404).end('not found');
			return;
		}
		let file = normalize(join(root, pathname.slice(base.length)));
		if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
			res.writeHead(403).end();
			return;
		}
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			statSync(file);
		} catch {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			createReadStream(join(root, '404.html'))
				.on('error', () => res.end())
				.pipe(res);
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
