/**
 * Indexes the built site with Pagefind's Node API at the end of every `astro build`, so dist/
 * is always searchable and no separate step can be forgotten.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

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
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
				if (written.errors.length > 0)
					throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				logger.info(`indexed ${added.page_count} pages`);
				await pagefind.close();
			},
		},
	};
}
