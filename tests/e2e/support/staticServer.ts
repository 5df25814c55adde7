import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};

/** A running static server: the site's URL (ending in the base path) and how to stop it. */
export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** The kinds of file GitHub Pages sends gzip-compressed to a browser that accepts it. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg']);

/**
 * Serves a built site folder under a base path on a free loopback port, like a static host:
 * `/base/x/` serves `x/index.html`, anything outside the folder or the base is a 404. With
 * `compress`, text files go gzip-compressed to a client that accepts it, as GitHub Pages sends
 * them (the bench's Lighthouse runs measure what a reader's browser receives).
 */
export async function serveStatic(dir: string, base: string, { compress = false } = {}): Promise<StaticServer> {
	const root = path.resolve(dir);
	const server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		let file = pathname.startsWith(base) ? path.join(root, decodeURIComponent(pathname.slice(base.length))) : null;
		if (file && pathname.endsWith('/')) file = path.join(file, 'index.html');
		const found = file && file.startsWith(root + path.sep) && (await stat(file).catch(() => null))?.isFile();
		if (!file || !found) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const extension = path.extname(file);
		const headers = { 'content-type': contentTypes[extension] ?? 'application/octet-stream' };
		if (compress && compressible.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
			response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
			createReadStream(file).pipe(createGzip()).pipe(response);
			return;
		}
		response.writeHead(200, headers);
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () =>
			new Promise((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				// The browser keeps connections alive; without this, close() waits for them.
				server.closeAllConnections();
			}),
	};
}
