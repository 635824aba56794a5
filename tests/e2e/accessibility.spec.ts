/** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules, in light and dark schemes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { entryPages, listPages } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = [
	...listPages,
	...entryPages.map((p) => p.path),
	'/calculator/?scorecard=general-python-developer',
	'/calculator/panel/',
	'/calibration/workshop/',
	'/kits/?scorecard=general-python-developer&stage=1&minutes=60',
	'/search/?q=gil&level=senior',
	'/questions/?competency=concurrency',
	'/404.html',
];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} scheme`, () => {
		test.use({ colorScheme });
		for (const path of pages) {
			test(`${path} has no WCAG A/AA violations`, async ({ page }) => {
				await page.goto(path);
				// Open disclosures so hidden content is checked too.
				await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
				const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
				const summary = violations.map(
					(v) =>
						`${v.id}: ${v.help} (${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(' | ')})`,
				);
				expect(summary).toEqual([]);
			});
		}
	});
}

test('the calculator after rating still has no violations (results, sensitivity, override shown)', async ({ page }) => {
	await page.goto('/calculator/?scorecard=general-python-developer');
	for (const name of [/^Technical knowledge/, /^Problem solving/, /^Communication/, /^Team fit/]) {
		await page.getByRole('group', { name }).getByRole('radio', { name: /^3 ·/ }).check();
	}
	await page.getByRole('button', { name: 'Apply override' }).click();
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
});
