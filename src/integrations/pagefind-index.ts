/**
 * Indexes the built site with Pagefind's Node API at the end of every `astro build`, so dist/
 * is always searchable and no separate step can be forgotten.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { separateBlockWords } from '../lib/search-text.ts';

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'handbook:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				// Code blocks stay out of the index: their identifiers bloat every result's fragment, and
				// the prose around them names the same concepts an interviewer searches for.
				const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['pre'] });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				// Each page goes in by hand rather than by addDirectory, to keep block words apart first.
				const pages = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
				for (const sourcePath of pages) {
					const content = separateBlockWords(await readFile(join(site, sourcePath), 'utf8'));
					const added = await index.addHTMLFile({ sourcePath, content });
					if (added.errors.length > 0)
						throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
				}
				const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
				if (written.errors.length > 0)
					throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				logger.info(`indexed ${pages.length} pages`);
				await pagefind.close();
			},
		},
	};
}
