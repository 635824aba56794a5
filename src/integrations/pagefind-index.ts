/**
 * Step 3: indexes the built site with Pagefind's Node API, so dist/ is always searchable and no
 * separate step can be forgotten.
 */
import type { AstroIntegrationLogger } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { separateBlockWords } from '../lib/search-text.ts';

/** Pages in flight to Pagefind at once: its indexer works while Node reads and transforms the next. */
const IN_FLIGHT = 32;

export async function indexSite(site: string, logger: AstroIntegrationLogger): Promise<void> {
	// Code blocks stay out of the index: their identifiers bloat every result's fragment, and
	// the prose around them names the same concepts an interviewer searches for.
	const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['pre'] });
	try {
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		// Each page goes in by hand rather than by addDirectory, to keep block words apart first.
		const pages = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
		const queue = [...pages];
		await Promise.all(
			Array.from({ length: IN_FLIGHT }, async () => {
				for (let sourcePath = queue.shift(); sourcePath !== undefined; sourcePath = queue.shift()) {
					const content = separateBlockWords(await readFile(join(site, sourcePath), 'utf8'));
					const added = await index.addHTMLFile({ sourcePath, content });
					if (added.errors.length > 0)
						throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
				}
			}),
		);
		const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		logger.info(`indexed ${pages.length} pages`);
	} finally {
		// The indexer is a child process: close it on failure too, or the build never exits.
		await pagefind.close();
	}
}
