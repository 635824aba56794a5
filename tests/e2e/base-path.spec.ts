/** The site built with SITE_BASE=/handbook/ and served under that path, as on GitHub Pages. */
import { expect, test } from '@playwright/test';
import { BASE_PATH, basePort } from '../support/servers.ts';

const root = `http://localhost:${basePort}${BASE_PATH}`;

test('navigation, links inside MDX, assets and exports all stay under /handbook/', async ({ page, request }) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(root)) outside.push(r.url());
	});
	await page.goto(root);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
	await expect(page).toHaveURL(`${root}guides/`);
	await page.getByRole('link', { name: 'Running a calibration workshop' }).click();
	await expect(page).toHaveURL(`${root}guides/calibration-workshop/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Running a calibration workshop');
	// A link written in the guide's MDX body as a site path.
	const bodyLinks = await page
		.locator('.prose a[href^="/"]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(bodyLinks.length).toBeGreaterThan(0);
	expect(bodyLinks.every((h) => h!.startsWith('/handbook/'))).toBe(true);
	const questions = (await (await request.get(`${root}api/questions.json`)).json()) as { url: string }[];
	expect(questions[0]!.url).toContain('/handbook/questions/');
	expect(outside).toEqual([]);
});

test('search works under the sub-path', async ({ page }) => {
	await page.goto(`${root}questions/`);
	await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('GIL');
	const first = page.locator('.search-panel .search-result a.title').first();
	await expect(first).toHaveAttribute('href', '/handbook/questions/gil-and-workarounds/');
	await page.goto(`${root}search/?q=gil&level=senior`);
	await expect(page.locator('[data-results] a.title').first()).toHaveAttribute('href', /^\/handbook\//);
});

test('the calculator and the kit builder work under the sub-path', async ({ page }) => {
	await page.goto(`${root}calculator/?scorecard=general-python-developer`);
	await page
		.getByRole('group', { name: /^Technical knowledge/ })
		.getByRole('radio', { name: /^3 ·/ })
		.check();
	await expect(page.getByRole('status').filter({ hasText: 'Composite' })).toContainText('3.00');
	await page.goto(`${root}kits/?scorecard=general-python-developer&stage=1&minutes=60`);
	await expect(page.locator('.kit-question').first()).toBeVisible();
});
