import { expect, test } from '@playwright/test';
import { pdfText } from '../support/pdf-text.ts';
import { entryPages } from './site.ts';

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	for (const { type, path } of entryPages) {
		test(`the ${type} page is fully readable`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect((await page.getByRole('main').innerText()).length).toBeGreaterThan(200);
		});
	}
});

test('the skip link is the first thing Tab reaches, and it moves focus to the content', async ({ page }) => {
	await page.goto('/questions/lru-cache/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('focus is visible on links', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).not.toBe('none');
});

test.describe('at 360 px wide', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	for (const { type, path } of entryPages) {
		test(`the ${type} page does not scroll sideways`, async ({ page }) => {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
});

test('dark mode follows the system setting', async ({ browser }) => {
	const background = async (colorScheme: 'light' | 'dark') => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto('/');
		const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await context.close();
		return bg;
	};
	// What a reader notices is a light page and a dark one, not the exact palette: compare luminance.
	const luminance = (rgb: string) => {
		const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	expect(luminance(await background('light'))).toBeGreaterThan(200);
	expect(luminance(await background('dark'))).toBeLessThan(60);
});

test('printing hides the navigation and keeps the interviewer card and the rubric', async ({ page }) => {
	await page.goto('/questions/lru-cache/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByLabel('Rubric for An LRU cache with a size limit')).toBeVisible();
	const { text } = await pdfText(await page.pdf({ format: 'A4' }));
	expect(text).toContain('Interviewer card');
	expect(text).toContain('All of these must-show points');
	expect(text).toContain('Counts both get and put as a use');
	expect(text).not.toContain('Skip to content');
});

test('code is highlighted by classes, in colours that follow the colour scheme', async ({ browser }) => {
	const colours: Record<string, { keyword: string; text: string; styled: number }> = {};
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto('/questions/lru-cache/');
		const keyword = page.locator('pre .token.keyword', { hasText: 'def' }).first();
		await expect(keyword).toBeVisible();
		colours[colorScheme] = {
			keyword: await keyword.evaluate((el) => getComputedStyle(el).color),
			text: await page
				.locator('pre')
				.first()
				.evaluate((el) => getComputedStyle(el).color),
			// No inline style attributes: the Content-Security-Policy would block them.
			styled: await page.locator('pre [style]').count(),
		};
		await context.close();
	}
	for (const scheme of Object.values(colours)) {
		expect(scheme.keyword).not.toBe(scheme.text);
		expect(scheme.styled).toBe(0);
	}
	expect(colours['light']!.keyword).not.toBe(colours['dark']!.keyword);
});
