/**
 * The handbook's build steps as one integration, in the order they must run: the content check
 * before Astro reads any content (and a stale content store cleared), then, once the pages are written, the header search bundle,
 * the Pagefind index, the sitemap, and the check that every entry produced its page.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentOrFail } from './content-check.ts';
import { checkExpectedPages } from './expected-pages.ts';
import { indexSite } from './pagefind-index.ts';
import { clearStaleContentStore } from './schema-cache.ts';
import { bundleSiteSearch } from './search-bundle.ts';
import { writeSitemap } from './sitemap.ts';

export function handbook(): AstroIntegration {
	let root = '';
	let siteUrl = '';
	return {
		name: 'handbook',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				siteUrl = new URL(config.base, config.site ?? 'http://localhost:4321').href;
				checkContentOrFail(root, command, logger.fork('content-check'));
				if (clearStaleContentStore(root, fileURLToPath(config.cacheDir)))
					logger.info("The schemas changed since the last build: Astro's content store was cleared.");
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				await bundleSiteSearch(root, site);
				await indexSite(site, logger.fork('pagefind'));
				writeSitemap(site, siteUrl, logger.fork('sitemap'));
				checkExpectedPages(root, site, logger.fork('expected-pages'));
			},
		},
	};
}
