/**
 * A phone, for the tools and the header: the tools, loaded with state, fit 360 px, have no words
 * glued together in what their scripts render, take 16 px text and 44 px targets. Every page of
 * the built site is checked at 360 px by accessibility.spec.ts, in the same visit as at desktop
 * width.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { findGluedText } from '../../src/lib/glued-text.ts';
import { TAGS, axe, axeSource, overflow } from '../support/axe.ts';

const test = base.extend<{ page: Page }>({
	page: async ({ page }, use) => {
		await page.context().addInitScript({ content: axeSource });
		await use(page);
	},
});
test.use({ viewport: { width: 360, height: 800 } });

const toolStates = [
	'/calculator/?scorecard=general-python-developer',
	'/calculator/panel/',
	'/kits/?scorecard=general-python-developer&stage=1&minutes=60',
	'/calibration/workshop/',
	'/questions/?competency=concurrency',
	'/search/?q=gil&level=senior',
];

for (const path of toolStates) {
	test(`${path} at 360 px, after its script runs: fits, no glued words, no violations`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const { width, culprits } = await overflow(page);
		expect(width, `${path} is ${width} px wide; sticking out: ${culprits.join(', ')}`).toBeLessThanOrEqual(360);
		const glued = findGluedText(await page.content()).map((g) => `${g.kind}: ${g.text}`);
		expect(glued, path).toEqual([]);
		expect(await axe(page, { type: 'tag', values: TAGS }), path).toEqual([]);
	});
}

for (const path of toolStates) {
	test(`${path}: controls take 16 px text (no zoom on focus) and 44 px targets`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const small = await page
			.locator(
				'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), select, textarea, button, summary',
			)
			.evaluateAll((els) =>
				els
					.filter((el) => (el as HTMLElement).offsetParent !== null)
					.map((el) => ({
						name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName,
						font: parseFloat(getComputedStyle(el).fontSize),
						height: Math.round(el.getBoundingClientRect().height),
					}))
					.filter((c) => c.font < 16 || c.height < 44),
			);
		expect(small).toEqual([]);
	});
}

test('code blocks scroll sideways and keep their lines whole', async ({ page }) => {
	await page.goto('/questions/lru-cache/');
	const code = page.locator('pre').first();
	await expect(code).toHaveCSS('white-space', 'pre');
	await expect(code).toHaveCSS('overflow-x', 'auto');
	await expect(code).toHaveAttribute('tabindex', '0');
});

test.describe('the header on a phone', () => {
	test.use({ javaScriptEnabled: false });
	test('is compact, and its Menu opens the sections without JavaScript', async ({ page }) => {
		await page.goto('/questions/lru-cache/');
		const header = await page.getByRole('banner').boundingBox();
		expect(header!.height).toBeLessThanOrEqual(120);
		const nav = page.getByRole('navigation', { name: 'Main' });
		await expect(nav.getByRole('link', { name: 'Guides' })).toBeHidden();
		await page.getByText('Menu', { exact: true }).click();
		await expect(nav.getByRole('link', { name: 'Guides' })).toBeVisible();
		await nav.getByRole('link', { name: 'Guides' }).click();
		await expect(page).toHaveURL(/\/guides\/$/);
		expect((await overflow(page)).width).toBeLessThanOrEqual(360);
	});
	test('"On this page" is a closed disclosure above the text', async ({ page }) => {
		await page.goto('/guides/role-scorecard/');
		const toc = page.getByRole('navigation', { name: 'On this page' });
		await expect(toc.getByRole('link', { name: 'Checklist' })).toBeHidden();
		await toc.getByText('On this page').click();
		await toc.getByRole('link', { name: 'Checklist' }).click();
		await expect(page).toHaveURL(/#checklist$/);
	});
});
