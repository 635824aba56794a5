// Serves a built site from a folder under a URL prefix (e.g. /handbook/), as a static host
// such as GitHub Pages would. Used to test a sub-path build. Usage: node static-server.mjs DIR PREFIX PORT
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir, prefix = '/', port = '4330'] = process.argv.slice(2);
if (!dir || !existsSync(dir)) {
	console.error(
		`static-server: no folder ${dir}; build it first (SITE_BASE=/handbook/ SITE_OUT_DIR=${dir} astro build)`,
	);
	process.exit(1);
}
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

createServer((req, res) => {
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
}).listen(Number(port), 'localhost', () => console.log(`serving ${dir} at http://localhost:${port}${prefix}`));
