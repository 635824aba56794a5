/**
 * Checks over the built files themselves (no browser needed, but run after the build with the
 * browser tests): links, metadata, sitemap, 404, robots.txt and page weight.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gz, htmlBytesGz, pageScripts } from '../support/page-weight.ts';
import { checkLinks } from '../support/links.ts';
import { BASE_BUILD, BASE_PATH } from '../support/servers.ts';
import { htmlPages } from '../../src/integrations/sitemap.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const KB = 1024;

test('every internal link, asset and #fragment resolves, at the root and under a sub-path', () => {
	expect(checkLinks(dist, '/')).toEqual([]);
	expect(checkLinks(join(root, BASE_BUILD), BASE_PATH)).toEqual([]);
});

test('every page has a unique title and description, a canonical URL, and is in the sitemap', () => {
	const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
	const titles = new Map<string, string>();
	const descriptions = new Map<string, string>();
	for (const page of htmlPages(dist)) {
		const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
		const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
		const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1];
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
		expect(title, page).toBeTruthy();
		expect(description, page).toBeTruthy();
		expect(canonical, page).toBe(`http://localhost:4321/${page === '' ? '' : `${page}/`}`);
		expect(sitemap, page).toContain(`<loc>${canonical}</loc>`);
		expect(titles.get(title!), `${page} shares its title with ${titles.get(title!)}`).toBeUndefined();
		expect(
			descriptions.get(description!),
			`${page} shares its description with ${descriptions.get(description!)}`,
		).toBeUndefined();
		titles.set(title!, page);
		descriptions.set(description!, page);
	}
	expect(titles.size).toBeGreaterThan(150);
});

test('there is a real 404 page and a robots.txt', () => {
	expect(readFileSync(join(dist, '404.html'), 'utf8')).toContain('Page not found');
	expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/sitemap.xml');
});

test('reading pages ship no script file and stay under 30 KB of HTML (gzipped); all CSS under 15 KB', () => {
	const reading = htmlPages(dist).filter((p) => /^(questions|guides|competencies|scorecards)\/[^/]+$/.test(p));
	expect(reading.length).toBeGreaterThan(100);
	let largest = { page: '', bytes: 0 };
	for (const page of reading) {
		expect(pageScripts(dist, page), page).toEqual([]);
		const bytes = htmlBytesGz(dist, page);
		if (bytes > largest.bytes) largest = { page, bytes };
		expect(bytes, `${page} is ${(bytes / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(30 * KB);
	}
	const css = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'));
	const inline = readFileSync(join(dist, 'index.html'), 'utf8').match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? [];
	const cssBytes =
		css.reduce((s, f) => s + gz(readFileSync(join(dist, '_astro', f))), 0) + inline.reduce((s, t) => s + gz(t), 0);
	console.log(
		`Largest reading page: /${largest.page}/ at ${(largest.bytes / KB).toFixed(1)} KB gzipped; CSS ${(cssBytes / KB).toFixed(1)} KB gzipped`,
	);
	expect(cssBytes, `the site's CSS is ${cssBytes} bytes gzipped`).toBeLessThanOrEqual(15 * KB);
	expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
});
