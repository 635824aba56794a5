/**
 * Step 2: bundles the header search (src/scripts/site-search.ts) to a stable URL in dist/, so
 * the inline bootstrap on every page can import it on demand. Astro bundles page scripts with
 * hashed names, which an inline script cannot know in advance.
 */
import { build } from 'esbuild';
import { join } from 'node:path';

export async function bundleSiteSearch(root: string, site: string): Promise<void> {
	await build({
		entryPoints: [join(root, 'src/scripts/site-search.ts')],
		outfile: join(site, '_search/site-search.js'),
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		logLevel: 'error',
	});
}
