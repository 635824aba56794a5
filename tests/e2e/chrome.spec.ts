/**
 * The frame around the reading: the header's navigation, "On this page", previous and next,
 * the question page's badges, the footer's edit and licence links, and the theme switch with
 * and without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { firstId } from './site.ts';
import { REPOSITORY } from '../../src/data/site.ts';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
// What a reader notices is a light page or a dark one, not the exact palette.
const isDark = (rgb: string) => {
	const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b < 60;
};

test.describe('on a desk (1280 px)', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('the sections are in view without opening a menu', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByText('Menu', { exact: true })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' })).toBeVisible();
	});

	test('"On this page" lists the page\'s sections in order, beside the text', async ({ page }) => {
		await page.goto('/questions/lru-cache/');
		const toc = page.getByRole('navigation', { name: 'On this page' });
		await expect(toc).toBeVisible();
		const links = await toc.getByRole('link').allInnerTexts();
		const headings = await page.getByRole('main').locator('h2[id]').allInnerTexts();
		expect(links).toEqual(headings);
		expect(links.slice(0, 2)).toEqual(['Interviewer card', 'Rubric']);
		const tocBox = (await toc.boundingBox())!;
		const card = (await page.getByRole('heading', { name: 'Interviewer card' }).boundingBox())!;
		expect(tocBox.x).toBeGreaterThan(card.x + card.width);
		await toc.getByRole('link', { name: 'Model answer' }).click();
		await expect(page).toHaveURL(/#model-answer$/);
	});

	for (const path of [
		`/scorecards/${firstId('scorecards', 'yaml')}/`,
		`/competencies/${firstId('competencies', 'yaml')}/`,
		`/guides/${firstId('guides', 'mdx')}/`,
		`/exercises/${firstId('exercises', 'mdx')}/`,
	]) {
		test(`${path} has an "On this page" list whose links reach its sections`, async ({ page }) => {
			await page.goto(path);
			const toc = page.getByRole('navigation', { name: 'On this page' });
			await expect(toc).toBeVisible();
			for (const href of await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
				await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
		});
	}
});

test('a question page leads with its badges, the interviewer card and the rubric', async ({ page }) => {
	await page.goto('/questions/lru-cache/');
	const badges = page.getByRole('list', { name: 'Levels, format and time' });
	await expect(badges.getByRole('listitem')).toHaveText(['mid', 'senior', 'Coding', '25 min']);
	const top = async (name: string) => (await page.getByRole('heading', { name, exact: true }).boundingBox())!.y;
	const badgesY = (await badges.boundingBox())!.y;
	expect(badgesY).toBeLessThan(await top('Interviewer card'));
	expect(await top('Interviewer card')).toBeLessThan(await top('Rubric'));
	expect(await top('Rubric')).toBeLessThan(await top('Model answer'));
});

for (const { collection, noun } of [
	{ collection: 'questions', noun: 'question' },
	{ collection: 'guides', noun: 'guide' },
]) {
	test(`previous and next walk the ${collection} in their list's order`, async ({ page }) => {
		await page.goto(`/${collection}/`);
		const listed = await page
			.getByRole('main')
			.locator(`a[href^="/${collection}/"]:not([href="/${collection}/"])`)
			.evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))].filter((h) => !h.includes('?')));
		await page.goto(listed[0]!);
		const pager = page.getByRole('navigation', { name: `Previous and next ${noun}s` });
		await expect(pager.getByRole('link', { name: new RegExp(`^Previous ${noun}`) })).toHaveCount(0);
		await pager.getByRole('link', { name: new RegExp(`^Next ${noun}`) }).click();
		await expect(page).toHaveURL(new RegExp(`${listed[1]!}$`));
		await pager.getByRole('link', { name: new RegExp(`^Previous ${noun}`) }).click();
		await expect(page).toHaveURL(new RegExp(`${listed[0]!}$`));
	});
}

// The build and the tests resolve the repository the same way (SITE_REPOSITORY, else the clone's
// origin), so a clone with no web remote is tested for having no edit links.
test('"Edit this page" opens the file the page is written in; the footer names the licences', async ({ page }) => {
	const footer = () => page.getByRole('contentinfo');
	const edit = () => footer().getByRole('link', { name: 'Edit this page' });
	await page.goto('/questions/lru-cache/');
	if (REPOSITORY === null) {
		await expect(edit()).toHaveCount(0);
		await expect(footer()).toContainText('Code: MIT licence (the LICENSE file of this repository)');
	} else {
		const at = (file: string) => `${REPOSITORY}/edit/main/${file}`;
		await expect(edit()).toHaveAttribute('href', at('content/questions/lru-cache.mdx'));
		const guide = firstId('guides', 'mdx');
		await page.goto(`/guides/${guide}/`);
		await expect(edit()).toHaveAttribute('href', at(`content/guides/${guide}.mdx`));
		await page.goto('/calculator/');
		await expect(edit()).toHaveAttribute('href', at('src/pages/calculator/index.astro'));
		await page.goto('/maintainers/');
		await expect(edit()).toHaveAttribute('href', at('src/pages/maintainers.astro'));
		await expect(footer().getByRole('link', { name: 'Code: MIT licence' })).toHaveAttribute(
			'href',
			`${REPOSITORY}/blob/main/LICENSE`,
		);
	}
	await expect(footer().getByRole('link', { name: 'Content: CC BY-SA 4.0' })).toBeVisible();
});

test.describe('the theme switch without JavaScript', () => {
	test.use({ javaScriptEnabled: false, colorScheme: 'light' });
	test('follows the system, and a choice restyles the page in view', async ({ page }) => {
		await page.goto('/');
		const theme = page.getByRole('group', { name: 'Theme' });
		await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
		expect(isDark(await background(page))).toBe(false);
		await theme.getByRole('radio', { name: 'Dark' }).check();
		expect(isDark(await background(page))).toBe(true);
		await theme.getByRole('radio', { name: 'System' }).check();
		expect(isDark(await background(page))).toBe(false);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(isDark(await background(page))).toBe(true);
	});
});

test.describe('the theme switch with JavaScript', () => {
	test.use({ colorScheme: 'light' });
	test('remembers the choice on every page, applied before the body is drawn', async ({ page, context }) => {
		// Records the scheme in force when <body> first exists: a remembered choice must already apply.
		await context.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.body) return;
				(window as unknown as { themeAtBody: string }).themeAtBody =
					document.documentElement.dataset['theme'] ?? 'none';
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto('/');
		await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
		expect(isDark(await background(page))).toBe(true);
		await page.goto('/questions/lru-cache/');
		expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
		expect(isDark(await background(page))).toBe(true);
		await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
		await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check();
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.reload();
		expect(isDark(await background(page))).toBe(false);
		await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'System' }).check();
		expect(isDark(await background(page))).toBe(true);
		await page.reload();
		expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
		expect(isDark(await background(page))).toBe(true);
	});
});
