/**
 * After the build, checks that every content entry produced its page. Astro can exit 0 with a
 * page missing (a route that returned nothing, a plugin that failed quietly); this makes that
 * a failed build that names the missing URLs.
 */
import type { AstroIntegrationLogger } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSources } from '../schemas/collections.ts';
import { ENTRY_ROUTES, STATIC_PAGES } from '../lib/routes.ts';

/** Site-relative paths (e.g. `questions/lru-cache/`) that content in `root` should produce. */
export function expectedPagePaths(root: string): string[] {
	const expected: string[] = [...STATIC_PAGES];
	for (const [collection, folder] of Object.entries(ENTRY_ROUTES)) {
		const source = collectionSources[collection as keyof typeof ENTRY_ROUTES];
		const base = join(root, source.base);
		for (const name of existsSync(base) ? readdirSync(base) : []) {
			if (name.endsWith(`.${source.ext}`)) expected.push(`${folder}/${name.slice(0, -(source.ext.length + 1))}/`);
		}
	}
	return expected;
}

/** The expected pages that are missing from `site` or have no <h1> (an empty render). */
export function missingPages(root: string, site: string): string[] {
	return expectedPagePaths(root).filter((page) => {
		const file = join(site, page, 'index.html');
		return !existsSync(file) || !/<h1[\s>]/.test(readFileSync(file, 'utf8'));
	});
}

/** Step 5: fails the build, naming the URLs, when an entry produced no page. */
export function checkExpectedPages(root: string, site: string, logger: AstroIntegrationLogger): void {
	const missing = missingPages(root, site);
	if (missing.length > 0)
		throw new Error(`The build is missing ${missing.length} page(s), or they have no <h1>:\n  ${missing.join('\n  ')}`);
	logger.info(`all ${expectedPagePaths(root).length} expected pages are present`);
}
