/** Measures what a built page ships: its scripts (following module imports) and HTML, gzipped. */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Every JavaScript file a page loads, including chunks its module scripts import. */
export function pageScripts(dist: string, page: string): string[] {
	const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
	const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
	const seen = new Set<string>();
	while (queue.length > 0) {
		const src = queue.shift()!;
		if (seen.has(src)) continue;
		seen.add(src);
		const file = join(dist, src);
		if (!existsSync(file)) continue;
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
			queue.push(posix.join(posix.dirname(src), m[1]!));
	}
	return [...seen];
}

export function scriptBytesGz(dist: string, page: string): number {
	return pageScripts(dist, page).reduce((sum, src) => sum + gz(readFileSync(join(dist, src))), 0);
}

export function htmlBytesGz(dist: string, page: string): number {
	return gz(readFileSync(join(dist, page, 'index.html')));
}
