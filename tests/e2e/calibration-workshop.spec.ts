import { expect, test } from '@playwright/test';

test('the workshop computes each rater’s leniency and flags split samples, by keyboard and mouse', async ({ page }) => {
	await page.goto('/calibration/workshop/');
	const samples = JSON.parse((await page.locator('script[data-samples]').textContent()) ?? '[]') as {
		id: string;
		title: string;
		reference: number;
	}[];
	expect(samples.length).toBeGreaterThanOrEqual(2);
	const [first, second] = samples as [(typeof samples)[0], (typeof samples)[0]];

	await page.getByRole('textbox', { name: 'Name of rater 1' }).fill('Ana');
	await page.getByRole('textbox', { name: 'Name of rater 2' }).fill('Ben');
	// Ana rates both samples 4, Ben rates both 1.
	for (const s of [first, second]) {
		await page.getByRole('combobox', { name: `Rating by rater 1 for ${s.title}` }).selectOption('4');
		await page.getByRole('combobox', { name: `Rating by rater 2 for ${s.title}` }).selectOption('1');
	}
	await expect(page.getByRole('heading', { name: 'Results' })).toBeHidden();
	await page.getByRole('button', { name: 'Reveal reference ratings' }).click();

	const signed = (v: number) => (Math.abs(v) < 0.005 ? '0.00' : `${v > 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`);
	const ana = (4 - first.reference + 4 - second.reference) / 2;
	const ben = (1 - first.reference + 1 - second.reference) / 2;
	const raters = page.getByRole('table', { name: 'Leniency or severity of each rater' });
	await expect(raters.getByRole('row', { name: /^Ana/ })).toContainText(signed(ana));
	await expect(raters.getByRole('row', { name: /^Ben/ })).toContainText(signed(ben));
	await expect(raters.getByRole('row', { name: /^Ben/ })).toContainText('severe');

	const agreement = page.getByRole('table', { name: 'Agreement on each sample' });
	await expect(
		agreement.getByRole('row', { name: new RegExp(`^${first.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }),
	).toContainText('3 (discuss)');

	// Ratings survive a reload and never leave the browser.
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.reload();
	await expect(page.getByRole('combobox', { name: `Rating by rater 1 for ${first.title}` })).toHaveValue('4');
	expect(requests.every((u) => u.startsWith(new URL(page.url()).origin))).toBe(true);
});

test('the workshop sheet is readable and printable without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/calibration/workshop/');
	await expect(page.getByText('The workshop arithmetic needs JavaScript')).toBeVisible();
	await expect(page.getByRole('table').first()).toBeVisible();
	await context.close();
});
