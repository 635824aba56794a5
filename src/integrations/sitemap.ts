/**
 * Step 4: writes sitemap.xml (every HTML page of the build except the 404) and robots.txt
 * pointing at it, from what is actually in dist/: a page cannot be missing from the map.
 */
import type { AstroIntegrationLogger } from 'astro';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlPages(site: string, dir = site): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory())
			return ['pagefind', '_astro', '_search', 'api'].includes(name) && dir === site ? [] : htmlPages(site, path);
		return name === 'index.html' ? [relative(site, dir).split('\\').join('/')] : [];
	});
}

export function writeSitemap(site: string, siteUrl: string, logger: AstroIntegrationLogger): void {
	const pages = htmlPages(site).sort();
	const urls = pages.map((p) => `  <url><loc>${new URL(p === '' ? '' : `${p}/`, siteUrl).href}</loc></url>`);
	writeFileSync(
		join(site, 'sitemap.xml'),
		`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
	);
	writeFileSync(
		join(site, 'robots.txt'),
		`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`,
	);
	logger.info(`sitemap.xml lists ${pages.length} pages`);
}
