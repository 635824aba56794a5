// Serves a built site from a folder under a URL prefix (e.g. /handbook/), as a static host
// such as GitHub Pages would: gzip for text and wasm, 404.html for missing pages.
// CLI: node static-server.mjs DIR PREFIX PORT. The benchmarks import serveStatic() instead, to
// count the bytes the server writes (a page's workers included, which browser events can miss).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.py': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server. `bytesSent()` is every byte written to every connection so far, headers
 * included: what a browser on the other end of the wire would receive.
 * @param {string} dir @param {string} prefix @param {number} port
 * @returns {Promise<{ bytesSent: () => number, close: () => Promise<void> }>}
 */
export function serveStatic(dir, prefix, port) {
	if (!existsSync(dir)) {
		throw new Error(
			`static-server: no folder ${dir}; build it first (SITE_BASE=/handbook/ SITE_OUT_DIR=${dir} astro build)`,
		);
	}
	const sockets = new Set();
	let closedBytes = 0;
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!url.pathname.startsWith(prefix)) {
			res.writeHead(404).end('outside the site');
			return;
		}
		let file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
		if (!file.startsWith(normalize(dir))) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res
				.writeHead(404, { 'Content-Type': types['.html'] })
				.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'not found');
			return;
		}
		const body = readFileSync(file);
		const type = types[extname(file)] ?? 'application/octet-stream';
		// Compress text and wasm as hosts such as GitHub Pages do, so measured transfer sizes are real.
		const compressible = /text|javascript|json|xml|svg|wasm/.test(type);
		if (compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			res
				.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' })
				.end(gzipSync(body));
			return;
		}
		res.writeHead(200, { 'Content-Type': type }).end(body);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => {
			closedBytes += socket.bytesWritten;
			sockets.delete(socket);
		});
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, 'localhost', () =>
			resolve({
				bytesSent: () => closedBytes + [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0),
				close: () =>
					new Promise((done) => {
						server.close(() => done());
						server.closeAllConnections();
					}),
			}),
		);
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [dir, prefix = '/', port = '4330'] = process.argv.slice(2);
	try {
		await serveStatic(dir ?? '', prefix, Number(port));
		console.log(`serving ${dir} at http://localhost:${port}${prefix}`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
