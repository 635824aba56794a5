/**
 * Bundles the header search (src/scripts/site-search.ts) to a stable URL in dist/, so the
 * inline bootstrap on every page can import it on demand. Astro bundles page scripts with
 * hashed names, which an inline script cannot know in advance.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export function searchBundle(): AstroIntegration {
	let root = '';
	return {
		name: 'handbook:search-bundle',
		hooks: {
			'astro:config:setup': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir }) => {
				await build({
					entryPoints: [join(root, 'src/scripts/site-search.ts')],
					outfile: join(fileURLToPath(dir), '_search/site-search.js'),
					bundle: true,
					format: 'esm',
					minify: true,
					target: 'es2022',
					logLevel: 'error',
				});
			},
		},
	};
}
