/**
 * Debian's nginx, started for a test with the project's own configuration (deploy/nginx/): a child
 * process in the foreground (`daemon off`, one process), its prefix, logs, pid and temporary folders
 * under tests/.tmp, listening on a free loopback port. Nothing of the system's nginx is touched but
 * its mime.types and, when installed, the brotli module. Without nginx the tests fail and say how to
 * install it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { repoRoot } from '../../support/astro-build';

const CANDIDATES = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const DEPLOY = resolve(repoRoot, 'deploy/nginx');

export function findNginx(): string {
	const found = CANDIDATES.find((path): path is string => !!path && existsSync(path));
	if (!found) {
		throw new Error(
			'未找到 nginx，部署配置（deploy/nginx/）的测试无法运行。请先安装：apt-get update && apt-get install -y nginx libnginx-mod-http-brotli-static ' +
				'（或设置环境变量 NGINX_PATH 指向 nginx 可执行文件）。'
		);
	}
	return found;
}

/** Whether Debian's brotli_static module is installed (libnginx-mod-http-brotli-static). */
export const hasBrotli = () => existsSync(BROTLI_MODULE);

async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolvePort(port));
		});
	});
}

/** Resolves when something accepts connections on the port; rejects if nginx exits first. */
function listening(port: number, child: ChildProcess, log: () => string): Promise<void> {
	return new Promise((resolveReady, reject) => {
		let done = false;
		child.once('exit', (code) => {
			if (!done) reject(new Error(`nginx 启动失败（退出码 ${code}）：\n${log()}`));
			done = true;
		});
		const attempt = () => {
			if (done) return;
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => {
				socket.destroy();
				done = true;
				resolveReady();
			});
			socket.once('error', () => {
				socket.destroy();
				setTimeout(attempt, 50);
			});
		};
		attempt();
	});
}

export interface RunningNginx {
	/** Origin, e.g. http://127.0.0.1:41234 */
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves `site` (a build made with KB_BASE=/kb/) through deploy/nginx/kb.conf, exactly as written
 * except its document root, which points at a folder whose kb/ is `site`.
 */
export async function startNginx(site: string): Promise<RunningNginx> {
	const nginx = findNginx();
	const prefix = resolve(repoRoot, 'tests/.tmp/nginx', String(process.pid));
	rmSync(prefix, { recursive: true, force: true });
	const www = join(prefix, 'www');
	mkdirSync(www, { recursive: true });
	// The site at <www>/kb/, as the configuration expects it at /var/www/kb/.
	copyTree(site, join(www, 'kb'));
	const snippets = join(prefix, 'conf/snippets');
	mkdirSync(snippets, { recursive: true });
	const kb = readFileSync(join(DEPLOY, 'kb.conf'), 'utf8');
	if (!/^\troot \/var\/www;$/m.test(kb)) throw new Error('deploy/nginx/kb.conf 中没有 “root /var/www;”：测试无法把网站目录换成测试目录');
	writeFileSync(join(snippets, 'kb.conf'), kb.replace(/^\troot \/var\/www;$/m, `\troot ${www};`));
	copyFileSync(join(DEPLOY, 'kb-headers.conf'), join(snippets, 'kb-headers.conf'));
	if (hasBrotli()) copyFileSync(join(DEPLOY, 'kb-brotli.conf'), join(snippets, 'kb-brotli.conf'));
	for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, 'temp', dir), { recursive: true });

	const port = await freePort();
	const conf = join(prefix, 'conf/nginx.conf');
	writeFileSync(
		conf,
		[
			hasBrotli() ? `load_module ${BROTLI_MODULE};` : '',
			'daemon off;',
			'master_process off;',
			`pid ${join(prefix, 'nginx.pid')};`,
			'error_log stderr warn;',
			'events { worker_connections 64; }',
			'http {',
			// As Debian's /etc/nginx/nginx.conf has it.
			'	include /etc/nginx/mime.types;',
			'	default_type application/octet-stream;',
			'	sendfile on;',
			'	gzip on;',
			`	access_log ${join(prefix, 'access.log')};`,
			...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
				(d) => `	${d === 'body' ? 'client_body' : d}_temp_path ${join(prefix, 'temp', d)};`
			),
			'	server {',
			`		listen 127.0.0.1:${port};`,
			'		server_name localhost;',
			'		include snippets/kb.conf;',
			'	}',
			'}',
		].join('\n')
	);
	let log = '';
	const child = spawn(nginx, ['-p', prefix, '-c', conf, '-e', 'stderr'], { stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout!.on('data', (d) => (log += d));
	child.stderr!.on('data', (d) => (log += d));
	await listening(port, child, () => log);
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolveClose) => {
				if (child.exitCode !== null) return resolveClose();
				child.once('exit', () => {
					rmSync(prefix, { recursive: true, force: true });
					resolveClose();
				});
				child.kill('SIGQUIT');
			}),
	};
}

function copyTree(from: string, to: string): void {
	mkdirSync(dirname(to), { recursive: true });
	// A copy, not a link: the configuration must work with plain files, as on a server.
	rmSync(to, { recursive: true, force: true });
	cpSync(from, to, { recursive: true });
}
