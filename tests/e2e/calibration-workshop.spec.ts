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

type Sample = { id: string; title: string; reference: number };
const samplesOf = async (page: import('@playwright/test').Page) =>
	JSON.parse((await page.locator('script[data-samples]').textContent()) ?? '[]') as Sample[];

test('a rater whose errors cancel reads as scattered, with the mean distance beside the signed mean', async ({
	page,
}) => {
	await page.goto('/calibration/workshop/');
	const samples = await samplesOf(page);
	// One point off on every sample, alternately up and down: the signed mean stays near 0, the distance is 1.
	const ratings = samples.map((s, i) =>
		i % 2 === 0 ? (s.reference < 4 ? s.reference + 1 : 3) : s.reference > 1 ? s.reference - 1 : 2,
	);
	const diffs = ratings.map((r, i) => r - samples[i]!.reference);
	const signedMean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
	expect(Math.abs(signedMean)).toBeLessThanOrEqual(0.25);
	await page.getByText('Paste ratings from a chat or a spreadsheet').click();
	await page.getByRole('textbox', { name: /One rater per line/ }).fill(`Cancel: ${ratings.join(', ')}`);
	await page.getByRole('button', { name: 'Add the pasted raters' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added 1 pasted rater: Cancel.' })).toBeVisible();
	await page.getByRole('button', { name: 'Reveal reference ratings' }).click();
	const row = page
		.getByRole('table', { name: 'Leniency or severity of each rater' })
		.getByRole('row', { name: /^Cancel/ });
	await expect(row.getByRole('cell')).toHaveText([
		String(samples.length),
		Math.abs(signedMean) < 0.005 ? '0.00' : `${signedMean > 0 ? '+' : '−'}${Math.abs(signedMean).toFixed(2)}`,
		'1.00',
		'scattered: errors in both directions cancel out',
	]);
	await expect(page.getByText('Read them together: a rater is close to the reference only with')).toBeVisible();
});

test('remove one rater, clear the sheet, and undo each; the page says what it stores', async ({ page }) => {
	await page.goto('/calibration/workshop/');
	await expect(
		page.getByText('This browser keeps the sheet (every rater’s name and ratings) between visits'),
	).toBeVisible();
	const [first] = await samplesOf(page);
	await page.getByRole('textbox', { name: 'Name of rater 1', exact: true }).fill('Ana');
	await page.getByRole('textbox', { name: 'Name of rater 2', exact: true }).fill('Ben');
	await page.getByRole('combobox', { name: `Rating by rater 2 for ${first!.title}` }).selectOption('4');

	await page.getByRole('button', { name: 'Remove rater 1 (Ana)' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Removed Ana and their ratings' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Name of rater 1', exact: true })).toHaveValue('Ben');
	await expect(page.getByRole('combobox', { name: `Rating by rater 1 for ${first!.title}` })).toHaveValue('4');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('textbox', { name: 'Name of rater 1', exact: true })).toHaveValue('Ana');

	await page.getByRole('button', { name: 'Clear the sheet' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Cleared the sheet: 2 raters’ names and ratings are gone from this page and from this browser’s storage.',
	);
	await expect(page.getByRole('textbox', { name: 'Name of rater 1', exact: true })).toHaveValue('Rater 1');
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Name of rater 2', exact: true })).toHaveValue('Rater 2');
	expect(await page.evaluate(() => localStorage.getItem('handbook:calibration-workshop:v1'))).not.toContain('Ana');
	// Undo brings the cleared sheet back (before a reload).
	await page.getByRole('textbox', { name: 'Name of rater 1', exact: true }).fill('Cy');
	await page.getByRole('button', { name: 'Clear the sheet' }).click();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('textbox', { name: 'Name of rater 1', exact: true })).toHaveValue('Cy');
	await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
});

test('with 7 raters on a phone the sample column stays in view while the sheet scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/calibration/workshop/');
	for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Add a rater' }).click();
	await expect(page.getByRole('textbox', { name: 'Name of rater 7' })).toBeAttached();
	const region = page.getByRole('region', { name: 'Rating sheet (scrolls sideways)' });
	await region.focus();
	await expect(region).toBeFocused();
	await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
	expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	const [first] = await samplesOf(page);
	const header = page.getByRole('rowheader', { name: first!.title });
	const box = (await header.boundingBox())!;
	const area = (await region.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(area.x - 1);
	expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width);
	await expect(page.getByRole('textbox', { name: 'Name of rater 7' })).toBeInViewport();
});

test('every workshop control is at least 44 × 44 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/calibration/workshop/');
	await page.getByText('Paste ratings from a chat or a spreadsheet').click();
	const controls = page
		.locator('calibration-workshop')
		.locator('button:visible, select:visible, input:visible, summary');
	expect(await controls.count()).toBeGreaterThan(5);
	for (const control of await controls.all()) {
		const box = (await control.boundingBox())!;
		expect(
			Math.min(box.width, box.height),
			await control.evaluate((e) => e.outerHTML.slice(0, 80)),
		).toBeGreaterThanOrEqual(44);
	}
});
