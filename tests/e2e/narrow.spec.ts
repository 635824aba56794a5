/**
 * A phone: at 360 × 800 every page of the built site fits the viewport (nothing scrolls
 * sideways), every table is a named, focusable scroll region, and axe (WCAG 2.2 AA) finds no
 * violation: every rule in the light scheme, the colour rules in the dark one. The tools, loaded
 * with state, also fit and have no words glued together in what their scripts render.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { htmlPages } from '../../src/integrations/sitemap.ts';
import { findGluedText } from '../../src/lib/glued-text.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const everyPage = htmlPages(dist).map((p) => (p === '' ? '/' : `/${p}/`));
// axe-core loaded once per page by an init script (as in accessibility.spec.ts), then run directly.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeRun = (
	context: Document,
	options: object,
) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;

async function axe(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] }): Promise<string[]> {
	return page.evaluate(async (only) => {
		document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
		const run = (window as unknown as { axe: { run: AxeRun } }).axe.run;
		const { violations } = await run(document, { runOnly: only, resultTypes: ['violations'] });
		return violations.map(
			(v) =>
				`${v.id}: ${v.help} (${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(' | ')})`,
		);
	}, runOnly);
}

/** What sticks out past the right edge, named so that a failure says where to look. */
async function overflow(page: Page): Promise<{ width: number; culprits: string[] }> {
	return page.evaluate(() => {
		const width = document.documentElement.scrollWidth;
		const culprits = [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`);
		return { width, culprits };
	});
}

// One phone-sized tab per worker for the page-by-page checks (as in accessibility.spec.ts):
// opening a context for each of 200 pages costs more than checking them.
const test = base.extend<{ page: Page }, { phone: Page }>({
	phone: [
		async ({ browser }, use) => {
			const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
			await context.addInitScript({ content: axeSource });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
	page: async ({ page }, use) => {
		await page.context().addInitScript({ content: axeSource });
		await use(page);
	},
});
test.use({ viewport: { width: 360, height: 800 } });

for (const path of everyPage) {
	test(`${path} at 360 px: no sideways scroll, tables in named regions, no WCAG A/AA violations`, async ({
		phone: page,
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(path);
		const { width, culprits } = await overflow(page);
		expect(width, `${path} is ${width} px wide; sticking out: ${culprits.join(', ')}`).toBeLessThanOrEqual(360);
		const loose = await page.locator('table').evaluateAll((tables) =>
			tables
				// A table the page does not show (the calculator's print summary) needs no region on screen.
				.filter((t) => t.getClientRects().length > 0 && !t.closest('[role="region"][tabindex="0"][aria-label]'))
				.map((t) => t.outerHTML.slice(0, 80)),
		);
		expect(loose, `${path}: tables outside a named, focusable scroll region`).toEqual([]);
		expect(await axe(page, { type: 'tag', values: TAGS }), `${path} (light)`).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axe(page, { type: 'rule', values: COLOUR_RULES }), `${path} (dark)`).toEqual([]);
	});
}

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
