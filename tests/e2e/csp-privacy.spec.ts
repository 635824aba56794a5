/**
 * Content-Security-Policy and privacy: every page type and every tool is used while listening
 * for policy violations and for any request that leaves the site's origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { entryPages, listPages } from './site.ts';

async function watch(page: Page) {
	const violations: string[] = [];
	const outside: string[] = [];
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (
			!['blob:', 'data:'].includes(url.protocol) &&
			url.host !== new URL(page.url() === 'about:blank' ? r.url() : page.url()).host
		)
			outside.push(r.url());
	});
	return {
		async check() {
			const fromEvents = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
			expect([...violations, ...fromEvents]).toEqual([]);
			expect(outside).toEqual([]);
		},
	};
}

test('every page type loads with no policy violation and no request elsewhere, search included', async ({ page }) => {
	const w = await watch(page);
	for (const path of [...listPages, ...entryPages.map((p) => p.path), '/404.html']) {
		await page.goto(path);
		const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(meta, path).toContain("default-src 'self'");
		expect(meta, path).not.toContain('unsafe-inline');
	}
	await page.goto('/questions/lru-cache/');
	// The theme switch's inline script runs by its hash in the policy.
	await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('GIL');
	await expect(page.locator('.search-panel .search-result').first()).toBeVisible();
	await page.goto('/search/?q=test&level=senior');
	await expect(page.locator('[data-results] .search-result').first()).toBeVisible();
	await page.getByRole('checkbox', { name: /^Question \(\d+\)$/ }).check();
	await w.check();
});

test('the tools run under the policy and send nothing anywhere', async ({ page }) => {
	const w = await watch(page);
	await page.goto('/calculator/?scorecard=general-python-developer');
	for (const name of [/^Technical knowledge/, /^Problem solving/, /^Communication/, /^Team fit/]) {
		await page.getByRole('group', { name }).getByRole('radio', { name: /^3 ·/ }).check();
	}
	await page.getByRole('button', { name: 'Copy share link' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download JSON' }).click(),
	]);
	const exported = await download.path();
	await page.goto('/calculator/panel/');
	await page.getByLabel('Choose exported JSON files').setInputFiles(exported!);
	await expect(page.getByRole('table', { name: /^Ratings for/ })).toBeVisible();
	await page.goto('/kits/?scorecard=general-python-developer&stage=1&minutes=60');
	await expect(page.locator('.kit-question').first()).toBeVisible();
	await page.goto('/calibration/workshop/');
	await page.getByRole('button', { name: 'Reveal reference ratings' }).click();
	await page.goto('/questions/?level=senior');
	await expect(page.locator('[data-count]')).toContainText('Showing');
	await w.check();
});
